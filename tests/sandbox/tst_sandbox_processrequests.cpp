// Process requests (contract §17; issue 17) over raw HTTP: the multipart create with its evidence checks, the lists,
// the evidence download, the four-eyes decisions and the exactly-once credit of the partner balance.
#include "SandboxHarness.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

const QString kAgent = QStringLiteral("agent@migo.test");
const QString kSupervisor = QStringLiteral("supervisor@migo.test");
const QString kLead = QStringLiteral("lead@migo.test");
const QString kSupport = QStringLiteral("support@migo.test");
const QString kBase = QStringLiteral("/app/partners/1");

/// A multipart/form-data body written by hand: the sandbox's parser is what is under test.
struct Form {
    QByteArray boundary = "----migo-test-boundary-7d1f";
    QByteArray body;
    Form& field(const QByteArray& name, const QByteArray& value) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
        return *this;
    }
    Form& file(const QByteArray& name, const QByteArray& fileName, const QByteArray& type, const QByteArray& data) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName +
                "\"\r\nContent-Type: " + type + "\r\n\r\n" + data + "\r\n";
        return *this;
    }
    QByteArray finished() const { return body + "--" + boundary + "--\r\n"; }
    QList<QPair<QByteArray, QByteArray>> headers() const {
        return {{"Content-Type", "multipart/form-data; boundary=" + boundary}};
    }
};

QByteArray pdfBytes(qsizetype size = 600) {
    QByteArray bytes = "%PDF-1.4\n%test evidence\n";
    bytes.append(size - bytes.size(), 'x');
    return bytes;
}
QByteArray jpegBytes() {
    return QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(300, '\x11');
}
QByteArray pngBytes() {
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(300, '\x22');
}
QByteArray webpBytes() {
    return QByteArray("RIFF\x2C\x01\x00\x00WEBPVP8 ", 16) + QByteArray(300, '\x33');
}
QByteArray exeBytes() {
    return QByteArray("MZ\x90\x00", 4) + QByteArray(300, '\x00');
}

HttpAnswer create(SandboxClient& client, const QByteArray& amount, const QByteArray& fileName, const QByteArray& data,
                  const QByteArray& otp = {}) {
    Form form;
    form.field("requestedAmount", amount).field("observations", "Transfer 0042");
    if (!data.isNull())
        form.file("evidence", fileName, "application/octet-stream", data);
    if (!otp.isEmpty())
        form.field("otp", otp);
    return client.send("POST", kBase + u"/process-request", form.finished(), form.headers());
}

qint64 available(SandboxClient& client) {
    return toUnits(client.send("GET", kBase + u"/balance").data().toObject().value(u"available"));
}

qint64 listTotal(SandboxClient& client) {
    return client.send("GET", kBase + u"/process-requests").data().toObject().value(u"total").toInteger();
}

QString firstField(const HttpAnswer& answer) {
    return answer.json.value(u"errors").toArray().at(0).toObject().value(u"field").toString();
}

} // namespace

class SandboxProcessRequestsTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(m_sandbox.start(20), m_sandbox.errorOutput().constData());
        m_agent = std::make_unique<SandboxClient>(m_sandbox.baseUrl());
        m_lead = std::make_unique<SandboxClient>(m_sandbox.baseUrl());
        m_supervisor = std::make_unique<SandboxClient>(m_sandbox.baseUrl());
        QVERIFY(m_agent->login(kAgent, QStringLiteral("Agent#2026")));
        QVERIFY(m_lead->login(kLead, QStringLiteral("Lead#2026")));
        QVERIFY(m_supervisor->login(kSupervisor, QStringLiteral("Supervisor#2026")));
    }

    void demoWorldHasOneRequestInEachDecidedState() {
        const HttpAnswer all = m_agent->send("GET", kBase + u"/process-request");
        QCOMPARE(all.status, 200);
        QStringList statuses;
        for (const QJsonValue& item : all.data().toArray())
            statuses << item.toObject().value(u"status").toString();
        QVERIFY(statuses.contains(u"pending"_qs));
        QVERIFY(statuses.contains(u"approved"_qs));
        QVERIFY(statuses.contains(u"rejected"_qs));
    }

    void createAnswers201WithTheWholeRequestAndKeepsTheBytes() {
        const QByteArray bytes = pdfBytes();
        const HttpAnswer created = create(*m_agent, "1500.50", "../../scans/receipt.pdf", bytes);
        QCOMPARE(created.status, 201);
        const QJsonObject request = created.data().toObject();
        QCOMPARE(request.value(u"status").toString(), u"pending"_qs);
        QCOMPARE(toUnits(request.value(u"requestedAmount")), 15'005'000);
        QVERIFY(created.body.contains("\"requestedAmount\":1500.50"));
        QCOMPARE(request.value(u"currency").toString(), u"GTQ"_qs);
        QCOMPARE(request.value(u"requestedBy").toObject().value(u"operatorId").toInteger(), m_agent->operatorId);
        QVERIFY(request.value(u"decidedBy").isNull());
        QVERIFY(request.value(u"decidedAt").isNull());
        const QJsonObject evidence = request.value(u"evidence").toObject();
        QCOMPARE(evidence.value(u"contentType").toString(), u"application/pdf"_qs);
        QCOMPARE(evidence.value(u"size").toInteger(), bytes.size());
        QCOMPARE(evidence.value(u"sha256").toString().toLatin1(),
                 QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(evidence.value(u"fileName").toString(), u"receipt.pdf"_qs); // no directory part

        const qint64 id = request.value(u"id").toInteger();
        const HttpAnswer download =
            m_lead->send("GET", kBase + QStringLiteral("/process-requests/%1/evidence").arg(id));
        QCOMPARE(download.status, 200);
        QCOMPARE(download.contentType, QByteArray("application/pdf"));
        QCOMPARE(download.body, bytes);
        QVERIFY(download.header("Content-Disposition").contains("receipt.pdf"));
        const HttpAnswer detail = m_lead->send("GET", kBase + QStringLiteral("/process-requests/%1").arg(id));
        QCOMPARE(detail.data().toObject(), request);
    }

    void everyEvidenceTypeIsRecognisedByItsBytes_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("type");
        QTest::newRow("jpeg named .pdf") << jpegBytes() << u"image/jpeg"_qs;
        QTest::newRow("png") << pngBytes() << u"image/png"_qs;
        QTest::newRow("webp") << webpBytes() << u"image/webp"_qs;
    }
    void everyEvidenceTypeIsRecognisedByItsBytes() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, type);
        const HttpAnswer created = create(*m_agent, "10", "scan.pdf", bytes);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.data().toObject().value(u"evidence").toObject().value(u"contentType").toString(), type);
    }

    void anythingElseIsRefusedAndNothingIsCreated() {
        const qint64 before = listTotal(*m_agent);
        const HttpAnswer exe = create(*m_agent, "10", "receipt.pdf", exeBytes());
        QCOMPARE(exe.status, 400);
        QCOMPARE(exe.errorCode(), u"UNSUPPORTED_EVIDENCE"_qs);
        QCOMPARE(firstField(exe), u"evidence"_qs);
        const HttpAnswer none = create(*m_agent, "10", {}, QByteArray());
        QCOMPARE(none.status, 400);
        QCOMPARE(firstField(none), u"evidence"_qs);
        QCOMPARE(listTotal(*m_agent), before);
    }

    void tenMebibytesAreAcceptedOneByteMoreIs413() {
        const qint64 before = listTotal(*m_agent);
        const HttpAnswer exact = create(*m_agent, "10", "big.pdf", pdfBytes(10 * 1024 * 1024));
        QCOMPARE(exact.status, 201);
        QCOMPARE(exact.data().toObject().value(u"evidence").toObject().value(u"size").toInteger(), 10'485'760);
        const HttpAnswer over = create(*m_agent, "10", "big.pdf", pdfBytes(10 * 1024 * 1024 + 1));
        QCOMPARE(over.status, 413);
        QCOMPARE(over.errorCode(), u"PAYLOAD_TOO_LARGE"_qs);
        QCOMPARE(firstField(over), u"evidence"_qs);
        QCOMPARE(listTotal(*m_agent), before + 1);
    }

    void aDroppedUploadLeavesNoRequest() {
        const qint64 before = listTotal(*m_agent);
        Form form;
        form.field("requestedAmount", "99").file("evidence", "cut.pdf", "application/pdf", pdfBytes(512 * 1024));
        const QByteArray body = form.finished();
        const QUrl url(m_sandbox.baseUrl());
        {
            RawConnection connection;
            QVERIFY(connection.open(m_sandbox.baseUrl()));
            QVERIFY(connection.write(
                "POST " + url.path().toLatin1() + "/app/partners/1/process-request HTTP/1.1\r\nHost: " +
                url.host().toLatin1() + ':' + QByteArray::number(url.port()) + "\r\nAuthorization: Bearer " +
                m_agent->appToken.toLatin1() + "\r\nx-user-token: Bearer " + m_agent->operatorToken.toLatin1() +
                "\r\n" + form.headers().constFirst().first + ": " + form.headers().constFirst().second +
                "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body.left(body.size() / 2)));
        } // the line drops half-way through the file
        QCOMPARE(listTotal(*m_agent), before);
        // The same body whole is made: the drop, not the body, is why nothing was.
        QCOMPARE(m_agent->send("POST", kBase + u"/process-request", body, form.headers()).status, 201);
        QCOMPARE(listTotal(*m_agent), before + 1);
    }

    void amountsFollowTheMoneyRules_data() {
        QTest::addColumn<QByteArray>("amount");
        QTest::addColumn<QString>("code");
        QTest::newRow("zero") << QByteArray("0.00") << u"7001"_qs;
        QTest::newRow("negative") << QByteArray("-5") << u"7001"_qs;
        QTest::newRow("five decimals") << QByteArray("1.23456") << u"7002"_qs;
        QTest::newRow("exponent") << QByteArray("1e3") << u"7002"_qs;
        QTest::newRow("text") << QByteArray("ten") << u"7002"_qs;
    }
    void amountsFollowTheMoneyRules() {
        QFETCH(QByteArray, amount);
        QFETCH(QString, code);
        const HttpAnswer answer = create(*m_agent, amount, "r.pdf", pdfBytes());
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.errorCode(), code);
        QCOMPARE(firstField(answer), u"requestedAmount"_qs);
    }

    void supervisorStepsUpWithACodeOfThisPurpose() {
        const HttpAnswer without = create(*m_supervisor, "25", "r.pdf", pdfBytes());
        QCOMPARE(without.status, 403);
        QCOMPARE(without.errorCode(), u"OTP_REQUIRED"_qs);
        QCOMPARE(requestCode(u"funds_add"_qs), 200);
        const HttpAnswer otherPurpose = create(*m_supervisor, "25", "r.pdf", pdfBytes(), codeOf(kSupervisor));
        QCOMPARE(otherPurpose.errorCode(), u"OTP_INVALID"_qs);
        QCOMPARE(requestCode(u"process_request"_qs), 200);
        const HttpAnswer right = create(*m_supervisor, "25", "r.pdf", pdfBytes(), codeOf(kSupervisor));
        QCOMPARE(right.status, 201);
        // No step-up window: the next request needs its code again.
        QCOMPARE(create(*m_supervisor, "25", "r.pdf", pdfBytes()).errorCode(), u"OTP_REQUIRED"_qs);
    }

    void supportReadsButCannotCreate() {
        SandboxClient support(m_sandbox.baseUrl());
        QVERIFY(support.login(kSupport, QStringLiteral("Support#2026")));
        const HttpAnswer refused = create(support, "10", "r.pdf", pdfBytes());
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), u"PERMISSION_DENIED"_qs);
        const HttpAnswer page = support.send("GET", kBase + u"/process-requests");
        QCOMPARE(page.status, 200);
        const QJsonObject data = page.data().toObject();
        QCOMPARE(data.value(u"limit").toInt(), 10); // ref §4.7 default
        QCOMPARE(data.value(u"page").toInt(), 1);
        QVERIFY(data.value(u"items").toArray().size() <= 10);
        QVERIFY(data.value(u"total").toInteger() >= 3);
    }

    void approvalByAnotherOperatorCreditsExactlyOnce() {
        const qint64 id = newRequest("1234.5678");
        const qint64 before = available(*m_agent);
        const HttpAnswer self = decide(*m_agent, id, "approve", "ok");
        QCOMPARE(self.status, 403);
        QCOMPARE(self.errorCode(), u"SELF_APPROVAL"_qs);
        const HttpAnswer approved = decide(*m_lead, id, "approve", "Matches the statement");
        QCOMPARE(approved.status, 200);
        const QJsonObject request = approved.data().toObject();
        QCOMPARE(request.value(u"status").toString(), u"approved"_qs);
        QCOMPARE(request.value(u"decidedBy").toObject().value(u"operatorId").toInteger(), m_lead->operatorId);
        QCOMPARE(request.value(u"decisionComment").toString(), u"Matches the statement"_qs);
        QVERIFY(!request.value(u"decidedAt").isNull());
        QCOMPARE(available(*m_agent), before + 12'345'678);
        const HttpAnswer again = decide(*m_supervisor, id, "approve", "");
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), u"REQUEST_NOT_PENDING"_qs);
        QCOMPARE(again.data().toObject().value(u"status").toString(), u"approved"_qs);
        QCOMPARE(decide(*m_agent, id, "cancel", "").errorCode(), u"REQUEST_NOT_PENDING"_qs);
        QCOMPARE(available(*m_agent), before + 12'345'678);
    }

    void concurrentApprovalsCreditOnce() {
        const qint64 id = newRequest("77.77");
        const qint64 before = available(*m_agent);
        QNetworkReply* first = sendDecision(*m_lead, id);
        QNetworkReply* second = sendDecision(*m_supervisor, id);
        QTRY_VERIFY(first->isFinished() && second->isFinished());
        QList<int> statuses = {first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                               second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()};
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, (QList<int>{200, 409}));
        first->deleteLater();
        second->deleteLater();
        QCOMPARE(available(*m_agent), before + 777'700);
    }

    void rejectNeedsACommentAndLeavesTheBalance() {
        const qint64 id = newRequest("500");
        const qint64 before = available(*m_agent);
        const HttpAnswer bare = decide(*m_lead, id, "reject", "");
        QCOMPARE(bare.status, 400);
        QCOMPARE(firstField(bare), u"comment"_qs);
        QCOMPARE(decide(*m_agent, id, "reject", "mine").errorCode(), u"SELF_APPROVAL"_qs);
        const HttpAnswer rejected = decide(*m_lead, id, "reject", "Illegible");
        QCOMPARE(rejected.status, 200);
        QCOMPARE(rejected.data().toObject().value(u"status").toString(), u"rejected"_qs);
        QCOMPARE(available(*m_agent), before);
    }

    void onlyTheMakerCancelsAndTheBalanceStays() {
        const qint64 id = newRequest("600");
        const qint64 before = available(*m_agent);
        const HttpAnswer other = decide(*m_lead, id, "cancel", "");
        QCOMPARE(other.status, 403);
        QCOMPARE(other.errorCode(), u"NOT_REQUEST_MAKER"_qs);
        const HttpAnswer cancelled = decide(*m_agent, id, "cancel", "");
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(cancelled.data().toObject().value(u"status").toString(), u"cancelled"_qs);
        QCOMPARE(decide(*m_lead, id, "approve", "").status, 409);
        QCOMPARE(available(*m_agent), before);
    }

    void unknownOrForeignRequestsAre404() {
        QCOMPARE(decide(*m_lead, 999999, "approve", "").status, 404);
        SandboxClient other(m_sandbox.baseUrl());
        QVERIFY(other.login(u"other@migo.test"_qs, QStringLiteral("Other#2026")));
        const qint64 id = newRequest("1");
        QCOMPARE(other.send("GET", QStringLiteral("/app/partners/2/process-requests/%1").arg(id)).status, 404);
        QCOMPARE(other.send("GET", kBase + QStringLiteral("/process-requests/%1").arg(id)).status, 403);
    }

