#pragma once

// Private to migo_api (included by ClientCore_p.h users): a list answer decoded while it arrives (issue 19).

#include "ByteFeed.h"
#include "Call.h"
#include "Envelope.h"
#include "Parsers.h"
#include "Result.h"

#include <QObject>
#include <QThreadPool>

#include <istream>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace migo::api::detail {

/// Tells the client's thread, from the decoding worker, that batches or the end wait in a StreamedListState, or
/// that its ByteFeed drained. Lives on the client's thread; deleted there (deleteLater) whoever drops it last.
class StreamSignal final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamSignal)

public:
    StreamSignal() = default;

Q_SIGNALS:
    void ready();
    void drained();
};

/// The pool of the decoding workers of streamed lists: each holds a thread for a whole answer, so they stay out of
/// the global pool the models sort and prepare rows in.
QThreadPool* streamedListPool();

/// What the decoding worker and the client's thread share for one streamed list.
template <typename T>
struct StreamedListState {
    StreamedListState()
        : signal(new StreamSignal, [](StreamSignal* s) { s->deleteLater(); }) {}

    /// Worker: queues `batch` (or the end) and wakes the client's thread once per hand-over.
    void hand(std::optional<QList<T>> batch, std::optional<Result<qsizetype>> ending) {
        bool wake = false;
        {
            const std::lock_guard lock(mutex);
            if (batch)
                batches.push_back(std::move(*batch));
            if (ending)
                end = std::move(ending);
            wake = !readyPending;
            readyPending = true;
        }
        if (wake)
            Q_EMIT signal->ready();
    }
    /// Client thread: the batches handed so far, and the end once it came.
    std::vector<QList<T>> takeBatches(std::optional<Result<qsizetype>>& ending) {
        const std::lock_guard lock(mutex);
        readyPending = false;
        if (end)
            ending = end;
        return std::exchange(batches, {});
    }

    ByteFeed feed;
    std::shared_ptr<StreamSignal> signal;
    std::mutex mutex;
    std::vector<QList<T>> batches;
    std::optional<Result<qsizetype>> end;
    bool readyPending = false;
    // Client thread only:
    bool transportEnded = false;
    bool delivered = false;
};

/// The json::ArrayStream of a streamed list: decodes each element of the first list findList() may pick as soon as
/// it is complete and hands them over in batches — small at first (rows on screen early), larger later (fewer
/// hand-overs), and whatever is decoded whenever the worker would wait for bytes. Worker thread.
template <typename T>
class IncrementalListStream final : public json::ArrayStream {
public:
    IncrementalListStream(StreamedListState<T>& state, const parse::PooledItemParser<T>& item)
        : m_state(state)
        , m_item(item) {}

    int select(const std::vector<std::string>& keys) override { return parse::detail::listStreamOf(keys); }
    void begin(int stream) override {
        if (stream == m_stream && m_count > 0)
            m_restarted = true; // a repeated key: rows already shown cannot be taken back
    }
    void element(int stream, json::Json&& element) override {
        if (m_failed)
            return;
        if (m_stream < 0)
            m_stream = stream;
        if (stream != m_stream) {
            m_otherList = true;
            return;
        }
        std::optional<T> parsed = m_item(element, m_problem, m_pool);
        if (!parsed) {
            m_failed = true;
            return;
        }
        if (m_batch.isEmpty())
            m_batch.reserve(m_batchLimit);
        m_batch.push_back(std::move(*parsed));
        ++m_count;
        if (m_batch.size() >= m_batchLimit) {
            flush();
            m_batchLimit = std::min<qsizetype>(m_batchLimit * 4, 4096);
        }
    }
    /// Hands over the elements decoded so far.
    void flush() {
        if (!m_batch.isEmpty() && !m_failed)
            m_state.hand(std::exchange(m_batch, {}), std::nullopt);
    }
    /// The outcome once the body was read: the number of elements, or why the list is refused.
    Result<qsizetype> finish(const json::Json& data) {
        if (m_failed)
            return errors::malformed(200, m_problem);
        const int picked = parse::detail::pickedListStream(data);
        if (picked < 0)
            return errors::malformed(200, QStringLiteral("data: expected a list"));
        if (m_restarted || m_otherList || (m_count > 0 && picked != m_stream))
            return errors::malformed(200, QStringLiteral("data: more than one list"));
        flush();
        return m_count;
    }

private:
    StreamedListState<T>& m_state;
    const parse::PooledItemParser<T>& m_item;
    parse::StringPool m_pool;
    QList<T> m_batch;
    qsizetype m_batchLimit = 256;
    qsizetype m_count = 0;
    int m_stream = -1;
    bool m_failed = false;
    bool m_otherList = false;
    bool m_restarted = false;
    QString m_problem;
};

/// The ReplySink of a streamed list: the 2xx body goes to a ByteFeed read by a worker that decodes it with
/// decodeEnvelopeStreaming() and an IncrementalListStream. Client thread (the worker: see begin()).
template <typename T>
class StreamedListSink final : public ReplySink {
public:
    StreamedListSink(std::shared_ptr<StreamedListState<T>> state, parse::PooledItemParser<T> item)
        : m_state(std::move(state))
        , m_item(std::move(item)) {}
    ~StreamedListSink() override {
        if (!m_closed)
            m_state->feed.abort(); // the worker must not wait for bytes that will never come
    }

    std::optional<ApiError> begin(const QByteArray&, qint64) override {
        m_started = true;
        std::shared_ptr<StreamedListState<T>> state = m_state;
        std::weak_ptr<StreamSignal> signal = state->signal;
        state->feed.setOnDrained([signal] {
            if (std::shared_ptr<StreamSignal> alive = signal.lock())
                Q_EMIT alive->drained();
        });
        streamedListPool()->start([state, item = m_item] {
            IncrementalListStream<T> stream(*state, item);
            state->feed.setOnIdle([&stream] { stream.flush(); });
            std::istream input(&state->feed);
            auto envelope = decodeEnvelopeStreaming(200, input, stream);
            state->feed.setOnIdle({});
            if (ApiError* error = std::get_if<ApiError>(&envelope)) {
                state->hand(std::nullopt, Result<qsizetype>(std::move(*error)));
                return;
            }
            state->hand(std::nullopt, stream.finish(std::get<EnvelopeData>(envelope).data));
        });
        return std::nullopt;
    }
    std::optional<ApiError> write(QByteArrayView chunk) override {
        m_state->feed.push(chunk.toByteArray());
        return std::nullopt;
    }
    std::optional<ApiError> finish() override {
        m_closed = true;
        m_state->feed.close();
        return std::nullopt;
    }
    void discard() override {
        if (!m_closed)
            m_state->feed.abort();
    }
    bool hasStarted() const override { return m_started; }
    bool isFull() const override { return m_state->feed.isFull(); }
    void setWakeUp(QObject* context, std::function<void()> wake) override {
        QObject::connect(m_state->signal.get(), &StreamSignal::drained, context, std::move(wake));
    }

private:
    std::shared_ptr<StreamedListState<T>> m_state;
    parse::PooledItemParser<T> m_item;
    bool m_started = false;
    bool m_closed = false;
};

} // namespace migo::api::detail
