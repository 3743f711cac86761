#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

#include <optional>

/// Guatemala's identity numbers, as the create-cardholder form checks them (contract §8 "Create cardholder",
/// "Guatemalan documents", decided here). Pure functions of their arguments, safe on any thread.
namespace migo::core::gt {

/// Departments of Guatemala, coded 01 (Guatemala) to 22 (Jutiapa) in the order of the INE / RENAP code list.
inline constexpr int departmentCount = 22;

/// How many municipalities `department` (1..departmentCount) has today, 340 in all (Escuintla 14 since Sipacate,
/// Huehuetenango 33 since Petatán, both created in 2015); 0 for a code outside 1..22.
int municipalityCount(int department);

/// The CUI (the 13-digit number of a DPI) check digit of an 8-digit `serial` (the CUI's digits 1–8): the sum of
/// digit i (i = 1..8, from the left) times i + 1, modulo 11. 10 means RENAP issues no CUI with that serial; nullopt
/// when `serial` is not 8 ASCII digits.
std::optional<int> cuiCheckDigit(QStringView serial);

/// What is wrong with a CUI of 13 ASCII digits, in the order they are checked.
enum class CuiProblem {
    None,         ///< a valid CUI
    Shape,        ///< not exactly 13 ASCII digits
    CheckDigit,   ///< digit 9 is not cuiCheckDigit() of digits 1–8 (or that is 10)
    Department,   ///< digits 10–11 are not 01..22
    Municipality, ///< digits 12–13 are not 01..municipalityCount() of the department
};
/// Checks `digits` (already without spaces or dashes) as a CUI.
CuiProblem checkCui(QStringView digits);

/// The NIT check character of `body` (1 to 12 ASCII digits): with weights 2, 3, 4… from the body's rightmost digit,
/// (11 − sum mod 11) mod 11, written 'K' when it is 10 (SAT's modulo 11). A null QChar when `body` is not 1 to 12
/// digits.
QChar nitCheckCharacter(QStringView body);
/// True for a NIT written as its body of 1 to 12 ASCII digits and its check character (digit or upper-case 'K').
bool isValidNit(QStringView nit);

} // namespace migo::core::gt
