#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace migo::api {

/// Which upload (contract §18): cardholders (file field `users`) or cards (file field `cards`).
enum class BulkUploadKind { Cardholders, Cards };

/// The upload's answer: the batch to follow (`data.id`, "bat_…").
struct BatchTicket {
    QString batchId;
};

/// A refused row's problem: the spreadsheet row (header = 1) and column (= API field; empty for the row).
struct BatchRowError {
    int row = 0;
    QString column;
    QString code;
    QString message;
};

/// A created row: the cardholder it became (and, for a card batch, the card given).
struct BatchCreatedRow {
    int row = 0;
    qint64 cardholderId = 0;
    qint64 cardId = 0;
};

enum class BatchStatus { Queued, Running, Completed, Failed, Unknown };

/// One progress frame, or the whole BatchResult (contract §18): counts are cumulative; in a frame `errors` and
/// `createdRows` are those since the previous frame, in a result all of them.
struct BatchProgress {
    QString batchId;
    BatchStatus status = BatchStatus::Unknown;
    qint64 total = 0;
    qint64 processed = 0;
    qint64 created = 0;
    qint64 refused = 0;
    QList<BatchRowError> errors;
    QList<BatchCreatedRow> createdRows;
    int seq = 0; ///< the frame's number (its SSE id); 0 for a result
    /// Completed or failed: no frame follows (the server closes the stream).
    bool isFinal() const { return status == BatchStatus::Completed || status == BatchStatus::Failed; }
};

/// How one progress stream ended.
struct BatchStreamEnd {
    int lastSeq = 0;       ///< the last frame handled (0: none)
    bool sawFinal = false; ///< the final frame arrived (else the line dropped or the server closed early)
};

/// Splits a `text/event-stream` body into events as bytes arrive (WHATWG HTML §9.2): lines end in LF, CRLF or CR;
/// `data:` lines are joined with LF, `id:` sets the event id, lines starting with ':' are comments, a blank line
/// dispatches. Pure; any thread, one stream per object.
class SseParser {
public:
    struct Event {
        QByteArray id;   ///< empty when the event named none
        QByteArray data; ///< the joined data lines
    };
    /// Feeds `bytes` and returns the events completed by them, in order.
    QList<Event> feed(QByteArrayView bytes);

private:
    void line(QByteArrayView text, QList<Event>& out);

    QByteArray m_pending;
    Event m_event;
    bool m_hasData = false;
    bool m_skipLf = false;
};

} // namespace migo::api
