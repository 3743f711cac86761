#include "TestWorkbook.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace testwb {

QStringList cardholderColumns() {
    return {QStringLiteral("name"),           QStringLiteral("lastName"),       QStringLiteral("address"),
            QStringLiteral("countryOfBirth"), QStringLiteral("dateOfBirth"),    QStringLiteral("maritalStatus"),
            QStringLiteral("gender"),         QStringLiteral("phoneNumber"),    QStringLiteral("email"),
            QStringLiteral("documentType"),   QStringLiteral("documentNumber"), QStringLiteral("cardId")};
}

QByteArray xlsx(const QList<QStringList>& rows) {
    QTemporaryDir dir;
    const QByteArray path = dir.filePath(QStringLiteral("sheet.xlsx")).toLocal8Bit();
    lxw_workbook* book = workbook_new(path.constData());
    lxw_worksheet* sheet = workbook_add_worksheet(book, nullptr);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c) {
            worksheet_write_string(sheet, lxw_row_t(r), lxw_col_t(c), rows[r][c].toUtf8().constData(), nullptr);
        }
    }
    if (workbook_close(book) != LXW_NO_ERROR) {
        return {};
    }
    QFile file(QString::fromLocal8Bit(path));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString validCui(int n) {
    // Serial 8 digits with weights 2..9 from the left, check = sum mod 11; a sum giving 10 is skipped by moving to
    // the next serial of a disjoint range (n * 2 and n * 2 + 1 never meet another n's pair).
    for (int attempt = 0;; ++attempt) {
        const QString serial = QString::number(20000000 + n * 2 + attempt);
        int sum = 0;
        for (int i = 0; i < 8; ++i) {
            sum += serial.at(i).digitValue() * (i + 2);
        }
        if (sum % 11 != 10) {
            return serial + QString::number(sum % 11) + QStringLiteral("0101");
        }
    }
}

CardholderSheet cardholderSheet(int count, int invalid, const QList<qint64>& cardIds, const QString& tag, int first) {
    CardholderSheet sheet;
    sheet.rows << cardholderColumns();
    sheet.searchText = tag + QStringLiteral("@bulk.example");
    const QString adult = QDate::currentDate().addYears(-30).toString(Qt::ISODate);
    const int every = invalid > 0 ? count / invalid : count + 1;
    int broken = 0;
    for (int i = 0; i < count; ++i) {
        QStringList row = {QStringLiteral("Ana María"),
                           QStringLiteral("Carga-López"),
                           QStringLiteral("4a Calle 5-10, Zona %1").arg(i % 20 + 1),
                           QStringLiteral("GT"),
                           adult,
                           QStringLiteral("soltero"),
                           i % 2 ? QStringLiteral("F") : QStringLiteral("M"),
                           QStringLiteral("502%1").arg(30000000 + first + i),
                           QStringLiteral("carga%1.%2").arg(i).arg(sheet.searchText),
                           QStringLiteral("DPI"),
                           validCui(first + i),
                           QString::number(cardIds.value(i))};
        const int sheetRow = i + 2;
        if (broken < invalid && i % every == every - 1) {
            static const int kColumns[] = {0, 8, 4, 6, 10}; // name, email, dateOfBirth, gender, documentNumber
            const int column = kColumns[broken % 5];
            switch (column) {
            case 0:
                row[0] = QStringLiteral("Ana2");
                break;
            case 8:
                row[8] = QStringLiteral("no-es-correo");
                break;
            case 4:
                row[4] = QDate::currentDate().addYears(-10).toString(Qt::ISODate);
                break;
            case 6:
                row[6] = QStringLiteral("X");
                break;
            default: { // a wrong check digit
                QString cui = row[10];
                cui[8] = QChar(u'0' + (cui.at(8).digitValue() + 1) % 10);
                row[10] = cui;
            }
            }
            sheet.refusals << Refusal{sheetRow, cardholderColumns().at(column)};
            ++broken;
        }
        sheet.rows << row;
    }
    return sheet;
}

} // namespace testwb
