// Issue 17 acceptance, process requests: the real client and core operations against the real sandbox — evidence of
// each type, wrong files refused before sending, step-up, four eyes, exact credit, exactly-once concurrent approval.
#include "CardStore.h"
#include "E2eHarness.h"
#include "FundingRequests.h"
#include "OperationContext.h"
#include "StepUp.h"

#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace migo;
using namespace migo::e2e;
using api::CmsClient;

namespace {

const QString kSupervisor = QStringLiteral("supervisor@migo.test");
const QString kAgent = QStringLiteral("agent@migo.test");
const QString kLead = QStringLiteral("lead@migo.test");

/// Types codes in place of the OTP dialog.
struct Prompter final : core::OtpPrompter {
    QPointer<core::StepUp> current;
    int prompts = 0;
    void prompt(core::StepUp* stepUp) override {
        current = stepUp;
        ++prompts;
    }
    bool type(const QString& code) {
        if (!QTest::qWaitFor([this] { return current && current->phase() == core::StepUp::Phase::WaitingForCode; },
                             kCallLimitMs))
            return false;
        current->submitCode(code);
        return true;
    }
};

/// One signed-in operator with what operations need; `permissions` read from the server when asked.
struct Operator {
    std::unique_ptr<E2eClient> client;
    api::OperatorSession session;
    core::CardStore cardStore;
    Prompter prompter;
    std::shared_ptr<core::OperatorAccess> access = std::make_shared<core::OperatorAccess>();
    core::OperationContext context(bool withPermissions = true) {
        return core::OperationContext{&client->client, &cardStore, &prompter, session.email,
                                      withPermissions ? access : nullptr};
    }
};

api::Money money(const char* text) {
    return api::Money::parse(std::string_view(text)).value_or(api::Money());
}

/// A different six-digit code than `code`.
QString wrongCode(const QString& code) {
    QString wrong = code;
    wrong[0] = code.at(0) == u'9' ? u'0' : QChar(code.at(0).unicode() + 1);
    return wrong;
}

QByteArray evidenceOf(const QByteArray& head, qsizetype size) {
    QByteArray bytes = head;
    bytes.append(size - head.size(), '\x5A');
    return bytes;
}

} // namespace

