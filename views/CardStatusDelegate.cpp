#include "CardStatusDelegate.h"

#include "CardListModel.h"
#include "Palette.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace migo::views {

namespace {

int badgeSide(const QFontMetrics& metrics) {
    return std::max(8, metrics.height() * 2 / 3);
}

void paintBadge(QPainter* painter, const QRectF& box, api::CardStatus status, const QColor& outline) {
    const qreal stroke = std::max<qreal>(1.5, box.width() / 5);
    switch (status) {
    case api::CardStatus::Active: { // filled circle
        painter->setPen(QPen(outline, 1));
        painter->setBrush(QColor::fromRgb(core::palette::statusActive));
        painter->drawEllipse(box);
        return;
    }
    case api::CardStatus::Inactive: { // hollow ring
        painter->setPen(QPen(QColor::fromRgb(core::palette::statusInactive), stroke));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(box.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2));
        return;
    }
    case api::CardStatus::Blocked: { // filled square crossed by a bar ("no entry")
        painter->setPen(QPen(outline, 1));
        painter->setBrush(QColor::fromRgb(core::palette::statusBlocked));
        painter->drawRect(box);
        const qreal bar = box.height() / 5;
        painter->fillRect(QRectF(box.left() + bar, box.center().y() - bar / 2, box.width() - 2 * bar, bar), Qt::white);
        return;
    }
    case api::CardStatus::Unknown:
        break;
    }
    // A hollow diamond: a status this client does not know.
    QPainterPath diamond;
    diamond.moveTo(box.center().x(), box.top());
    diamond.lineTo(box.right(), box.center().y());
    diamond.lineTo(box.center().x(), box.bottom());
    diamond.lineTo(box.left(), box.center().y());
    diamond.closeSubpath();
    painter->setPen(QPen(QColor::fromRgb(core::palette::statusUnknown), stroke));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(diamond);
}

} // namespace

void CardStatusDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear(); // the style draws the background, focus and selection; the badge and text are drawn here
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int side = badgeSide(opt.fontMetrics);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, widget) + 2;
    const QRect badge(opt.rect.left() + margin, opt.rect.center().y() - side / 2, side, side);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                            : QPalette::Inactive;
    const QColor outline = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Base);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    paintBadge(painter, badge, api::CardStatus(index.data(models::CardListModel::StatusRole).toInt()), outline);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect textRect = opt.rect.adjusted(margin + side + side / 2 + 2, 0, -margin, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize CardStatusDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int side = badgeSide(option.fontMetrics);
    size.rwidth() += side + side / 2 + 6;
    return size;
}

} // namespace migo::views
