#include "BulkTemplate.h"

#include "Workbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cstdio>
#include <xlsxwriter.h>

namespace migo::core {

namespace {

/// The translation context of this file's sentences (lupdate reads Text::tr calls).
class Text {
    Q_DECLARE_TR_FUNCTIONS(migo::core::BulkTemplate)
};

/// The allowed values of the enumerated columns (contract §7, §8 Create cardholder).
const QStringList kMarital = {QStringLiteral("soltero"), QStringLiteral("casado"), QStringLiteral("viudo"),
                              QStringLiteral("divorciado"), QStringLiteral("separado")};
const QStringList kGender = {QStringLiteral("F"), QStringLiteral("M"), QStringLiteral("OTHER")};
const QStringList kDocumentType = {QStringLiteral("DPI"),         QStringLiteral("NIT"),
                                   QStringLiteral("PASSPORT"),    QStringLiteral("LEGAL_ID"),
                                   QStringLiteral("PERSONAL_ID"), QStringLiteral("RESIDENCE_ID")};

/// A list validation over rows 2…10000 of column `column`, from the range of sheet "Allowed values".
void listValidation(lxw_worksheet* sheet, int column, const char* source) {
    QByteArray formula(source); // libxlsxwriter takes a char*, and copies it
    lxw_data_validation validation{};
    validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    validation.value_formula = formula.data();
    worksheet_data_validation_range(sheet, 1, lxw_col_t(column), 10000, lxw_col_t(column), &validation);
}

bool build(const QByteArray& file) {
    lxw_workbook* book = workbook_new(file.constData());
    if (!book)
        return false;
    lxw_worksheet* rows = workbook_add_worksheet(book, "Cardholders");
    lxw_worksheet* values = workbook_add_worksheet(book, "Allowed values");
    lxw_format* text = workbook_add_format(book);
    format_set_num_format(text, "@");
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    format_set_num_format(bold, "@");
    const QStringList columns = cardholderUploadColumns();
    for (int column = 0; column < columns.size(); ++column) {
        worksheet_set_column(rows, lxw_col_t(column), lxw_col_t(column), 18, text);
        worksheet_write_string(rows, 0, lxw_col_t(column), columns[column].toUtf8().constData(), bold);
    }
    worksheet_freeze_panes(rows, 1, 0);
    const auto list = [&](int column, const QString& title, const QStringList& allowed) {
        worksheet_write_string(values, 0, lxw_col_t(column), title.toUtf8().constData(), bold);
        for (int row = 0; row < allowed.size(); ++row)
            worksheet_write_string(values, lxw_row_t(row + 1), lxw_col_t(column), allowed[row].toUtf8().constData(),
                                   nullptr);
    };
    list(0, QStringLiteral("maritalStatus"), kMarital);
    list(1, QStringLiteral("gender"), kGender);
    list(2, QStringLiteral("documentType"), kDocumentType);
    listValidation(rows, int(columns.indexOf(QStringLiteral("maritalStatus"))), "='Allowed values'!$A$2:$A$6");
    listValidation(rows, int(columns.indexOf(QStringLiteral("gender"))), "='Allowed values'!$B$2:$B$4");
    listValidation(rows, int(columns.indexOf(QStringLiteral("documentType"))), "='Allowed values'!$C$2:$C$7");
    const QList<QPair<QString, QString>> notes = {
        {QStringLiteral("countryOfBirth"), Text::tr("Two-letter ISO country code, e.g. GT")},
        {QStringLiteral("dateOfBirth"), Text::tr("YYYY-MM-DD; cardholders must be 18 or older")},
        {QStringLiteral("phoneNumber"), Text::tr("Country code first, digits only, e.g. 50255551234")},
        {QStringLiteral("documentNumber"), Text::tr("Digits only for DPI (13) and NIT (check character last)")},
        {QStringLiteral("cardId"), Text::tr("The number of an unassigned card of the program")},
    };
    worksheet_set_column(values, 4, 4, 18, nullptr);
    worksheet_set_column(values, 5, 5, 60, nullptr);
    for (int row = 0; row < notes.size(); ++row) {
        worksheet_write_string(values, lxw_row_t(row), 4, notes[row].first.toUtf8().constData(), bold);
        worksheet_write_string(values, lxw_row_t(row), 5, notes[row].second.toUtf8().constData(), nullptr);
    }
    return workbook_close(book) == LXW_NO_ERROR;
}

} // namespace

bool writeBulkTemplate(const QString& path, QString* error) {
    const QFileInfo target(path);
    QTemporaryFile temporary(target.absoluteDir().filePath(QStringLiteral(".migo-template-XXXXXX.xlsx")));
    if (!temporary.open()) {
        *error = Text::tr("The template cannot be written in %1: %2")
                     .arg(QDir::toNativeSeparators(target.absolutePath()), temporary.errorString());
        return false;
    }
    temporary.close(); // libxlsxwriter writes the file by its name
    const QByteArray name = QFile::encodeName(temporary.fileName());
    // rename() replaces the target in one step: a reader sees the old file or the whole new one, never a part.
    if (!build(name) || std::rename(name.constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        *error = Text::tr("The template could not be saved to %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    temporary.setAutoRemove(false); // renamed away: nothing left to remove
    return true;
}

} // namespace migo::core
