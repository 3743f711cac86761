// What the app keeps between runs: a typed settings wrapper without secrets, and refresh tokens only in a keyring.
#include "Settings.h"
#include "TokenStore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace migo;
using app::Settings;
using views::SignInProfile;

namespace {

/// Every byte under `dir`, to search for secrets.
QByteArray everythingUnder(const QString& dir) {
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace

class TestSessionStorage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void profileRoundTripsWithoutSecrets() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("migo.ini"));
        {
            QSettings backing(path, QSettings::IniFormat);
            Settings settings(&backing);
            SignInProfile profile;
            profile.environment = SignInProfile::Environment::Custom;
            profile.customUrl = QUrl(QStringLiteral("https://cms.example.gt/cms/rest"));
            profile.merchant = QStringLiteral("merchant-gt");
            profile.email = QStringLiteral("agent@migo.test");
            profile.partnerId = 42;
            settings.setLastProfile(profile);
            settings.setIdleLock(std::chrono::minutes(5));
            settings.setMainWindowGeometry(QByteArray("geometry-bytes"));
            settings.sync();
        }
        QSettings backing(path, QSettings::IniFormat);
        Settings settings(&backing);
        const SignInProfile read = settings.lastProfile();
        QCOMPARE(read.environment, SignInProfile::Environment::Custom);
        QCOMPARE(read.customUrl, QUrl(QStringLiteral("https://cms.example.gt/cms/rest")));
        QCOMPARE(read.merchant, QStringLiteral("merchant-gt"));
        QCOMPARE(read.email, QStringLiteral("agent@migo.test"));
        QCOMPARE(read.partnerId, qint64(42));
        QCOMPARE(settings.idleLock(), std::chrono::minutes(5));
        QCOMPARE(settings.mainWindowGeometry(), QByteArray("geometry-bytes"));
        const QByteArray file = everythingUnder(dir.path());
        QVERIFY(!file.isEmpty());
        QVERIFY(!file.toLower().contains("password"));
        QVERIFY(!file.toLower().contains("token"));
    }

    void idleLockDefaultsAndBounds() {
        QTemporaryDir dir;
        QSettings backing(dir.filePath(QStringLiteral("migo.ini")), QSettings::IniFormat);
        Settings settings(&backing);
        QCOMPARE(settings.idleLock(), std::chrono::minutes(15));
        settings.setIdleLock(std::chrono::minutes(0));
        QCOMPARE(settings.idleLock(), std::chrono::minutes(1));
        settings.setIdleLock(std::chrono::minutes(10000));
        QCOMPARE(settings.idleLock(), std::chrono::minutes(240));
        backing.setValue(QStringLiteral("session/idleLockMinutes"), QStringLiteral("soon")); // hand-edited file
        QCOMPARE(settings.idleLock(), std::chrono::minutes(15));
    }

    void memoryStoreKeepsOneSecretPerKey() {
        core::MemoryTokenStore store;
        const QString key = core::TokenStore::keyFor(QUrl(QStringLiteral("https://api.ali.app/cms/rest/")),
                                                     QStringLiteral("m1"), QStringLiteral("Agent@Migo.test"));
        QCOMPARE(key, QStringLiteral("https://api.ali.app/cms/rest|m1|agent@migo.test"));
        QString readBack = QStringLiteral("unset");
        QString error = QStringLiteral("unset");
        store.read(key, nullptr, [&](const QString& secret, const QString& e) {
            readBack = secret;
            error = e;
        });
        QTRY_VERIFY(error.isEmpty());
        QVERIFY(readBack.isEmpty()); // nothing stored yet is not an error
        bool written = false;
        store.write(key, QStringLiteral("refresh-1"), nullptr, [&](const QString& e) { written = e.isEmpty(); });
        QTRY_VERIFY(written);
        store.read(key, nullptr, [&](const QString& secret, const QString&) { readBack = secret; });
        QTRY_COMPARE(readBack, QStringLiteral("refresh-1"));
        bool removed = false;
        store.remove(key, nullptr, [&](const QString& e) { removed = e.isEmpty(); });
        QTRY_VERIFY(removed);
        store.read(key, nullptr, [&](const QString& secret, const QString&) { readBack = secret; });
        QTRY_VERIFY(readBack.isEmpty());
    }

    void callbacksDieWithTheirContext() {
        core::MemoryTokenStore store;
        int calls = 0;
        auto* context = new QObject;
        store.write(QStringLiteral("k"), QStringLiteral("s"), context, [&](const QString&) { ++calls; });
        delete context;
        QTest::qWait(20);
        QCOMPARE(calls, 0);
    }

    void withoutAKeyringNothingIsStoredInPlaintext() {
        // CI has no D-Bus session and so no Secret Service: the keychain must say so and keep nothing.
        if (qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
            qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/migo-test-bus");
        QTemporaryDir home;
        qputenv("XDG_CONFIG_HOME", home.path().toLocal8Bit());
        qputenv("XDG_DATA_HOME", home.path().toLocal8Bit());
        core::KeychainTokenStore store(QStringLiteral("Migo Backoffice test"));
        const QString secret = QStringLiteral("REFRESH-SECRET-8f2e");
        std::optional<QString> error;
        QElapsedTimer clock;
        clock.start();
        store.write(QStringLiteral("https://cms.test|m|agent@migo.test"), secret, nullptr,
                    [&](const QString& e) { error = e; });
        QTRY_VERIFY_WITH_TIMEOUT(error.has_value(), 30000);
        QVERIFY2(!error->isEmpty(), "a keychain write succeeded without a keyring");
        QVERIFY(error->contains(u"remembered"));
        QVERIFY(!everythingUnder(home.path()).contains(secret.toUtf8()));
        qInfo("keychain answered in %lld ms: %s", clock.elapsed(), qPrintable(*error));
    }
};

QTEST_GUILESS_MAIN(TestSessionStorage)
#include "tst_sessionstorage.moc"
