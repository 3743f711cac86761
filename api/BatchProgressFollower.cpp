#include "BatchProgressFollower.h"

#include "Logging.h"

namespace migo::api {

BatchProgressFollower::BatchProgressFollower(CmsClient* client, QString batchId, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_batchId(std::move(batchId)) {}

BatchProgressFollower::~BatchProgressFollower() {
    m_call.cancel();
}

void BatchProgressFollower::start() {
    open();
}

void BatchProgressFollower::cancel() {
    m_done = true;
    m_call.cancel();
}

void BatchProgressFollower::open() {
    m_call = m_client->streamBatchProgress(
        m_batchId, m_lastSeq, this,
        [this](const BatchProgress& frame) {
            if (m_done)
                return;
            m_lastSeq = frame.seq > 0 ? frame.seq : m_lastSeq + 1;
            Q_EMIT frameReceived(frame);
        },
        [this](const Result<BatchStreamEnd>& end) { onEnded(end); });
}

void BatchProgressFollower::onEnded(const Result<BatchStreamEnd>& end) {
    if (m_done)
        return;
    if (end.ok() && end.value().sawFinal) {
        m_done = true;
        Q_EMIT finished();
        return;
    }
    // A refusal (401 after the session could not be renewed, 403, 404) would come again: not worth a reconnect.
    const bool refused = !end.ok() && end.error().httpStatus >= 400 && end.error().httpStatus < 500;
    if (!refused && m_reconnects == 0) {
        ++m_reconnects;
        qCInfo(lcApi).noquote() << "progress stream of" << m_batchId << "dropped after frame" << m_lastSeq
                                << "; reconnecting once";
        open();
        return;
    }
    m_done = true;
    Q_EMIT lost(end.ok() ? errors::malformed(200, QStringLiteral("progress stream closed before its final frame"))
                         : end.error());
}

} // namespace migo::api
