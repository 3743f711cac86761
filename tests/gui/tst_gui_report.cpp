// PDF movement report (issue 6): ReportDownloadPanel and PdfPreviewDialog against a real migo-cms-sandbox.
// Reports are checked with poppler (pdfinfo, pdftotext). The panel's client talks to the sandbox through a small TCP
// relay that can hold an answer midway, so progress, cancel and concurrent downloads are observed without sleeps.
// Demo facts: cardholder 1 owns cards 1 and 2 (ACTIVE); agent@ needs no OTP.
#include "E2eHarness.h"
#include "HoldingRelay.h"
#include "PdfPreviewDialog.h"
#include "ReportDownloadPanel.h"
#include "WidgetLookup.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <memory>
#include <string_view>

using namespace migo;
using api::CmsClient;
using e2e::sync;
using views::PdfPreviewDialog;
using views::ReportDownloadPanel;

namespace {

using migo::e2e::byName;
using migo::e2e::labelText;

constexpr int kWaitMs = 20000;
constexpr int kExtraMovements = 60; // with the demo's own, more than the 48 lines page 1 holds
constexpr qint64 kHeldBytes = 6000; // what the relay lets through of an answer while holding it
const QString kAgent = QStringLiteral("agent@migo.test");

/// Every file in `dir`, hidden ones (QSaveFile temporaries) included.
QStringList filesIn(const QString& dir) {
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

/// Runs a poppler tool and returns its stdout; empty when it failed.
QString poppler(const QString& tool, const QStringList& arguments) {
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString& path) {
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(poppler(QStringLiteral("pdfinfo"), {path}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

/// Pixels that are neither the page's white nor the view's background: the rendered text and rules.
int inkPixels(const QImage& image, QColor background) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y) | 0xff000000u;
            if (pixel != 0xffffffffu && pixel != (background.rgb() | 0xff000000u))
                ++count;
        }
    return count;
}

/// The save dialog the panel has open (a closed one may still wait for its deferred delete).
QFileDialog* openSaveDialog(QWidget* panel) {
    for (QFileDialog* dialog : panel->findChildren<QFileDialog*>())
        if (dialog->isVisible())
            return dialog;
    return nullptr;
}

/// A fresh profile for the duration of a test: HOME and XDG_CONFIG_HOME in a temporary folder (no Documents folder,
/// no user-dirs.dirs unless the test writes one), the real ones back afterwards.
class FreshProfile final {
public:
    FreshProfile()
        : m_home(qgetenv("HOME"))
        , m_config(qgetenv("XDG_CONFIG_HOME")) {
        qputenv("HOME", m_dir.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", configPath().toLocal8Bit());
        QDir().mkpath(configPath());
    }
    ~FreshProfile() {
        qputenv("HOME", m_home);
        if (m_config.isEmpty())
            qunsetenv("XDG_CONFIG_HOME");
        else
            qputenv("XDG_CONFIG_HOME", m_config);
    }
    FreshProfile(const FreshProfile&) = delete;
    FreshProfile& operator=(const FreshProfile&) = delete;

    bool isValid() const { return m_dir.isValid(); }
    QString home() const { return m_dir.path(); }
    QString configPath() const { return m_dir.filePath(QStringLiteral("config")); }

private:
    QTemporaryDir m_dir;
    QByteArray m_home;
    QByteArray m_config;
};

/// Whether `a` and `b` name the same existing folder.
bool sameFolder(const QString& a, const QString& b) {
    return !a.isEmpty() && QDir(a).canonicalPath() == QDir(b).canonicalPath() && QFileInfo(a).isDir();
}

/// A top-level window hosting the panel that asks the panel before closing, as the main window does.
class HostWindow final : public QWidget {
public:
    explicit HostWindow(CmsClient* client)
        : panel(new ReportDownloadPanel(client, this)) {
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(panel);
    }
    ReportDownloadPanel* panel;

protected:
    void closeEvent(QCloseEvent* event) override {
        if (panel->requestClose(this))
            event->accept();
        else
            event->ignore();
    }
};

} // namespace

class TestGuiReport final : public QObject {
    Q_OBJECT

private:
    e2e::E2eServer m_server;
    std::unique_ptr<e2e::E2eClient> m_agent;
    std::unique_ptr<e2e::E2eClient> m_panelClient;
    std::unique_ptr<e2e::HoldingRelay> m_relay;
    api::Card m_card1;
    api::Card m_card2;
    QDate m_from;
    QDate m_to;

    /// The row's progress reached some bytes but not all of them (the relay holds the rest).
    static QString describeProgress(const QSignalSpy& spy) {
        QStringList parts;
        for (const QList<QVariant>& args : spy)
            parts << QStringLiteral("%1:%2/%3")
                         .arg(QFileInfo(args.at(0).toString()).fileName(), args.at(1).toString(),
                              args.at(2).toString());
        return parts.join(QStringLiteral(", "));
    }
    static bool partway(const QSignalSpy& spy, const QString& path) {
        for (const QList<QVariant>& args : spy)
            if (args.at(0).toString() == path && args.at(1).toLongLong() > 0 &&
                args.at(1).toLongLong() < args.at(2).toLongLong())
                return true;
        return false;
    }

    /// A finished download of card 1's report into `dir`, through the panel (relay open).
    QString downloadCard1(ReportDownloadPanel& panel, const QString& dir) {
        const QString path = QDir(dir).filePath(ReportDownloadPanel::proposedFileName(m_card1, m_from, m_to));
        QSignalSpy finished(&panel, &ReportDownloadPanel::downloadFinished);
        panel.startDownload(m_card1, m_from, m_to, path);
        if (!QTest::qWaitFor([&finished] { return finished.size() == 1; }, kWaitMs))
            return {};
        return finished.at(0).at(0).toString();
    }

private Q_SLOTS:
    void initTestCase() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs); // the Qt save dialog, driven below
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext and pdfinfo are needed (Debian: poppler-utils)");
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo"), QStringLiteral("20")}, &error), qPrintable(error));
        m_agent = std::make_unique<e2e::E2eClient>(m_server);
        QVERIFY2(e2e::signIn(*m_agent, m_server, kAgent, &error), qPrintable(error));

        // Enough movements today for a report of several pages.
        for (int index = 0; index < kExtraMovements; ++index) {
            api::FundsRequest request;
            request.cardId = 1;
            request.amount = *api::Money::parse(std::string_view("1.25"));
            const auto added = sync(**m_agent, &CmsClient::addFunds, qint64(1), request);
            E2E_OK(added);
        }
        const auto cards = sync(**m_agent, &CmsClient::listCardholderCards, qint64(1));
        E2E_OK(cards);
        for (const api::Card& card : cards.value()) {
            if (card.id == 1)
                m_card1 = card;
            if (card.id == 2)
                m_card2 = card;
        }
        QCOMPARE(m_card1.id, 1);
        QCOMPARE(m_card2.id, 2);
        QVERIFY(m_card1.maskedPan.contains(QStringLiteral("******")));
        QVERIFY(m_card1.cardholderId);
        m_to = QDateTime::currentDateTimeUtc().date();
        m_from = m_to.addDays(-1);

        // The panel's client: signed in, then pointed at the relay (downloads bypass any validating proxy).
        m_relay = std::make_unique<e2e::HoldingRelay>(quint16(m_server.sandboxBaseUrl().port()));
        QVERIFY(m_relay->listen());
        m_panelClient = std::make_unique<e2e::E2eClient>(m_server);
        QVERIFY2(e2e::signIn(*m_panelClient, m_server, kAgent, &error), qPrintable(error));
        api::ClientConfig config = (*m_panelClient)->config();
        QUrl relayUrl = m_server.sandboxBaseUrl();
        relayUrl.setPort(m_relay->port());
        config.baseUrl = relayUrl;
        (*m_panelClient)->setConfig(config);
    }

