#include "ListTable.h"

#include <QApplication>
#include <QHeaderView>
#include <QPointer>
#include <QProxyStyle>
#include <QStyleOptionHeader>
#include <QTableView>

namespace migo::views {

namespace {

/// QHeaderView hands the style SortDown for Qt::AscendingOrder and SortUp for Qt::DescendingOrder, and Fusion draws
/// SortUp pointing up: "Newest first" showed ▲. Agents read ▲ as smallest / oldest first and ▼ as largest / newest
/// first (file managers, spreadsheets), so the headers of the product's lists draw the arrow the other way round.
class SortArrowStyle final : public QProxyStyle {
public:
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget) const override {
        if (element == PE_IndicatorHeaderArrow)
            if (const auto* header = qstyleoption_cast<const QStyleOptionHeader*>(option)) {
                QStyleOptionHeader flipped = *header;
                if (header->sortIndicator == QStyleOptionHeader::SortUp)
                    flipped.sortIndicator = QStyleOptionHeader::SortDown;
                else if (header->sortIndicator == QStyleOptionHeader::SortDown)
                    flipped.sortIndicator = QStyleOptionHeader::SortUp;
                QProxyStyle::drawPrimitive(element, &flipped, painter, widget);
                return;
            }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
};

/// One style for every list header, owned by the application.
QStyle* sortArrowStyle() {
    static QPointer<QStyle> style;
    if (!style) {
        style = new SortArrowStyle;
        style->setParent(qApp);
    }
    return style;
}

} // namespace

void prepareListTable(QTableView* table, QAbstractItemModel* model, const QString& accessibleName,
                      QAbstractItemView::SelectionMode mode) {
    table->setModel(model);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(mode);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStyle(sortArrowStyle()); // ▲ ascending, ▼ descending
}

} // namespace migo::views
