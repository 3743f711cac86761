#include "IdentityRules.h"

#include <QRegularExpression>

#include <array>

namespace identity {

namespace {

/// Municipalities per department, 01 Guatemala … 22 Jutiapa: Escuintla 14 (with Sipacate) and Huehuetenango 33
/// (with Petatán) since 2015; 340 in all.
constexpr std::array<int, kDepartments> kMunicipalities = {17, 8,  16, 16, 14, 14, 19, 8,  24, 21, 9,
                                                           30, 33, 21, 8,  17, 14, 5,  11, 11, 7,  17};

bool onlyDigits(const QString& text, int minimum, int maximum) {
    if (text.size() < minimum || text.size() > maximum) {
        return false;
    }
    for (const QChar character : text) {
        if (character < QLatin1Char('0') || character > QLatin1Char('9')) {
            return false;
        }
    }
    return true;
}

std::string cuiProblem(const QString& number) {
    if (!onlyDigits(number, 13, 13)) {
        return "documentNumber of a DPI must be its CUI: 13 digits";
    }
    const int check = cuiCheckDigit(number.left(8));
    if (check != number.at(8).digitValue()) {
        return "documentNumber is not a valid CUI: the check digit (9th digit) does not match digits 1 to 8";
    }
    const int department = number.mid(9, 2).toInt();
    if (municipalities(department) == 0) {
        return "documentNumber is not a valid CUI: digits 10 and 11 must be a department code from 01 to 22";
    }
    const int municipality = number.mid(11, 2).toInt();
    if (municipality < 1 || municipality > municipalities(department)) {
        return "documentNumber is not a valid CUI: digits 12 and 13 must be a municipality of department " +
               number.mid(9, 2).toStdString() + " (01 to " + std::to_string(municipalities(department)) + ")";
    }
    return {};
}

} // namespace

int municipalities(int department) {
    return department >= 1 && department <= kDepartments ? kMunicipalities[std::size_t(department - 1)] : 0;
}

int cuiCheckDigit(const QString& serial) {
    if (!onlyDigits(serial, 8, 8)) {
        return -1;
    }
    int sum = 0;
    for (int index = 0; index < 8; ++index) {
        sum += serial.at(index).digitValue() * (index + 2);
    }
    return sum % 11;
}

QChar nitCheckCharacter(const QString& body) {
    if (!onlyDigits(body, 1, 12)) {
        return {};
    }
    int sum = 0;
    int weight = 2;
    for (auto digit = body.crbegin(); digit != body.crend(); ++digit, ++weight) {
        sum += digit->digitValue() * weight;
    }
    const int check = (11 - sum % 11) % 11;
    return check == 10 ? QChar(QLatin1Char('K')) : QChar(QLatin1Char(char('0' + check)));
}

std::string personNameProblem(const std::string& field, const QString& name) {
    static const QRegularExpression shape(QStringLiteral("^[\\p{L}\\p{M}' \\x{2019}-]+$"));
    static const QRegularExpression letter(QStringLiteral("\\p{L}"));
    if (!shape.match(name).hasMatch() || !letter.match(name).hasMatch()) {
        return field + " must contain only letters, spaces, apostrophes and hyphens, and at least one letter";
    }
    return {};
}

std::string adultProblem(QDate date, QDate today) {
    if (date > today.addYears(-kAdultAge)) {
        return "dateOfBirth must be at least " + std::to_string(kAdultAge) +
               " years before today: cardholders are adults";
    }
    return {};
}

std::string phoneProblem(const QString& phone) {
    const QString digits = phone.startsWith(QLatin1Char('+')) ? phone.mid(1) : phone;
    if (digits.startsWith(QStringLiteral("502")) && digits.size() != 11) {
        return "phoneNumber with country code 502 (Guatemala) must have exactly 8 digits after the code";
    }
    return {};
}

std::string documentProblem(const QString& documentType, const QString& number) {
    if (documentType == QStringLiteral("DPI")) {
        return cuiProblem(number);
    }
    if (documentType == QStringLiteral("NIT")) {
        const QString body = number.left(number.size() - 1);
        const QChar check = nitCheckCharacter(body);
        if (check.isNull() || !(number.back() == check)) {
            return "documentNumber of a NIT must be 1 to 12 digits and its check character (0-9 or K, modulo 11)";
        }
    }
    return {};
}

} // namespace identity