    void cleanup() { m_relay->release(); }

    void cleanupTestCase() {
        m_panelClient.reset();
        m_relay.reset();
        m_agent.reset();
        m_server.stop();
    }

    void proposedNameUsesTheMaskedPanAndPeriod() {
        QCOMPARE(ReportDownloadPanel::proposedFileName(m_card1, QDate(2026, 3, 1), QDate(2026, 3, 31)),
                 QStringLiteral("movements_%1_2026-03-01_2026-03-31.pdf").arg(m_card1.lastFour()));
    }

    void saveDialogProposesTheNameAndDownloadsAVerifiedReport() {
        QTemporaryDir lastDir;
        QTemporaryDir chosenDir;
        QVERIFY(lastDir.isValid() && chosenDir.isValid());
        ReportDownloadPanel panel(&**m_panelClient);
        panel.show();
        QSignalSpy folderChanged(&panel, &ReportDownloadPanel::lastFolderChanged);
        QSignalSpy progress(&panel, &ReportDownloadPanel::downloadProgress);
        QSignalSpy finished(&panel, &ReportDownloadPanel::downloadFinished);
        QSignalSpy failed(&panel, &ReportDownloadPanel::downloadFailed);
        panel.setLastFolder(lastDir.path());
        QCOMPARE(folderChanged.size(), 1);
        const qint64 sentBefore = m_relay->bytesFromClients();

        panel.requestReport(m_card1, m_from, m_to);
        auto* dialog = panel.findChild<QFileDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), kWaitMs);
        QVERIFY(!dialog->testOption(QFileDialog::DontConfirmOverwrite));
        const QString proposedName =
            QStringLiteral("movements_%1_%2_%3.pdf")
                .arg(m_card1.lastFour(), m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate));
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        QCOMPARE(QDir(dialog->directory()).canonicalPath(), QDir(lastDir.path()).canonicalPath());
        QCOMPARE(QFileInfo(dialog->selectedFiles().value(0)).fileName(), proposedName);
        QCOMPARE(m_relay->bytesFromClients(), sentBefore); // nothing is asked before the agent accepts

        // The agent saves into another folder: it becomes the last used one.
        const QString path = QDir(chosenDir.path()).filePath(proposedName);
        dialog->selectFile(path);
        static_cast<QDialog*>(dialog)->accept(); // as the Save button does
        QCOMPARE(folderChanged.size(), 2);
        QCOMPARE(QDir(folderChanged.at(1).at(0).toString()).canonicalPath(), QDir(chosenDir.path()).canonicalPath());
        QCOMPARE(panel.runningCount(), 1);
        QVERIFY(panel.hasRunningDownloads());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
        const QString failure = failed.isEmpty() ? QString() : failed.at(0).at(0).toString();
        QVERIFY2(failed.isEmpty(), qPrintable(failure));
        QCOMPARE(QFileInfo(finished.at(0).at(0).toString()).canonicalFilePath(), QFileInfo(path).canonicalFilePath());
        QCOMPARE(panel.runningCount(), 0);

        // Progress was reported, ending at the file's size (known from Content-Length).
        QVERIFY(!progress.isEmpty());
        const QList<QVariant> last = progress.constLast();
        QCOMPARE(last.at(1).toLongLong(), QFileInfo(path).size());
        QCOMPARE(last.at(2).toLongLong(), QFileInfo(path).size());
        auto* bar = byName<QProgressBar>(&panel, QStringLiteral("Progress of %1").arg(proposedName));
        QVERIFY(bar);
        QCOMPARE(bar->value(), 100);
        QVERIFY(labelText(&panel, QStringLiteral("Status of %1").arg(proposedName)).startsWith(u"Saved ("));
        QVERIFY(byName<QPushButton>(&panel, QStringLiteral("Open %1").arg(proposedName))->isVisible());
        QVERIFY(byName<QPushButton>(&panel, QStringLiteral("Preview %1").arg(proposedName))->isVisible());
        QVERIFY(!byName<QPushButton>(&panel, QStringLiteral("Cancel download of %1").arg(proposedName))->isVisible());

        // A real, complete report of this card and period, with only the masked PAN.
        QCOMPARE(filesIn(chosenDir.path()), QStringList{proposedName}); // no temporary left behind
        QVERIFY(filesIn(lastDir.path()).isEmpty());
        QVERIFY2(pdfPages(path) >= 2, qPrintable(poppler(QStringLiteral("pdfinfo"), {path})));
        const QString text = poppler(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("Card: ") + m_card1.maskedPan), qPrintable(text.left(600)));
        QVERIFY2(text.contains(
                     QStringLiteral("Period: %1 to %2").arg(m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate))),
                 qPrintable(text.left(600)));
        // The app's words for the type (Movements section: "Add funds"), not a word of the PDF's own.
        QVERIFY(text.count(QStringLiteral("Add funds")) >= kExtraMovements);
        QVERIFY(!text.contains(QStringLiteral("Top-up")));
        QVERIFY(!text.contains(QRegularExpression(QStringLiteral("\\b\\d{16}\\b")))); // never a full PAN
    }

    void severalDownloadsRunAtOnceEachWithItsProgress() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ReportDownloadPanel panel(&**m_panelClient);
        panel.show();
        QSignalSpy progress(&panel, &ReportDownloadPanel::downloadProgress);
        QSignalSpy finished(&panel, &ReportDownloadPanel::downloadFinished);
        QSignalSpy running(&panel, &ReportDownloadPanel::runningCountChanged);
        const QString name1 = ReportDownloadPanel::proposedFileName(m_card1, m_from, m_to);
        const QString name2 = ReportDownloadPanel::proposedFileName(m_card2, m_from.addDays(-365), m_to);
        const QString path1 = QDir(dir.path()).filePath(name1);
        const QString path2 = QDir(dir.path()).filePath(name2);

        m_relay->hold(kHeldBytes);
        panel.startDownload(m_card1, m_from, m_to, path1);
        panel.startDownload(m_card2, m_from.addDays(-365), m_to, path2);
        QCOMPARE(panel.runningCount(), 2);
        QCOMPARE(running.constLast().at(0).toInt(), 2);
        QCOMPARE(labelText(&panel, QStringLiteral("Report downloads summary")),
                 QStringLiteral("2 report(s) downloading."));
        QTRY_VERIFY2_WITH_TIMEOUT(partway(progress, path1) && partway(progress, path2),
                                  qPrintable(describeProgress(progress)), kWaitMs);
        // Each row shows its own partial progress in bytes and percent.
        for (const QString& name : {name1, name2}) {
            auto* bar = byName<QProgressBar>(&panel, QStringLiteral("Progress of %1").arg(name));
            QVERIFY(bar);
            QCOMPARE(bar->maximum(), 100);
            QVERIFY2(bar->value() < 100, qPrintable(QString::number(bar->value())));
            const QString status = labelText(&panel, QStringLiteral("Status of %1").arg(name));
            QVERIFY2(status.contains(QStringLiteral(" of ")) && status.contains(u'%'), qPrintable(status));
        }
        QVERIFY(!QFileInfo::exists(path1)); // nothing at the destination before the whole PDF arrived
        QVERIFY(!QFileInfo::exists(path2));
        QCOMPARE(panel.runningCount(), 2);

        m_relay->release();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWaitMs);
        QCOMPARE(panel.runningCount(), 0);
        QCOMPARE(running.constLast().at(0).toInt(), 0);
        QStringList saved{finished.at(0).at(0).toString(), finished.at(1).at(0).toString()};
        saved.sort();
        QStringList expected{path1, path2};
        expected.sort();
        QCOMPARE(saved, expected);
        for (const QString& path : expected) {
            QVERIFY(pdfPages(path) >= 1);
            QVERIFY(
                byName<QPushButton>(&panel, QStringLiteral("Preview %1").arg(QFileInfo(path).fileName()))->isVisible());
        }
        QVERIFY(poppler(QStringLiteral("pdftotext"), {path2, QStringLiteral("-")}).contains(m_card2.maskedPan));
        QStringList names{name1, name2};
        names.sort();
        QCOMPARE(filesIn(dir.path()), names);
    }

    void cancelMidwayLeavesNoFile() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ReportDownloadPanel panel(&**m_panelClient);
        panel.show();
        QSignalSpy progress(&panel, &ReportDownloadPanel::downloadProgress);
        QSignalSpy cancelled(&panel, &ReportDownloadPanel::downloadCancelled);
        QSignalSpy finished(&panel, &ReportDownloadPanel::downloadFinished);
        QSignalSpy failed(&panel, &ReportDownloadPanel::downloadFailed);
        const QString name = ReportDownloadPanel::proposedFileName(m_card1, m_from, m_to);
        const QString path = QDir(dir.path()).filePath(name);

        m_relay->hold(kHeldBytes);
        panel.startDownload(m_card1, m_from, m_to, path);
        QTRY_VERIFY2_WITH_TIMEOUT(partway(progress, path), qPrintable(describeProgress(progress)), kWaitMs);
        const int connections = m_relay->openConnections();

        auto* cancel = byName<QPushButton>(&panel, QStringLiteral("Cancel download of %1").arg(name));
        QVERIFY(cancel && cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(cancelled.at(0).at(0).toString(), path);
        QCOMPARE(panel.runningCount(), 0);
        QCOMPARE(labelText(&panel, QStringLiteral("Status of %1").arg(name)),
                 QStringLiteral("Cancelled. Nothing was saved."));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(filesIn(dir.path()).isEmpty()); // no temporary left either
        // The request was really aborted: its connection closes, and a release brings no file.
        QTRY_VERIFY_WITH_TIMEOUT(m_relay->openConnections() < connections, kWaitMs);
        m_relay->release();
        QVERIFY(filesIn(dir.path()).isEmpty());
        QVERIFY(finished.isEmpty());
        QVERIFY(failed.isEmpty());

        // The row can be removed from the list.
        auto* remove = byName<QPushButton>(&panel, QStringLiteral("Remove %1 from the list").arg(name));
        QVERIFY(remove && remove->isVisible());
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!byName<QPushButton>(&panel, QStringLiteral("Remove %1 from the list").arg(name)),
                                 kWaitMs);
        QCOMPARE(labelText(&panel, QStringLiteral("Report downloads summary")),
                 QStringLiteral("No report downloads yet."));
    }

    void serverErrorAndBadInputLeaveNoFileAndSayWhy() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ReportDownloadPanel panel(&**m_panelClient);
        panel.show();
        QSignalSpy failed(&panel, &ReportDownloadPanel::downloadFailed);
        QSignalSpy finished(&panel, &ReportDownloadPanel::downloadFinished);

        // A card the cardholder does not have: the server answers 404 7200.
        api::Card unknown = m_card1;
        unknown.id = 987654;
        const QString unknownName = ReportDownloadPanel::proposedFileName(unknown, m_from, m_to);
        panel.startDownload(unknown, m_from, m_to, QDir(dir.path()).filePath(unknownName));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, kWaitMs);
        QCOMPARE(failed.at(0).at(0).toString(), api::errors::sentenceForCode(QStringLiteral("7200")));
        QCOMPARE(labelText(&panel, QStringLiteral("Status of %1").arg(unknownName)),
                 QStringLiteral("Not saved: The card was not found."));
        QVERIFY(filesIn(dir.path()).isEmpty());

        // A period that ends before it starts is refused here: nothing is sent.
        const qint64 sentBefore = m_relay->bytesFromClients();
        const QString reversedName = ReportDownloadPanel::proposedFileName(m_card1, m_to, m_from);
        panel.startDownload(m_card1, m_to, m_from, QDir(dir.path()).filePath(reversedName));
        QCOMPARE(failed.size(), 2);
        QVERIFY(failed.at(1).at(0).toString().contains(QStringLiteral("first day must be on or before the last day")));
        QVERIFY(labelText(&panel, QStringLiteral("Status of %1").arg(reversedName)).startsWith(u"Not saved: "));
        QCOMPARE(panel.runningCount(), 0);
        QCOMPARE(m_relay->bytesFromClients(), sentBefore);
        QVERIFY(filesIn(dir.path()).isEmpty());
        QVERIFY(finished.isEmpty());

        // Failed rows are cleared together.
        auto* clear = byName<QPushButton>(&panel, QStringLiteral("Clear finished downloads"));
        QVERIFY(clear && clear->isEnabled());
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(!byName<QLabel>(&panel, QStringLiteral("Status of %1").arg(unknownName)));
        QVERIFY(!clear->isEnabled());
    }

    void previewShowsPageOneFittedToTheWidth() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ReportDownloadPanel panel(&**m_panelClient);
        panel.show();
        const QString path = downloadCard1(panel, dir.path());
        QVERIFY(!path.isEmpty());
        const int pages = pdfPages(path);
        QVERIFY(pages >= 2);

        QTest::mouseClick(byName<QPushButton>(&panel, QStringLiteral("Preview %1").arg(QFileInfo(path).fileName())),
                          Qt::LeftButton);
        auto* preview = panel.findChild<PdfPreviewDialog*>();
        QVERIFY(preview);
        QTRY_VERIFY_WITH_TIMEOUT(preview->isVisible(), kWaitMs);
        QVERIFY(!preview->isModal());
        preview->resize(800, 900);
        QTRY_COMPARE_WITH_TIMEOUT(preview->document()->status(), QPdfDocument::Status::Ready, kWaitMs);
        QCOMPARE(preview->document()->pageCount(), pages);
        QCOMPARE(labelText(preview, QStringLiteral("Page count")), QStringLiteral("of %1").arg(pages));
        QPdfView* view = preview->view();
        QCOMPARE(view->zoomMode(), QPdfView::ZoomMode::Custom); // the 6.4 fit modes draw blank pages
        QVERIFY(preview->fitsWidth());

        // Fitted: the page is as wide as the viewport minus the document margins, and follows resizes.
        const qreal pixelsPerPoint = QGuiApplication::primaryScreen()->logicalDotsPerInch() / 72.0;
        const auto pageWidth = [&] {
            return preview->document()->pagePointSize(0).width() * pixelsPerPoint * view->zoomFactor();
        };
        const auto availableWidth = [&] {
            return view->viewport()->width() - view->documentMargins().left() - view->documentMargins().right();
        };
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(pageWidth() - availableWidth()) < 1.5, kWaitMs);
        const qreal zoomAt800 = view->zoomFactor();
        preview->resize(1100, 900);
        QTRY_VERIFY_WITH_TIMEOUT(view->zoomFactor() > zoomAt800 * 1.2, kWaitMs);
        QVERIFY(std::abs(pageWidth() - availableWidth()) < 1.5);

        // Page 1 is really drawn: text pixels in a grab of the viewport.
        const QColor background = view->palette().color(QPalette::Dark);
        int ink = 0;
        QTRY_VERIFY2_WITH_TIMEOUT((ink = inkPixels(view->viewport()->grab().toImage(), background)) > 3000,
                                  qPrintable(QStringLiteral("%1 ink pixels").arg(ink)), kWaitMs);
        QCOMPARE(preview->currentPage(), 0);

        // Page navigation and zoom from the buttons.
        auto* pageSpin = byName<QSpinBox>(preview, QStringLiteral("Page number"));
        QVERIFY(pageSpin);
        QCOMPARE(pageSpin->value(), 1);
        QVERIFY(!byName<QPushButton>(preview, QStringLiteral("Previous page"))->isEnabled());
        QTest::mouseClick(byName<QPushButton>(preview, QStringLiteral("Next page")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(preview->currentPage(), 1, kWaitMs);
        QCOMPARE(pageSpin->value(), 2);
        QVERIFY(byName<QPushButton>(preview, QStringLiteral("Previous page"))->isEnabled());
        QVERIFY(view->verticalScrollBar()->value() > 0);

        const qreal fitted = view->zoomFactor();
        QTest::mouseClick(byName<QPushButton>(preview, QStringLiteral("Zoom in")), Qt::LeftButton);
        QVERIFY(!preview->fitsWidth());
        QVERIFY(std::abs(view->zoomFactor() - fitted * 1.25) < 1e-6);
        QCOMPARE(labelText(preview, QStringLiteral("Zoom level")),
                 QStringLiteral("%1%").arg(qRound(view->zoomFactor() * 100)));
        preview->resize(900, 900); // not fitting any more: the zoom stays
        QTRY_VERIFY_WITH_TIMEOUT(view->viewport()->width() < 1000, kWaitMs);
        QVERIFY(std::abs(view->zoomFactor() - fitted * 1.25) < 1e-6);
        QTest::mouseClick(byName<QPushButton>(preview, QStringLiteral("Fit width")), Qt::LeftButton);
        QVERIFY(preview->fitsWidth());
        QVERIFY(std::abs(pageWidth() - availableWidth()) < 1.5);

        QTest::mouseClick(byName<QPushButton>(preview, QStringLiteral("Close preview")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.findChild<PdfPreviewDialog*>(), kWaitMs); // deleted on close
    }

    void previewOfAMissingFileSaysWhy() {
        QTemporaryDir dir;
        PdfPreviewDialog preview(QDir(dir.path()).filePath(QStringLiteral("gone.pdf")));
        preview.show();
        QVERIFY(preview.document()->status() != QPdfDocument::Status::Ready);
        QVERIFY(labelText(&preview, QStringLiteral("Preview problem")).contains(QStringLiteral("not found")));
        QVERIFY(!byName<QPushButton>(&preview, QStringLiteral("Next page"))->isEnabled());
    }

    void savingOnAFreshProfileCreatesTheDocumentsFolderAndProposesTheLastFolderNext() {
        FreshProfile profile;
        QVERIFY(profile.isValid());
        const QString documents = QDir(profile.home()).filePath(QStringLiteral("Documents"));
        QVERIFY(!QFileInfo::exists(documents)); // a fresh profile: no Documents folder yet
        ReportDownloadPanel panel(&**m_panelClient);
        panel.show();
        QSignalSpy finished(&panel, &ReportDownloadPanel::downloadFinished);
        QSignalSpy failed(&panel, &ReportDownloadPanel::downloadFailed);
        QSignalSpy folderChanged(&panel, &ReportDownloadPanel::lastFolderChanged);

        // The first report: the dialog opens in the documents folder, which now exists, and the report is saved.
        panel.requestReport(m_card1, m_from, m_to);
        QTRY_VERIFY_WITH_TIMEOUT(openSaveDialog(&panel), kWaitMs);
        QFileDialog* dialog = openSaveDialog(&panel);
        QVERIFY2(sameFolder(dialog->directory().path(), documents), qPrintable(dialog->directory().path()));
        QVERIFY(!panel.findChild<QMessageBox*>(QStringLiteral("saveFolderProblem")));
        const QString first = dialog->selectedFiles().value(0);
        QCOMPARE(QFileInfo(first).fileName(), ReportDownloadPanel::proposedFileName(m_card1, m_from, m_to));
        static_cast<QDialog*>(dialog)->accept(); // Save, with the proposed path
        QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 1, kWaitMs);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.at(0).at(0).toString()));
        QVERIFY(QFileInfo(QDir(documents).filePath(QFileInfo(first).fileName())).size() > 0);
        QVERIFY(!folderChanged.isEmpty());
        QVERIFY(sameFolder(folderChanged.constLast().at(0).toString(), documents));

        // The next report proposes the folder just used; the agent saves into another one this time.
        panel.requestReport(m_card2, m_from, m_to);
        QTRY_VERIFY_WITH_TIMEOUT(openSaveDialog(&panel) && openSaveDialog(&panel) != dialog, kWaitMs);
        dialog = openSaveDialog(&panel);
        QVERIFY2(sameFolder(dialog->directory().path(), documents), qPrintable(dialog->directory().path()));
        const QString reports = QDir(profile.home()).filePath(QStringLiteral("Reports"));
        QVERIFY(QDir().mkpath(reports));
        dialog->selectFile(QDir(reports).filePath(ReportDownloadPanel::proposedFileName(m_card2, m_from, m_to)));
        static_cast<QDialog*>(dialog)->accept();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size() + failed.size(), 2, kWaitMs);
        QVERIFY(failed.isEmpty());
        QVERIFY(sameFolder(folderChanged.constLast().at(0).toString(), reports));

        // ...and the one after proposes that folder.
        QFileDialog* previous = dialog;
        panel.requestReport(m_card1, m_from, m_to);
        QTRY_VERIFY_WITH_TIMEOUT(openSaveDialog(&panel) && openSaveDialog(&panel) != previous, kWaitMs);
        dialog = openSaveDialog(&panel);
        QVERIFY2(sameFolder(dialog->directory().path(), reports), qPrintable(dialog->directory().path()));
        dialog->reject();
    }

    void aDocumentsFolderThatCannotBeCreatedIsSaidOverTheDialog() {
        FreshProfile profile;
        QVERIFY(profile.isValid());
        // The system's documents folder lies below a file: it cannot be created, not even by root.
        QFile blocker(QDir(profile.home()).filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QFile dirs(QDir(profile.configPath()).filePath(QStringLiteral("user-dirs.dirs")));
        QVERIFY(dirs.open(QIODevice::WriteOnly));
        dirs.write("XDG_DOCUMENTS_DIR=\"$HOME/blocker/Documents\"\n");
        dirs.close();
        ReportDownloadPanel panel(&**m_panelClient);
        panel.show();

        panel.requestReport(m_card1, m_from, m_to);
        QTRY_VERIFY_WITH_TIMEOUT(openSaveDialog(&panel), kWaitMs);
        QFileDialog* dialog = openSaveDialog(&panel);
        QVERIFY2(sameFolder(dialog->directory().path(), profile.home()), qPrintable(dialog->directory().path()));
        auto* problem = dialog->findChild<QMessageBox*>(QStringLiteral("saveFolderProblem"));
        QVERIFY(problem);
        QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), kWaitMs);
        QVERIFY2(problem->text().contains(QStringLiteral("blocker/Documents")) &&
                     problem->text().contains(QStringLiteral("could not be created")),
                 qPrintable(problem->text()));
        problem->accept();
        dialog->reject();
    }

    void theNewestDownloadIsListedFirstAndEveryOneStaysInSight() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ReportDownloadPanel panel(&**m_panelClient);
        panel.resize(800, panel.sizeHint().height()); // as the dock first shows it, below the window's sections
        panel.show();
        QSignalSpy finished(&panel, &ReportDownloadPanel::downloadFinished);
        const QString failing = QDir(dir.path()).filePath(QStringLiteral("failing.pdf"));
        const QString saved = QDir(dir.path()).filePath(ReportDownloadPanel::proposedFileName(m_card1, m_from, m_to));
        const QString cancelled = QDir(dir.path()).filePath(QStringLiteral("cancelled.pdf"));

        panel.startDownload(m_card1, m_to, m_from, failing); // a period backwards: fails at once
        panel.startDownload(m_card1, m_from, m_to, saved);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kWaitMs);
        m_relay->hold(kHeldBytes);
        panel.startDownload(m_card2, m_from, m_to, cancelled);
        byName<QPushButton>(&panel, QStringLiteral("Cancel download of cancelled.pdf"))->click();
        QCOMPARE(panel.runningCount(), 0);

        // Every download of the session is listed, newest first, and each row is in sight: a success is never
        // hidden below a failure.
        auto* scroll = panel.findChild<QScrollArea*>();
        QVERIFY(scroll);
        QList<QFrame*> rows;
        for (const QString& path : {cancelled, saved, failing}) {
            rows << panel.findChild<QFrame*>(QStringLiteral("reportDownload:") + QFileInfo(path).absoluteFilePath());
            QVERIFY2(rows.constLast(), qPrintable(path));
        }
        // Where each row is in the list's viewport, and whether all are in sight, top to bottom in that order
        // (once the list has laid out its new rows).
        const auto placement = [&rows, scroll] {
            QStringList where;
            int previousTop = -1;
            bool ok = true;
            for (QFrame* row : std::as_const(rows)) {
                const QRect shown(row->mapTo(scroll->viewport(), QPoint(0, 0)), row->size());
                ok = ok && scroll->viewport()->rect().contains(shown) && shown.top() > previousTop;
                previousTop = shown.top();
                where << QStringLiteral("%1 at %2,%3 %4×%5")
                             .arg(row->accessibleName())
                             .arg(shown.x())
                             .arg(shown.y())
                             .arg(shown.width())
                             .arg(shown.height());
            }
            const QString text =
                where.join(QStringLiteral("; ")) +
                QStringLiteral(" in a %1×%2 list").arg(scroll->viewport()->width()).arg(scroll->viewport()->height());
            return std::pair<bool, QString>{ok, text};
        };
        QTRY_VERIFY2_WITH_TIMEOUT(placement().first, qPrintable(placement().second), kWaitMs);
        QVERIFY(
            labelText(&panel, QStringLiteral("Status of %1").arg(QFileInfo(saved).fileName())).startsWith(u"Saved"));
        QVERIFY(labelText(&panel, QStringLiteral("Status of failing.pdf")).startsWith(u"Not saved"));
    }

    void closingWhileDownloadingAsksFirst() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        HostWindow window(&**m_panelClient);
        window.show();
        QSignalSpy progress(window.panel, &ReportDownloadPanel::downloadProgress);
        const QString path = QDir(dir.path()).filePath(ReportDownloadPanel::proposedFileName(m_card1, m_from, m_to));

        QVERIFY(window.close()); // nothing running: closes at once
        window.show();
        m_relay->hold(kHeldBytes);
        window.panel->startDownload(m_card1, m_from, m_to, path);
        QTRY_VERIFY2_WITH_TIMEOUT(partway(progress, path), qPrintable(describeProgress(progress)), kWaitMs);

        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        auto* question = window.findChild<QMessageBox*>();
        QVERIFY(question);
        QTRY_VERIFY_WITH_TIMEOUT(question->isVisible(), kWaitMs);
        QVERIFY(question->text().contains(QStringLiteral("1 report(s) are still downloading")));
        QTest::mouseClick(byName<QPushButton>(question, QStringLiteral("Keep downloading")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<QMessageBox*>(), kWaitMs);
        QVERIFY(window.isVisible());
        QCOMPARE(window.panel->runningCount(), 1);

        QVERIFY(!window.close());
        question = window.findChild<QMessageBox*>();
        QVERIFY(question);
        QTRY_VERIFY_WITH_TIMEOUT(question->isVisible(), kWaitMs);
        QTest::mouseClick(byName<QPushButton>(question, QStringLiteral("Cancel downloads and close")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), kWaitMs);
        QCOMPARE(window.panel->runningCount(), 0);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(filesIn(dir.path()).isEmpty());
    }
};

QTEST_MAIN(TestGuiReport)
#include "tst_gui_report.moc"
