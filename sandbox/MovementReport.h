#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include <vector>

/// One movement line of the report; money in units of 1/10000, always positive (direction in movementType).
struct ReportLine {
    QString createdAt;    ///< ISO-8601 UTC
    QString type;         ///< topUp, withdrawal, balanceTransfertoUser, posPurchase, ecommercePurchase, refund
    QString movementType; ///< credit | debit
    QString description;
    qint64 amountUnits = 0;
    qint64 balanceAfterUnits = 0;
};

/// Everything the PDF shows. Only the masked PAN is ever given, never the full PAN.
struct ReportInput {
    QString partnerName;
    QString cardholderName;
    QString maskedPan;
    QString currency;
    QDate from;
    QDate to;
    qint64 openingBalanceUnits = 0;
    std::vector<ReportLine> lines; ///< oldest first
};

/// Renders the movements report (contract §8, Report) as PDF bytes with QPdfWriter: A4, header with partner,
/// cardholder, masked PAN and period, one line per movement, totals, "Page X of Y" on every page.
/// Needs a QGuiApplication. 10,000 lines render in about a second.
QByteArray renderMovementReport(const ReportInput& input);
