// Funding requests without widgets (issue 17; contract §17): the evidence checked before sending, the multipart
// request sent once behind step-up of purpose process_request, each outcome, and the decisions' four-eyes rules.
#include "CoreFixture.h"
#include "FundingRequests.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace migo;
using namespace migo::test;
using core::DecideProcessRequest;
using core::Outcome;
using core::RequestFunding;

namespace {

// Variants the client tolerates (contract §17): status in upper case, the amount as a string, a bare operator id.
const QByteArray createdJson =
    R"({"processRequestId":41,"partnerId":7,"status":"PENDING","requestedAmount":"1500.50","currency":"GTQ",)"
    R"("observations":null,"evidence":{"fileName":"receipt.pdf","contentType":"application/pdf","size":9,)"
    R"("sha256":"ab"},"requestedBy":3,"decidedBy":null,"decisionComment":null,)"
    R"("createdAt":"2026-03-01T14:05:09+00:00","decidedAt":null})";

const QByteArray approvedJson =
    R"({"id":41,"partnerId":7,"status":"approved","requestedAmount":1500.50,"currency":"GTQ","observations":null,)"
    R"("evidence":null,"requestedBy":{"operatorId":3,"name":"Ana"},"decidedBy":{"operatorId":9,"name":"Sofía"},)"
    R"("decisionComment":"ok","createdAt":"2026-03-01T14:05:09+00:00","decidedAt":"2026-03-01T15:00:00+00:00"})";

Outcome outcomeOf(const QSignalSpy& finished) {
    return finished.constLast().constFirst().value<Outcome>();
}

/// A context whose operator (id `operatorId`) holds `pairs` ("resource:action").
core::OperationContext withPermissions(CoreFixture& f, const QStringList& pairs, qint64 operatorId = 3) {
    auto permissions = std::make_shared<api::OperatorPermissions>();
    permissions->cmsUserId = operatorId;
    for (const QString& pair : pairs)
        permissions->permissions.append({pair.section(u':', 0, 0), pair.section(u':', 1)});
    core::OperationContext context = f.context();
    context.access = std::make_shared<core::OperatorAccess>(core::OperatorAccess{permissions});
    return context;
}

bool isCreate(const FakeRequest& r) {
    return r.verb == "POST" && r.url.path().endsWith(u"/partners/7/process-request");
}

api::ProcessRequest pendingOf(qint64 maker) {
    api::ProcessRequest request;
    request.id = 41;
    request.status = api::ProcessRequestStatus::Pending;
    request.requestedAmount = *api::Money::parse(std::string_view("1500.50"));
    request.requestedBy.id = maker;
    return request;
}

} // namespace