private:
    int requestCode(const QString& purpose) {
        return m_supervisor
            ->send("POST", QStringLiteral("/app/users/auth/otp"),
                   QJsonObject{{QStringLiteral("email"), kSupervisor}, {QStringLiteral("purpose"), purpose}})
            .status;
    }
    QByteArray codeOf(const QString& email) { return m_sandbox.lastOtp(email).toLatin1(); }

    qint64 newRequest(const QByteArray& amount) {
        const HttpAnswer created = create(*m_agent, amount, "r.pdf", pdfBytes());
        return created.status == 201 ? created.data().toObject().value(u"id").toInteger() : 0;
    }
    HttpAnswer decide(SandboxClient& client, qint64 id, const char* verb, const char* comment) {
        QJsonObject body;
        if (*comment)
            body.insert(u"comment"_qs, QString::fromUtf8(comment));
        return client.send("PATCH", kBase + QStringLiteral("/process-requests/%1/").arg(id) + QLatin1String(verb),
                           body);
    }
    QNetworkReply* sendDecision(SandboxClient& client, qint64 id) {
        QNetworkRequest request = client.request(kBase + QStringLiteral("/process-requests/%1/approve").arg(id));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        return client.network().sendCustomRequest(request, "PATCH", QByteArray("{}"));
    }

    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxClient> m_agent;
    std::unique_ptr<SandboxClient> m_lead;
    std::unique_ptr<SandboxClient> m_supervisor;
};

QTEST_GUILESS_MAIN(SandboxProcessRequestsTest)
#include "tst_sandbox_processrequests.moc"
