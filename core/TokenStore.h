#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace migo::core {

/// Keeps the operator's refresh token between runs (issue 4: "refresh tokens live in the OS keychain, never in a
/// file"; ref §2.3: the token rotates on every refresh, so core::Session writes each new one). Keys name the
/// environment, merchant and operator; values are never logged or written to settings. GUI-free; every call answers
/// later on the calling (GUI) thread.
class TokenStore : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenStore)

public:
    /// `secret` is empty with an empty `error` when nothing is stored under the key.
    using ReadDone = std::function<void(const QString& secret, const QString& error)>;
    /// `error` is empty on success; otherwise a translated sentence for the operator.
    using WriteDone = std::function<void(const QString& error)>;

    using QObject::QObject;

    /// Calls `done` later, on this thread, unless `context` is destroyed first.
    virtual void read(const QString& key, QObject* context, ReadDone done) = 0;
    virtual void write(const QString& key, const QString& secret, QObject* context, WriteDone done) = 0;
    virtual void remove(const QString& key, QObject* context, WriteDone done) = 0;

    /// "https://api.ali.app/cms/rest|merchant|agent@example.com": one entry per environment, merchant and operator.
    static QString keyFor(const QUrl& baseUrl, const QString& merchant, const QString& operatorEmail);
};

/// A store that forgets everything when the program ends: for tests, and for sessions that must not persist.
class MemoryTokenStore final : public TokenStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryTokenStore)

public:
    using TokenStore::TokenStore;
    void read(const QString& key, QObject* context, ReadDone done) override;
    void write(const QString& key, const QString& secret, QObject* context, WriteDone done) override;
    void remove(const QString& key, QObject* context, WriteDone done) override;

private:
    QHash<QString, QString> m_secrets;
};

/// The OS keychain through QtKeychain (Secret Service on Linux). Without a keyring it reports a clear error and
/// stores nothing: there is no plaintext fallback.
class KeychainTokenStore final : public TokenStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainTokenStore)

public:
    explicit KeychainTokenStore(QString service = QStringLiteral("Migo Backoffice"), QObject* parent = nullptr);
    void read(const QString& key, QObject* context, ReadDone done) override;
    void write(const QString& key, const QString& secret, QObject* context, WriteDone done) override;
    void remove(const QString& key, QObject* context, WriteDone done) override;

private:
    QString m_service;
};

} // namespace migo::core
