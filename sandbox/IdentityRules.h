#pragma once

#include <QDate>
#include <QString>

#include <string>

/// The sandbox's own checks of a cardholder's identity fields (contract §8 "Create cardholder", "Guatemalan
/// documents", decided here). The client checks the same rules with its own code (core/Validators); nothing is
/// shared. Each `…Problem` function returns the English message for the field's error, or an empty string.
namespace identity {

/// Departments of Guatemala, codes 01 (Guatemala) … 22 (Jutiapa).
inline constexpr int kDepartments = 22;
/// Cardholders must be adults: at least this many years old on the server's today (no program lowers it).
inline constexpr int kAdultAge = 18;

/// Municipalities of `department` (1..22; 340 in all), 0 for any other code.
int municipalities(int department);
/// The CUI check digit of 8 digits: Σ digit[i]·(i + 2) for i = 0..7 from the left, mod 11 (10: no such CUI); -1
/// when `serial` is not 8 ASCII digits.
int cuiCheckDigit(const QString& serial);
/// A NIT's check character for a body of 1–12 digits: weights 2, 3… from the right, (11 − Σ mod 11) mod 11, 10
/// written K; a null QChar otherwise.
QChar nitCheckCharacter(const QString& body);

/// `name` (a name or last name, trimmed): letters of any script and their accents, spaces, apostrophes (' ’) and
/// hyphens, with at least one letter.
std::string personNameProblem(const std::string& field, const QString& name);
/// `date` (a real date): at least kAdultAge years before `today` (born on or before today.addYears(-18)).
std::string adultProblem(QDate date, QDate today);
/// `phone` (already `+?[0-9]{8,15}`): a number whose digits start with 502 has exactly 8 digits after the code.
std::string phoneProblem(const QString& phone);
/// `number` (already 1–20 ASCII letters or digits) for `documentType`: DPI a valid CUI of 13 digits, NIT digits and
/// a check character (0–9 or upper-case K), other types no further rule.
std::string documentProblem(const QString& documentType, const QString& number);

} // namespace identity
