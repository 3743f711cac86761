#pragma once

#include <QList>
#include <QStringList>
#include <QStyledItemDelegate>

#include <utility>

namespace migo::views {

/// Paints the parts of a cell that match the current search behind a marker colour (core::palette::searchMatch), so
/// the agent sees why each row was found (issue 14). Matching follows the server's rules (contract §6): lower case,
/// accents ignored, every word on its own. A cell too narrow for its text falls back to the usual elided text.
/// GUI thread.
class SearchHighlightDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchHighlightDelegate)

public:
    explicit SearchHighlightDelegate(QObject* parent = nullptr);

    /// The search as typed; empty: nothing is highlighted.
    void setSearchText(const QString& text);
    QStringList words() const { return m_words; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// `text`'s ranges (start, length, in `text`'s own characters) where one of `foldedWords` occurs, accents and
    /// case ignored; sorted, overlapping ranges merged.
    static QList<std::pair<qsizetype, qsizetype>> matchRanges(const QString& text, const QStringList& foldedWords);
    /// `text` folded as the search compares it: lower case, accents removed.
    static QString folded(const QString& text);

private:
    QStringList m_words;
};

} // namespace migo::views
