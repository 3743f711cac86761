#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/// Excel workbooks made by the tests with libxlsxwriter (no binary fixtures in the repository; contract §18).
namespace testwb {

/// The 12 columns of a cardholder upload, in the documented order (ref §4.8).
QStringList cardholderColumns();

/// An .xlsx whose first sheet holds `rows` (row 1 first), every cell written as text. Empty on failure.
QByteArray xlsx(const QList<QStringList>& rows);

/// A refused row the server must report: its spreadsheet row number and the column at fault.
struct Refusal {
    int row = 0;
    QString column;
};

/// A cardholder sheet: the header, `count` data rows of which `invalid` break one rule each (spread evenly over the
/// sheet, cycling through name, email, dateOfBirth, gender and documentNumber), every valid row an adult with a
/// valid DPI (validCui(first + i)), a +502 phone and an e-mail `carga<i>.<tag>@bulk.example`. Row i uses
/// `cardIds[i]`. Sheets of distinct `first` ranges have distinct documents.
struct CardholderSheet {
    QList<QStringList> rows;
    QList<Refusal> refusals;
    QString searchText; ///< finds every valid row's cardholder (the e-mail domain part of `tag`)
};
CardholderSheet cardholderSheet(int count, int invalid, const QList<qint64>& cardIds, const QString& tag,
                                int first = 0);

/// A valid 13-digit DPI (CUI) numbered `n` (distinct for distinct n), department 01, municipality 01.
QString validCui(int n);

} // namespace testwb
