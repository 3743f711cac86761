#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <functional>
#include <optional>

namespace migo::test {

class FakeReply;

/// One request as the fake network saw it.
struct FakeRequest {
    QByteArray verb; ///< "GET", "POST", "PATCH"…
    QUrl url;
    QNetworkRequest request;
    QByteArray body;
    QByteArray header(const char* name) const { return request.rawHeader(name); }
};

/// What the fake network answers to one request.
struct FakeResponse {
    enum class Mode {
        Normal,       ///< status, headers and body
        Hang,         ///< never answers (until aborted)
        NetworkError, ///< fails before any header (e.g. connection refused)
        ResetMidBody, ///< sends the headers and half the body, then the connection is reset
    };
    Mode mode = Mode::Normal;
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::ConnectionRefusedError;
    /// When set, the body is produced in chunks of `chunkBytes` up to `streamBytes` (downloads), never held whole.
    std::function<QByteArray(qint64 offset, qint64 length)> stream;
    qint64 streamBytes = 0;
    qint64 chunkBytes = 64 * 1024;

    static FakeResponse json(int status, const QByteArray& body);
    static FakeResponse ok(const QByteArray& dataJson); ///< {"success":true,"data":<dataJson>}
    static FakeResponse failure(int status, const QByteArray& code, const QByteArray& message = "error");
    static FakeResponse networkError(QNetworkReply::NetworkError error);
    static FakeResponse hang();
};

/// A QNetworkAccessManager whose createRequest() answers from a handler instead of the network (the seam used by
/// Nextcloud's FakeQNAM). Requests are recorded in order.
class FakeNetworkAccessManager final : public QNetworkAccessManager {
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const FakeRequest&)>;

    explicit FakeNetworkAccessManager(QObject* parent = nullptr);
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<FakeRequest>& requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    /// Requests whose path ends with `suffix`.
    qsizetype countRequests(const QString& pathSuffix) const;

Q_SIGNALS:
    /// Emitted before the client sees the reply, so a test can connect to it first.
    void replyCreated(migo::test::FakeReply* reply);

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData) override;

private:
    Handler m_handler;
    QList<FakeRequest> m_requests;
};

/// The reply the fake network returns.
class FakeReply final : public QNetworkReply {
    Q_OBJECT

public:
    FakeReply(const FakeRequest& request, FakeResponse response, QObject* parent);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;

private:
    void respond();
    void sendHeaders();
    void pushStreamChunk();
    void finishWith(QNetworkReply::NetworkError error, const QString& text);

    FakeResponse m_response;
    QByteArray m_buffer;
    qint64 m_offset = 0;
    qint64 m_streamed = 0;
    bool m_done = false;
};

} // namespace migo::test
