#include "AmountEdit.h"

#include "Format.h"

#include <QLocale>

namespace migo::views {

namespace {

bool isAsciiDigits(QStringView text) {
    for (QChar c : text)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

/// True when `whole` uses `group` only between thousands ("1,234,567"; "1234567" needs none).
bool wellGrouped(const QString& whole, const QString& group) {
    if (group.isEmpty() || !whole.contains(group))
        return true;
    const QStringList parts = whole.split(group);
    if (parts.first().isEmpty() || parts.first().size() > 3)
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i)
        if (parts.at(i).size() != 3 || !isAsciiDigits(parts.at(i)))
            return false;
    return true;
}

} // namespace

AmountEdit::AmountEdit(QWidget* parent)
    : QLineEdit(parent) {
    setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    setMaxLength(40); // far more than the largest accepted amount with separators
    setPlaceholderText(api::Money::fromUnits(0).toLocaleString(locale(), 2));
    setAccessibleName(tr("Amount"));
}

void AmountEdit::setCurrency(const QString& iso4217) {
    m_currency = iso4217;
    setAccessibleDescription(iso4217.isEmpty() ? QString() : tr("Amount in %1").arg(iso4217));
    setPlaceholderText(core::Format::money(api::Money::fromUnits(0), iso4217));
}

std::optional<api::Money> AmountEdit::amount() const {
    return parse().amount;
}

QString AmountEdit::problem() const {
    return parse().problem;
}

AmountEdit::Parsed AmountEdit::parse() const {
    QString typed = text().trimmed();
    // A pasted "Q 150.00" or "GTQ 150" carries the currency: it is the field's own, so it is dropped.
    if (!m_currency.isEmpty()) {
        for (const QString& prefix : {m_currency, core::Format::currencySymbol(m_currency)}) {
            if (typed.startsWith(prefix, Qt::CaseInsensitive)) {
                typed = typed.mid(prefix.size()).trimmed();
                break;
            }
        }
    }
    if (typed.isEmpty())
        return {std::nullopt, api::moneyErrorText(api::MoneyError::Empty)};

    const QLocale here = locale();
    QString group = here.groupSeparator();
    // Locales that group with a (narrow) no-break space accept a typed ordinary space as well.
    if (group == u"\u00a0" || group == u"\u202f") {
        typed.replace(u' ', group);
    }
    const QString decimal = here.decimalPoint();
    const QStringList halves = typed.split(decimal);
    const bool misplacedGroup = halves.size() > 2 || !wellGrouped(halves.first(), group) ||
                                (halves.size() == 2 && !group.isEmpty() && halves.at(1).contains(group));
    if (misplacedGroup) {
        const QString example = api::Money::fromUnits(12345000).toLocaleString(here, 2);
        return {std::nullopt, tr("Write the amount with \"%1\" before the decimals and \"%2\" only between "
                                 "thousands, for example %3.")
                                  .arg(decimal, group.trimmed().isEmpty() ? tr("a space") : group, example)};
    }

    api::MoneyError error = api::MoneyError::None;
    const std::optional<api::Money> amount = api::Money::fromLocaleText(typed, here, &error);
    if (!amount)
        return {std::nullopt, api::moneyErrorText(error)};
    if (amount->isZero())
        return {std::nullopt, tr("The amount must be greater than zero.")};
    return {amount, QString()};
}

} // namespace migo::views