class E2eRequestsTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
        for (auto [who, email] : {std::pair{&m_agent, kAgent}, {&m_supervisor, kSupervisor}, {&m_lead, kLead}}) {
            who->client = std::make_unique<E2eClient>(m_server);
            QVERIFY2(signIn(*who->client, m_server, email, &error, &who->session), qPrintable(error));
            const auto permissions = sync(**who->client, &CmsClient::operatorPermissions, who->session.id);
            E2E_OK(permissions);
            who->access->current = std::make_shared<const api::OperatorPermissions>(permissions.value());
        }
    }

    /// Through Prism (e2e_requests_prism) a scenario passes only when Prism reported no violation.
    void cleanup() {
        if (!m_server.proxied())
            return;
        QTest::qWait(200); // let Prism's last log lines arrive
        const QStringList problems = m_server.takePrismProblems();
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("Prism reported:\n") + problems.join(u'\n')));
    }

    void cleanupTestCase() {
        m_agent.client.reset();
        m_supervisor.client.reset();
        m_lead.client.reset();
        m_server.stop();
    }

    void eachEvidenceTypeMakesAPendingRequest_data() {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("type");
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n") << u"receipt.pdf"_qs << u"application/pdf"_qs;
        QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0", 4) << u"slip.jpg"_qs << u"image/jpeg"_qs;
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n", 8) << u"scan.png"_qs << u"image/png"_qs;
        QTest::newRow("webp") << QByteArray("RIFF\x10\x00\x00\x00WEBPVP8 ", 16) << u"photo.webp"_qs << u"image/webp"_qs;
    }
    void eachEvidenceTypeMakesAPendingRequest() {
        QFETCH(QByteArray, head);
        QFETCH(QString, fileName);
        QFETCH(QString, type);
        const QByteArray bytes = evidenceOf(head, 200 * 1024);
        const auto made = makeRequest(m_agent, bytes, fileName, money("1500.25"));
        QVERIFY(made);
        QCOMPARE(made->status, api::ProcessRequestStatus::Pending);
        QCOMPARE(made->requestedAmount, money("1500.25"));
        QCOMPARE(made->evidence->contentType, type);
        QCOMPARE(made->evidence->fileName, fileName);
        QCOMPARE(made->requestedBy.id, m_agent.session.id);
        // The evidence comes back byte for byte, streamed to disk.
        const QString path = m_server.temporaryPath(u"evidence-"_qs + fileName);
        QObject context;
        std::optional<api::Result<api::DownloadedFile>> saved;
        m_lead.client->client.downloadEvidence(made->id, path, &context, {},
                                               [&saved](const auto& result) { saved = result; });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), kCallLimitMs);
        E2E_OK(*saved);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
    }

    void wrongFilesAreRefusedBeforeSending_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("10 MiB + 1 byte") << evidenceOf("%PDF-1.7\n", api::kMaxEvidenceBytes + 1) << u"big.pdf"_qs;
        QTest::newRow("renamed .exe") << evidenceOf(QByteArray("MZ\x90\x00", 4), 4096) << u"receipt.pdf"_qs;
        QTest::newRow("empty") << QByteArray() << u"empty.png"_qs;
    }
    void wrongFilesAreRefusedBeforeSending() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fileName);
        const qint64 before = requestCount();
        const QString path = writeFile(fileName, bytes);
        core::RequestFunding operation(m_agent.context());
        QSignalSpy progress(&operation, &core::RequestFunding::uploadProgress);
        QVERIFY(!operation.start(money("10"), QString(), path));
        QCOMPARE(operation.fieldProblems().size(), 1);
        QCOMPARE(operation.fieldProblems().front().field, core::RequestFunding::Field::Evidence);
        QVERIFY(!operation.fieldProblems().front().sentence.isEmpty());
        QVERIFY(!operation.isRunning());
        QCOMPARE(progress.count(), 0);
        QCOMPARE(requestCount(), before); // nothing reached the server
    }

    void exactlyTenMebibytesAreSentWithProgress() {
        const QByteArray bytes = evidenceOf("%PDF-1.7\n", api::kMaxEvidenceBytes);
        qint64 lastSent = 0;
        const auto made = makeRequest(m_agent, bytes, u"ten.pdf"_qs, money("1"), &lastSent);
        QVERIFY(made);
        QCOMPARE(made->evidence->size, api::kMaxEvidenceBytes);
        QVERIFY(lastSent > api::kMaxEvidenceBytes); // the body: the file and its framing
    }

    void supervisorNeedsTheRightCode() {
        // Permissions not known: the request goes first, OTP_REQUIRED asks for a code (contract §14).
        const QString path = writeFile(u"otp.pdf"_qs, evidenceOf("%PDF-1.7\n", 1000));
        core::RequestFunding operation(m_supervisor.context(false));
        QSignalSpy finished(&operation, &core::RequestFunding::finished);
        const qint64 before = requestCount();
        QVERIFY(operation.start(money("42.42"), u"with a code"_qs, path));
        QTRY_VERIFY_WITH_TIMEOUT(m_supervisor.prompter.current && m_supervisor.prompter.current->challenge(),
                                 kCallLimitMs);
        QCOMPARE(requestCount(), before); // OTP_REQUIRED: refused, nothing made
        const QString code = m_server.lastOtp(kSupervisor);
        QSignalSpy rejected(m_supervisor.prompter.current.data(), &core::StepUp::codeRejected);
        QVERIFY(m_supervisor.prompter.type(wrongCode(code)));
        QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, kCallLimitMs);
        QCOMPARE(requestCount(), before);
        QVERIFY(m_supervisor.prompter.type(code));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kCallLimitMs);
        QCOMPARE(*operation.outcome(), core::Outcome::Done);
        QCOMPARE(requestCount(), before + 1);
        QCOMPARE(operation.request()->requestedAmount, money("42.42"));
    }

    void approvalByAnotherOperatorCreditsExactly() {
        const auto made = makeRequest(m_agent, evidenceOf("%PDF-1.7\n", 800), u"r.pdf"_qs, money("12345.6789"));
        QVERIFY(made);
        const api::Money before = balance();
        core::DecideProcessRequest decide(m_lead.context());
        QSignalSpy fundsMoved(&m_lead.cardStore, &core::CardStore::fundsMoved);
        QSignalSpy finished(&decide, &core::DecideProcessRequest::finished);
        QVERIFY(decide.start(*made, api::ProcessDecision::Approve, u"Matches the statement"_qs));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kCallLimitMs);
        QCOMPARE(*decide.outcome(), core::Outcome::Done);
        QCOMPARE(decide.request()->status, api::ProcessRequestStatus::Approved);
        QCOMPARE(decide.request()->decidedBy->id, m_lead.session.id);
        QCOMPARE(fundsMoved.count(), 1); // the status bar's balance is read again
        QCOMPARE(balance().units(), before.units() + money("12345.6789").units());
    }

    void selfApprovalIsRefused() {
        const auto made = makeRequest(m_agent, evidenceOf("%PDF-1.7\n", 800), u"r.pdf"_qs, money("5"));
        QVERIFY(made);
        const api::Money before = balance();
        core::DecideProcessRequest decide(m_agent.context());
        QVERIFY(!decide.reasonFor(*made, api::ProcessDecision::Approve).isEmpty());
        QVERIFY(!decide.start(*made, api::ProcessDecision::Approve, QString()));
        // And the server refuses it when asked anyway.
        const auto answer = sync(**m_agent.client, &CmsClient::decideProcessRequest, made->id,
                                 api::ProcessDecision::Approve, QString());
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().httpStatus, 403);
        QVERIFY(answer.error().hasCode(u"SELF_APPROVAL"));
        QCOMPARE(balance(), before);
    }

    void rejectAndCancelLeaveTheBalance() {
        const auto first = makeRequest(m_agent, evidenceOf("%PDF-1.7\n", 800), u"a.pdf"_qs, money("70"));
        const auto second = makeRequest(m_agent, evidenceOf("%PDF-1.7\n", 800), u"b.pdf"_qs, money("80"));
        QVERIFY(first && second);
        const api::Money before = balance();
        core::DecideProcessRequest reject(m_lead.context());
        QVERIFY(!reject.start(*first, api::ProcessDecision::Reject, u"  "_qs));  // a rejection needs a comment
        QVERIFY(!reject.start(*first, api::ProcessDecision::Cancel, QString())); // only the maker cancels
        QVERIFY(decideAndWait(reject, *first, api::ProcessDecision::Reject, u"Illegible"_qs));
        QCOMPARE(reject.request()->status, api::ProcessRequestStatus::Rejected);
        core::DecideProcessRequest cancel(m_agent.context());
        QVERIFY(decideAndWait(cancel, *second, api::ProcessDecision::Cancel, QString()));
        QCOMPARE(cancel.request()->status, api::ProcessRequestStatus::Cancelled);
        QCOMPARE(balance(), before);
        // A decided request stays decided: approving it now is refused by the server.
        const auto late = sync(**m_lead.client, &CmsClient::decideProcessRequest, second->id,
                               api::ProcessDecision::Approve, QString());
        QCOMPARE(late.error().httpStatus, 409);
        QVERIFY(late.error().hasCode(u"REQUEST_NOT_PENDING"));
        QCOMPARE(balance(), before);
    }

    void concurrentApprovalsCreditOnce() {
        const auto made = makeRequest(m_agent, evidenceOf("%PDF-1.7\n", 800), u"c.pdf"_qs, money("333.3"));
        QVERIFY(made);
        const api::Money before = balance();
        // Two operators on two clients, sent together.
        QObject context;
        std::optional<api::Result<api::ProcessRequest>> first;
        std::optional<api::Result<api::ProcessRequest>> second;
        m_lead.client->client.decideProcessRequest(made->id, api::ProcessDecision::Approve, QString(), &context,
                                                   [&first](const auto& result) { first = result; });
        m_supervisor.client->client.decideProcessRequest(made->id, api::ProcessDecision::Approve, QString(), &context,
                                                         [&second](const auto& result) { second = result; });
        QTRY_VERIFY_WITH_TIMEOUT(first && second, kCallLimitMs);
        QCOMPARE(int(first->ok()) + int(second->ok()), 1);
        const api::ApiError& loser = first->ok() ? second->error() : first->error();
        QCOMPARE(loser.httpStatus, 409);
        QVERIFY(loser.hasCode(u"REQUEST_NOT_PENDING"));
        QCOMPARE(balance().units(), before.units() + money("333.3").units());
    }

    void listsAndDetailAgree() {
        const auto page = sync(**m_lead.client, &CmsClient::listProcessRequests, 1, 5);
        E2E_OK(page);
        QVERIFY(page.value().items.size() <= 5);
        QVERIFY(page.value().total && *page.value().total >= 3);
        const auto all = sync(**m_lead.client, &CmsClient::allProcessRequests);
        E2E_OK(all);
        QCOMPARE(qint64(all.value().size()), *page.value().total);
        const api::ProcessRequest& newest = page.value().items.front();
        QCOMPARE(all.value().front().id, newest.id);
        const auto detail = sync(**m_lead.client, &CmsClient::processRequest, newest.id);
        E2E_OK(detail);
        QCOMPARE(detail.value().requestedAmount, newest.requestedAmount);
        QCOMPARE(detail.value().status, newest.status);
    }

