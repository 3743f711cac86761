// End-to-end: every CmsClient operation against the real migo-cms-sandbox (demo world of 200 cardholders, seed 7),
// asserting the typed results an operator would see. With MIGO_E2E_PROXY=prism the same scenarios run through a
// Prism proxy validating every request and response against docs/openapi.yaml (see CMakeLists.txt for which).
//
// Demo-world facts used (tests/sandbox, sandbox/DemoWorld.cpp): partner 1 "Migo Demo Guatemala" (BIN 459301) with
// 200 cardholders, partner 2 with a few; cardholder 1 owns cards 1 and 2 (ACTIVE) and 3 (BLOCKED); unassigned
// INACTIVE pool cards; supervisor@ holds the :otp permissions, agent@ does not, support@ only reads, other@ is
// assigned to partner 2 only.
#include "E2eHarness.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <string_view>

using namespace migo;
using namespace migo::e2e;
using api::CmsClient;
using api::ErrorKind;
using api::Money;

#define E2E_FAILS_WITH(result, status, code)                                                                           \
    do {                                                                                                               \
        const auto& failing = (result);                                                                                \
        QVERIFY2(!failing.ok(), "the call succeeded but should have failed with " code);                               \
        QVERIFY2(failing.error().hasCode(QStringLiteral(code)), describe(failing).constData());                        \
        QCOMPARE(failing.error().httpStatus, status);                                                                  \
    } while (false)

namespace {

const QString kSupervisor = QStringLiteral("supervisor@migo.test");
const QString kAgent = QStringLiteral("agent@migo.test");
const QString kSupport = QStringLiteral("support@migo.test");
const QString kOther = QStringLiteral("other@migo.test");

Money money(std::string_view text) {
    return *Money::parse(text);
}

Money sum(Money a, Money b) {
    return *Money::checkedAdd(a, b);
}

Money difference(Money a, Money b) {
    return *Money::checkedSubtract(a, b);
}

std::optional<api::Card> findCard(const QList<api::Card>& cards, qint64 cardId) {
    for (const api::Card& card : cards) {
        if (card.id == cardId)
            return card;
    }
    return std::nullopt;
}

/// A six-digit code that differs from `code` in its last digit.
QString wrongCode(const QString& code) {
    QString wrong = code;
    wrong[5] = QChar(u'0' + (code.at(5).digitValue() + 1) % 10);
    return wrong;
}

QDate todayUtc() {
    return QDateTime::currentDateTimeUtc().date();
}

api::NewCardholder newCardholder(qint64 cardId, const QString& email, const QString& document) {
    api::NewCardholder holder;
    holder.name = QStringLiteral("María José");
    holder.lastName = QStringLiteral("Ramírez Ixcot");
    holder.address = QStringLiteral("Calle Principal 123, Zona 1");
    holder.countryOfBirth = QStringLiteral("GT");
    holder.dateOfBirth = QDate(1990, 5, 12);
    holder.maritalStatus = api::MaritalStatus::Married;
    holder.gender = api::Gender::Female;
    holder.phoneNumber = QStringLiteral("+50255551234");
    holder.email = email;
    holder.documentType = api::DocumentType::Passport;
    holder.documentNumber = document;
    holder.cardId = cardId;
    return holder;
}

api::MovementQuery lastYear(int limit = 50) {
    api::MovementQuery query;
    query.from = todayUtc().addDays(-400);
    query.to = todayUtc();
    query.limit = limit;
    return query;
}

} // namespace

