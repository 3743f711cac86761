// Malformed and hostile requests at every route: never a 5xx, never a crash, always a valid envelope.
#include "SandboxHarness.h"

#include <QTest>

namespace {

struct Route {
    QByteArray method;
    QString path;
};

const QList<Route> kRoutes = {
    {"POST", QStringLiteral("/app/auth/login")},
    {"POST", QStringLiteral("/app/auth/refresh")},
    {"POST", QStringLiteral("/app/users/login")},
    {"POST", QStringLiteral("/app/users/refresh")},
    {"POST", QStringLiteral("/app/users/auth/otp")},
    {"PUT", QStringLiteral("/app/users/auth/otp")},
    {"GET", QStringLiteral("/app/partners/1/cardholders")},
    {"POST", QStringLiteral("/app/partners/1/cardholders")},
    {"POST", QStringLiteral("/app/partners/1/cardholders/1")},
    {"GET", QStringLiteral("/app/partners/1/cards")},
    {"GET", QStringLiteral("/app/partners/1/cardholders/1/cards")},
    {"PATCH", QStringLiteral("/app/partners/1/cardholders/1/cards/1/activate")},
    {"PATCH", QStringLiteral("/app/partners/1/cardholders/1/cards/2/block")},
    {"PATCH", QStringLiteral("/app/partners/1/cardholders/1/cards/3/unblock")},
    {"PATCH", QStringLiteral("/app/partners/1/cardholders/cards/block")},
    {"PATCH", QStringLiteral("/app/partners/1/cardholders/cards/unblock")},
    {"POST", QStringLiteral("/app/partners/1/cardholders/1/cards/funds/add")},
    {"POST", QStringLiteral("/app/partners/1/cardholders/1/cards/funds/withdraw")},
    {"POST", QStringLiteral("/app/partners/1/cardholders/1/cards/transfers")},
    {"GET", QStringLiteral("/app/partners/1/cardholders/1/cards/1/movements")},
    {"GET", QStringLiteral("/app/partners/1/cardholders/1/cards/1/movements/1")},
    {"GET", QStringLiteral("/app/partners/1/cardholders/1/cards/1/movements/report")},
    {"POST", QStringLiteral("/app/partners/1/cardholders/1/cards/association")},
    {"GET", QStringLiteral("/app/partners/1/cardholders/1/cards/association")},
};

const QList<QByteArray> kHostileBodies = {
    "",
    "{",
    "[]",
    "null",
    "\"text\"",
    "{\"amount\":1e400,\"cardId\":1}",
    "{\"amount\":99999999999999999999,\"cardId\":1}",
    "{\"amount\":-5,\"cardId\":1}",
    "{\"amount\":0,\"cardId\":1}",
    "{\"amount\":1.00001,\"cardId\":1}",
    "{\"amount\":\"10\",\"cardId\":\"1\"}",
    "{\"amount\":10,\"cardId\":99999999999999999999}",
    "{\"amount\":10,\"cardId\":1.5,\"fromCardId\":[],\"toCardId\":{}}",
    "{\"cardIds\":[1,\"x\",-1,1.5,null,1]}",
    "{\"cardIds\":\"1,2\",\"otp\":123456}",
    "{\"email\":\"\\u0000\\ud83d\\ude00@x\",\"password\":\"\\u202e\",\"merchant\":\"' OR 1=1 --\"}",
    "{\"refreshToken\":\"'; DROP TABLE operator_sessions; --\"}",
    "{\"name\":\"Ma\xff\xfeia\"}",
    "{\"name\":\"José "
    "🇬🇹\",\"lastName\":\"Ñ\",\"address\":\"x\",\"countryOfBirth\":\"XX\",\"dateOfBirth\":\"2026-02-30\","
    "\"maritalStatus\":\"x\",\"gender\":\"x\",\"phoneNumber\":\"abc\",\"email\":\"no\",\"documentType\":\"x\","
    "\"documentNumber\":\"1; --\",\"cardId\":-1}",
    "{\"email\":\"a@b.co\",\"suffix\":\"12345\",\"alias\":\"\"}",
    "{\"otp\":\"123456\",\"otp\":\"000000\"}",
};

} // namespace

class SandboxRobustnessTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(m_sandbox.start(30), m_sandbox.errorOutput().constData());
        m_agent = std::make_unique<SandboxClient>(m_sandbox.baseUrl());
        QVERIFY(m_agent->login(QStringLiteral("agent@migo.test"), QStringLiteral("Agent#2026")));
        m_supervisor = std::make_unique<SandboxClient>(m_sandbox.baseUrl());
        QVERIFY(m_supervisor->login(QStringLiteral("supervisor@migo.test"), QStringLiteral("Supervisor#2026")));
        m_cardholdersBefore = m_agent->send("GET", QStringLiteral("/app/partners/1/cardholders"))
                                  .data()
                                  .toObject()
                                  .value(QStringLiteral("total"))
                                  .toInteger();
        QVERIFY(m_cardholdersBefore > 0);
    }

    void hostileBodiesAtEveryRoute() {
        const QByteArray deep = QByteArray(5000, '[') + QByteArray(5000, ']');
        QList<QByteArray> bodies = kHostileBodies;
        bodies << deep;
        int checked = 0;
        for (SandboxClient* client : {m_agent.get(), m_supervisor.get()}) {
            for (const Route& route : kRoutes) {
                for (const QByteArray& body : bodies) {
                    const HttpAnswer answer = client->send(route.method, route.path, body);
                    const QByteArray context = route.method + ' ' + route.path.toUtf8() + " body=" + body.left(80);
                    QVERIFY2(answer.status > 0 && answer.status < 500,
                             QByteArray(context + " -> " + QByteArray::number(answer.status)).constData());
                    if (answer.contentType.startsWith("application/pdf")) {
                        QVERIFY2(answer.body.startsWith("%PDF"), context.constData());
                    } else {
                        QVERIFY2(answer.isValidEnvelope(),
                                 QByteArray(context + " -> " + answer.body.left(200)).constData());
                    }
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 1000);
    }

    void hostileQueriesAreBoundNotExecuted() {
        const QStringList searches = {QStringLiteral("' OR 1=1 --"),
                                      QStringLiteral("%"),
                                      QStringLiteral("_"),
                                      QStringLiteral("\""),
                                      QStringLiteral("\"); DROP TABLE cardholders; --"),
                                      QStringLiteral("a\" OR \"b"),
                                      QStringLiteral("NEAR(a b)"),
                                      QStringLiteral("*"),
                                      QStringLiteral("ü"),
                                      QString(300, QLatin1Char('x'))};
        for (const QString& search : searches) {
            const HttpAnswer answer = m_agent->send("GET", QStringLiteral("/app/partners/1/cardholders?searchText=") +
                                                               QString::fromLatin1(QUrl::toPercentEncoding(search)));
            QVERIFY2(answer.status == 200 || answer.status == 400, qPrintable(search));
            QVERIFY(answer.isValidEnvelope());
            if (answer.status == 200 && search != QStringLiteral("ü")) {
                QCOMPARE(answer.data().toObject().value(QStringLiteral("total")).toInt(), 0);
            }
        }
        const QStringList queries = {QStringLiteral("page=-1"),
                                     QStringLiteral("page=abc"),
                                     QStringLiteral("limit=201"),
                                     QStringLiteral("limit=0"),
                                     QStringLiteral("page=99999999999999"),
                                     QStringLiteral("sortBy=id;DROP"),
                                     QStringLiteral("sortOrder=sideways")};
        for (const QString& query : queries) {
            const HttpAnswer answer = m_agent->send("GET", QStringLiteral("/app/partners/1/cardholders?") + query);
            QCOMPARE(answer.status, 400);
            QCOMPARE(answer.errorCode(), QStringLiteral("7000"));
        }
        const QStringList periods = {QString(), QStringLiteral("from=2026-02-30&to=2026-03-01"),
                                     QStringLiteral("from=2026-03-02&to=2026-03-01"), QStringLiteral("from=x&to=y"),
                                     QStringLiteral("from=2026-1-1&to=2026-01-02")};
        for (const QString& period : periods) {
            for (const QString& tail : {QStringLiteral("movements?"), QStringLiteral("movements/report?")}) {
                const HttpAnswer answer =
                    m_agent->send("GET", QStringLiteral("/app/partners/1/cardholders/1/cards/1/") + tail + period);
                QCOMPARE(answer.status, 400);
                QVERIFY(answer.isValidEnvelope());
                QVERIFY(answer.contentType.startsWith("application/json"));
            }
        }
        // Nothing was dropped or altered.
        QCOMPARE(m_agent->send("GET", QStringLiteral("/app/partners/1/cardholders"))
                     .data()
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toInteger(),
                 m_cardholdersBefore);
    }

    void amountsFollowTheContractCodes() {
        const QList<QPair<QByteArray, QString>> cases = {
            {"0", QStringLiteral("7001")},
            {"-1", QStringLiteral("7001")},
            {"0.0000", QStringLiteral("7001")},
            {"1.23456", QStringLiteral("7002")},
            {"1e2", QStringLiteral("7002")},
            {"\"5\"", QStringLiteral("7002")},
            {"1000000000000", QStringLiteral("7002")},
            {"99999999999999999999", QStringLiteral("7002")},
        };
        for (const auto& [amount, code] : cases) {
            const HttpAnswer answer =
                m_agent->send("POST", QStringLiteral("/app/partners/1/cardholders/1/cards/funds/add"),
                              "{\"cardId\":1,\"amount\":" + amount + "}");
            QCOMPARE(answer.status, 400);
            QCOMPARE(answer.errorCode(), code);
        }
        const HttpAnswer exact = m_agent->send("POST", QStringLiteral("/app/partners/1/cardholders/1/cards/funds/add"),
                                               QByteArray("{\"cardId\":1,\"amount\":0.0001}"));
        QCOMPARE(exact.status, 200);
        QVERIFY(exact.body.contains("\"amount\":0.0001"));
    }

    void missingHeadersAndOddMethods() {
        for (const Route& route : kRoutes) {
            const HttpAnswer answer = m_agent->send(route.method, route.path, QByteArray("{}"), {}, false);
            QVERIFY(answer.status == 401 || answer.status == 400);
            QVERIFY(answer.isValidEnvelope());
            const HttpAnswer options = m_agent->send("OPTIONS", route.path);
            QCOMPARE(options.status, 404);
            QCOMPARE(options.errorCode(), QStringLiteral("7010"));
        }
        const HttpAnswer alive = m_agent->send("GET", QStringLiteral("/app/partners/1/cardholders"));
        QCOMPARE(alive.status, 200);
    }

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxClient> m_agent;
    std::unique_ptr<SandboxClient> m_supervisor;
    qint64 m_cardholdersBefore = 0;
};

QTEST_GUILESS_MAIN(SandboxRobustnessTest)
#include "tst_sandbox_robustness.moc"
