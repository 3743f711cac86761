#include "Validators.h"

#include "Countries.h"
#include "GuatemalaIds.h"

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

bool Validators::isPersonName(const QString& name) {
    static const QRegularExpression shape(QStringLiteral("^[\\p{L}\\p{M}' \\x{2019}-]+$"));
    static const QRegularExpression letter(QStringLiteral("\\p{L}"));
    return shape.match(name).hasMatch() && letter.match(name).hasMatch();
}

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

/// `name`'s problem as a name or last name: `missing` when empty, then the length, then isPersonName().
QString Validators::personName(const QString& name, const QString& missing) {
    if (name.isEmpty())
        return missing;
    if (name.size() > maxNameLength)
        return tr("Use at most %n character(s).", nullptr, maxNameLength);
    if (!isPersonName(name))
        return tr("Use only letters, spaces, apostrophes and hyphens, with at least one letter.");
    return {};
}

/// The sentence for a CUI's problem (a DPI's number, already normalized).
QString Validators::cuiSentence(const QString& digits) {
    switch (gt::checkCui(digits)) {
    case gt::CuiProblem::None:
        return {};
    case gt::CuiProblem::Shape:
        return tr("A DPI number has 13 digits (e.g. 2345 67899 0101).");
    case gt::CuiProblem::CheckDigit:
        return tr("This is not a valid DPI number: its check digit (the 9th) does not match. Check each "
                  "digit.");
    case gt::CuiProblem::Department:
        return tr("A DPI's 10th and 11th digits are its department code, 01 to 22.");
    case gt::CuiProblem::Municipality:
        break;
    }
    const QString department = digits.mid(9, 2);
    return tr("A DPI's last two digits are its municipality: department %1 has municipalities 01 to %2.")
        .arg(department, QStringLiteral("%1").arg(gt::municipalityCount(department.toInt()), 2, 10, QLatin1Char('0')));
}

QString Validators::name(const QString& name) {
    return personName(name, tr("Enter the name."));
}

QString Validators::lastName(const QString& lastName) {
    return personName(lastName, tr("Enter the last name."));
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

QString Validators::dateOfBirth(QDate date, QDate today, int minimumAge) {
    if (!date.isValid())
        return tr("Enter the date of birth.");
    if (date >= today)
        return tr("The date of birth must be in the past.");
    if (date < earliestBirthDate())
        return tr("The date of birth cannot be before 1 January 1900.");
    if (date > today.addYears(-minimumAge))
        return tr("The cardholder must be at least %n year(s) old.", nullptr, minimumAge);
    return {};
}

QString Validators::normalizedPhone(const QString& typed) {
    static const QRegularExpression grouping(QStringLiteral("[ ().-]"));
    QString phone = typed;
    return phone.remove(grouping);
}

QString Validators::phoneNumber(const QString& typed) {
    const QString phone = normalizedPhone(typed);
    const QString problem = shaped(phone, QStringLiteral("\\+?[0-9]{8,15}"), tr("Enter the phone number."),
                                   tr("Enter 8 to 15 digits, country code first (e.g. 50255551234)."));
    if (!problem.isEmpty())
        return problem;
    const QString digits = phone.startsWith(u'+') ? phone.mid(1) : phone;
    if (digits.startsWith(QStringLiteral("502")) && digits.size() != 3 + 8)
        return tr("A Guatemalan number (+502) has 8 digits after the country code.");
    return {};
}

QString Validators::normalizedDocument(const QString& typed, std::optional<api::DocumentType> type) {
    if (type != api::DocumentType::Dpi && type != api::DocumentType::Nit)
        return typed;
    static const QRegularExpression grouping(QStringLiteral("[ .-]"));
    return QString(typed).remove(grouping).toUpper();
}

QString Validators::documentNumber(const QString& typed, std::optional<api::DocumentType> type) {
    const QString number = normalizedDocument(typed, type);
    if (number.isEmpty())
        return tr("Enter the document number.");
    if (type == api::DocumentType::Dpi)
        return cuiSentence(number);
    if (type == api::DocumentType::Nit) {
        if (!matches(QStringLiteral("[0-9]{1,12}[0-9K]"), number))
            return tr("A NIT is 1 to 12 digits and a check digit or K (e.g. 1234567-9).");
        if (!gt::isValidNit(number))
            return tr("This is not a valid NIT: its check digit does not match. Check each digit.");
        return {};
    }
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
