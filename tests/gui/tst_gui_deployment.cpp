// A workstation as IT deploys it (issue 18), through the real composition root (AppController) against a real
// migo-cms-sandbox: a system-wide policy file in $XDG_CONFIG_DIRS decides the environments the sign-in offers and
// locks what the agent may not change; the workstation's proxy (http_proxy / https_proxy) carries the requests; F1
// opens the help; About shows the build and the connection.
#include "AboutDialog.h"
#include "AppUnderTest.h"
#include "CmsClient.h"
#include "DeployedPolicy.h"
#include "E2eHarness.h"
#include "HelpDialog.h"
#include "MigoVersion.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextStream>

using namespace migo;
using e2e::byName;

namespace {

constexpr int kLimitMs = 20000;
const QString kAgent = QStringLiteral("agent@migo.test");

/// $XDG_CONFIG_DIRS of this run (set in main() before anything reads it).
QTemporaryDir& systemConfig() {
    static QTemporaryDir dir;
    return dir;
}

QString policyPath() {
    return systemConfig().filePath(QStringLiteral("Migo/migo-backoffice.conf"));
}

/// Deploys `ini` as the workstation's policy file (an empty text removes it).
void deployPolicy(const QString& ini) {
    QFile::remove(policyPath());
    if (ini.isEmpty())
        return;
    QDir().mkpath(QFileInfo(policyPath()).path());
    QFile file(policyPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ini.toUtf8());
}

QStringList itemTexts(const QComboBox* combo) {
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts << combo->itemText(i);
    return texts;
}

/// The agent's own last profile: Production with a merchant and a partner of their own choosing.
views::SignInProfile agentsOwnProfile() {
    views::SignInProfile profile;
    profile.environment = views::SignInProfile::Environment::Production;
    profile.merchant = QStringLiteral("my-own-merchant");
    profile.email = kAgent;
    profile.partnerId = 2;
    return profile;
}

/// A Debian tinyproxy on a free loopback port, logging every request line.
class Tinyproxy {
public:
    bool start(QString* error) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost)) {
            *error = QStringLiteral("no free port");
            return false;
        }
        m_port = probe.serverPort();
        probe.close();
        QFile config(m_dir.filePath(QStringLiteral("tinyproxy.conf")));
        if (!config.open(QIODevice::WriteOnly))
            return false;
        QTextStream(&config) << "Port " << m_port << "\nListen 127.0.0.1\nTimeout 30\nLogFile \"" << logPath()
                             << "\"\nLogLevel Connect\nMaxClients 20\nAllow 127.0.0.1\nDisableViaHeader Yes\n";
        config.close();
        m_process.start(QStringLiteral("tinyproxy"), {QStringLiteral("-d"), QStringLiteral("-c"), config.fileName()});
        if (!m_process.waitForStarted(5000)) {
            *error = QStringLiteral("tinyproxy did not start (is the tinyproxy package installed?): ") +
                     m_process.errorString();
            return false;
        }
        return QTest::qWaitFor(
            [this] {
                QTcpSocket socket;
                socket.connectToHost(QHostAddress::LocalHost, m_port);
                return socket.waitForConnected(200);
            },
            5000);
    }
    ~Tinyproxy() {
        m_process.terminate();
        m_process.waitForFinished(3000);
    }
    quint16 port() const { return m_port; }
    QString logPath() const { return m_dir.filePath(QStringLiteral("tinyproxy.log")); }
    QString log() const {
        QFile file(logPath());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace

class TestGuiDeployment final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
    }
    void init() { QSettings().clear(); }
    void cleanup() {
        deployPolicy({});
        qunsetenv("http_proxy");
        qunsetenv("https_proxy");
    }

    void withoutAPolicyTheBuiltInEnvironmentsAreOffered() {
        e2e::AppUnderTest app(agentsOwnProfile(), nullptr);
        app.start();
        QVERIFY(app.dialog());
        auto* environment = byName<QComboBox>(app.dialog(), QStringLiteral("Environment"));
        QCOMPARE(itemTexts(environment), QStringList({QStringLiteral("Local sandbox"), QStringLiteral("QA"),
                                                      QStringLiteral("Production"), QStringLiteral("Custom URL")}));
        QCOMPARE(environment->currentText(), QStringLiteral("Production"));
        auto* merchant = byName<QLineEdit>(app.dialog(), QStringLiteral("Merchant id"));
        QCOMPARE(merchant->text(), QStringLiteral("my-own-merchant"));
        QVERIFY(!merchant->isReadOnly());
    }

    void theSignInOffersExactlyTheDeployedEnvironmentsAndKeepsWhatThePolicyLocks() {
        deployPolicy(QStringLiteral("[policy]\nenvironments=training, qa, typo\nallowCustomServer=false\n\n"
                                    "[training]\nname=Training room\nurl=%1\nmerchant=migo-sandbox\npartner=1\n"
                                    "locked=merchant, partner\n\n"
                                    "[qa]\nname=QA Guatemala\nurl=https://ali-qa.ali.app/cms/rest\nmerchant=gt-qa\n\n"
                                    "[typo]\nname=Plain HTTP far away\nurl=http://cms.example.com/cms/rest\n")
                         .arg(m_server.clientBaseUrl().toString()));
        e2e::AppUnderTest app(agentsOwnProfile(), nullptr);
        app.start();
        views::SignInDialog* dialog = app.dialog();
        QVERIFY(dialog);
        auto* environment = byName<QComboBox>(dialog, QStringLiteral("Environment"));
        // Exactly the deployed ones, in the file's order: no built-in server, no custom URL, not the typo.
        QCOMPARE(itemTexts(environment),
                 QStringList({QStringLiteral("Training room"), QStringLiteral("QA Guatemala")}));
        QCOMPARE(environment->currentText(), QStringLiteral("Training room")); // the agent's Production is not offered
        auto* url = byName<QLineEdit>(dialog, QStringLiteral("Server address"));
        QCOMPARE(url->text(), m_server.clientBaseUrl().toString());
        QVERIFY(url->isReadOnly());

        // The locked merchant and partner win over the agent's own, and typing does not change them.
        auto* merchant = byName<QLineEdit>(dialog, QStringLiteral("Merchant id"));
        QCOMPARE(merchant->text(), QStringLiteral("migo-sandbox"));
        QVERIFY(merchant->isReadOnly());
        merchant->setFocus();
        QTest::keyClicks(merchant, QStringLiteral("-mine"));
        QCOMPARE(merchant->text(), QStringLiteral("migo-sandbox"));
        auto* partner = byName<QComboBox>(dialog, QStringLiteral("Partner"));
        QVERIFY(!partner->isEnabled());
        QCOMPARE(partner->currentText(), QStringLiteral("1"));

        // An environment that locks nothing leaves the agent's own values alone.
        environment->setCurrentIndex(1);
        QCOMPARE(url->text(), QStringLiteral("https://ali-qa.ali.app/cms/rest"));
        QVERIFY(!merchant->isReadOnly());
        QVERIFY(partner->isEnabled());
        environment->setCurrentIndex(0);
        QCOMPARE(merchant->text(), QStringLiteral("migo-sandbox"));

        // Signing in works on the deployed server; the badge names it; the choice is remembered by its id.
        app.typePasswordAndSignIn(m_server.passwordOf(kAgent));
        QVERIFY(app.waitForList());
        QCOMPARE(e2e::labelText(app.window(), QStringLiteral("Environment")).trimmed(),
                 QStringLiteral("TRAINING ROOM"));
        QCOMPARE(app::Settings().lastProfile().deployedId, QStringLiteral("training"));

        // F1 opens the help; Help › Connection tells the server, the proxy and that the line is not encrypted.
        QTest::keyClick(app.window(), Qt::Key_F1);
        QTRY_VERIFY(app.window()->findChild<views::HelpDialog*>() &&
                    app.window()->findChild<views::HelpDialog*>()->isVisible());
        const QString help = app.window()->findChild<views::HelpDialog*>()->findChild<QTextBrowser*>()->toPlainText();
        QVERIFY2(help.contains(QStringLiteral("Block the card")) && help.contains(QStringLiteral("one-time password")),
                 qPrintable(help));
        triggerHelpMenu(app.window(), QStringLiteral("&Connection…"));
        auto* about = app.window()->findChild<views::AboutDialog*>();
        QVERIFY(about);
        QCOMPARE(about->tabs()->currentIndex(), int(views::AboutDialog::Tab::Connection));
        QCOMPARE(e2e::labelText(about, QStringLiteral("Server")), m_server.clientBaseUrl().toString());
        QCOMPARE(e2e::labelText(about, QStringLiteral("Proxy")), QStringLiteral("Direct (no proxy)"));
        QVERIFY2(e2e::labelText(about, QStringLiteral("Encryption")).startsWith(QStringLiteral("Not encrypted")),
                 qPrintable(e2e::labelText(about, QStringLiteral("Encryption"))));
        QCOMPARE(e2e::labelText(about, QStringLiteral("Version")), QStringLiteral(MIGO_VERSION));
        QVERIFY(e2e::labelText(about, QStringLiteral("Qt version")).startsWith(QString::fromLatin1(qVersion())));
    }

    void aPolicyLockedIdleTimeOverridesTheAgentsOwn() {
        QTemporaryDir dir;
        QSettings own(dir.filePath(QStringLiteral("own.conf")), QSettings::IniFormat);
        app::Settings settings(&own);
        settings.setIdleLock(std::chrono::minutes(240));
        deployPolicy(QStringLiteral("[policy]\nidleLockMinutes=10\nidleLockLocked=true\n"));
        settings.setPolicy(app::DeployedPolicy::load());
        QCOMPARE(settings.policy().sourceFile, policyPath());
        QCOMPARE(settings.idleLock(), std::chrono::minutes(10));
        // Not locked: the policy's value is only the default; the agent's own counts.
        deployPolicy(QStringLiteral("[policy]\nidleLockMinutes=10\n"));
        settings.setPolicy(app::DeployedPolicy::load());
        QCOMPARE(settings.idleLock(), std::chrono::minutes(240));
        own.remove(QStringLiteral("session/idleLockMinutes"));
        QCOMPARE(settings.idleLock(), std::chrono::minutes(10));
    }

    void requestsGoThroughTheWorkstationsProxy() {
        Tinyproxy proxy;
        QString error;
        QVERIFY2(proxy.start(&error), qPrintable(error));
        // A server far away (loopback is never proxied): the proxy cannot reach it, but it sees the client arrive.
        deployPolicy(QStringLiteral("[policy]\nenvironments=remote\n\n[remote]\nname=Remote\n"
                                    "url=https://cms.training.migo.test/cms/rest\nmerchant=migo-sandbox\npartner=1\n"));
        const QByteArray address = "http://127.0.0.1:" + QByteArray::number(proxy.port());
        qputenv("http_proxy", address);
        qputenv("https_proxy", address);

        e2e::AppUnderTest app(agentsOwnProfile(), nullptr);
        app.start();
        QVERIFY(app.dialog());
        app.typePasswordAndSignIn(QStringLiteral("not-needed"));
        QTRY_VERIFY2_WITH_TIMEOUT(proxy.log().contains(QStringLiteral("CONNECT cms.training.migo.test:443")),
                                  qPrintable(proxy.log()), kLimitMs);
        auto* client = app.controller->findChild<api::CmsClient*>();
        QVERIFY(client);
        const api::ConnectionInfo info = client->connectionInfo();
        QCOMPARE(info.proxy, QStringLiteral("127.0.0.1:%1").arg(proxy.port()));
        QCOMPARE(info.proxyType, QStringLiteral("HTTP"));
        // The sign-in ends with a sentence, not a hang.
        auto* status = byName<QLabel>(app.dialog(), QStringLiteral("Sign-in status"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("server")) ||
                                     status->text().contains(QStringLiteral("connect")),
                                 40000);
    }

private:
    static void triggerHelpMenu(views::MainWindow* window, const QString& text) {
        for (QAction* menu : window->menuBar()->actions())
            if (menu->text() == QStringLiteral("&Help"))
                for (QAction* action : menu->menu()->actions())
                    if (action->text() == text)
                        action->trigger();
    }

    e2e::E2eServer m_server;
};

int main(int argc, char* argv[]) {
    // Settings of this run go to folders of its own: the user's, and the system's that IT would deploy into.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", config.path().toLocal8Bit());
    qputenv("XDG_CONFIG_DIRS", systemConfig().path().toLocal8Bit());
    qunsetenv("http_proxy");
    qunsetenv("https_proxy");
    qunsetenv("no_proxy");
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MigoTest"));
    QApplication::setApplicationName(QStringLiteral("tst_gui_deployment"));
    TestGuiDeployment test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_deployment.moc"
