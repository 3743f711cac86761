#pragma once

#include <QByteArray>
#include <QIODevice>

namespace migo::api::detail {

/// The body of a request that must reach the server at most once (contract §11): a sequential device that cannot
/// be rewound. Qt 6.4 sends a request again on its own when the server closes a connection after reading it; it
/// can only do so by rewinding the body, so with this body it reports the lost answer instead
/// (QNetworkReply::ContentReSendError), and the call ends as "outcome unknown". Used with an explicit
/// Content-Length (without one Qt would buffer the device first, making it rewindable again), also for an empty
/// body. Thread: the thread of its reply.
class OneShotBody final : public QIODevice {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotBody)

public:
    explicit OneShotBody(QByteArray bytes, QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    /// Never rewinds: what was sent stays sent.
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_bytes.size(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_read = 0;
};

} // namespace migo::api::detail
