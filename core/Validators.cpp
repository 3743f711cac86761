#include "Validators.h"

#include "Countries.h"

#include <QRegularExpression>

namespace migo::core {

namespace {

bool matches(const QString& pattern, const QString& text) {
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

/// `missing` for an empty text, `wrong` for one that does not match `pattern` whole, else empty.
QString shaped(const QString& text, const QString& pattern, const QString& missing, const QString& wrong) {
    if (text.isEmpty())
        return missing;
    return matches(pattern, text) ? QString() : wrong;
}

} // namespace

bool Validators::isEmailShape(const QString& email) {
    static const QRegularExpression shape(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"));
    return shape.match(email).hasMatch();
}

QString Validators::email(const QString& email) {
    if (email.isEmpty())
        return tr("Enter the e-mail address.");
    if (email.size() > maxEmailLength || !isEmailShape(email))
        return tr("Enter a valid e-mail address, such as maria@example.com.");
    return {};
}

QString Validators::ownerEmail(const QString& email) {
    return email.isEmpty() ? tr("Enter the card owner's e-mail.") : Validators::email(email);
}

QString Validators::name(const QString& name) {
    if (name.isEmpty())
        return tr("Enter the name.");
    return name.size() > maxNameLength ? tr("Use at most %n character(s).", nullptr, maxNameLength) : QString();
}

QString Validators::lastName(const QString& lastName) {
    if (lastName.isEmpty())
        return tr("Enter the last name.");
    return lastName.size() > maxNameLength ? tr("Use at most %n character(s).", nullptr, maxNameLength) : QString();
}

QString Validators::address(const QString& address) {
    if (address.isEmpty())
        return tr("Enter the address.");
    return address.size() > maxAddressLength ? tr("Use at most %n character(s).", nullptr, maxAddressLength)
                                             : QString();
}

QString Validators::countryOfBirth(const QString& code) {
    return isCountryCode(code) ? QString() : tr("Choose the country of birth.");
}

QString Validators::dateOfBirth(QDate date, QDate today) {
    if (!date.isValid())
        return tr("Enter the date of birth.");
    if (date >= today)
        return tr("The date of birth must be in the past.");
    if (date < earliestBirthDate())
        return tr("The date of birth cannot be before 1 January 1900.");
    return {};
}

QString Validators::normalizedPhone(const QString& typed) {
    static const QRegularExpression grouping(QStringLiteral("[ ().-]"));
    QString phone = typed;
    return phone.remove(grouping);
}

QString Validators::phoneNumber(const QString& typed) {
    return shaped(normalizedPhone(typed), QStringLiteral("\\+?[0-9]{8,15}"), tr("Enter the phone number."),
                  tr("Enter 8 to 15 digits, country code first (e.g. 50255551234)."));
}

QString Validators::documentNumber(const QString& number) {
    return shaped(number, QStringLiteral("[A-Za-z0-9]{1,20}"), tr("Enter the document number."),
                  tr("Use only letters and digits (at most 20), without spaces or dashes."));
}

QString Validators::cardSuffix(const QString& suffix) {
    return matches(QStringLiteral("[0-9]{4}"), suffix) // ASCII digits only, like the server
               ? QString()
               : tr("Enter exactly four digits: the last four of the card number.");
}

QString Validators::alias(const QString& alias) {
    if (alias.isEmpty())
        return tr("Enter an alias that tells the cardholder which card this is.");
    return alias.size() > maxAliasLength ? tr("Use at most %n character(s).", nullptr, maxAliasLength) : QString();
}

QString Validators::maritalStatus(const std::optional<api::MaritalStatus>& status) {
    return status ? QString() : tr("Choose the marital status.");
}

QString Validators::gender(const std::optional<api::Gender>& gender) {
    return gender ? QString() : tr("Choose the gender.");
}

QString Validators::documentType(const std::optional<api::DocumentType>& type) {
    return type ? QString() : tr("Choose the document type.");
}

QString Validators::cardToAssign(const std::optional<qint64>& cardId) {
    return cardId && *cardId > 0 ? QString() : tr("Choose the card to assign.");
}

} // namespace migo::core
