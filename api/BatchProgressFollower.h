#pragma once

#include "ApiError.h"
#include "BatchProgress.h"
#include "CmsClient.h"

#include <QObject>
#include <QString>

namespace migo::api {

/// Follows one batch's progress stream (contract §18) to its final frame. When the stream drops before the final
/// frame (the line closed, no byte within ClientConfig::streamTimeout, a transport error or a 5xx), it reconnects
/// **once** with `Last-Event-ID` of the last frame handled, so no row is lost or handed on twice; a second drop, or
/// any 4xx refusal, ends the follow with lost(). Frames are read as they arrive (no polling). GUI thread; the
/// client must outlive it. Destroying it stops the stream.
class BatchProgressFollower final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchProgressFollower)

public:
    BatchProgressFollower(CmsClient* client, QString batchId, QObject* parent = nullptr);
    ~BatchProgressFollower() override;

    /// Opens the stream (from the first frame). Once per object.
    void start();
    /// Stops reading; no further signal.
    void cancel();
    /// How many times the stream was opened again (0 or 1).
    int reconnects() const { return m_reconnects; }
    /// The last frame handled (0: none).
    int lastSeq() const { return m_lastSeq; }
    const QString& batchId() const { return m_batchId; }

Q_SIGNALS:
    /// One new frame, in order, never twice.
    void frameReceived(const migo::api::BatchProgress& frame);
    /// The final frame (completed or failed) arrived; nothing follows.
    void finished();
    /// The progress could not be followed to its end; the batch goes on on the server (read its result later).
    void lost(const migo::api::ApiError& error);

private:
    void open();
    void onEnded(const Result<BatchStreamEnd>& end);

    CmsClient* m_client;
    QString m_batchId;
    CallHandle m_call;
    int m_lastSeq = 0;
    int m_reconnects = 0;
    bool m_done = false;
};

} // namespace migo::api
