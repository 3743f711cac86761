#pragma once

#include "Types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace migo::core {

/// The one way the product writes money, dates, card statuses and card names for the agent (issue 12): lists,
/// dialogs, CSV notes and messages all call these, so "Q 1,234.50" and "03/12/2026" read the same everywhere.
/// Every function uses the given locale (default: the application's) and is safe on any thread.
class Format {
    Q_DECLARE_TR_FUNCTIONS(migo::core::Format)

public:
    /// "Q 1,234.50": the currency's symbol (Q for GTQ, US$ for USD, € for EUR, else the ISO code), a non-breaking
    /// space and the amount with the locale's separators and at least two decimals (all four when present). Without
    /// a currency, the number alone.
    static QString money(const api::Money& amount, const QString& iso4217, const QLocale& locale = QLocale());
    /// The symbol money() writes for `iso4217`.
    static QString currencySymbol(const QString& iso4217);

    /// The locale's short date pattern with a four-digit year ("dd/MM/yyyy"): "1/2/90" is ambiguous for a birth date.
    static QString datePattern(const QLocale& locale = QLocale());
    /// The locale's short date-time pattern with a four-digit year.
    static QString dateTimePattern(const QLocale& locale = QLocale());
    /// `date` in datePattern(); empty for an invalid date.
    static QString date(QDate date, const QLocale& locale = QLocale());
    /// `moment` in local time, in dateTimePattern(); empty for an invalid moment.
    static QString dateTime(const QDateTime& moment, const QLocale& locale = QLocale());
    /// `text` (a local date and time) followed by the zone of `local`, e.g. "… 14:05 CST" (issue 14: the zone
    /// named); unchanged when the system names none.
    static QString withZone(const QString& text, const QDateTime& local);

    /// "Active", "Inactive", "Blocked" (a list cell, a badge, a filter); an unknown status shows its wire text.
    static QString cardStatus(api::CardStatus status, const QString& wire = QString());
    /// "active", "inactive", "blocked", "in an unknown status": to complete a sentence about a card.
    static QString cardStatusInSentence(api::CardStatus status);
    /// "Gastos · 459301******6205" (alias when known, masked PAN only).
    static QString cardTitle(const api::Card& card);
    /// "Migo Demo Guatemala (1)"; "Partner 1" when the server gave no name (partner lists, contract §4).
    static QString partnerTitle(const api::PartnerRef& partner);
    /// `text` for a tooltip, shown as written (issue 15): Qt renders a tooltip that looks like markup as rich text,
    /// so text with a '<' is escaped inside a paragraph that keeps its line breaks; other text is returned as is.
    static QString plainToolTip(const QString& text);
};

} // namespace migo::core
