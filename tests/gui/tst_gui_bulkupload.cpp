// "Bulk onboarding…" (issue 17) against a real migo-cms-sandbox: the workbook's first rows and column check shown
// before sending, the upload, a processing bar that moves with each progress frame received (checked against the
// frames, not against time), the per-row result table with row, column and reason, its CSV export, a CSV refused
// with a sentence and no upload offered, the template, and accessible names on every control.
#include "BulkUploadDialog.h"
#include "E2eHarness.h"
#include "TestWorkbook.h"
#include "UploadResultModel.h"
#include "WidgetLookup.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace migo;
using e2e::byName;
using e2e::E2eClient;
using e2e::E2eServer;

namespace {

const QString kAgent = QStringLiteral("agent@migo.test");

QString writeFile(const E2eServer& server, const QString& name, const QByteArray& bytes) {
    const QString path = server.temporaryPath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

class GuiBulkUploadTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QString error;
        // A pause after each chunk of 200 rows, so that the frames come one by one while the dialog is shown.
        QVERIFY2(m_server.start({QStringLiteral("--demo-pool"), QStringLiteral("1100"),
                                 QStringLiteral("--bulk-chunk-delay"), QStringLiteral("60")},
                                &error),
                 qPrintable(error));
        m_agent = std::make_unique<E2eClient>(m_server);
        QVERIFY2(e2e::signIn(*m_agent, m_server, kAgent, &error), qPrintable(error));
        api::PartnerCardQuery query;
        query.assigned = false;
        const auto cards = e2e::sync(**m_agent, &api::CmsClient::listPartnerCardsMatching, query);
        E2E_OK(cards);
        for (const api::Card& card : cards.value())
            m_freeCards << card.id;
        QVERIFY(m_freeCards.size() >= 1000);
    }

    void uploadShowsLiveProgressAndPerRowResults() {
        views::BulkUploadDialog dialog(core::OperationContext{&**m_agent, nullptr, nullptr, kAgent});
        QAbstractItemModelTester tester(dialog.resultModel());
        dialog.show();
        const testwb::CardholderSheet sheet =
            testwb::cardholderSheet(1000, 10, m_freeCards.mid(0, 1000), QStringLiteral("gui1"));
        const QString path = writeFile(m_server, QStringLiteral("altas.xlsx"), testwb::xlsx(sheet.rows));
        QSignalSpy checked(&dialog, &views::BulkUploadDialog::checked);
        dialog.chooseFile(path);
        QVERIFY(checked.wait(10000));
        auto* preview = byName<QWidget>(&dialog, QStringLiteral("First rows of the workbook"));
        auto* previewTable = qobject_cast<QTableView*>(preview);
        QVERIFY(previewTable);
        QCOMPARE(previewTable->model()->rowCount(), 10);
        QCOMPARE(previewTable->model()->columnCount(), 12);
        QVERIFY(e2e::labelText(&dialog, QStringLiteral("Column check")).contains(QStringLiteral("1000")));
        auto* send = byName<QPushButton>(&dialog, QStringLiteral("Upload the workbook"));
        QVERIFY(send && send->isEnabled());

        // On every frame received, the bar shows exactly what the frame says: it moves with the frames.
        QList<int> barValues;
        QList<qint64> frameValues;
        connect(dialog.operation(), &core::BulkUpload::progressed, this, [&](const api::BatchProgress& frame) {
            barValues << dialog.processedRows();
            frameValues << frame.processed;
        });
        QSignalSpy finished(dialog.operation(), &core::BulkUpload::finished);
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(!send->isEnabled()); // a second click sends nothing
        QVERIFY(finished.wait(60000));
        QCOMPARE(dialog.operation()->outcome(), core::Outcome::Done);
        QCOMPARE(barValues.size(), frameValues.size());
        for (int index = 0; index < barValues.size(); ++index)
            QCOMPARE(qint64(barValues[index]), frameValues[index]);
        int intermediate = 0;
        for (int index = 1; index < barValues.size(); ++index) {
            QVERIFY(barValues[index] > barValues[index - 1]); // it only moves forward, frame by frame
            intermediate += barValues[index] < 1000 ? 1 : 0;
        }
        QVERIFY2(intermediate >= 3, qPrintable(QString::number(intermediate)));
        QCOMPARE(barValues.constLast(), 1000);

        // The table: 990 created rows and the 10 refusals with row, column and reason.
        models::UploadResultModel* model = dialog.resultModel();
        QCOMPARE(model->rowCount(), 1000);
        QSet<QString> refusals;
        for (const core::BulkRowResult& row : model->rows())
            if (!row.created) {
                QVERIFY(!row.message.isEmpty());
                refusals << QStringLiteral("%1/%2").arg(row.row).arg(row.column);
            }
        QSet<QString> expected;
        for (const testwb::Refusal& refusal : sheet.refusals)
            expected << QStringLiteral("%1/%2").arg(refusal.row).arg(refusal.column);
        QCOMPARE(refusals, expected);
        QVERIFY(e2e::labelText(&dialog, QStringLiteral("Created and refused rows")).contains(QStringLiteral("990")));

        auto* exportButton = byName<QPushButton>(&dialog, QStringLiteral("Export the results as CSV"));
        QVERIFY(exportButton && exportButton->isEnabled());
        const QString csvPath = m_server.temporaryPath(QStringLiteral("results.csv"));
        QVERIFY(dialog.exportResults(csvPath));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 1001);
    }

    void csvIsRefusedBeforeSending() {
        views::BulkUploadDialog dialog(core::OperationContext{&**m_agent, nullptr, nullptr, kAgent});
        dialog.show();
        QSignalSpy checked(&dialog, &views::BulkUploadDialog::checked);
        dialog.chooseFile(writeFile(m_server, QStringLiteral("altas.csv"), "name,lastName\nAna,Ruiz\n"));
        QVERIFY(checked.wait(10000));
        QVERIFY(e2e::labelText(&dialog, QStringLiteral("Column check")).contains(QStringLiteral("CSV")));
        QVERIFY(!byName<QPushButton>(&dialog, QStringLiteral("Upload the workbook"))->isEnabled());
    }

    void templateAndAccessibleNames() {
        views::BulkUploadDialog dialog(core::OperationContext{&**m_agent, nullptr, nullptr, kAgent});
        dialog.show();
        const QString path = m_server.temporaryPath(QStringLiteral("plantilla.xlsx"));
        QVERIFY(dialog.saveTemplate(path));
        QCOMPARE(core::checkWorkbook(path, core::cardholderUploadColumns()).header, core::cardholderUploadColumns());
        for (QWidget* widget : dialog.findChildren<QWidget*>()) {
            if (qobject_cast<QPushButton*>(widget) || qobject_cast<QProgressBar*>(widget) ||
                qobject_cast<QTableView*>(widget))
                QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        }
    }

private:
    E2eServer m_server;
    std::unique_ptr<E2eClient> m_agent;
    QList<qint64> m_freeCards;
};

QTEST_MAIN(GuiBulkUploadTest)
#include "tst_gui_bulkupload.moc"
