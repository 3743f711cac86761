#include "MovementReport.h"

#include "JsonSupport.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace {

constexpr qreal kMargin = 36;     // points (1/72 inch)
constexpr qreal kLineHeight = 13; // points
constexpr int kHeaderLinesFirstPage = 9;
constexpr int kHeaderLinesOtherPages = 2;
constexpr int kFooterLines = 2;
constexpr int kTotalsLines = 6;

// The words the app uses for each type (contract §7: one set of words in the app and the PDF).
QString typeLabel(const QString& type) {
    if (type == QStringLiteral("topUp")) {
        return QStringLiteral("Add funds");
    }
    if (type == QStringLiteral("withdrawal")) {
        return QStringLiteral("Withdrawal");
    }
    if (type == QStringLiteral("balanceTransfertoUser")) {
        return QStringLiteral("Transfer");
    }
    if (type == QStringLiteral("posPurchase")) {
        return QStringLiteral("Card purchase");
    }
    if (type == QStringLiteral("ecommercePurchase")) {
        return QStringLiteral("Online purchase");
    }
    if (type == QStringLiteral("refund")) {
        return QStringLiteral("Refund");
    }
    return type;
}

/// "12345.5" → "12,345.50": thousands grouped with commas, 2 to 4 decimals, as the app shows amounts.
QString grouped(const QString& plain) {
    const bool negative = plain.startsWith(QLatin1Char('-'));
    const qsizetype dot = plain.indexOf(QLatin1Char('.'));
    QString whole = plain.mid(negative ? 1 : 0, (dot < 0 ? plain.size() : dot) - (negative ? 1 : 0));
    for (qsizetype at = whole.size() - 3; at > 0; at -= 3) {
        whole.insert(at, QLatin1Char(','));
    }
    return (negative ? QStringLiteral("-") : QString()) + whole + (dot < 0 ? QString() : plain.mid(dot));
}

QString money(qint64 units) {
    return grouped(toQt(formatUnits(units)));
}

/// The symbol the app writes before an amount (GTQ → "Q"); the ISO code for others it does not know.
QString currencySymbol(const QString& iso4217) {
    if (iso4217 == QStringLiteral("GTQ")) {
        return QStringLiteral("Q");
    }
    if (iso4217 == QStringLiteral("USD")) {
        return QStringLiteral("US$");
    }
    if (iso4217 == QStringLiteral("EUR")) {
        return QStringLiteral("€");
    }
    return iso4217;
}

/// A sum of movement amounts, kept exact (contract §15): each amount is below 2^63 units and a report has fewer
/// than 2^63 lines, so a 128-bit sum stays below 2^126 and cannot overflow, where a 64-bit one could after about
/// 922 maximal amounts.
__extension__ typedef __int128 WideUnits;
__extension__ typedef unsigned __int128 WideMagnitude;

/// The same text as formatUnits() (2 to 4 decimals), for a sum that may not fit in 64 bits.
QString money(WideUnits units) {
    const bool negative = units < 0;
    WideMagnitude magnitude = negative ? WideMagnitude(-(units + 1)) + 1 : WideMagnitude(units);
    std::string fraction = std::to_string(unsigned(magnitude % 10000));
    fraction.insert(0, 4 - fraction.size(), '0');
    while (fraction.size() > 2 && fraction.back() == '0') {
        fraction.pop_back();
    }
    magnitude /= 10000;
    std::string whole;
    do {
        whole.insert(whole.begin(), char('0' + int(magnitude % 10)));
        magnitude /= 10;
    } while (magnitude > 0);
    return grouped(toQt((negative ? "-" : "") + whole + "." + fraction));
}

/// Column x positions (points) of the movement table on an A4 page.
struct Columns {
    qreal date = kMargin;
    qreal type = kMargin + 112;
    qreal description = kMargin + 200;
    qreal amountRight = kMargin + 445;
    qreal balanceRight = 595 - kMargin;
};

class ReportPainter {
public:
    ReportPainter(QPainter& painter, const ReportInput& input, int pageCount)
        : m_painter(painter)
        , m_input(input)
        , m_pageCount(pageCount)
        , m_regular(QStringLiteral("DejaVu Sans"), 8)
        , m_bold(QStringLiteral("DejaVu Sans"), 8, QFont::Bold)
        , m_title(QStringLiteral("DejaVu Sans"), 14, QFont::Bold)
        , m_metrics(m_regular) {
        // No shaping: no ligatures (text stays searchable as typed) and faster layout of many short lines.
        for (QFont* font : {&m_regular, &m_bold, &m_title}) {
            font->setStyleStrategy(QFont::PreferNoShaping);
        }
        m_metrics = QFontMetricsF(m_regular);
    }

    void beginPage(int pageNumber, qreal pageHeight) {
        m_pageHeight = pageHeight;
        m_y = kMargin;
        if (pageNumber == 1) {
            m_painter.setFont(m_title);
            m_y += 16;
            m_painter.drawText(QPointF(kMargin, m_y), QStringLiteral("Card movements report"));
            m_y += kLineHeight;
            m_painter.setFont(m_regular);
            line(QStringLiteral("Partner: ") + m_input.partnerName);
            line(QStringLiteral("Cardholder: ") + m_input.cardholderName);
            line(QStringLiteral("Card: ") + m_input.maskedPan + QStringLiteral("   Currency: ") + m_input.currency);
            line(QStringLiteral("Period: ") + m_input.from.toString(Qt::ISODate) + QStringLiteral(" to ") +
                 m_input.to.toString(Qt::ISODate) + QStringLiteral(" (UTC)"));
            line(QStringLiteral("Opening balance: ") + amount(money(m_input.openingBalanceUnits)));
            m_y += kLineHeight / 2;
        }
        tableHeader();
        m_painter.setFont(m_regular);
        drawFooter(pageNumber);
    }

