#include "TokenStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace migo::core {

namespace {

/// Runs `call` from the event loop if `context` (when given) is still alive.
void later(QObject* context, std::function<void()> call) {
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QTimer::singleShot(0, context ? context : QCoreApplication::instance(), [guard, hasContext, call] {
        if (!hasContext || guard)
            call();
    });
}

QString keychainErrorText(QKeychain::Error error, const QString& detail) {
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return TokenStore::tr("No keyring is available on this computer, so the session cannot be remembered: you "
                              "will be asked for your password next time. (%1)")
            .arg(detail);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return TokenStore::tr("Access to the keyring was denied, so the session cannot be remembered.");
    default:
        return TokenStore::tr("The keyring reported an error, so the session cannot be remembered. (%1)").arg(detail);
    }
}

template <typename Job>
Job* newJob(const QString& service, const QString& key) {
    auto* job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext copy in a settings file
    job->setKey(key);
    return job;
}

/// Starts `job`; `finished` runs on `receiver`'s thread when it ends, unless `context` (when given) is gone by then.
void startJob(QKeychain::Job* job, QObject* receiver, QObject* context, std::function<void()> finished) {
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, receiver, [guard, finished, hasContext = context != nullptr] {
        if (!hasContext || guard)
            finished();
    });
    job->start();
}

} // namespace

QString TokenStore::keyFor(const QUrl& baseUrl, const QString& merchant, const QString& operatorEmail) {
    return baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash).toString() + u'|' + merchant + u'|' +
           operatorEmail.toLower();
}

void MemoryTokenStore::read(const QString& key, QObject* context, ReadDone done) {
    const QString secret = m_secrets.value(key);
    later(context, [done, secret] { done(secret, {}); });
}

void MemoryTokenStore::write(const QString& key, const QString& secret, QObject* context, WriteDone done) {
    m_secrets.insert(key, secret);
    later(context, [done] { done({}); });
}

void MemoryTokenStore::remove(const QString& key, QObject* context, WriteDone done) {
    m_secrets.remove(key);
    later(context, [done] { done({}); });
}

KeychainTokenStore::KeychainTokenStore(QString service, QObject* parent)
    : TokenStore(parent)
    , m_service(std::move(service)) {}

void KeychainTokenStore::read(const QString& key, QObject* context, ReadDone done) {
    auto* job = newJob<QKeychain::ReadPasswordJob>(m_service, key);
    startJob(job, this, context, [job, done] {
        if (job->error() == QKeychain::EntryNotFound) // nothing stored yet: not a failure
            done({}, {});
        else if (job->error() != QKeychain::NoError)
            done({}, keychainErrorText(job->error(), job->errorString()));
        else
            done(job->textData(), {});
    });
}

void KeychainTokenStore::write(const QString& key, const QString& secret, QObject* context, WriteDone done) {
    auto* job = newJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    startJob(job, this, context, [job, done] {
        done(job->error() == QKeychain::NoError ? QString() : keychainErrorText(job->error(), job->errorString()));
    });
}

void KeychainTokenStore::remove(const QString& key, QObject* context, WriteDone done) {
    auto* job = newJob<QKeychain::DeletePasswordJob>(m_service, key);
    startJob(job, this, context, [job, done] {
        const bool gone = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(gone ? QString() : keychainErrorText(job->error(), job->errorString()));
    });
}

} // namespace migo::core
