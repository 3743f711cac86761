// The one rule for the outcome of a state-changing call (DEVELOPERS.md; issue 12): only an answer that proves
// nothing changed is a refusal.
#include "Outcome.h"

#include <QTest>

using namespace migo;
using core::Outcome;

namespace {

api::ApiError error(api::ErrorKind kind, int httpStatus, const QString& code = QString()) {
    api::ApiError e;
    e.kind = kind;
    e.httpStatus = httpStatus;
    if (!code.isEmpty())
        e.details << api::ErrorDetail{code, QString(), QString()};
    return e;
}

} // namespace

Q_DECLARE_METATYPE(migo::core::Outcome)

class TestOutcome : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void classify_data() {
        using K = api::ErrorKind;
        QTest::addColumn<api::ApiError>("error");
        QTest::addColumn<Outcome>("expected");
        QTest::newRow("7303 insufficient funds") << error(K::Server, 400, QStringLiteral("7303")) << Outcome::Refused;
        QTest::newRow("7213 card status") << error(K::Server, 409, QStringLiteral("7213")) << Outcome::Refused;
        QTest::newRow("validation 7000") << error(K::Server, 400, QStringLiteral("7000")) << Outcome::Refused;
        QTest::newRow("403 permission") << error(K::Server, 403) << Outcome::Refused;
        QTest::newRow("404 not found") << error(K::Server, 404, QStringLiteral("7200")) << Outcome::Refused;
        QTest::newRow("429 rate limited") << error(K::Server, 429) << Outcome::Refused;
        QTest::newRow("step-up required") << error(K::OtpRequired, 403) << Outcome::Refused;
        QTest::newRow("wrong code") << error(K::OtpInvalid, 403) << Outcome::Refused;
        QTest::newRow("expired code") << error(K::OtpExpired, 403) << Outcome::Refused;
        QTest::newRow("burnt code") << error(K::OtpLocked, 403) << Outcome::Refused;
        QTest::newRow("refused before sending") << error(K::InvalidRequest, 0) << Outcome::Refused;
        QTest::newRow("insecure url") << error(K::InsecureUrl, 0) << Outcome::Refused;
        QTest::newRow("tls") << error(K::Tls, 0) << Outcome::Refused;
        QTest::newRow("connection refused") << error(K::Network, 0) << Outcome::Refused;
        QTest::newRow("session renewed, not resent") << error(K::NotResentAfterRefresh, 401) << Outcome::Refused;
        QTest::newRow("session expired") << error(K::SessionExpired, 401) << Outcome::Refused;
        QTest::newRow("answer lost") << error(K::OutcomeUnknown, 0) << Outcome::Unknown;
        QTest::newRow("timeout") << error(K::Timeout, 0) << Outcome::Unknown;
        QTest::newRow("500 with 7301") << error(K::Server, 500, QStringLiteral("7301")) << Outcome::Unknown;
        QTest::newRow("502 upstream unreachable") << error(K::Server, 502) << Outcome::Unknown;
        QTest::newRow("504 upstream timeout") << error(K::Server, 504) << Outcome::Unknown;
        QTest::newRow("2xx not readable") << error(K::MalformedResponse, 200) << Outcome::Unknown;
        QTest::newRow("4xx not readable") << error(K::MalformedResponse, 400) << Outcome::Refused;
        QTest::newRow("5xx not readable") << error(K::MalformedResponse, 503) << Outcome::Unknown;
    }
    void classify() {
        QFETCH(api::ApiError, error);
        QFETCH(Outcome, expected);
        QCOMPARE(core::classifyFailure(error), expected);
    }
};

QTEST_GUILESS_MAIN(TestOutcome)
#include "tst_outcome.moc"
