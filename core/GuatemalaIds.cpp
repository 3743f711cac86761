#include "GuatemalaIds.h"

#include <array>

namespace migo::core::gt {

namespace {

/// Municipalities per department, 01 Guatemala … 22 Jutiapa (340 in all).
constexpr std::array<int, departmentCount> kMunicipalities = {17, 8,  16, 16, 14, 14, 19, 8,  24, 21, 9,
                                                              30, 33, 21, 8,  17, 14, 5,  11, 11, 7,  17};

bool allDigits(QStringView text) {
    for (const QChar character : text)
        if (character < u'0' || character > u'9')
            return false;
    return true;
}

int digitAt(QStringView text, qsizetype index) {
    return text[index].unicode() - u'0';
}

} // namespace

int municipalityCount(int department) {
    return department >= 1 && department <= departmentCount ? kMunicipalities[std::size_t(department - 1)] : 0;
}

std::optional<int> cuiCheckDigit(QStringView serial) {
    if (serial.size() != 8 || !allDigits(serial))
        return std::nullopt;
    int sum = 0;
    for (qsizetype index = 0; index < 8; ++index)
        sum += digitAt(serial, index) * int(index + 2);
    return sum % 11;
}

CuiProblem checkCui(QStringView digits) {
    if (digits.size() != 13 || !allDigits(digits))
        return CuiProblem::Shape;
    if (cuiCheckDigit(digits.first(8)) != digitAt(digits, 8))
        return CuiProblem::CheckDigit; // a check of 10 never equals a digit
    const int department = digitAt(digits, 9) * 10 + digitAt(digits, 10);
    if (municipalityCount(department) == 0)
        return CuiProblem::Department;
    const int municipality = digitAt(digits, 11) * 10 + digitAt(digits, 12);
    if (municipality < 1 || municipality > municipalityCount(department))
        return CuiProblem::Municipality;
    return CuiProblem::None;
}

QChar nitCheckCharacter(QStringView body) {
    if (body.isEmpty() || body.size() > 12 || !allDigits(body))
        return {};
    int sum = 0;
    for (qsizetype fromRight = 0; fromRight < body.size(); ++fromRight)
        sum += digitAt(body, body.size() - 1 - fromRight) * int(fromRight + 2);
    const int check = (11 - sum % 11) % 11;
    return check == 10 ? QChar(u'K') : QChar(char16_t(u'0' + check));
}

bool isValidNit(QStringView nit) {
    if (nit.size() < 2)
        return false;
    const QChar expected = nitCheckCharacter(nit.first(nit.size() - 1));
    return !expected.isNull() && expected == nit.back();
}

} // namespace migo::core::gt
