#pragma once

#include "Types.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace migo::core {

/// The checks a form runs before sending (issue 12): each takes a value as it would be sent (already trimmed) and
/// returns a translated sentence saying what is wrong, or an empty string when the value is acceptable. They mirror
/// what the server checks (contract §8 "Association", §10 "Create a cardholder"; sandbox/CardholderRoutes.cpp and
/// AssociationRoutes.cpp), so nothing is sent that it would refuse for its shape. Pure functions, safe on any thread.
class Validators {
    Q_DECLARE_TR_FUNCTIONS(migo::core::Validators)

public:
    static constexpr int maxNameLength = 80;     ///< name and last name, characters
    static constexpr int maxAddressLength = 200; ///< characters
    static constexpr int maxEmailLength = 254;   ///< characters (RFC 5321 path limit)
    static constexpr int maxDocumentLength = 20; ///< letters and digits
    static constexpr int cardSuffixLength = 4;   ///< the last four digits of a card number
    static constexpr int maxAliasLength = 40;    ///< an association's alias, characters
    /// The earliest date of birth the server takes (1900-01-01).
    static QDate earliestBirthDate() { return QDate(1900, 1, 1); }

    /// True for a plausible address: local part, "@", and a dotted domain of letters, digits and inner dashes.
    static bool isEmailShape(const QString& email);
    /// A cardholder's e-mail: required, at most maxEmailLength, isEmailShape().
    static QString email(const QString& email);
    /// The owner's e-mail of a card to associate: the same rule, worded for the card owner when missing.
    static QString ownerEmail(const QString& email);

    /// True for a person's name as the contract takes it (§8 "Create cardholder"): letters of any script (with
    /// their combining accents), spaces, apostrophes (' and ’) and hyphens, and at least one letter.
    static bool isPersonName(const QString& name);
    /// Required, at most maxNameLength, isPersonName() ("Ana2" is refused).
    static QString name(const QString& name);
    /// Required, at most maxNameLength, isPersonName().
    static QString lastName(const QString& lastName);
    /// Required, at most maxAddressLength.
    static QString address(const QString& address);
    /// One of the ISO 3166-1 alpha-2 codes of countryList() ("GT").
    static QString countryOfBirth(const QString& code);
    /// The age a cardholder must have reached (contract §8 "Create cardholder": adults only, in every program).
    static constexpr int adultAge = 18;
    /// Required (an invalid date means "not entered"), from earliestBirthDate() to the day before `today`, and at
    /// least `minimumAge` years before `today` (on or before `today.addYears(-minimumAge)`: someone born on
    /// 29 February comes of age on 1 March of a common year).
    static QString dateOfBirth(QDate date, QDate today = QDate::currentDate(), int minimumAge = adultAge);

    /// `typed` without the grouping a person types (spaces, dashes, dots, brackets): "+502 5555-1234" →
    /// "+50255551234", what the server receives.
    static QString normalizedPhone(const QString& typed);
    /// `typed` once normalized: an optional "+" and 8 to 15 digits, country code first; a number whose digits
    /// start with 502 (Guatemala) has exactly 8 digits after the code.
    static QString phoneNumber(const QString& typed);
    /// `typed` as it is sent for a document of `type`: a DPI or a NIT without the spaces, dashes and dots people
    /// group them with ("2345 67899 0101" → "2345678990101", "1234567-k" → "1234567K"); other types unchanged.
    static QString normalizedDocument(const QString& typed, std::optional<api::DocumentType> type);
    /// `typed` (trimmed) for a document of `type`, once normalizedDocument(): a DPI is a CUI (13 digits, check digit,
    /// department and municipality: gt::checkCui()), a NIT its digits and check character (gt::isValidNit()); any
    /// other type, or no type chosen yet, 1 to maxDocumentLength ASCII letters or digits (no spaces or dashes).
    static QString documentNumber(const QString& typed, std::optional<api::DocumentType> type = std::nullopt);

    /// Exactly four ASCII digits.
    static QString cardSuffix(const QString& suffix);
    /// Required, at most maxAliasLength.
    static QString alias(const QString& alias);

    /// Empty when chosen, else "Choose the marital status."
    static QString maritalStatus(const std::optional<api::MaritalStatus>& status);
    /// Empty when chosen, else "Choose the gender."
    static QString gender(const std::optional<api::Gender>& gender);
    /// Empty when chosen, else "Choose the document type."
    static QString documentType(const std::optional<api::DocumentType>& type);
    /// Empty when a card (id > 0) is chosen, else "Choose the card to assign."
    static QString cardToAssign(const std::optional<qint64>& cardId);

private:
    /// A name's or last name's problem: `missing` when empty, then the length, then isPersonName().
    static QString personName(const QString& name, const QString& missing);
    /// The problem of a DPI's number `digits` (normalized) as a CUI (gt::checkCui()).
    static QString cuiSentence(const QString& digits);
};

} // namespace migo::core
