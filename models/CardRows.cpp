// CardListModel's rows as built on a worker thread: search keys, the id index and the sort (see CardListModel.cpp
// for the model itself).
#include "CardListModel.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <numeric>
#include <vector>

namespace migo::models {

QString CardListModel::foldForSearch(const QString& text) {
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 128; });
    if (ascii)
        return text.toLower();
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c.toLower();
    }
    return folded;
}

QString CardListModel::maskedPan(const QString& pan) {
    return api::maskPan(pan);
}

CardListModel::Rows CardListModel::prepare(QList<api::Card> cards, int sortColumn, Qt::SortOrder order) {
    // Runs on a worker thread: nothing here touches the model.
    Rows rows = prepareRows(std::move(cards), 0);
    if (sortColumn >= 0)
        return sorted(std::move(rows), sortColumn, order);
    indexById(rows.cards, rows.rowById);
    return rows;
}

CardListModel::Rows CardListModel::prepareRows(QList<api::Card> cards, int firstLoadIndex) {
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const QString& pan = cards.at(i).maskedPan;
        const QString masked = maskedPan(pan);
        if (masked != pan)
            cards[i].maskedPan = masked; // the first one detaches the list from the client's copy, here
    }
    Rows rows;
    rows.filterKeys.reserve(cards.size());
    rows.loadOrder.reserve(cards.size());
    for (qsizetype i = 0; i < cards.size(); ++i) {
        rows.filterKeys.append(filterKeyOf(cards.at(i)));
        rows.loadOrder.append(firstLoadIndex + int(i));
    }
    rows.cards = std::move(cards);
    return rows;
}

CardListModel::Rows CardListModel::sorted(Rows rows, int column, Qt::SortOrder order) {
    // Runs on a worker thread; `rows` may still be shared with the model, so it is only read.
    const qsizetype count = rows.cards.size();
    const api::Card* cards = rows.cards.constData();
    const int* loadOrder = rows.loadOrder.constData();
    std::vector<qint64> keys(std::size_t(count), 0); // what the column compares, as a number or a text's rank
    switch (column) {
    case Id:
        for (qsizetype i = 0; i < count; ++i)
            keys[std::size_t(i)] = cards[i].id;
        break;
    case Balance:
        for (qsizetype i = 0; i < count; ++i)
            keys[std::size_t(i)] = cards[i].balance.units();
        break;
    case MaskedPan:
    case Alias:
    case Type:
    case Status:
    case Cardholder: {
        const auto text = [column](const api::Card& card) { return columnText(card, Column(column)); };
        textRanks(rows.cards, text, keys);
        break;
    }
    default:
        break; // -1: every key equal, so the server's order
    }
    std::vector<int> permutation(static_cast<std::size_t>(count));
    std::iota(permutation.begin(), permutation.end(), 0);
    const bool ascending = order == Qt::AscendingOrder;
    std::sort(permutation.begin(), permutation.end(), [&](int a, int b) {
        const qint64 ka = keys[std::size_t(a)];
        const qint64 kb = keys[std::size_t(b)];
        if (ka != kb)
            return ascending ? ka < kb : ka > kb;
        return loadOrder[a] < loadOrder[b]; // equal rows keep the server's order, in both directions
    });
    Rows result;
    result.cards.reserve(count);
    result.filterKeys.reserve(count);
    result.loadOrder.reserve(count);
    for (const int from : permutation) {
        result.cards.append(cards[from]);
        result.filterKeys.append(rows.filterKeys.at(from));
        result.loadOrder.append(loadOrder[from]);
    }
    indexById(result.cards, result.rowById);
    return result;
}

template <typename TextOf>
void CardListModel::textRanks(const QList<api::Card>& cards, TextOf textOf, std::vector<qint64>& ranks) {
    // Collation keys for the distinct texts only (a few statuses, a few thousand names), then one rank per row.
    QHash<QString, qint64> rankOf;
    for (const api::Card& card : cards)
        rankOf.insert(textOf(card), 0);
    QCollator collator{QLocale()};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::vector<std::pair<QCollatorSortKey, QString>> distinct;
    distinct.reserve(std::size_t(rankOf.size()));
    for (auto it = rankOf.cbegin(); it != rankOf.cend(); ++it)
        distinct.emplace_back(collator.sortKey(it.key()), it.key());
    std::sort(distinct.begin(), distinct.end(), [](const auto& a, const auto& b) {
        const int order = a.first.compare(b.first);
        return order != 0 ? order < 0 : a.second < b.second; // a total order even when the collation ties
    });
    for (std::size_t i = 0; i < distinct.size(); ++i)
        rankOf[distinct[i].second] = qint64(i);
    for (qsizetype i = 0; i < cards.size(); ++i)
        ranks[std::size_t(i)] = rankOf.value(textOf(cards.at(i)));
}

void CardListModel::indexById(const QList<api::Card>& cards, QHash<qint64, int>& rowById) {
    rowById.clear();
    rowById.reserve(cards.size());
    for (qsizetype i = cards.size() - 1; i >= 0; --i) // backwards, so the first row of a repeated id wins
        rowById.insert(cards.at(i).id, int(i));
}

QString CardListModel::filterKeyOf(const api::Card& card) {
    QString key = QString::number(card.id) + u' ' + foldForSearch(card.maskedPan) + u' ' + foldForSearch(card.alias) +
                  u' ' + foldForSearch(card.cardholderName);
    if (card.status == api::CardStatus::Unknown) // known statuses are matched by their translated text instead
        key += u' ' + foldForSearch(card.statusWire);
    return key;
}

} // namespace migo::models
