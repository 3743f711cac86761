#pragma once

#include <QStyledItemDelegate>

namespace migo::views {

/// The Status column of a card list: the status text after a badge whose colour AND shape differ per status, so
/// neither colour vision nor a monochrome screen is needed to tell them apart (colours: core::palette, Okabe–Ito).
/// Reads the status from models::CardListModel::StatusRole. GUI thread only.
class CardStatusDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardStatusDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace migo::views
