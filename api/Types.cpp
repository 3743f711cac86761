#include "Types.h"

#include <algorithm>

namespace migo::api {

namespace {

template <typename E, std::size_t N>
std::optional<E> fromTable(const QString& wire, const std::pair<E, const char16_t*> (&table)[N]) {
    for (const auto& [value, text] : table)
        if (wire == QStringView(text))
            return value;
    return std::nullopt;
}

template <typename E, std::size_t N>
QString toTable(E value, const std::pair<E, const char16_t*> (&table)[N]) {
    for (const auto& [entry, text] : table)
        if (entry == value)
            return QString::fromUtf16(text);
    return {};
}

constexpr std::pair<MaritalStatus, const char16_t*> maritalTable[] = {
    {MaritalStatus::Single, u"soltero"},     {MaritalStatus::Married, u"casado"},
    {MaritalStatus::Widowed, u"viudo"},      {MaritalStatus::Divorced, u"divorciado"},
    {MaritalStatus::Separated, u"separado"},
};
constexpr std::pair<Gender, const char16_t*> genderTable[] = {
    {Gender::Female, u"F"}, {Gender::Male, u"M"}, {Gender::Other, u"OTHER"}};
constexpr std::pair<DocumentType, const char16_t*> documentTable[] = {
    {DocumentType::Dpi, u"DPI"},
    {DocumentType::Nit, u"NIT"},
    {DocumentType::Passport, u"PASSPORT"},
    {DocumentType::LegalId, u"LEGAL_ID"},
    {DocumentType::PersonalId, u"PERSONAL_ID"},
    {DocumentType::ResidenceId, u"RESIDENCE_ID"},
};

} // namespace

QString wireValue(MaritalStatus value) {
    return toTable(value, maritalTable);
}
QString wireValue(Gender value) {
    return toTable(value, genderTable);
}
QString wireValue(DocumentType value) {
    return toTable(value, documentTable);
}
std::optional<MaritalStatus> maritalStatusFromWire(const QString& wire) {
    return fromTable(wire, maritalTable);
}
std::optional<Gender> genderFromWire(const QString& wire) {
    return fromTable(wire, genderTable);
}
std::optional<DocumentType> documentTypeFromWire(const QString& wire) {
    return fromTable(wire, documentTable);
}

QString cardStatusWire(CardStatus status) {
    switch (status) {
    case CardStatus::Inactive:
        return QStringLiteral("INACTIVE");
    case CardStatus::Active:
        return QStringLiteral("ACTIVE");
    case CardStatus::Blocked:
        return QStringLiteral("BLOCKED");
    case CardStatus::Unknown:
        break;
    }
    return {};
}

CardStatus cardStatusFromWire(const QString& wire) {
    const QString upper = wire.trimmed().toUpper();
    if (upper == u"INACTIVE" || upper == u"PENDING_ACTIVATION" || upper == u"CREATED")
        return CardStatus::Inactive;
    if (upper == u"ACTIVE" || upper == u"ACTIVATED" || upper == u"UNBLOCK" || upper == u"UNBLOCKED")
        return CardStatus::Active;
    if (upper == u"BLOCKED" || upper == u"BLOCK")
        return CardStatus::Blocked;
    return CardStatus::Unknown;
}

CardType cardTypeFromWire(const QString& wire) {
    const QString upper = wire.trimmed().toUpper();
    if (upper == u"PHYSICAL" || upper == u"ISSUED" || upper == u"VIRTUAL")
        return CardType::Physical;
    if (upper == u"LINKED" || upper == u"THIRD_PARTY" || upper == u"EXTERNAL")
        return CardType::Linked;
    return CardType::Unknown;
}

CardStatus statusAfter(CardAction action) {
    return action == CardAction::Block ? CardStatus::Blocked : CardStatus::Active;
}

bool isLegal(CardAction action, CardStatus status) {
    switch (action) {
    case CardAction::Activate:
        return status == CardStatus::Inactive;
    case CardAction::Block:
        return status == CardStatus::Active;
    case CardAction::Unblock:
        return status == CardStatus::Blocked;
    }
    return false;
}

bool OperatorPermissions::holds(QStringView resource, QStringView action) const {
    for (const Permission& permission : permissions)
        if (permission.resource == resource && permission.action == action)
            return true;
    return false;
}

QString maskPan(const QString& pan) {
    const auto digits = std::count_if(pan.cbegin(), pan.cend(), [](QChar c) { return c.isDigit(); });
    if (digits <= 10)
        return pan;
    QString masked = pan;
    qsizetype seen = 0;
    for (QChar& c : masked) {
        if (!c.isDigit())
            continue;
        if (seen >= 6 && seen < digits - 4)
            c = u'*';
        ++seen;
    }
    return masked;
}

QString Card::lastFour() const {
    QString digits;
    for (qsizetype i = maskedPan.size() - 1; i >= 0 && digits.size() < 4; --i) {
        if (!maskedPan.at(i).isDigit())
            break;
        digits.prepend(maskedPan.at(i));
    }
    return digits.size() == 4 ? digits : QString();
}

} // namespace migo::api
