// CardListModel's streamed first load (issue 19): rows appear while the partner's card list still arrives. The
// client decodes the answer on its worker and hands over batches; each batch gets its search keys on a pool thread,
// in order, one at a time; the GUI thread appends prepared rows a few thousand per event-loop turn. When the answer
// ended and every row is in, the id index is built (and a requested sort applied) on a worker, as for a whole load.
#include "CardListStreaming_p.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace migo::models {

namespace {

/// Below this an insertion leaves room in the frame to insert more next turn; above the upper bound, fewer.
constexpr qint64 kCheapInsertMs = 3;
constexpr qint64 kCostlyInsertMs = 8;
constexpr qsizetype kMinRowsPerTurn = 128;
constexpr qsizetype kMaxRowsPerTurn = 16384;

} // namespace

void CardListModel::startStreaming(quint64 generation) {
    m_streaming = std::make_unique<Streaming>(); // rows start empty: no index until every row is in
    m_pending = m_client->streamPartnerCards(
        api::PartnerCardQuery(), this,
        [this, generation](QList<api::Card> batch) { receiveBatch(generation, std::move(batch)); },
        [this, generation](const api::Result<qsizetype>& end) { receiveStreamEnd(generation, end); });
}

void CardListModel::receiveBatch(quint64 generation, QList<api::Card> batch) {
    if (generation != m_generation || !m_streaming)
        return;
    m_streaming->incoming.push_back(std::move(batch));
    prepareNextBatch();
}

void CardListModel::prepareNextBatch() {
    Streaming& streaming = *m_streaming;
    if (streaming.preparing || streaming.incoming.empty())
        return;
    QList<api::Card> cards = std::move(streaming.incoming.front());
    streaming.incoming.pop_front();
    const int first = streaming.received;
    streaming.received += int(cards.size());
    auto* watcher = new QFutureWatcher<Rows>(this);
    streaming.preparing = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (!m_streaming || m_streaming->preparing != watcher)
            return;
        m_streaming->preparing = nullptr;
        m_streaming->prepared.push_back(watcher->future().takeResult());
        if (!m_streaming->insertScheduled)
            insertPreparedRows(); // else the scheduled turn takes these rows too
        if (m_streaming)          // the last rows may have completed the load
            prepareNextBatch();
    });
    watcher->setFuture(QtConcurrent::run(&CardListModel::prepareRows, std::move(cards), first));
}

void CardListModel::insertPreparedRows() {
    Streaming& streaming = *m_streaming;
    streaming.insertScheduled = false;
    if (streaming.prepared.empty()) {
        finishStreamWhenInserted();
        return;
    }
    Rows& front = streaming.prepared.front();
    const qsizetype count = std::min(streaming.rowsPerTurn, front.cards.size() - streaming.preparedOffset);
    const int firstRow = rowCount();
    QElapsedTimer clock;
    clock.start();
    beginInsertRows({}, firstRow, firstRow + int(count) - 1);
    for (qsizetype i = streaming.preparedOffset; i < streaming.preparedOffset + count; ++i) {
        m_rows.cards.append(std::move(front.cards[i]));
        m_rows.filterKeys.append(std::move(front.filterKeys[i]));
        m_rows.loadOrder.append(front.loadOrder.at(i));
    }
    ++m_revision;
    endInsertRows();
    const qint64 spent = clock.elapsed();
    if (spent < kCheapInsertMs)
        streaming.rowsPerTurn = std::min(streaming.rowsPerTurn * 2, kMaxRowsPerTurn);
    else if (spent > kCostlyInsertMs)
        streaming.rowsPerTurn = std::max(streaming.rowsPerTurn / 2, kMinRowsPerTurn);
    streaming.preparedOffset += count;
    if (streaming.preparedOffset == front.cards.size()) {
        streaming.prepared.pop_front();
        streaming.preparedOffset = 0;
    }
    if (!streaming.prepared.empty()) {
        // The rest on a later turn: the view paints (and input is handled) in between.
        streaming.insertScheduled = true;
        QTimer::singleShot(0, this, [this] {
            if (m_streaming && m_streaming->insertScheduled)
                insertPreparedRows();
        });
        return;
    }
    finishStreamWhenInserted();
}

void CardListModel::receiveStreamEnd(quint64 generation, const api::Result<qsizetype>& end) {
    if (generation != m_generation || !m_streaming)
        return;
    m_pending = {};
    if (!end.ok()) {
        // The rows shown are not the partner's list (it broke off, or turned out malformed): show none.
        stopStreaming();
        replaceRows({});
        m_errorText = end.error().userMessage;
        setState(State::Error);
        return;
    }
    m_streaming->end = end;
    finishStreamWhenInserted();
}

void CardListModel::finishStreamWhenInserted() {
    Streaming& streaming = *m_streaming;
    if (!streaming.end || streaming.preparing || !streaming.incoming.empty() || !streaming.prepared.empty())
        return;
    m_streaming.reset();
    m_errorText.clear();
    if (m_sortColumn >= 0) {
        startSort(); // asked for while rows arrived; the sorted rows come with their index
    } else {
        // The index for O(1) lookups, built where it costs no frame; a change meanwhile (same ids) keeps it valid.
        auto* watcher = new QFutureWatcher<QHash<qint64, int>>(this);
        const quint64 generation = m_generation;
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            if (generation == m_generation && !m_streaming && m_rows.rowById.isEmpty())
                m_rows.rowById = watcher->future().takeResult();
        });
        QList<qint64> ids;
        ids.reserve(m_rows.cards.size());
        for (const api::Card& card : std::as_const(m_rows.cards))
            ids.append(card.id);
        watcher->setFuture(QtConcurrent::run([ids] {
            QHash<qint64, int> rowById;
            rowById.reserve(ids.size());
            for (qsizetype i = ids.size() - 1; i >= 0; --i) // backwards, so the first row of a repeated id wins
                rowById.insert(ids.at(i), int(i));
            return rowById;
        }));
    }
    setState(State::Idle);
    Q_EMIT loaded(rowCount());
}

void CardListModel::stopStreaming() {
    if (!m_streaming)
        return;
    if (m_streaming->preparing) {
        m_streaming->preparing->disconnect(this);
        m_streaming->preparing->deleteLater(); // the worker finishes on its own; its rows are dropped
    }
    m_streaming.reset();
}

int CardListModel::rowOfCard(qint64 cardId) const {
    if (!m_rows.rowById.isEmpty() || m_rows.cards.isEmpty())
        return m_rows.rowById.value(cardId, -1);
    // Streamed rows before their index is built: a scan of at most a few hundred thousand ids, on a rare update.
    const api::Card* cards = m_rows.cards.constData();
    for (qsizetype row = 0; row < m_rows.cards.size(); ++row) {
        if (cards[row].id == cardId)
            return int(row);
    }
    return -1;
}

} // namespace migo::models
