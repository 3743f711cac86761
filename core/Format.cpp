#include "Format.h"

namespace migo::core {

QString Format::currencySymbol(const QString& iso4217) {
    if (iso4217.compare(u"GTQ", Qt::CaseInsensitive) == 0)
        return QStringLiteral("Q");
    if (iso4217.compare(u"USD", Qt::CaseInsensitive) == 0)
        return QStringLiteral("US$");
    if (iso4217.compare(u"EUR", Qt::CaseInsensitive) == 0)
        return QStringLiteral("€");
    return iso4217.toUpper();
}

QString Format::money(const api::Money& amount, const QString& iso4217, const QLocale& locale) {
    const QString number = amount.toLocaleString(locale, 2);
    return iso4217.isEmpty() ? number : currencySymbol(iso4217) + u'\u00a0' + number;
}

namespace {

QString withFourDigitYears(QString pattern) {
    if (!pattern.contains(QLatin1String("yyyy")))
        pattern.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return pattern;
}

} // namespace

QString Format::datePattern(const QLocale& locale) {
    return withFourDigitYears(locale.dateFormat(QLocale::ShortFormat));
}

QString Format::dateTimePattern(const QLocale& locale) {
    return withFourDigitYears(locale.dateTimeFormat(QLocale::ShortFormat));
}

QString Format::date(QDate date, const QLocale& locale) {
    return date.isValid() ? locale.toString(date, datePattern(locale)) : QString();
}

QString Format::dateTime(const QDateTime& moment, const QLocale& locale) {
    if (!moment.isValid())
        return QString();
    const QDateTime local = moment.toLocalTime();
    return withZone(locale.toString(local, dateTimePattern(locale)), local);
}

QString Format::withZone(const QString& text, const QDateTime& local) {
    const QString zone = local.timeZoneAbbreviation();
    return zone.isEmpty() ? text : text + u' ' + zone;
}

QString Format::cardStatus(api::CardStatus status, const QString& wire) {
    switch (status) {
    case api::CardStatus::Inactive:
        return tr("Inactive");
    case api::CardStatus::Active:
        return tr("Active");
    case api::CardStatus::Blocked:
        return tr("Blocked");
    case api::CardStatus::Unknown:
        break;
    }
    return wire.isEmpty() ? tr("Unknown") : wire;
}

QString Format::cardStatusInSentence(api::CardStatus status) {
    switch (status) {
    case api::CardStatus::Active:
        return tr("active");
    case api::CardStatus::Inactive:
        return tr("inactive");
    case api::CardStatus::Blocked:
        return tr("blocked");
    case api::CardStatus::Unknown:
        break;
    }
    return tr("in an unknown status");
}

QString Format::cardTitle(const api::Card& card) {
    return card.alias.isEmpty() ? card.maskedPan : card.alias + QStringLiteral(" · ") + card.maskedPan;
}

QString Format::partnerTitle(const api::PartnerRef& partner) {
    return partner.name.isEmpty() ? tr("Partner %1").arg(partner.id) : tr("%1 (%2)").arg(partner.name).arg(partner.id);
}

QString Format::plainToolTip(const QString& text) {
    if (!text.contains(u'<'))
        return text;
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace migo::core
