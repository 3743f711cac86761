// CardPolicy's table (contract §7 transitions, §10 owned cards; issue 12): which operation each card allows.
#include "CardPolicy.h"

#include <QTest>

using namespace migo;
using core::CardOperation;
using core::CardPolicy;

namespace {

api::Card card(api::CardStatus status, api::CardType type = api::CardType::Physical, bool assigned = true) {
    api::Card c;
    c.id = 10;
    c.status = status;
    c.statusWire = api::cardStatusWire(status);
    c.type = type;
    if (assigned)
        c.cardholderId = 5;
    return c;
}

constexpr CardOperation kAll[] = {CardOperation::Activate,  CardOperation::Block,         CardOperation::Unblock,
                                  CardOperation::AddFunds,  CardOperation::WithdrawFunds, CardOperation::Transfer,
                                  CardOperation::Movements, CardOperation::ActivationLink};

/// "AB..." — one letter per operation of kAll: the allowed ones, '-' for the refused ones.
QString allowed(const api::Card& c) {
    const QString letters = QStringLiteral("ABUDWTML");
    QString result;
    for (int i = 0; i < int(std::size(kAll)); ++i)
        result += CardPolicy::allows(c, kAll[i]) ? letters.at(i) : u'-';
    return result;
}

} // namespace

class TestCardPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void table_data() {
        using S = api::CardStatus;
        using T = api::CardType;
        QTest::addColumn<api::Card>("card");
        QTest::addColumn<QString>("expected");
        // Activate, Block, Unblock, aDd funds, Withdraw, Transfer, Movements, activation Link
        QTest::newRow("inactive owned") << card(S::Inactive) << QStringLiteral("A-----ML");
        QTest::newRow("active owned") << card(S::Active) << QStringLiteral("-B-DWTM-");
        QTest::newRow("blocked owned") << card(S::Blocked) << QStringLiteral("--U---M-");
        QTest::newRow("unknown status") << card(S::Unknown) << QStringLiteral("------M-");
        QTest::newRow("linked active") << card(S::Active, T::Linked) << QStringLiteral("------M-");
        QTest::newRow("linked inactive") << card(S::Inactive, T::Linked) << QStringLiteral("------M-");
        QTest::newRow("unassigned inactive") << card(S::Inactive, T::Physical, false) << QStringLiteral("--------");
        QTest::newRow("unassigned active") << card(S::Active, T::Physical, false) << QStringLiteral("--------");
    }
    void table() {
        QFETCH(api::Card, card);
        QFETCH(QString, expected);
        QCOMPARE(allowed(card), expected);
    }

    void everyRefusalSaysWhy() {
        for (api::CardStatus status :
             {api::CardStatus::Inactive, api::CardStatus::Active, api::CardStatus::Blocked, api::CardStatus::Unknown})
            for (api::CardType type : {api::CardType::Physical, api::CardType::Linked})
                for (bool assigned : {true, false})
                    for (CardOperation operation : kAll) {
                        const api::Card c = card(status, type, assigned);
                        QCOMPARE(CardPolicy::allows(c, operation),
                                 CardPolicy::unavailableReason(c, operation).isEmpty());
                    }
        QCOMPARE(CardPolicy::unavailableReason(card(api::CardStatus::Blocked), CardOperation::Block),
                 QStringLiteral("This card is already blocked."));
        const QString unknown = CardPolicy::unavailableReason(card(api::CardStatus::Unknown), CardOperation::Block);
        QVERIFY(unknown.contains(u"refresh the list"));
    }

    void theRoleComesFirstAndNamesThePermission() {
        api::OperatorPermissions support;
        support.role = QStringLiteral("support");
        support.permissions = {{QStringLiteral("cardholders"), QStringLiteral("list")},
                               {QStringLiteral("card-movements"), QStringLiteral("list")}};
        const api::Card active = card(api::CardStatus::Active);
        QCOMPARE(CardPolicy::unavailableReason(active, CardOperation::Block, &support),
                 QStringLiteral("Your role does not allow blocking cards — cards-admin:block"));
        QCOMPARE(CardPolicy::unavailableReason(active, CardOperation::AddFunds, &support),
                 QStringLiteral("Your role does not allow adding funds — cards-admin:addFunds"));
        QVERIFY(CardPolicy::allows(active, CardOperation::Movements, &support));
        // A read-only role on an already blocked card: the role is what the agent needs to hear.
        QVERIFY(CardPolicy::unavailableReason(card(api::CardStatus::Blocked), CardOperation::Block, &support)
                    .contains(u"cards-admin:block"));
        QVERIFY(CardPolicy::permissionReason(CardOperation::Unblock, &support).contains(u"cards-admin:unblock"));

        api::OperatorPermissions agent;
        for (const char* action : {"activate", "block", "unblock", "addFunds", "withdrawFunds", "transfer"})
            agent.permissions << api::Permission{QStringLiteral("cards-admin"), QString::fromLatin1(action)};
        agent.permissions << api::Permission{QStringLiteral("card-movements"), QStringLiteral("list")};
        for (api::CardStatus status : {api::CardStatus::Inactive, api::CardStatus::Active, api::CardStatus::Blocked})
            for (CardOperation operation : kAll) // a role that holds everything changes nothing
                QCOMPARE(CardPolicy::unavailableReason(card(status), operation, &agent),
                         CardPolicy::unavailableReason(card(status), operation));
        QVERIFY(CardPolicy::permissionReason(CardOperation::Block, nullptr).isEmpty()); // not known: the server decides
    }

    void transferTargets() {
        const api::Card from = card(api::CardStatus::Active);
        api::Card other = card(api::CardStatus::Active);
        other.id = 11;
        QVERIFY(CardPolicy::transferTargetReason(from, other).isEmpty());
        QVERIFY(!CardPolicy::transferTargetReason(from, from).isEmpty());
        api::Card blocked = other;
        blocked.status = api::CardStatus::Blocked;
        QVERIFY(!CardPolicy::transferTargetReason(from, blocked).isEmpty());
        api::Card someoneElses = other;
        someoneElses.cardholderId = 6;
        QVERIFY(!CardPolicy::transferTargetReason(from, someoneElses).isEmpty());
        api::Card linked = other;
        linked.type = api::CardType::Linked;
        QVERIFY(!CardPolicy::transferTargetReason(from, linked).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCardPolicy)
#include "tst_cardpolicy.moc"