    void movement(const ReportLine& entry) {
        m_y += kLineHeight;
        const Columns columns;
        m_painter.drawText(QPointF(columns.date, m_y),
                           entry.createdAt.left(19).replace(QLatin1Char('T'), QLatin1Char(' ')));
        m_painter.drawText(QPointF(columns.type, m_y), typeLabel(entry.type));
        m_painter.drawText(QPointF(columns.description, m_y),
                           m_metrics.elidedText(entry.description, Qt::ElideRight, 150));
        const bool credit = entry.movementType == QStringLiteral("credit");
        rightAligned(columns.amountRight,
                     (credit ? QStringLiteral("+") : QStringLiteral("-")) + amount(money(entry.amountUnits)));
        rightAligned(columns.balanceRight, amount(money(entry.balanceAfterUnits)));
    }

    void totals(WideUnits credits, WideUnits debits, qint64 closing, std::size_t count) {
        m_y += kLineHeight;
        m_painter.setFont(m_bold);
        line(QStringLiteral("Totals for the period (") + QString::number(count) + QStringLiteral(" movements)"));
        m_painter.setFont(m_regular);
        line(QStringLiteral("Total credits: +") + amount(money(credits)));
        line(QStringLiteral("Total debits: -") + amount(money(debits)));
        line(QStringLiteral("Closing balance: ") + amount(money(closing)));
    }

private:
    /// "Q 12,345.00": the currency's symbol, a space, the grouped amount (the app's Format::money).
    QString amount(const QString& groupedNumber) const {
        return currencySymbol(m_input.currency) + QLatin1Char(' ') + groupedNumber;
    }

    void line(const QString& text) {
        m_y += kLineHeight;
        m_painter.drawText(QPointF(kMargin, m_y), text);
    }

    void rightAligned(qreal right, const QString& text) {
        m_painter.drawText(QPointF(right - m_metrics.horizontalAdvance(text), m_y), text);
    }

    void tableHeader() {
        const Columns columns;
        m_painter.setFont(m_bold);
        m_y += kLineHeight;
        m_painter.drawText(QPointF(columns.date, m_y), QStringLiteral("Date (UTC)"));
        m_painter.drawText(QPointF(columns.type, m_y), QStringLiteral("Type"));
        m_painter.drawText(QPointF(columns.description, m_y), QStringLiteral("Description"));
        const QFontMetricsF boldMetrics(m_bold);
        m_painter.drawText(QPointF(columns.amountRight - boldMetrics.horizontalAdvance(QStringLiteral("Amount")), m_y),
                           QStringLiteral("Amount"));
        m_painter.drawText(
            QPointF(columns.balanceRight - boldMetrics.horizontalAdvance(QStringLiteral("Balance after")), m_y),
            QStringLiteral("Balance after"));
        m_painter.drawLine(QPointF(kMargin, m_y + 3), QPointF(595 - kMargin, m_y + 3));
    }

    void drawFooter(int pageNumber) {
        const QString text = QStringLiteral("Page ") + QString::number(pageNumber) + QStringLiteral(" of ") +
                             QString::number(m_pageCount);
        m_painter.drawText(QPointF(595 - kMargin - m_metrics.horizontalAdvance(text), m_pageHeight - kMargin), text);
        m_painter.drawText(QPointF(kMargin, m_pageHeight - kMargin),
                           QStringLiteral("Migo CMS sandbox - ") + m_input.maskedPan);
    }

    QPainter& m_painter;
    const ReportInput& m_input;
    int m_pageCount;
    QFont m_regular;
    QFont m_bold;
    QFont m_title;
    QFontMetricsF m_metrics;
    qreal m_pageHeight = 842;
    qreal m_y = 0;
};

} // namespace

QByteArray renderMovementReport(const ReportInput& input) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72); // one device unit = one point
    writer.setTitle(QStringLiteral("Card movements ") + input.maskedPan);
    writer.setCreator(QStringLiteral("migo-cms-sandbox"));
    const qreal pageHeight = 842;
    const int linesPerPage = int((pageHeight - 2 * kMargin) / kLineHeight) - kFooterLines;
    const int firstCapacity = linesPerPage - kHeaderLinesFirstPage;
    const int otherCapacity = linesPerPage - kHeaderLinesOtherPages;

    // Page plan: how many movement lines each page holds; the totals need kTotalsLines on the last page.
    std::vector<int> plan;
    std::size_t remaining = input.lines.size();
    int capacity = firstCapacity;
    while (true) {
        const int onPage = int(std::min<std::size_t>(remaining, std::size_t(capacity)));
        remaining -= std::size_t(onPage);
        plan.push_back(onPage);
        if (remaining == 0) {
            if (capacity - onPage < kTotalsLines) {
                plan.push_back(0);
            }
            break;
        }
        capacity = otherCapacity;
    }

    QPainter painter(&writer);
    ReportPainter report(painter, input, int(plan.size()));
    WideUnits credits = 0;
    WideUnits debits = 0;
    std::size_t next = 0;
    for (std::size_t page = 0; page < plan.size(); ++page) {
        if (page > 0) {
            writer.newPage();
        }
        report.beginPage(int(page) + 1, pageHeight);
        for (int index = 0; index < plan[page]; ++index, ++next) {
            const ReportLine& entry = input.lines[next];
            (entry.movementType == QStringLiteral("credit") ? credits : debits) += entry.amountUnits;
            report.movement(entry);
        }
    }
    const qint64 closing = input.lines.empty() ? input.openingBalanceUnits : input.lines.back().balanceAfterUnits;
    report.totals(credits, debits, closing, input.lines.size());
    painter.end();
    return bytes;
}