class TestFundingRequests : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<Outcome>();
        QVERIFY(m_dir.isValid());
        m_pdf = write(u"receipt.pdf"_qs, "%PDF-1.7\nx");
    }

    void wrongFilesAndFieldsAreFoundBeforeSending() {
        CoreFixture f;
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::ok(createdJson); });
        const QString exe = write(u"invoice.pdf"_qs, QByteArray("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00", 12));
        const QString big =
            write(u"big.png"_qs, QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(api::kMaxEvidenceBytes - 7, 'x'));
        const auto fields = [](const QList<RequestFunding::FieldProblem>& problems) {
            QList<RequestFunding::Field> result;
            for (const auto& problem : problems)
                result << problem.field;
            return result;
        };
        QCOMPARE(fields(RequestFunding::check(api::Money(), QString(500 + 1, u'a'), exe)),
                 (QList<RequestFunding::Field>{RequestFunding::Field::Amount, RequestFunding::Field::Observations,
                                               RequestFunding::Field::Evidence}));
        QVERIFY(RequestFunding::check(money("1"), QString(), big).constFirst().sentence.contains(u"at most"));
        QCOMPARE(RequestFunding::check(money("1"), QString(), m_dir.filePath(u"none.pdf"_qs)).size(), 1);
        QVERIFY(RequestFunding::check(money("1"), QString(), m_pdf).isEmpty());

        RequestFunding operation(f.context());
        QVERIFY(!operation.start(money("1"), QString(), exe));
        QCOMPARE(operation.fieldProblems().constFirst().field, RequestFunding::Field::Evidence);
        QVERIFY(operation.fieldProblems().constFirst().sentence.contains(u"not a PDF, JPEG, PNG or WEBP"));
        QTest::qWait(20);
        QVERIFY(f.network.requests().isEmpty());
    }

    void doneSendsOneMultipartRequestAndReadsVariants() {
        CoreFixture f;
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::ok(createdJson); });
        RequestFunding operation(withPermissions(f, {u"balance-management:create"_qs}));
        QSignalSpy finished(&operation, &RequestFunding::finished);
        QVERIFY(operation.start(money("1500.50"), u"Transfer 42"_qs, m_pdf));
        QVERIFY(!operation.start(money("1500.50"), u"Transfer 42"_qs, m_pdf)); // a double click sends nothing more
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(outcomeOf(finished), Outcome::Done);
        QCOMPARE(f.network.requests().size(), 1);
        const FakeRequest& sent = f.network.requests().constFirst();
        QVERIFY(isCreate(sent));
        QVERIFY(sent.header("Content-Type").startsWith("multipart/form-data; boundary="));
        QVERIFY(sent.body.contains("name=\"requestedAmount\"\r\n\r\n1500.5\r\n"));
        QVERIFY(sent.body.contains("filename=\"receipt.pdf\"\r\nContent-Type: application/pdf"));
        QVERIFY(sent.body.contains("%PDF-1.7\nx"));
        QVERIFY(!sent.body.contains("name=\"otp\""));
        const api::ProcessRequest& made = *operation.request();
        QCOMPARE(made.id, 41);
        QCOMPARE(made.status, api::ProcessRequestStatus::Pending);
        QCOMPARE(made.requestedAmount, money("1500.50"));
        QCOMPARE(made.requestedBy.id, 3);
        QVERIFY(!made.decidedBy);
        QCOMPARE(f.prompter.prompts, 0);
    }

    void holdingTheOtpActionAsksForAProcessRequestCodeFirst() {
        CoreFixture f;
        f.network.setHandler([](const FakeRequest& r) {
            if (r.url.path().endsWith(u"/app/users/auth/otp"))
                return FakeResponse::ok(R"({"sentTo":"s***@migo.test","channel":"email","expiresIn":300})");
            return r.body.contains("name=\"otp\"\r\n\r\n654321\r\n")
                       ? FakeResponse::ok(createdJson)
                       : FakeResponse::failure(403, "OTP_REQUIRED", "otp required");
        });
        RequestFunding operation(withPermissions(f, {u"balance-management:create"_qs, u"balance-management:otp"_qs}));
        QSignalSpy finished(&operation, &RequestFunding::finished);
        QVERIFY(operation.start(money("10"), QString(), m_pdf));
        QTRY_COMPARE(f.prompter.prompts, 1); // once the file is read
        QVERIFY(f.prompter.type(u"654321"_qs));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(outcomeOf(finished), Outcome::Done);
        QCOMPARE(f.network.requests().size(), 2); // the code, then one upload with it: never refused first
        QCOMPARE(f.network.requests().at(0).body,
                 QByteArray(R"({"email":"agent@migo.test","purpose":"process_request"})"));
    }

    void serverFieldProblemsLandAtTheirFields() {
        CoreFixture f;
        f.network.setHandler([](const FakeRequest&) {
            return FakeResponse::json(400, R"({"success":false,"errors":[{"code":"UNSUPPORTED_EVIDENCE",)"
                                           R"("message":"not an accepted file","field":"evidence"},)"
                                           R"({"code":"7002","message":"bad amount","field":"requestedAmount"}]})");
        });
        RequestFunding operation(f.context());
        QSignalSpy finished(&operation, &RequestFunding::finished);
        QVERIFY(operation.start(money("10"), QString(), m_pdf));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(outcomeOf(finished), Outcome::Refused);
        QCOMPARE(operation.fieldProblems().size(), 2);
        QCOMPARE(operation.fieldProblems().at(0).field, RequestFunding::Field::Evidence);
        QCOMPARE(operation.fieldProblems().at(1).field, RequestFunding::Field::Amount);
    }

    void aLostAnswerIsUnknownAndNeverResent() {
        CoreFixture f;
        f.network.setHandler(
            [](const FakeRequest&) { return FakeResponse::networkError(QNetworkReply::RemoteHostClosedError); });
        RequestFunding operation(f.context());
        QSignalSpy finished(&operation, &RequestFunding::finished);
        QVERIFY(operation.start(money("10"), QString(), m_pdf));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(outcomeOf(finished), Outcome::Unknown);
        QTest::qWait(50);
        QCOMPARE(f.network.requests().size(), 1);
        QVERIFY(operation.message().contains(u"Look at the list of funding requests"));
        QVERIFY(operation.message().contains(u"receipt.pdf"));
    }

    void cancellingBeforeTheLastByteLeftIsCancelled() {
        CoreFixture f;
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::hang(); });
        RequestFunding operation(f.context());
        QSignalSpy finished(&operation, &RequestFunding::finished);
        QVERIFY(operation.start(money("10"), QString(), m_pdf));
        QTRY_COMPARE(f.network.requests().size(), 1);
        QVERIFY(operation.cancel());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(outcomeOf(finished), Outcome::Cancelled);
        QVERIFY(!operation.isRunning());
        QVERIFY(!operation.cancel());
    }

    void decisionsFollowFourEyes() {
        CoreFixture f;
        const auto maker = withPermissions(f, {u"balance-management:cancel"_qs, u"approvals:update"_qs}, 3);
        const auto checker = withPermissions(f, {u"approvals:update"_qs}, 9);
        const api::ProcessRequest pending = pendingOf(3);
        DecideProcessRequest asMaker(maker);
        DecideProcessRequest asChecker(checker);
        QVERIFY(!asMaker.reasonFor(pending, api::ProcessDecision::Approve).isEmpty());
        QVERIFY(!asMaker.reasonFor(pending, api::ProcessDecision::Reject).isEmpty());
        QVERIFY(asMaker.reasonFor(pending, api::ProcessDecision::Cancel).isEmpty());
        QVERIFY(asChecker.reasonFor(pending, api::ProcessDecision::Approve).isEmpty());
        QVERIFY(asChecker.reasonFor(pending, api::ProcessDecision::Cancel).contains(u"balance-management:cancel"));
        api::ProcessRequest approved = pending;
        approved.status = api::ProcessRequestStatus::Approved;
        QVERIFY(!asChecker.reasonFor(approved, api::ProcessDecision::Reject).isEmpty());
        QVERIFY(!asChecker.start(pending, api::ProcessDecision::Reject, u"  "_qs)); // a rejection needs a comment
        QVERIFY(!asMaker.start(pending, api::ProcessDecision::Approve, QString()));
        QTest::qWait(20);
        QVERIFY(f.network.requests().isEmpty());
    }

    void anApprovalRereadsTheBalanceARefusalDoesNot() {
        CoreFixture f;
        int calls = 0;
        f.network.setHandler([&calls](const FakeRequest&) {
            return ++calls == 1 ? FakeResponse::ok(approvedJson)
                                : FakeResponse::failure(409, "REQUEST_NOT_PENDING", "already decided");
        });
        QSignalSpy fundsMoved(&f.cardStore, &core::CardStore::fundsMoved);
        DecideProcessRequest decide(withPermissions(f, {u"approvals:update"_qs}, 9));
        QSignalSpy finished(&decide, &DecideProcessRequest::finished);
        QVERIFY(decide.start(pendingOf(3), api::ProcessDecision::Approve, u"ok"_qs));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(outcomeOf(finished), Outcome::Done);
        QCOMPARE(decide.request()->decidedBy->name, u"Sofía"_qs);
        QCOMPARE(fundsMoved.size(), 1);
        const FakeRequest& sent = f.network.requests().constFirst();
        QCOMPARE(sent.verb, QByteArray("PATCH"));
        QVERIFY(sent.url.path().endsWith(u"/partners/7/process-requests/41/approve"));
        QCOMPARE(sent.body, QByteArray(R"({"comment":"ok"})"));

        QVERIFY(decide.start(pendingOf(3), api::ProcessDecision::Approve, QString()));
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(outcomeOf(finished), Outcome::Refused);
        QCOMPARE(fundsMoved.size(), 1);
        QVERIFY(decide.message().contains(u"already decided"));
    }

private:
    static api::Money money(const char* text) { return *api::Money::parse(std::string_view(text)); }
    QString write(const QString& name, const QByteArray& bytes) {
        QFile file(m_dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return file.fileName();
    }

    QTemporaryDir m_dir;
    QString m_pdf;
};

QTEST_GUILESS_MAIN(TestFundingRequests)
#include "tst_fundingrequests.moc"