class E2eClientTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
        m_agent = std::make_unique<E2eClient>(m_server);
        api::OperatorSession agent;
        QVERIFY2(signIn(*m_agent, m_server, kAgent, &error, &agent), qPrintable(error));
        m_agentId = agent.id;
        m_supervisor = std::make_unique<E2eClient>(m_server);
        QVERIFY2(signIn(*m_supervisor, m_server, kSupervisor, &error), qPrintable(error));
        qInfo("client base URL %s (%s)", qPrintable(m_server.clientBaseUrl().toString()),
              m_server.proxied() ? "through Prism" : "direct");
    }

    /// In Prism mode a scenario passes only when Prism reported no violation for any of its requests or responses.
    void cleanup() { checkPrism(m_server); }

    void cleanupTestCase() {
        m_agent.reset();
        m_supervisor.reset();
        m_server.stop();
    }

    // ---------------------------------------------------------------- sessions and OTP

    void loginsReturnTypedSessions() {
        E2eClient fresh(m_server);
        const QString merchant = m_server.ready().value(QStringLiteral("merchant")).toString();
        const auto app = sync(*fresh, &CmsClient::appLogin, merchant);
        E2E_OK(app);
        QVERIFY(!app.value().tokens.accessToken.isEmpty());
        QVERIFY(!app.value().tokens.refreshToken.isEmpty());
        QVERIFY(app.value().accessExpiresAt > QDateTime::currentDateTimeUtc());
        QVERIFY(app.value().refreshExpiresAt >= app.value().accessExpiresAt);

        const auto session = sync(*fresh, &CmsClient::operatorLogin, kAgent, m_server.passwordOf(kAgent));
        E2E_OK(session);
        QCOMPARE(session.value().email, kAgent);
        QCOMPARE(session.value().name, QStringLiteral("Andrés Agente"));
        QVERIFY(session.value().id > 0);
        QCOMPARE(session.value().partners.size(), 1);
        QCOMPARE(session.value().partners.at(0).id, 1);
        QCOMPARE(session.value().partners.at(0).name, QStringLiteral("Migo Demo Guatemala"));
        QCOMPARE(session.value().expiresInSeconds, std::optional<int>(900));
        QVERIFY(fresh->hasOperatorSession());
        QCOMPARE(fresh->operatorTokens().accessToken, session.value().tokens.accessToken);
        QVERIFY(session.value().tokens.accessToken != app.value().tokens.accessToken);

        // The session works for a partner call at once.
        api::CardholderQuery query;
        query.limit = 1;
        E2E_OK(sync(*fresh, &CmsClient::listCardholders, query));

        const auto wrongPassword = sync(*fresh, &CmsClient::operatorLogin, kAgent, QStringLiteral("not-the-password"));
        E2E_FAILS_WITH(wrongPassword, 401, "INVALID_CREDENTIALS");
        QVERIFY(!wrongPassword.error().userMessage.isEmpty());
        const auto unknownMerchant = sync(*fresh, &CmsClient::appLogin, QStringLiteral("no-such-merchant"));
        E2E_FAILS_WITH(unknownMerchant, 401, "MERCHANT_NOT_FOUND");
    }

    void refreshRotatesTheOperatorTokens() {
        E2eClient client(m_server);
        QString error;
        QVERIFY2(signIn(client, m_server, kAgent, &error), qPrintable(error));
        const api::TokenPair before = client->operatorTokens();
        int rotations = 0;
        connect(&client.client, &CmsClient::operatorTokensChanged, this, [&rotations] { ++rotations; });

        const auto renewed = sync(*client, &CmsClient::refreshOperatorSession);
        E2E_OK(renewed);
        QVERIFY(!renewed.value().accessToken.isEmpty());
        QVERIFY(renewed.value().accessToken != before.accessToken);
        QVERIFY(renewed.value().refreshToken != before.refreshToken);
        QCOMPARE(client->operatorTokens().accessToken, renewed.value().accessToken);
        QCOMPARE(client->operatorTokens().refreshToken, renewed.value().refreshToken);
        QCOMPARE(rotations, 1);
        api::CardholderQuery query;
        query.limit = 1;
        E2E_OK(sync(*client, &CmsClient::listCardholders, query));

        // Refresh tokens are single-use: the old one is refused now.
        E2eClient stale(m_server);
        E2E_OK(sync(*stale, &CmsClient::appLogin, m_server.ready().value(QStringLiteral("merchant")).toString()));
        stale->setOperatorTokens(before);
        const auto refused = sync(*stale, &CmsClient::refreshOperatorSession);
        E2E_FAILS_WITH(refused, 401, "REFRESH_TOKEN_INVALID");
        QVERIFY(!stale->hasOperatorSession());
    }

    void appRefreshRotatesTheAppTokens() {
        E2eClient client(m_server);
        const auto app =
            sync(*client, &CmsClient::appLogin, m_server.ready().value(QStringLiteral("merchant")).toString());
        E2E_OK(app);
        const auto renewed = sync(*client, &CmsClient::refreshAppSession);
        E2E_OK(renewed);
        QVERIFY(!renewed.value().tokens.accessToken.isEmpty());
        QVERIFY(renewed.value().tokens.accessToken != app.value().tokens.accessToken);
        QVERIFY(renewed.value().tokens.refreshToken != app.value().tokens.refreshToken);
        QVERIFY(renewed.value().accessExpiresAt > QDateTime::currentDateTimeUtc());
        // The client now holds the new app token: an operator signs in with it and is served.
        E2E_OK(sync(*client, &CmsClient::operatorLogin, kAgent, m_server.passwordOf(kAgent)));
        api::CardholderQuery query;
        query.limit = 1;
        E2E_OK(sync(*client, &CmsClient::listCardholders, query));

        // The app refresh token is single-use as well.
        E2eClient stale(m_server);
        stale->setAppTokens({renewed.value().tokens.accessToken, app.value().tokens.refreshToken});
        const auto refused = sync(*stale, &CmsClient::refreshAppSession);
        E2E_FAILS_WITH(refused, 401, "REFRESH_TOKEN_INVALID");
    }

    void otpRequestAndVerify() {
        const auto challenge =
            sync(**m_supervisor, &CmsClient::requestOtp, kSupervisor, api::OtpPurpose::CardholderDetail);
        E2E_OK(challenge);
        QVERIFY2(challenge.value().sentTo.contains(QStringLiteral("***")), qPrintable(challenge.value().sentTo));
        QVERIFY(challenge.value().sentTo.endsWith(QStringLiteral("@migo.test")));
        QVERIFY(challenge.value().sentTo != kSupervisor);
        QCOMPARE(challenge.value().channel, QStringLiteral("email"));
        QCOMPARE(challenge.value().resendAfterSeconds, 30);
        const qint64 validFor = QDateTime::currentDateTimeUtc().secsTo(challenge.value().expiresAt);
        QVERIFY2(validFor > 280 && validFor <= 301, qPrintable(QString::number(validFor)));

        const QString code = m_server.lastOtp(kSupervisor);
        QCOMPARE(code.size(), 6);
        const auto verified =
            sync(**m_supervisor, &CmsClient::verifyOtp, kSupervisor, code, api::OtpPurpose::CardholderDetail);
        E2E_OK(verified);
        QVERIFY(verified.value().valid);
        QCOMPARE(verified.value().expiresAt, challenge.value().expiresAt);

        const auto wrong = sync(**m_supervisor, &CmsClient::verifyOtp, kSupervisor, wrongCode(code),
                                api::OtpPurpose::CardholderDetail);
        E2E_FAILS_WITH(wrong, 403, "OTP_INVALID");
        QCOMPARE(wrong.error().kind, ErrorKind::OtpInvalid);
        QCOMPARE(wrong.error().attemptsLeft, std::optional<int>(4));
        QVERIFY(wrong.error().isStepUp());

        // Verifying does not use the code up.
        const auto again =
            sync(**m_supervisor, &CmsClient::verifyOtp, kSupervisor, code, api::OtpPurpose::CardholderDetail);
        E2E_OK(again);
        QVERIFY(again.value().valid);

        // An operator with no code pending: contract §9 says 403 OTP_EXPIRED ("request a new one").
        E2eClient other(m_server);
        QString error;
        QVERIFY2(signIn(other, m_server, kOther, &error), qPrintable(error));
        const auto none =
            sync(*other, &CmsClient::verifyOtp, kOther, QStringLiteral("123456"), api::OtpPurpose::CardholderDetail);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().httpStatus, 403);
        QVERIFY(none.error().isStepUp());
        // No code pending: contract §9 says OTP_INVALID with no attempt left (request one first).
        QCOMPARE(none.error().kind, ErrorKind::OtpInvalid);
        QCOMPARE(none.error().attemptsLeft, std::optional<int>(0));
    }

    // ---------------------------------------------------------------- cardholders

    void cardholderListPagesToTheEnd() {
        QCOMPARE(m_server.ready()
                     .value(QStringLiteral("partners"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("cardholders"))
                     .toInt(),
                 200);
        api::CardholderQuery query;
        query.limit = 50;
        QSet<qint64> seen;
        std::optional<qint64> total;
        int pages = 0;
        for (;;) {
            const auto page = sync(**m_agent, &CmsClient::listCardholders, query);
            E2E_OK(page);
            QVERIFY(page.value().total.has_value());
            if (!total)
                total = page.value().total;
            QCOMPARE(*page.value().total, *total);
            QCOMPARE(page.value().page, query.page);
            for (const api::Cardholder& holder : page.value().items) {
                QVERIFY2(!seen.contains(holder.id), "a cardholder appeared on two pages");
                seen.insert(holder.id);
                QVERIFY(!holder.email.isEmpty());
                QVERIFY(holder.createdAt.isValid());
            }
            ++pages;
            if (!page.value().hasMore()) {
                QVERIFY(!page.value().items.isEmpty());
                QVERIFY(page.value().items.size() <= 50);
                break;
            }
            QCOMPARE(page.value().items.size(), 50);
            ++query.page;
            QVERIFY(pages < 10);
        }
        QVERIFY2(*total >= 200, "the demo world has 200 cardholders (plus those the tests create)");
        QCOMPARE(qint64(seen.size()), *total);
        QCOMPARE(qint64(pages), (*total + 49) / 50);

        // One past the end: empty, and no more.
        ++query.page;
        const auto beyond = sync(**m_agent, &CmsClient::listCardholders, query);
        E2E_OK(beyond);
        QVERIFY(beyond.value().items.isEmpty());
        QVERIFY(!beyond.value().hasMore());
    }

    void cardholderSearchMatchesEveryKey() {
        const auto holder = sync(**m_agent, &CmsClient::cardholderDetail, qint64(1), QString());
        E2E_OK(holder);
        const api::Cardholder& one = holder.value();
        QCOMPARE(one.id, 1);
        const QStringList searches{one.email.toUpper(), one.phoneNumber, one.documentNumber.mid(2, 7),
                                   (one.name + u' ' + one.lastName).toUpper(), one.lastName.toLower()};
        for (const QString& search : searches) {
            api::CardholderQuery query;
            query.limit = 200;
            query.searchText = search;
            const auto found = sync(**m_agent, &CmsClient::listCardholders, query);
            E2E_OK(found);
            bool present = false;
            for (const api::Cardholder& item : found.value().items)
                present = present || item.id == 1;
            QVERIFY2(present, qPrintable(search));
            QVERIFY(found.value().total.value_or(0) >= 1);
            QVERIFY2(found.value().total.value_or(0) < 200, qPrintable(search)); // it does filter
        }
        api::CardholderQuery exact;
        exact.searchText = one.email;
        const auto byEmail = sync(**m_agent, &CmsClient::listCardholders, exact);
        E2E_OK(byEmail);
        QCOMPARE(byEmail.value().total, std::optional<qint64>(1));

        api::CardholderQuery nothing;
        nothing.searchText = QStringLiteral("zz-no-such-cardholder-zz");
        const auto none = sync(**m_agent, &CmsClient::listCardholders, nothing);
        E2E_OK(none);
        QVERIFY(none.value().items.isEmpty());
        QCOMPARE(none.value().total, std::optional<qint64>(0));
        QVERIFY(!none.value().hasMore());
    }

    void cardholderSortingOrdersRows() {
        const auto rows = [this](const QString& sortBy, api::SortOrder order) {
            api::CardholderQuery query;
            query.limit = 200;
            query.sortBy = sortBy;
            query.sortOrder = order;
            return sync(**m_agent, &CmsClient::listCardholders, query);
        };
        const auto createdAsc = rows(QStringLiteral("createdAt"), api::SortOrder::Ascending);
        const auto createdDesc = rows(QStringLiteral("createdAt"), api::SortOrder::Descending);
        const auto documentAsc = rows(QStringLiteral("documentNumber"), api::SortOrder::Ascending);
        const auto emailDesc = rows(QStringLiteral("email"), api::SortOrder::Descending);
        for (const auto* result : {&createdAsc, &createdDesc, &documentAsc, &emailDesc}) {
            E2E_OK(*result);
            QCOMPARE(result->value().items.size(), 200);
        }
        const auto& up = createdAsc.value().items;
        const auto& down = createdDesc.value().items;
        for (qsizetype i = 1; i < up.size(); ++i) {
            QVERIFY(up.at(i - 1).createdAt <= up.at(i).createdAt);
            QVERIFY(down.at(i - 1).createdAt >= down.at(i).createdAt);
        }
        QVERIFY(up.constFirst().id != down.constFirst().id);
        const auto& documents = documentAsc.value().items;
        for (qsizetype i = 1; i < documents.size(); ++i)
            QVERIFY(documents.at(i - 1).documentNumber <= documents.at(i).documentNumber);
        const auto& emails = emailDesc.value().items;
        for (qsizetype i = 1; i < emails.size(); ++i)
            QVERIFY(emails.at(i - 1).email.toLower() >= emails.at(i).email.toLower());
    }

    void createCardholderAssignsAPoolCard() {
        const auto cards = sync(**m_agent, &CmsClient::listPartnerCards);
        E2E_OK(cards);
        QList<qint64> pool;
        for (const api::Card& card : cards.value()) {
            if (!card.cardholderId && card.status == api::CardStatus::Inactive)
                pool << card.id;
        }
        QVERIFY(pool.size() >= 2);

        const QString email = QStringLiteral("maria.e2e@example.com");
        const api::NewCardholder request = newCardholder(pool.at(0), email, QStringLiteral("E2E20260001"));
        const auto created = sync(**m_agent, &CmsClient::createCardholder, request);
        E2E_OK(created);
        const api::Cardholder& holder = created.value();
        QVERIFY(holder.id > 200);
        QCOMPARE(holder.name, request.name);
        QCOMPARE(holder.lastName, request.lastName);
        QCOMPARE(holder.address, request.address);
        QCOMPARE(holder.countryOfBirth, QStringLiteral("GT"));
        QCOMPARE(holder.dateOfBirth, QDate(1990, 5, 12));
        QCOMPARE(holder.maritalStatus, api::wireValue(api::MaritalStatus::Married));
        QCOMPARE(holder.gender, api::wireValue(api::Gender::Female));
        QCOMPARE(holder.phoneNumber, request.phoneNumber);
        QCOMPARE(holder.email, email);
        QCOMPARE(holder.documentType, api::wireValue(api::DocumentType::Passport));
        QCOMPARE(holder.documentNumber, request.documentNumber);
        QVERIFY(qAbs(holder.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 300);

        const auto detail = sync(**m_agent, &CmsClient::cardholderDetail, holder.id, QString());
        E2E_OK(detail);
        QCOMPARE(detail.value().email, email);
        QCOMPARE(detail.value().documentNumber, request.documentNumber);

        const auto owned = sync(**m_agent, &CmsClient::listCardholderCards, holder.id);
        E2E_OK(owned);
        QCOMPARE(owned.value().size(), 1);
        const api::Card& card = owned.value().constFirst();
        QCOMPARE(card.id, pool.at(0));
        QCOMPARE(card.status, api::CardStatus::Inactive);
        QCOMPARE(card.type, api::CardType::Physical);
        QCOMPARE(card.cardholderId, std::optional<qint64>(holder.id));
        QCOMPARE(card.cardholderName, request.name + u' ' + request.lastName);
        QVERIFY(card.balance.isZero());

        // A new card starts inactive: activating it is the legal first transition.
        const auto activated =
            sync(**m_agent, &CmsClient::changeCardState, holder.id, card.id, api::CardAction::Activate, QString());
        E2E_OK(activated);
        QCOMPARE(activated.value().status, api::CardStatus::Active);

        // Same e-mail, any case, with another free card: a duplicate (7006) naming the field.
        const auto duplicate = sync(**m_agent, &CmsClient::createCardholder,
                                    newCardholder(pool.at(1), email.toUpper(), QStringLiteral("E2E20260002")));
        E2E_FAILS_WITH(duplicate, 409, "7006");
        QVERIFY(!duplicate.error().messageForField(u"email").isEmpty());
        // The card already taken: 7213.
        const auto taken =
            sync(**m_agent, &CmsClient::createCardholder,
                 newCardholder(pool.at(0), QStringLiteral("x.e2e@example.com"), QStringLiteral("E2E20260003")));
        E2E_FAILS_WITH(taken, 409, "7213");

        api::CardholderQuery query;
        query.searchText = QStringLiteral("maria.e2e@");
        const auto found = sync(**m_agent, &CmsClient::listCardholders, query);
        E2E_OK(found);
        QCOMPARE(found.value().items.size(), 1);
        QCOMPARE(found.value().items.constFirst().id, holder.id);
    }

    void cardholderDetailStepUp() {
        const auto plain = sync(**m_agent, &CmsClient::cardholderDetail, qint64(1), QString());
        E2E_OK(plain);

        const auto required = sync(**m_supervisor, &CmsClient::cardholderDetail, qint64(1), QString());
        E2E_FAILS_WITH(required, 403, "OTP_REQUIRED");
        QCOMPARE(required.error().kind, ErrorKind::OtpRequired);
        QVERIFY(required.error().isStepUp());

        E2E_OK(sync(**m_supervisor, &CmsClient::requestOtp, kSupervisor, api::OtpPurpose::CardholderDetail));
        const QString code = m_server.lastOtp(kSupervisor);
        const auto wrong = sync(**m_supervisor, &CmsClient::cardholderDetail, qint64(1), wrongCode(code));
        E2E_FAILS_WITH(wrong, 403, "OTP_INVALID");
        QCOMPARE(wrong.error().kind, ErrorKind::OtpInvalid);
        QCOMPARE(wrong.error().attemptsLeft, std::optional<int>(4));

        const auto right = sync(**m_supervisor, &CmsClient::cardholderDetail, qint64(1), code);
        E2E_OK(right);
        QCOMPARE(right.value().id, 1);
        QCOMPARE(right.value().email, plain.value().email);
        QCOMPARE(right.value().documentNumber, plain.value().documentNumber);
        // One code covers several elevated calls within its validity.
        E2E_OK(sync(**m_supervisor, &CmsClient::cardholderDetail, qint64(2), code));
    }

    void otpLocksAfterFiveWrongCodes() {
        E2E_OK(sync(**m_supervisor, &CmsClient::requestOtp, kSupervisor, api::OtpPurpose::CardholderDetail));
        const QString code = m_server.lastOtp(kSupervisor);
        for (int attempt = 1; attempt <= 4; ++attempt) {
            const auto wrong = sync(**m_supervisor, &CmsClient::cardholderDetail, qint64(1), wrongCode(code));
            QVERIFY2(!wrong.ok() && wrong.error().kind == ErrorKind::OtpInvalid, describe(wrong).constData());
            QCOMPARE(wrong.error().attemptsLeft, std::optional<int>(5 - attempt));
        }
        const auto fifth = sync(**m_supervisor, &CmsClient::cardholderDetail, qint64(1), wrongCode(code));
        E2E_FAILS_WITH(fifth, 403, "OTP_LOCKED");
        QCOMPARE(fifth.error().kind, ErrorKind::OtpLocked);
        // Burnt: even the right code is refused now…
        const auto burnt = sync(**m_supervisor, &CmsClient::cardholderDetail, qint64(1), code);
        QVERIFY2(!burnt.ok() && burnt.error().kind == ErrorKind::OtpLocked, describe(burnt).constData());
        // …until a new code is requested.
        E2E_OK(sync(**m_supervisor, &CmsClient::requestOtp, kSupervisor, api::OtpPurpose::CardholderDetail));
        E2E_OK(sync(**m_supervisor, &CmsClient::cardholderDetail, qint64(1), m_server.lastOtp(kSupervisor)));
    }

    void otpExpires() {
        E2eServer server;
        QString error;
        QVERIFY2(server.start({QStringLiteral("--otp-ttl"), QStringLiteral("2")}, &error), qPrintable(error));
        E2eClient supervisor(server);
        QVERIFY2(signIn(supervisor, server, kSupervisor, &error), qPrintable(error));
        const auto challenge = sync(*supervisor, &CmsClient::requestOtp, kSupervisor, api::OtpPurpose::CardAction);
        E2E_OK(challenge);
        const QString code = server.lastOtp(kSupervisor);
        // Valid 2 s (whole seconds): wait until it is surely past.
        QTest::qWait(int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(challenge.value().expiresAt))) + 1500);
        const auto expired = sync(*supervisor, &CmsClient::cardholderDetail, qint64(1), code);
        E2E_FAILS_WITH(expired, 403, "OTP_EXPIRED");
        QCOMPARE(expired.error().kind, ErrorKind::OtpExpired);
        const auto checked = sync(*supervisor, &CmsClient::verifyOtp, kSupervisor, code, api::OtpPurpose::CardAction);
        QVERIFY2(!checked.ok() && checked.error().kind == ErrorKind::OtpExpired, describe(checked).constData());
        checkPrism(server);
    }

    // ---------------------------------------------------------------- cards

    void partnerAndCardholderCardLists() {
        const auto all = sync(**m_agent, &CmsClient::listPartnerCards);
        E2E_OK(all);
        QVERIFY2(all.value().size() > 200, qPrintable(QString::number(all.value().size())));
        static const QRegularExpression partnerPan(QStringLiteral("^459301\\*{6}[0-9]{4}$"));
        int unassigned = 0;
        QSet<qint64> ids;
        for (const api::Card& card : all.value()) {
            QVERIFY2(partnerPan.match(card.maskedPan).hasMatch(), qPrintable(card.maskedPan)); // partner 1's BIN only
            QCOMPARE(card.currency, QStringLiteral("GTQ"));
            QVERIFY(card.status != api::CardStatus::Unknown);
            QVERIFY(!ids.contains(card.id));
            ids.insert(card.id);
            if (!card.cardholderId) {
                ++unassigned;
                QVERIFY(card.cardholderName.isEmpty());
            } else {
                QVERIFY(!card.cardholderName.isEmpty());
            }
        }
        QVERIFY(unassigned >= 2);

        // The create-cardholder picker's filters: exactly the unassigned cards, and exactly the blocked ones.
        api::PartnerCardQuery pool;
        pool.assigned = false;
        const auto free = sync(**m_agent, &CmsClient::listPartnerCardsMatching, pool);
        E2E_OK(free);
        QCOMPARE(free.value().size(), unassigned);
        for (const api::Card& card : free.value())
            QVERIFY(!card.cardholderId);
        api::PartnerCardQuery blockedOnly;
        blockedOnly.status = api::CardStatus::Blocked;
        const auto blocked = sync(**m_agent, &CmsClient::listPartnerCardsMatching, blockedOnly);
        E2E_OK(blocked);
        const auto blockedInAll = std::count_if(all.value().cbegin(), all.value().cend(), [](const api::Card& card) {
            return card.status == api::CardStatus::Blocked;
        });
        QCOMPARE(blocked.value().size(), qsizetype(blockedInAll));
        QVERIFY(blockedInAll > 0);

        const auto owned = sync(**m_agent, &CmsClient::listCardholderCards, qint64(1));
        E2E_OK(owned);
        const auto one = findCard(owned.value(), 1);
        const auto two = findCard(owned.value(), 2);
        const auto three = findCard(owned.value(), 3);
        QVERIFY(one && two && three);
        QCOMPARE(one->status, api::CardStatus::Active);
        QCOMPARE(two->status, api::CardStatus::Active);
        QCOMPARE(three->status, api::CardStatus::Blocked);
        for (const api::Card& card : owned.value()) {
            if (card.type == api::CardType::Linked)
                continue; // a third-party card linked to cardholder 1 (associations)
            QCOMPARE(card.cardholderId, std::optional<qint64>(1));
            QCOMPARE(card.type, api::CardType::Physical);
            QCOMPARE(card.lastFour(), card.maskedPan.right(4));
            const auto inPartnerList = findCard(all.value(), card.id);
            QVERIFY(inPartnerList);
            QCOMPARE(inPartnerList->balance.toString(), card.balance.toString());
            QCOMPARE(inPartnerList->status, card.status);
        }
    }

    void cardStateMachine() {
        const auto change = [this](qint64 holder, qint64 card, api::CardAction action) {
            return sync(**m_agent, &CmsClient::changeCardState, holder, card, action, QString());
        };
        // Card 3 is BLOCKED: blocking or activating it is illegal (7213), with the catalogue's sentence.
        const auto blockBlocked = change(1, 3, api::CardAction::Block);
        E2E_FAILS_WITH(blockBlocked, 409, "7213");
        QCOMPARE(blockBlocked.error().userMessage, api::errors::sentenceForCode(QStringLiteral("7213")));
        E2E_FAILS_WITH(change(1, 3, api::CardAction::Activate), 409, "7213");
        E2E_FAILS_WITH(change(1, 1, api::CardAction::Activate), 409, "7213"); // card 1 is ACTIVE already

        const auto unblocked = change(1, 3, api::CardAction::Unblock);
        E2E_OK(unblocked);
        QCOMPARE(unblocked.value().id, 3);
        QCOMPARE(unblocked.value().status, api::CardStatus::Active);
        E2E_FAILS_WITH(change(1, 3, api::CardAction::Unblock), 409, "7213");
        const auto blocked = change(1, 3, api::CardAction::Block);
        E2E_OK(blocked);
        QCOMPARE(blocked.value().status, api::CardStatus::Blocked);

        const auto owned = sync(**m_agent, &CmsClient::listCardholderCards, qint64(1));
        E2E_OK(owned);
        QCOMPARE(findCard(owned.value(), 3)->status, api::CardStatus::Blocked);

        // Card 1 is not cardholder 2's: 7200.
        E2E_FAILS_WITH(change(2, 1, api::CardAction::Block), 404, "7200");
        // The supervisor holds cards-admin:otp: single-card actions need the code.
        const auto stepUp =
            sync(**m_supervisor, &CmsClient::changeCardState, qint64(1), qint64(1), api::CardAction::Block, QString());
        E2E_FAILS_WITH(stepUp, 403, "OTP_REQUIRED");
        QCOMPARE(stepUp.error().kind, ErrorKind::OtpRequired);
    }

    void bulkBlockAndUnblock() {
        const auto cards = sync(**m_agent, &CmsClient::listPartnerCards);
        E2E_OK(cards);
        qint64 inactive = 0;
        for (const api::Card& card : cards.value()) {
            if (card.status == api::CardStatus::Inactive) {
                inactive = card.id;
                break;
            }
        }
        QVERIFY(inactive > 0);
        E2eClient other(m_server, 2);
        QString error;
        QVERIFY2(signIn(other, m_server, kOther, &error), qPrintable(error));
        const auto partnerTwo = sync(*other, &CmsClient::listPartnerCards);
        E2E_OK(partnerTwo);
        QVERIFY(!partnerTwo.value().isEmpty());
        const qint64 foreign = partnerTwo.value().constFirst().id;
        const qint64 unknown = 99999999;
        const QList<qint64> ids{1, 3, inactive, unknown, foreign};

        E2E_OK(sync(**m_supervisor, &CmsClient::requestOtp, kSupervisor, api::OtpPurpose::BulkBlock));
        const QString code = m_server.lastOtp(kSupervisor);
        const auto wrong =
            sync(**m_supervisor, &CmsClient::bulkChangeCardState, api::BulkCardAction::Block, ids, wrongCode(code));
        E2E_FAILS_WITH(wrong, 403, "OTP_INVALID");
        QCOMPARE(wrong.error().attemptsLeft, std::optional<int>(4));
        const auto unchanged = sync(**m_agent, &CmsClient::listCardholderCards, qint64(1));
        E2E_OK(unchanged);
        QCOMPARE(findCard(unchanged.value(), 1)->status, api::CardStatus::Active);

        const auto done = sync(**m_supervisor, &CmsClient::bulkChangeCardState, api::BulkCardAction::Block, ids, code);
        E2E_OK(done);
        QCOMPARE(done.value().results.size(), ids.size());
        QHash<qint64, api::BulkItemResult> outcome;
        for (const api::BulkItemResult& item : done.value().results)
            outcome.insert(item.cardId, item);
        QCOMPARE(outcome.value(1).outcome, api::BulkOutcome::Done);
        QCOMPARE(outcome.value(3).outcome, api::BulkOutcome::AlreadyInState);
        QCOMPARE(outcome.value(inactive).outcome, api::BulkOutcome::Refused);
        QCOMPARE(outcome.value(inactive).code, QStringLiteral("7213"));
        QCOMPARE(outcome.value(unknown).outcome, api::BulkOutcome::Refused);
        QCOMPARE(outcome.value(unknown).code, QStringLiteral("7200"));
        QCOMPARE(outcome.value(foreign).outcome, api::BulkOutcome::Refused); // outside the partner
        QCOMPARE(outcome.value(foreign).code, QStringLiteral("7200"));
        const auto after = sync(**m_agent, &CmsClient::listCardholderCards, qint64(1));
        E2E_OK(after);
        QCOMPARE(findCard(after.value(), 1)->status, api::CardStatus::Blocked);

        // The same code covers the next batch of the same operation; an unblock is another operation, with a code
        // requested for it (contract §15).
        const auto nextBatch =
            sync(**m_supervisor, &CmsClient::bulkChangeCardState, api::BulkCardAction::Block, QList<qint64>{1}, code);
        E2E_OK(nextBatch);
        QCOMPARE(nextBatch.value().results.constFirst().outcome, api::BulkOutcome::AlreadyInState);
        E2E_OK(sync(**m_supervisor, &CmsClient::requestOtp, kSupervisor, api::OtpPurpose::BulkUnblock));
        const auto undone = sync(**m_supervisor, &CmsClient::bulkChangeCardState, api::BulkCardAction::Unblock,
                                 QList<qint64>{1}, m_server.lastOtp(kSupervisor));
        E2E_OK(undone);
        QCOMPARE(undone.value().results.size(), 1);
        QCOMPARE(undone.value().results.constFirst().outcome, api::BulkOutcome::Done);
        const auto restored = sync(**m_agent, &CmsClient::listCardholderCards, qint64(1));
        E2E_OK(restored);
        QCOMPARE(findCard(restored.value(), 1)->status, api::CardStatus::Active);
        QCOMPARE(findCard(restored.value(), 3)->status, api::CardStatus::Blocked);
    }

    // ---------------------------------------------------------------- funds

    void fundsKeepExactAmounts() {
        const auto before = sync(**m_agent, &CmsClient::listCardholderCards, qint64(1));
        E2E_OK(before);
        const Money start = findCard(before.value(), 2)->balance;

        api::FundsRequest tenth{2, money("0.1"), QStringLiteral("e2e décimo"), QString()};
        const auto added = sync(**m_agent, &CmsClient::addFunds, qint64(1), tenth);
        E2E_OK(added);
        const api::Movement& credit = added.value().movement;
        QCOMPARE(credit.amount.toString(), QStringLiteral("0.1"));
        QCOMPARE(credit.direction, api::MovementDirection::Credit);
        QCOMPARE(credit.type, QStringLiteral("topUp"));
        QCOMPARE(credit.channel, QStringLiteral("webService"));
        QCOMPARE(credit.cardId, 2);
        QCOMPARE(credit.currency, QStringLiteral("GTQ"));
        QCOMPARE(credit.observations, QStringLiteral("e2e décimo"));
        QCOMPARE(credit.operatorId, std::optional<qint64>(m_agentId));
        QVERIFY(added.value().card.has_value());
        QCOMPARE(added.value().card->balance.toString(), sum(start, money("0.1")).toString());
        QCOMPARE(credit.balanceAfter->toString(), added.value().card->balance.toString());

        api::FundsRequest large{2, money("12345.6789"), QString(), QString()};
        const auto addedLarge = sync(**m_agent, &CmsClient::addFunds, qint64(1), large);
        E2E_OK(addedLarge);
        QCOMPARE(addedLarge.value().movement.amount.toString(), QStringLiteral("12345.6789"));
        QCOMPARE(addedLarge.value().card->balance.toString(), sum(start, money("12345.7789")).toString());

        const auto withdrawn = sync(**m_agent, &CmsClient::withdrawFunds, qint64(1), large);
        E2E_OK(withdrawn);
        QCOMPARE(withdrawn.value().movement.direction, api::MovementDirection::Debit);
        QCOMPARE(withdrawn.value().movement.type, QStringLiteral("withdrawal"));
        QCOMPARE(withdrawn.value().movement.amount.toString(), QStringLiteral("12345.6789"));
        QCOMPARE(withdrawn.value().card->balance.toString(), sum(start, money("0.1")).toString());

        const auto listed = sync(**m_agent, &CmsClient::listCardholderCards, qint64(1));
        E2E_OK(listed);
        const Money balance = findCard(listed.value(), 2)->balance;
        QCOMPARE(balance.toString(), sum(start, money("0.1")).toString());

        // One ten-thousandth more than the balance: 7303, nothing moves.
        api::FundsRequest overdraw{2, sum(balance, Money::fromUnits(1)), QString(), QString()};
        const auto refused = sync(**m_agent, &CmsClient::withdrawFunds, qint64(1), overdraw);
        E2E_FAILS_WITH(refused, 409, "7303");
        QCOMPARE(refused.error().userMessage, api::errors::sentenceForCode(QStringLiteral("7303")));
        const auto still = sync(**m_agent, &CmsClient::listCardholderCards, qint64(1));
        E2E_OK(still);
        QCOMPARE(findCard(still.value(), 2)->balance.toString(), balance.toString());

        // The movement reads back exactly.
        const auto readBack = sync(**m_agent, &CmsClient::movement, qint64(1), qint64(2), credit.transferId);
        E2E_OK(readBack);
        QCOMPARE(readBack.value().amount.toString(), QStringLiteral("0.1"));
        QCOMPARE(readBack.value().observations, QStringLiteral("e2e décimo"));
        QCOMPARE(readBack.value().balanceAfter->toString(), credit.balanceAfter->toString());
    }

    void transferRules() {
        const auto before = sync(**m_agent, &CmsClient::listCardholderCards, qint64(1));
        E2E_OK(before);
        const Money from = findCard(before.value(), 1)->balance;
        const Money to = findCard(before.value(), 2)->balance;
        const Money amount = money("1.2345");

        api::TransferRequest request{1, 2, amount, QStringLiteral("e2e transfer"), QString()};
        const auto moved = sync(**m_agent, &CmsClient::transfer, qint64(1), request);
        E2E_OK(moved);
        const api::TransferResult& result = moved.value();
        QVERIFY(result.debit && result.credit && result.fromCard && result.toCard);
        QCOMPARE(result.debit->cardId, 1);
        QCOMPARE(result.debit->direction, api::MovementDirection::Debit);
        QCOMPARE(result.debit->type, QStringLiteral("balanceTransfertoUser"));
        QCOMPARE(result.debit->amount.toString(), QStringLiteral("1.2345"));
        QCOMPARE(result.credit->cardId, 2);
        QCOMPARE(result.credit->direction, api::MovementDirection::Credit);
        QCOMPARE(result.credit->amount.toString(), QStringLiteral("1.2345"));
        QCOMPARE(result.fromCard->balance.toString(), difference(from, amount).toString());
        QCOMPARE(result.toCard->balance.toString(), sum(to, amount).toString());
        QCOMPARE(result.debit->balanceAfter->toString(), result.fromCard->balance.toString());
        QCOMPARE(result.credit->balanceAfter->toString(), result.toCard->balance.toString());

        // From the BLOCKED card 3: 7213.
        const auto blocked =
            sync(**m_agent, &CmsClient::transfer, qint64(1), api::TransferRequest{3, 2, amount, QString(), QString()});
        E2E_FAILS_WITH(blocked, 409, "7213");
        // To another cardholder's card: 7200.
        const auto theirs = sync(**m_agent, &CmsClient::listCardholderCards, qint64(2));
        E2E_OK(theirs);
        QVERIFY(!theirs.value().isEmpty());
        const auto foreign =
            sync(**m_agent, &CmsClient::transfer, qint64(1),
                 api::TransferRequest{1, theirs.value().constFirst().id, amount, QString(), QString()});
        E2E_FAILS_WITH(foreign, 404, "7200");
        QCOMPARE(foreign.error().userMessage, api::errors::sentenceForCode(QStringLiteral("7200")));

        const auto after = sync(**m_agent, &CmsClient::listCardholderCards, qint64(1));
        E2E_OK(after);
        QCOMPARE(findCard(after.value(), 1)->balance.toString(), difference(from, amount).toString());
        QCOMPARE(findCard(after.value(), 2)->balance.toString(), sum(to, amount).toString());
        QCOMPARE(findCard(after.value(), 3)->balance.toString(), findCard(before.value(), 3)->balance.toString());
    }

    // ---------------------------------------------------------------- movements

    void movementsAndOneMovement() {
        api::MovementQuery query = lastYear(10);
        const auto first = sync(**m_agent, &CmsClient::listMovements, qint64(1), qint64(2), query);
        E2E_OK(first);
        const api::Page<api::Movement>& page = first.value();
        QVERIFY(page.total.value_or(0) > 10);
        QCOMPARE(page.items.size(), 10);
        QVERIFY(page.hasMore());
        for (qsizetype i = 0; i < page.items.size(); ++i) {
            const api::Movement& movement = page.items.at(i);
            QCOMPARE(movement.cardId, 2);
            QVERIFY(movement.direction != api::MovementDirection::Unknown);
            QVERIFY(movement.balanceAfter.has_value());
            QVERIFY(movement.createdAt.date() >= query.from && movement.createdAt.date() <= query.to);
            if (i > 0)
                QVERIFY(page.items.at(i - 1).createdAt >= movement.createdAt);
        }
        query.page = 2;
        const auto second = sync(**m_agent, &CmsClient::listMovements, qint64(1), qint64(2), query);
        E2E_OK(second);
        QCOMPARE(second.value().total, page.total);
        for (const api::Movement& movement : second.value().items) {
            for (const api::Movement& seen : page.items)
                QVERIFY(seen.transferId != movement.transferId);
        }

        api::MovementQuery byAmount = lastYear(200);
        byAmount.sortBy = QStringLiteral("amount");
        byAmount.sortOrder = api::SortOrder::Ascending;
        const auto ordered = sync(**m_agent, &CmsClient::listMovements, qint64(1), qint64(2), byAmount);
        E2E_OK(ordered);
        QCOMPARE(qint64(ordered.value().items.size()), qMin<qint64>(200, *page.total));
        for (qsizetype i = 1; i < ordered.value().items.size(); ++i)
            QVERIFY(ordered.value().items.at(i - 1).amount <= ordered.value().items.at(i).amount);

        const api::Movement& newest = page.items.constFirst();
        const auto one = sync(**m_agent, &CmsClient::movement, qint64(1), qint64(2), newest.transferId);
        E2E_OK(one);
        QCOMPARE(one.value().transferId, newest.transferId);
        QCOMPARE(one.value().amount.toString(), newest.amount.toString());
        QCOMPARE(one.value().type, newest.type);
        QCOMPARE(one.value().createdAt, newest.createdAt);
        // A movement of card 2 asked for under card 1: 7010.
        E2E_FAILS_WITH(sync(**m_agent, &CmsClient::movement, qint64(1), qint64(1), newest.transferId), 404, "7010");
    }

    // ---------------------------------------------------------------- associations

    void associations() {
        const auto owner = sync(**m_agent, &CmsClient::cardholderDetail, qint64(200), QString());
        E2E_OK(owner);
        const auto ownerCards = sync(**m_agent, &CmsClient::listCardholderCards, qint64(200));
        E2E_OK(ownerCards);
        const auto existing = sync(**m_agent, &CmsClient::listAssociations, qint64(1));
        E2E_OK(existing);
        // A card of cardholder 200 whose last four are unique among their cards and not yet linked to cardholder 1.
        std::optional<api::Card> target;
        for (const api::Card& card : ownerCards.value()) {
            int sameSuffix = 0;
            for (const api::Card& other : ownerCards.value())
                sameSuffix += other.lastFour() == card.lastFour() ? 1 : 0;
            bool linked = false;
            for (const api::Association& association : existing.value())
                linked = linked || association.cardId == card.id;
            if (card.type == api::CardType::Physical && sameSuffix == 1 && !linked) {
                target = card;
                break;
            }
        }
        QVERIFY(target);

        const api::AssociationRequest request{owner.value().email.toUpper(), target->lastFour(),
                                              QStringLiteral("Tarjeta de mamá")};
        const auto linked = sync(**m_agent, &CmsClient::associateCard, qint64(1), request);
        E2E_OK(linked);
        QVERIFY(linked.value().id > 0);
        QCOMPARE(linked.value().cardId, target->id);
        QCOMPARE(linked.value().alias, QStringLiteral("Tarjeta de mamá"));
        QCOMPARE(linked.value().maskedPan, target->maskedPan);
        QCOMPARE(linked.value().ownerName, owner.value().name + u' ' + owner.value().lastName);
        QVERIFY(qAbs(linked.value().createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 300);

        const auto listed = sync(**m_agent, &CmsClient::listAssociations, qint64(1));
        E2E_OK(listed);
        QCOMPARE(listed.value().size(), existing.value().size() + 1);
        bool present = false;
        for (const api::Association& association : listed.value())
            present = present || (association.id == linked.value().id && association.cardId == target->id);
        QVERIFY(present);
        const auto cards = sync(**m_agent, &CmsClient::listCardholderCards, qint64(1));
        E2E_OK(cards);
        const auto asLinked = findCard(cards.value(), target->id);
        QVERIFY(asLinked);
        QCOMPARE(asLinked->type, api::CardType::Linked);

        const auto again = sync(**m_agent, &CmsClient::associateCard, qint64(1), request);
        E2E_FAILS_WITH(again, 409, "7222");
        QCOMPARE(again.error().userMessage, api::errors::sentenceForCode(QStringLiteral("7222")));

        const auto self = sync(**m_agent, &CmsClient::cardholderDetail, qint64(1), QString());
        E2E_OK(self);
        const auto own = sync(
            **m_agent, &CmsClient::associateCard, qint64(1),
            api::AssociationRequest{self.value().email, findCard(cards.value(), 1)->lastFour(), QStringLiteral("Mía")});
        E2E_FAILS_WITH(own, 409, "7223");
        QCOMPARE(own.error().userMessage, api::errors::sentenceForCode(QStringLiteral("7223")));

        const auto missing = sync(**m_agent, &CmsClient::associateCard, qint64(1),
                                  api::AssociationRequest{QStringLiteral("nobody.e2e@example.com"),
                                                          QStringLiteral("0000"), QStringLiteral("Nadie")});
        E2E_FAILS_WITH(missing, 404, "7220");
        QCOMPARE(missing.error().userMessage, api::errors::sentenceForCode(QStringLiteral("7220")));
        const auto unchanged = sync(**m_agent, &CmsClient::listAssociations, qint64(1));
        E2E_OK(unchanged);
        QCOMPARE(unchanged.value().size(), listed.value().size());
    }

    // ---------------------------------------------------------------- authorisation

    void partnerBalanceFollowsCardFunds() {
        const auto before = sync(**m_agent, &CmsClient::partnerBalance);
        E2E_OK(before);
        QCOMPARE(before.value().clientId, 1);
        QCOMPARE(before.value().currency, QStringLiteral("GTQ"));
        QVERIFY(before.value().updatedAt.isValid());
        const auto added = sync(**m_agent, &CmsClient::addFunds, qint64(1),
                                api::FundsRequest{2, money("75.0001"), QString(), QString()});
        E2E_OK(added);
        const auto after = sync(**m_agent, &CmsClient::partnerBalance);
        E2E_OK(after);
        QCOMPARE(after.value().available.toString(), difference(before.value().available, money("75.0001")).toString());
        // E2E_OK evaluates its argument twice: a write is bound to a name first.
        const auto withdrawn = sync(**m_agent, &CmsClient::withdrawFunds, qint64(1),
                                    api::FundsRequest{2, money("75.0001"), QString(), QString()});
        E2E_OK(withdrawn);
        const auto back = sync(**m_agent, &CmsClient::partnerBalance);
        E2E_OK(back);
        QCOMPARE(back.value().available.toString(), before.value().available.toString());

        E2eClient other(m_server, 1); // other@ is assigned to partner 2 only
        QString error;
        QVERIFY2(signIn(other, m_server, kOther, &error), qPrintable(error));
        E2E_FAILS_WITH(sync(*other, &CmsClient::partnerBalance), 403, "FORBIDDEN");
    }

    void operatorPermissionsFollowTheRole() {
        const auto agent = sync(**m_agent, &CmsClient::operatorPermissions, m_agentId);
        E2E_OK(agent);
        QCOMPARE(agent.value().cmsUserId, m_agentId);
        QCOMPARE(agent.value().partnerId, 1);
        QVERIFY(agent.value().holds(u"cards-admin", u"block"));
        QVERIFY(!agent.value().holds(u"cards-admin", u"otp"));

        E2eClient support(m_server);
        QString error;
        api::OperatorSession session;
        QVERIFY2(signIn(support, m_server, kSupport, &error, &session), qPrintable(error));
        const auto readOnly = sync(*support, &CmsClient::operatorPermissions, session.id);
        E2E_OK(readOnly);
        QCOMPARE(readOnly.value().role, QStringLiteral("support"));
        QVERIFY(readOnly.value().holds(u"cardholders", u"list"));
        QVERIFY(!readOnly.value().holds(u"cards-admin", u"block"));
        QVERIFY(!readOnly.value().holds(u"cards-admin", u"addFunds"));
        E2E_FAILS_WITH(sync(*support, &CmsClient::operatorPermissions, m_agentId), 403, "FORBIDDEN");
    }

    void forbiddenOnAnotherPartner() {
        E2eClient other(m_server, 1); // other@ is assigned to partner 2 only
        QString error;
        QVERIFY2(signIn(other, m_server, kOther, &error), qPrintable(error));
        const auto list = sync(*other, &CmsClient::listCardholders, api::CardholderQuery());
        E2E_FAILS_WITH(list, 403, "FORBIDDEN");
        QCOMPARE(list.error().kind, ErrorKind::Server);
        QVERIFY(!list.error().userMessage.isEmpty());

        const auto before = sync(**m_agent, &CmsClient::listCardholderCards, qint64(1));
        E2E_OK(before);
        const auto write =
            sync(*other, &CmsClient::addFunds, qint64(1), api::FundsRequest{2, money("5"), QString(), QString()});
        E2E_FAILS_WITH(write, 403, "FORBIDDEN");
        const auto after = sync(**m_agent, &CmsClient::listCardholderCards, qint64(1));
        E2E_OK(after);
        QCOMPARE(findCard(after.value(), 2)->balance.toString(), findCard(before.value(), 2)->balance.toString());

        // The same operator on its own partner is served.
        other->setPartnerId(2);
        const auto own = sync(*other, &CmsClient::listCardholders, api::CardholderQuery());
        E2E_OK(own);
        QCOMPARE(own.value().total, std::optional<qint64>(m_server.ready()
                                                              .value(QStringLiteral("partners"))
                                                              .toArray()
                                                              .at(1)
                                                              .toObject()
                                                              .value(QStringLiteral("cardholders"))
                                                              .toInteger()));
    }

    void permissionDeniedForSupport() {
        E2eClient support(m_server);
        QString error;
        QVERIFY2(signIn(support, m_server, kSupport, &error), qPrintable(error));
        E2E_OK(sync(*support, &CmsClient::listCardholders, api::CardholderQuery())); // support may read

        const auto before = sync(*support, &CmsClient::listCardholderCards, qint64(1));
        E2E_OK(before);
        const auto add =
            sync(*support, &CmsClient::addFunds, qint64(1), api::FundsRequest{2, money("5"), QString(), QString()});
        E2E_FAILS_WITH(add, 403, "PERMISSION_DENIED");
        QVERIFY2(add.error().serverMessage.contains(QStringLiteral("cards-admin:addFunds")),
                 qPrintable(add.error().serverMessage));
        QVERIFY(!add.error().userMessage.isEmpty());
        const auto block =
            sync(*support, &CmsClient::changeCardState, qint64(1), qint64(1), api::CardAction::Block, QString());
        E2E_FAILS_WITH(block, 403, "PERMISSION_DENIED");
        QVERIFY(block.error().serverMessage.contains(QStringLiteral("cards-admin:block")));

        const auto after = sync(*support, &CmsClient::listCardholderCards, qint64(1));
        E2E_OK(after);
        QCOMPARE(findCard(after.value(), 2)->balance.toString(), findCard(before.value(), 2)->balance.toString());
        QCOMPARE(findCard(after.value(), 1)->status, api::CardStatus::Active);
    }

    void expiredTokenRefreshesReadsNotWrites() {
        E2eServer server;
        QString error;
        QVERIFY2(server.start({QStringLiteral("--token-ttl"), QStringLiteral("2")}, &error), qPrintable(error));
        E2eClient agent(server);
        QVERIFY2(signIn(agent, server, kAgent, &error), qPrintable(error));
        int refreshes = 0;
        connect(&agent.client, &CmsClient::operatorTokensChanged, this, [&refreshes] { ++refreshes; });
        int expiredSignals = 0;
        connect(&agent.client, &CmsClient::sessionExpired, this, [&expiredSignals] { ++expiredSignals; });
        const QString firstToken = agent->operatorTokens().accessToken;

        QTest::qWait(3200); // the 2 s access token is dead now
        const auto read = sync(*agent, &CmsClient::listCardholderCards, qint64(1));
        E2E_OK(read);
        QCOMPARE(refreshes, 1);
        QVERIFY(agent->operatorTokens().accessToken != firstToken);
        const Money balance = findCard(read.value(), 2)->balance;
        const auto movements = sync(*agent, &CmsClient::listMovements, qint64(1), qint64(2), lastYear(1));
        E2E_OK(movements);

        QTest::qWait(3200);
        const int refreshesBeforeWrite = refreshes;
        const auto write =
            sync(*agent, &CmsClient::addFunds, qint64(1), api::FundsRequest{2, money("7.5"), QString(), QString()});
        QVERIFY(!write.ok());
        QCOMPARE(write.error().kind, ErrorKind::NotResentAfterRefresh);
        QVERIFY(!write.error().userMessage.isEmpty());
        QCOMPARE(refreshes, refreshesBeforeWrite + 1);
        QCOMPARE(expiredSignals, 0);

        // The server did not execute it: same movement count, same balance.
        const auto movementsAfter = sync(*agent, &CmsClient::listMovements, qint64(1), qint64(2), lastYear(1));
        E2E_OK(movementsAfter);
        QCOMPARE(movementsAfter.value().total, movements.value().total);
        const auto cardsAfter = sync(*agent, &CmsClient::listCardholderCards, qint64(1));
        E2E_OK(cardsAfter);
        QCOMPARE(findCard(cardsAfter.value(), 2)->balance.toString(), balance.toString());
        checkPrism(server);
    }

    // ---------------------------------------------------------------- direct mode only

    void validationErrorsNameTheField() {
        skipThroughProxy();
        const auto cards = sync(**m_agent, &CmsClient::listPartnerCards);
        E2E_OK(cards);
        qint64 free = 0;
        for (const api::Card& card : cards.value()) {
            if (!card.cardholderId && card.status == api::CardStatus::Inactive)
                free = card.id;
        }
        QVERIFY(free > 0);

        api::NewCardholder bad = newCardholder(free, QStringLiteral("not-an-email"), QStringLiteral("E2E-BAD"));
        bad.phoneNumber = QStringLiteral("12");
        const auto refused = sync(**m_agent, &CmsClient::createCardholder, bad);
        E2E_FAILS_WITH(refused, 400, "7000");
        QCOMPARE(refused.error().kind, ErrorKind::Server);
        QVERIFY(!refused.error().messageForField(u"email").isEmpty());
        QVERIFY(!refused.error().messageForField(u"phoneNumber").isEmpty());
        QVERIFY(!refused.error().messageForField(u"documentNumber").isEmpty());
        QVERIFY(refused.error().messageForField(u"name").isEmpty());
        QVERIFY(!refused.error().userMessage.isEmpty());

        api::CardholderQuery tooMany;
        tooMany.limit = 201;
        const auto paging = sync(**m_agent, &CmsClient::listCardholders, tooMany);
        E2E_FAILS_WITH(paging, 400, "7000");
        QVERIFY(!paging.error().messageForField(u"limit").isEmpty());

        // Refused by the client before sending: an amount of zero.
        const auto zero =
            sync(**m_agent, &CmsClient::addFunds, qint64(1), api::FundsRequest{2, Money(), QString(), QString()});
        QVERIFY(!zero.ok());
        QCOMPARE(zero.error().kind, ErrorKind::InvalidRequest);
        QCOMPARE(zero.error().httpStatus, 0);

        // Contract §9: name and lastName up to 80 characters.
        api::NewCardholder longName =
            newCardholder(free, QStringLiteral("long.e2e@example.com"), QStringLiteral("E2EL1"));
        longName.name = QString(81, u'a');
        const auto tooLong = sync(**m_agent, &CmsClient::createCardholder, longName);
        E2E_FAILS_WITH(tooLong, 400, "7000");
        QVERIFY(!tooLong.error().messageForField(u"name").isEmpty());
        longName.name = QString(80, u'a');
        const auto named = sync(**m_agent, &CmsClient::createCardholder, longName);
        QVERIFY2(named.ok(), describe(named).constData());
        QCOMPARE(named.value().name.size(), 80);
    }

    void bulkWithoutOtpIsRefused() {
        skipThroughProxy();
        const auto bulk = sync(**m_supervisor, &CmsClient::bulkChangeCardState, api::BulkCardAction::Block,
                               QList<qint64>{1}, QString());
        QVERIFY(!bulk.ok());
        QCOMPARE(bulk.error().httpStatus >= 400, true);
        const auto cards = sync(**m_agent, &CmsClient::listCardholderCards, qint64(1));
        E2E_OK(cards);
        QCOMPARE(findCard(cards.value(), 1)->status, api::CardStatus::Active);
        QCOMPARE(bulk.error().kind, ErrorKind::OtpRequired); // no code given: the GUI asks for one
        QCOMPARE(bulk.error().httpStatus, 403);
    }

    void movementReportDownload() {
        skipThroughProxy(); // Prism does not pass binary bodies through intact
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QDate from = todayUtc().addDays(-400);
        const QDate to = todayUtc();
        const auto cards = sync(**m_agent, &CmsClient::listCardholderCards, qint64(1));
        E2E_OK(cards);
        const QString lastFour = findCard(cards.value(), 2)->lastFour();

        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        qint64 progressBytes = 0;
        const auto report = download(1, 2, from, to, path, &progressBytes);
        E2E_OK(report);
        QCOMPARE(report.value().path, path);
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(report.value().bytes, QFileInfo(path).size());
        QVERIFY(report.value().bytes > 1000);
        QVERIFY(progressBytes > 0);
        QCOMPARE(report.value().suggestedName,
                 QStringLiteral("movements_%1_%2_%3.pdf")
                     .arg(lastFour, from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        file.close();
        QProcess pdfinfo;
        pdfinfo.start(QStringLiteral("pdfinfo"), {path});
        QVERIFY2(pdfinfo.waitForFinished(30000), "pdfinfo did not finish");
        const QByteArray info = pdfinfo.readAllStandardOutput();
        QVERIFY2(pdfinfo.exitStatus() == QProcess::NormalExit && pdfinfo.exitCode() == 0,
                 pdfinfo.readAllStandardError().constData());
        QVERIFY2(info.contains("Pages:"), info.constData());

        // Server errors leave no file behind (and no temporary one).
        const QString badPeriod = dir.filePath(QStringLiteral("bad-period.pdf"));
        const auto reversed = download(1, 2, to, from, badPeriod, nullptr);
        E2E_FAILS_WITH(reversed, 400, "7000");
        QVERIFY(!QFileInfo::exists(badPeriod));
        const QString notTheirs = dir.filePath(QStringLiteral("not-theirs.pdf"));
        const auto foreign = download(2, 2, from, to, notTheirs, nullptr);
        E2E_FAILS_WITH(foreign, 404, "7200");
        QVERIFY(!QFileInfo::exists(notTheirs));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("report.pdf")});
    }

private:
    void skipThroughProxy() {
        if (m_server.proxied())
            QFAIL("an invalid request or a binary body: run this test directly, not through Prism");
    }

    /// Fails the current test when Prism logged any violation, warning or error since the last check.
    void checkPrism(E2eServer& server) {
        if (!server.proxied())
            return;
        QTest::qWait(200); // let Prism's last log lines arrive
        const QStringList problems = server.takePrismProblems();
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("Prism reported:\n") + problems.join(u'\n')));
    }

    api::Result<api::DownloadedFile> download(qint64 holder, qint64 card, QDate from, QDate to, const QString& path,
                                              qint64* progressBytes) {
        QObject context;
        std::optional<api::Result<api::DownloadedFile>> result;
        m_agent->client.downloadMovementReport(
            holder, card, from, to, path, &context,
            [progressBytes](qint64 received, qint64) {
                if (progressBytes)
                    *progressBytes = received;
            },
            [&result](const api::Result<api::DownloadedFile>& r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, kCallLimitMs))
            return api::errors::timeout(false);
        return *result;
    }

    E2eServer m_server;
    std::unique_ptr<E2eClient> m_agent;
    std::unique_ptr<E2eClient> m_supervisor;
    qint64 m_agentId = 0;
};

QTEST_GUILESS_MAIN(E2eClientTest)
#include "tst_e2e_client.moc"
