#include "SearchHighlightDelegate.h"

#include "Palette.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace migo::views {

namespace {

/// `text` folded, and for each folded character the index of the character of `text` it came from.
std::pair<QString, QList<qsizetype>> foldedWithOrigins(const QString& text) {
    QString folded;
    QList<qsizetype> origins;
    for (qsizetype i = 0; i < text.size(); ++i) {
        for (const QChar c : QString(text.at(i)).normalized(QString::NormalizationForm_KD)) {
            if (c.category() == QChar::Mark_NonSpacing)
                continue;
            for (const QChar lower : QString(c).toLower()) {
                folded += lower;
                origins << i;
            }
        }
    }
    return {folded, origins};
}

} // namespace

SearchHighlightDelegate::SearchHighlightDelegate(QObject* parent)
    : QStyledItemDelegate(parent) {}

QString SearchHighlightDelegate::folded(const QString& text) {
    return foldedWithOrigins(text).first;
}

void SearchHighlightDelegate::setSearchText(const QString& text) {
    m_words = folded(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QList<std::pair<qsizetype, qsizetype>> SearchHighlightDelegate::matchRanges(const QString& text,
                                                                            const QStringList& foldedWords) {
    QList<std::pair<qsizetype, qsizetype>> ranges;
    if (foldedWords.isEmpty() || text.isEmpty())
        return ranges;
    const auto [haystack, origins] = foldedWithOrigins(text);
    for (const QString& word : foldedWords) {
        for (qsizetype at = haystack.indexOf(word); at >= 0 && !word.isEmpty(); at = haystack.indexOf(word, at + 1)) {
            const qsizetype first = origins.at(at);
            const qsizetype last = origins.at(at + word.size() - 1);
            ranges.append({first, last - first + 1});
        }
    }
    std::sort(ranges.begin(), ranges.end());
    QList<std::pair<qsizetype, qsizetype>> merged;
    for (const auto& range : std::as_const(ranges)) {
        if (!merged.isEmpty() && range.first <= merged.last().first + merged.last().second) {
            const qsizetype end = std::max(merged.last().first + merged.last().second, range.first + range.second);
            merged.last().second = end - merged.last().first;
        } else {
            merged.append(range);
        }
    }
    return merged;
}

void SearchHighlightDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const {
    QStyleOptionViewItem item(option);
    initStyleOption(&item, index);
    const QList<std::pair<qsizetype, qsizetype>> ranges = matchRanges(item.text, m_words);
    const QWidget* widget = item.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    textRect.adjust(margin, 0, -margin, 0);
    const QFontMetrics metrics(item.font);
    if (ranges.isEmpty() || metrics.horizontalAdvance(item.text) > textRect.width()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QString text = item.text;
    item.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget); // background, selection, focus
    painter->save();
    painter->setFont(item.font);
    const bool right = item.displayAlignment & Qt::AlignRight;
    const int left = right ? textRect.right() + 1 - metrics.horizontalAdvance(text) : textRect.left();
    const QColor marker = QColor::fromRgb(core::palette::searchMatch);
    for (const auto& [start, length] : ranges) {
        const int x = left + metrics.horizontalAdvance(text.left(start));
        const int width = metrics.horizontalAdvance(text.mid(start, length));
        painter->fillRect(QRect(x, textRect.top() + 1, width, textRect.height() - 2), marker);
    }
    const bool selected = item.state & QStyle::State_Selected;
    painter->setPen(item.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect, int(item.displayAlignment | Qt::AlignVCenter) | Qt::TextSingleLine, text);
    for (const auto& [start, length] : ranges) {
        // The matched letters on the marker stay dark even in a selected (white-text) row.
        const int x = left + metrics.horizontalAdvance(text.left(start));
        painter->setPen(Qt::black);
        painter->drawText(QRect(x, textRect.top(), textRect.right() - x + 1, textRect.height()),
                          Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, text.mid(start, length));
    }
    painter->restore();
}

} // namespace migo::views
