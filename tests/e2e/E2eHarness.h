#pragma once

#include "CmsClient.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <tuple>

namespace migo::e2e {

/// True when MIGO_E2E_PROXY=prism: every client call then goes through a Prism validating proxy.
bool proxiedByPrism();

/// One migo-cms-sandbox process (`--port 0 --db <tmp>/db.sqlite --demo 200 --seed 7 --otp-log <tmp>/otp.jsonl`),
/// and, in Prism mode, one `prism proxy docs/openapi.yaml <sandbox> --errors` in front of it. Both are stopped by
/// PID when the object is destroyed.
class E2eServer final {
public:
    E2eServer();
    ~E2eServer();
    E2eServer(const E2eServer&) = delete;
    E2eServer& operator=(const E2eServer&) = delete;

    /// Starts the sandbox (plus `extraArguments`, e.g. `--token-ttl 2`; no step-up window unless they name one) and,
    /// in Prism mode, the proxy. On failure
    /// returns false and says why in `error`.
    bool start(const QStringList& extraArguments, QString* error);
    void stop();

    /// The URL the client must use: the sandbox's base URL, or the Prism proxy's root in Prism mode.
    QUrl clientBaseUrl() const;
    /// The sandbox's own base URL (`http://127.0.0.1:<port>/cms/rest`).
    QUrl sandboxBaseUrl() const { return m_sandboxBaseUrl; }
    bool proxied() const { return m_prism != nullptr; }

    /// The ready line the sandbox printed.
    QJsonObject ready() const { return m_ready; }
    /// A demo operator's password as listed in the ready line (empty when unknown).
    QString passwordOf(const QString& email) const;
    /// The newest OTP code written to the --otp-log file for `email` (empty when none).
    QString lastOtp(const QString& email) const;
    /// How many codes the sandbox has sent to `email` so far (lines of its --otp-log).
    int otpCount(const QString& email) const;
    QString temporaryPath(const QString& name) const { return m_dir.filePath(name); }

    /// Prism log lines reporting a violation, a warning or an error that were not returned by an earlier call.
    QStringList takePrismProblems();
    /// What the sandbox wrote on stderr so far.
    QString sandboxErrors() const;
    /// Everything Prism printed so far (for failure messages).
    QString prismLog() const { return m_prismLog; }

private:
    bool startPrism(QString* error);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_sandbox;
    std::unique_ptr<QProcess> m_prism;
    QUrl m_sandboxBaseUrl;
    QUrl m_prismUrl;
    QJsonObject m_ready;
    QString m_prismLog;
    qsizetype m_prismLogChecked = 0;
};

/// A CmsClient on a real QNetworkAccessManager, pointed at one E2eServer, partner 1 unless told otherwise.
class E2eClient final {
public:
    E2eClient(const E2eServer& server, qint64 partnerId = 1);

    api::CmsClient& operator*() { return client; }
    api::CmsClient* operator->() { return &client; }

    QNetworkAccessManager network;
    api::CmsClient client{&network};
};

template <typename>
struct CallbackValue;
template <typename T>
struct CallbackValue<std::function<void(const api::Result<T>&)>> {
    using type = T;
};

/// Runs one asynchronous CmsClient operation to its end: `sync(client, &CmsClient::listCardholders, query)`.
/// The operation's last two parameters must be (QObject* context, Callback<T> done). Gives up after `kCallLimitMs`
/// with a Timeout error; the context is then destroyed, so a late answer is dropped.
inline constexpr int kCallLimitMs = 30000;

template <typename... Params, typename... Args>
auto sync(api::CmsClient& client, api::CallHandle (api::CmsClient::*operation)(Params...), Args&&... args) {
    using Done = std::decay_t<std::tuple_element_t<sizeof...(Params) - 1, std::tuple<Params...>>>;
    using T = typename CallbackValue<Done>::type;
    QObject context;
    std::optional<api::Result<T>> result;
    (client.*operation)(std::forward<Args>(args)..., &context, [&result](const api::Result<T>& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, kCallLimitMs)) {
        api::ApiError error = api::errors::timeout(false);
        error.technicalDetail = QStringLiteral("e2e: no callback within the test's limit");
        return api::Result<T>(error);
    }
    return *result;
}

/// Signs `client` in as `email` (app login, then operator login) with the password from the ready line.
/// `session` (optional) receives the operator session.
bool signIn(E2eClient& client, const E2eServer& server, const QString& email, QString* error = nullptr,
            api::OperatorSession* session = nullptr);

/// "kind=… http=… codes=[…] message=…" for failure messages.
QString describe(const api::ApiError& error);

template <typename T>
QByteArray describe(const api::Result<T>& result) {
    return result.ok() ? QByteArrayLiteral("ok") : describe(result.error()).toUtf8();
}

} // namespace migo::e2e

/// QVERIFY that a call's Result is ok, saying why not. `result` is evaluated exactly once: a macro that read it
/// twice sent a write twice when given `sync(client->addFunds(...))`.
#define E2E_OK(result)                                                                                                 \
    do {                                                                                                               \
        const auto& e2eOkResult = (result);                                                                            \
        QVERIFY2(e2eOkResult.ok(), migo::e2e::describe(e2eOkResult).constData());                                      \
    } while (false)