private:
    QString writeFile(const QString& name, const QByteArray& bytes) {
        const QString path = m_server.temporaryPath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

    std::optional<api::ProcessRequest> makeRequest(Operator& who, const QByteArray& bytes, const QString& fileName,
                                                   const api::Money& amount, qint64* lastSent = nullptr) {
        core::RequestFunding operation(who.context());
        QSignalSpy finished(&operation, &core::RequestFunding::finished);
        QObject::connect(&operation, &core::RequestFunding::uploadProgress, [lastSent](qint64 sent, qint64) {
            if (lastSent)
                *lastSent = sent;
        });
        if (!operation.start(amount, u"e2e"_qs, writeFile(fileName, bytes)))
            return std::nullopt;
        if (!QTest::qWaitFor([&finished] { return finished.count() > 0; }, kCallLimitMs) ||
            operation.outcome() != core::Outcome::Done) {
            qWarning("%s", qPrintable(operation.message()));
            return std::nullopt;
        }
        return operation.request();
    }

    bool decideAndWait(core::DecideProcessRequest& operation, const api::ProcessRequest& request,
                       api::ProcessDecision decision, const QString& comment) {
        QSignalSpy finished(&operation, &core::DecideProcessRequest::finished);
        if (!operation.start(request, decision, comment))
            return false;
        return QTest::qWaitFor([&finished] { return finished.count() > 0; }, kCallLimitMs) &&
               operation.outcome() == core::Outcome::Done;
    }

    qint64 requestCount() {
        const auto page = sync(**m_lead.client, &CmsClient::listProcessRequests, 1, 1);
        return page.ok() && page.value().total ? *page.value().total : -1;
    }

    api::Money balance() {
        const auto read = sync(**m_lead.client, &CmsClient::partnerBalance);
        return read.ok() ? read.value().available : api::Money();
    }

    E2eServer m_server;
    Operator m_agent;
    Operator m_supervisor;
    Operator m_lead;
};

QTEST_GUILESS_MAIN(E2eRequestsTest)
#include "tst_e2e_requests.moc"
