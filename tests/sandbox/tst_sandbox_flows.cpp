// Functional flows of the contract (§7–§8): create cardholder, card transitions, funds rules, movements,
// bulk validation and associations, each with its documented error codes.
#include "SandboxHarness.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <tuple>

namespace {

QJsonObject newCardholder(qint64 cardId, const QString& email, const QString& document) {
    return QJsonObject{{QStringLiteral("name"), QStringLiteral("María")},
                       {QStringLiteral("lastName"), QStringLiteral("Ramírez")},
                       {QStringLiteral("address"), QStringLiteral("Calle Principal 123")},
                       {QStringLiteral("countryOfBirth"), QStringLiteral("GT")},
                       {QStringLiteral("dateOfBirth"), QStringLiteral("1990-05-12")},
                       {QStringLiteral("maritalStatus"), QStringLiteral("soltero")},
                       {QStringLiteral("gender"), QStringLiteral("F")},
                       {QStringLiteral("phoneNumber"), QStringLiteral("50255551234")},
                       {QStringLiteral("email"), email},
                       {QStringLiteral("documentType"), QStringLiteral("DPI")},
                       {QStringLiteral("documentNumber"), document},
                       {QStringLiteral("cardId"), cardId}};
}

QStringList errorFields(const HttpAnswer& answer) {
    QStringList fields;
    for (const QJsonValue& error : answer.json.value(QStringLiteral("errors")).toArray()) {
        fields << error.toObject().value(QStringLiteral("field")).toString();
    }
    return fields;
}

} // namespace

class SandboxFlowsTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(m_sandbox.start(30), m_sandbox.errorOutput().constData());
        m_agent = std::make_unique<SandboxClient>(m_sandbox.baseUrl());
        QVERIFY(m_agent->login(QStringLiteral("agent@migo.test"), QStringLiteral("Agent#2026")));
    }

    void createCardholderValidatesAndAssignsAPoolCard() {
        const HttpAnswer pool = m_agent->send("GET", QStringLiteral("/app/partners/1/cards?assigned=false"));
        QCOMPARE(pool.status, 200);
        const QJsonArray free = pool.data().toArray();
        QVERIFY(free.size() >= 2);
        const qint64 cardId = free.at(0).toObject().value(QStringLiteral("cardId")).toInteger();
        QVERIFY(free.at(0).toObject().value(QStringLiteral("cardholderId")).isNull());

        QJsonObject invalid = newCardholder(cardId, QStringLiteral("not-an-email"), QStringLiteral("12-34"));
        invalid.insert(QStringLiteral("countryOfBirth"), QStringLiteral("GTM"));
        invalid.insert(QStringLiteral("dateOfBirth"), QStringLiteral("1990-02-30"));
        invalid.insert(QStringLiteral("gender"), QStringLiteral("X"));
        invalid.remove(QStringLiteral("address"));
        const HttpAnswer refused = m_agent->send("POST", QStringLiteral("/app/partners/1/cardholders"), invalid);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), QStringLiteral("7000"));
        const QStringList fields = errorFields(refused);
        for (const char* field : {"email", "documentNumber", "countryOfBirth", "dateOfBirth", "gender", "address"}) {
            QVERIFY2(fields.contains(QString::fromLatin1(field)), field);
        }

        const HttpAnswer created = m_agent->send(
            "POST", QStringLiteral("/app/partners/1/cardholders"),
            newCardholder(cardId, QStringLiteral("maria.flows@example.com"), QStringLiteral("2345678990101")));
        QCOMPARE(created.status, 200);
        const QJsonObject holder = created.data().toObject();
        QCOMPARE(holder.value(QStringLiteral("name")).toString(), QStringLiteral("María"));
        QVERIFY(holder.value(QStringLiteral("createdAt")).toString().endsWith(QStringLiteral("+00:00")));
        const qint64 holderId = holder.value(QStringLiteral("cardholderId")).toInteger();

        const HttpAnswer cards = m_agent->send("GET", QStringLiteral("/app/partners/1/cardholders/") +
                                                          QString::number(holderId) + QStringLiteral("/cards"));
        QCOMPARE(cards.data().toArray().size(), 1);
        QCOMPARE(cards.data().toArray().at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("INACTIVE"));

        // Same card again: taken (7213); same e-mail with a free card: duplicate (7006); unknown card: 7200.
        const qint64 otherFree = free.at(1).toObject().value(QStringLiteral("cardId")).toInteger();
        QCOMPARE(m_agent
                     ->send("POST", QStringLiteral("/app/partners/1/cardholders"),
                            newCardholder(cardId, QStringLiteral("x@example.com"), QStringLiteral("2345678990514")))
                     .errorCode(),
                 QStringLiteral("7213"));
        const HttpAnswer duplicate = m_agent->send(
            "POST", QStringLiteral("/app/partners/1/cardholders"),
            newCardholder(otherFree, QStringLiteral("MARIA.FLOWS@example.com"), QStringLiteral("2345678991333")));
        QCOMPARE(duplicate.status, 409);
        QCOMPARE(duplicate.errorCode(), QStringLiteral("7006"));
        QCOMPARE(m_agent
                     ->send("POST", QStringLiteral("/app/partners/1/cardholders"),
                            newCardholder(99999999, QStringLiteral("y@example.com"), QStringLiteral("2345678992217")))
                     .status,
                 404);

        // Searchable at once, case-insensitively, by name, e-mail, document and phone; the full name without accents
        // and in either order, and the document as the app writes it (issue 14, contract §6).
        for (const QString& search :
             {QStringLiteral("MARÍA RAM"), QStringLiteral("flows@exa"), QStringLiteral("5678990"),
              QStringLiteral("55551234"), QStringLiteral("maria ramirez"), QStringLiteral("Ramírez  María"),
              QStringLiteral("DPI 2345678990101"), QStringLiteral("dpi 2345678990101"), QStringLiteral("ramirez ma")}) {
            const HttpAnswer found =
                m_agent->send("GET", QStringLiteral("/app/partners/1/cardholders?limit=200&searchText=") +
                                         QString::fromLatin1(QUrl::toPercentEncoding(search)));
            QCOMPARE(found.status, 200);
            bool present = false;
            for (const QJsonValue& item : found.data().toObject().value(QStringLiteral("items")).toArray()) {
                present = present || item.toObject().value(QStringLiteral("cardholderId")).toInteger() == holderId;
            }
            QVERIFY2(present, qPrintable(search));
        }
        // Every word must match: a name with a wrong last name finds nobody of that name.
        const HttpAnswer none =
            m_agent->send("GET", QStringLiteral("/app/partners/1/cardholders?limit=200&searchText=maria%20flowsxq"));
        QCOMPARE(none.data().toObject().value(QStringLiteral("total")).toInt(), 0);
    }

    void createCardholderKnowsGuatemala() {
        // Each record breaks one Guatemalan rule (contract §8, Create cardholder): 400 7000 naming that field only,
        // nothing created (the same free card serves every attempt, then a valid record takes it).
        const HttpAnswer pool = m_agent->send("GET", QStringLiteral("/app/partners/1/cards?assigned=false"));
        QVERIFY(!pool.data().toArray().isEmpty());
        const qint64 cardId = pool.data().toArray().last().toObject().value(QStringLiteral("cardId")).toInteger();
        const QString eleven = QDate::currentDate().addYears(-11).toString(Qt::ISODate);
        const QString seventeen = QDate::currentDate().addYears(-18).addDays(1).toString(Qt::ISODate);
        const QString eighteen = QDate::currentDate().addYears(-18).toString(Qt::ISODate);
        const QList<std::tuple<const char*, QString, QString, const char*>> cases = {
            {"name", QStringLiteral("Ana2"), {}, "letters"},
            {"lastName", QStringLiteral("López_"), {}, "letters"},
            {"lastName", QStringLiteral("-'"), {}, "at least one letter"},
            {"documentNumber", QStringLiteral("12345"), {}, "13 digits"},
            {"documentNumber", QStringLiteral("2345678900101"), {}, "check digit"},
            {"documentNumber", QStringLiteral("2345678300101"), {}, "check digit"}, // a check of 10
            {"documentNumber", QStringLiteral("2345678992301"), {}, "department code"},
            {"documentNumber", QStringLiteral("2345678990118"), {}, "municipality of department 01 (01 to 17)"},
            {"documentNumber", QStringLiteral("1234567K"), QStringLiteral("NIT"), "check character"},
            {"documentNumber", QStringLiteral("37k"), QStringLiteral("NIT"), "check character"},
            {"dateOfBirth", eleven, {}, "at least 18 years"},
            {"dateOfBirth", seventeen, {}, "at least 18 years"},
            {"phoneNumber", QStringLiteral("5025555123"), {}, "8 digits after"},
            {"phoneNumber", QStringLiteral("+502555512345"), {}, "8 digits after"},
        };
        int serial = 0;
        for (const auto& [field, value, documentType, words] : cases) {
            QJsonObject record = newCardholder(cardId, QStringLiteral("gt.rule.%1@example.com").arg(++serial),
                                               QStringLiteral("2222222200101"));
            record.insert(QString::fromLatin1(field), value);
            if (!documentType.isEmpty()) {
                record.insert(QStringLiteral("documentType"), documentType);
            }
            const HttpAnswer refused = m_agent->send("POST", QStringLiteral("/app/partners/1/cardholders"), record);
            const QString what = QString::fromLatin1(field) + QStringLiteral(" = ") + value;
            QVERIFY2(refused.status == 400, qPrintable(what + QStringLiteral(": ") + QString::fromUtf8(refused.body)));
            QCOMPARE(refused.errorCode(), QStringLiteral("7000"));
            QCOMPARE(errorFields(refused), QStringList{QString::fromLatin1(field)});
            QVERIFY2(refused.json.value(QStringLiteral("message")).toString().contains(QLatin1String(words)),
                     qPrintable(what + QStringLiteral(": ") + QString::fromUtf8(refused.body)));
        }

        // The same rules let real records through: accents, ’ and -, an 18th birthday today, a NIT with K, a
        // Guatemalan and a foreign phone.
        QJsonObject adult = newCardholder(cardId, QStringLiteral("gt.rule.ok@example.com"), QStringLiteral("37K"));
        adult.insert(QStringLiteral("documentType"), QStringLiteral("NIT"));
        adult.insert(QStringLiteral("name"), QStringLiteral("Ana Lucía"));
        adult.insert(QStringLiteral("lastName"), QStringLiteral("D’Angelo-Xicará"));
        adult.insert(QStringLiteral("dateOfBirth"), eighteen);
        adult.insert(QStringLiteral("phoneNumber"), QStringLiteral("+14155550100"));
        const HttpAnswer created = m_agent->send("POST", QStringLiteral("/app/partners/1/cardholders"), adult);
        QVERIFY2(created.status == 200, created.body.constData());
        QCOMPARE(created.data().toObject().value(QStringLiteral("documentNumber")).toString(), QStringLiteral("37K"));
    }

    void demoWorldDocumentsFollowTheRules() {
        // Every DPI the demo world made is a valid CUI: 13 digits, check digit, department 01–22, municipality.
        const QList<int> municipalities = {17, 8,  16, 16, 14, 14, 19, 8,  24, 21, 9,
                                           30, 33, 21, 8,  17, 14, 5,  11, 11, 7,  17};
        int checked = 0;
        QSet<QString> seen;
        for (int page = 1; page <= 3; ++page) {
            const HttpAnswer answer =
                m_agent->send("GET", QStringLiteral("/app/partners/1/cardholders?limit=200&page=%1").arg(page));
            QCOMPARE(answer.status, 200);
            for (const QJsonValue& item : answer.data().toObject().value(QStringLiteral("items")).toArray()) {
                const QJsonObject holder = item.toObject();
                const QString number = holder.value(QStringLiteral("documentNumber")).toString();
                if (holder.value(QStringLiteral("documentType")).toString() != u"DPI") {
                    continue;
                }
                QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]{13}$")).match(number).hasMatch(),
                         qPrintable(number));
                int sum = 0;
                for (int index = 0; index < 8; ++index) {
                    sum += number.at(index).digitValue() * (index + 2);
                }
                QVERIFY2(sum % 11 == number.at(8).digitValue(), qPrintable(number));
                const int department = number.mid(9, 2).toInt();
                QVERIFY2(department >= 1 && department <= 22, qPrintable(number));
                const int municipality = number.mid(11, 2).toInt();
                QVERIFY2(municipality >= 1 && municipality <= municipalities.at(department - 1), qPrintable(number));
                QVERIFY2(!seen.contains(number), qPrintable(number));
                seen.insert(number);
                ++checked;
            }
        }
        QVERIFY(checked >= 10); // 30 demo cardholders, about 85 % with a DPI
    }

    void cardTransitionsFollowTheStateMachine() {
        // Cardholder 1: cards 1 and 2 ACTIVE, card 3 BLOCKED.
        const QString base = QStringLiteral("/app/partners/1/cardholders/1/cards/");
        QCOMPARE(m_agent->send("PATCH", base + QStringLiteral("1/activate"), QByteArray()).errorCode(),
                 QStringLiteral("7213"));
        QCOMPARE(m_agent->send("PATCH", base + QStringLiteral("3/block"), QByteArray()).status, 409);
        const HttpAnswer unblocked = m_agent->send("PATCH", base + QStringLiteral("3/unblock"), QByteArray());
        QCOMPARE(unblocked.status, 200);
        QCOMPARE(unblocked.data().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("ACTIVE"));
        QCOMPARE(m_agent->send("PATCH", QStringLiteral("/app/partners/1/cardholders/2/cards/1/block"), QByteArray())
                     .errorCode(),
                 QStringLiteral("7200"));
        QCOMPARE(
            m_agent->send("PATCH", QStringLiteral("/app/partners/1/cardholders/999999/cards/1/block"), QByteArray())
                .errorCode(),
            QStringLiteral("7100"));
    }

    void fundsAndTransfersFollowTheMoneyRules() {
        const QString base = QStringLiteral("/app/partners/1/cardholders/1/cards/");
        const HttpAnswer added = m_agent->send("POST", base + QStringLiteral("funds/add"),
                                               QByteArray("{\"cardId\":1,\"amount\":150.1234,\"observations\":\"x\"}"));
        QCOMPARE(added.status, 200);
        QVERIFY(added.body.contains("\"amount\":150.1234"));
        const QJsonObject movement = added.data().toObject().value(QStringLiteral("movement")).toObject();
        QCOMPARE(movement.value(QStringLiteral("movementType")).toString(), QStringLiteral("credit"));
        QCOMPARE(movement.value(QStringLiteral("type")).toString(), QStringLiteral("topUp"));
        QCOMPARE(movement.value(QStringLiteral("channel")).toString(), QStringLiteral("webService"));
        QCOMPARE(movement.value(QStringLiteral("operatorId")).toInt(), 2);
        const qint64 balance =
            toUnits(added.data().toObject().value(QStringLiteral("card")).toObject().value(QStringLiteral("balance")));
        QCOMPARE(toUnits(movement.value(QStringLiteral("balanceAfter"))), balance);

        const QByteArray overdraw = "{\"cardId\":1,\"amount\":" + QByteArray::number(balance / 10000 + 1) + "}";
        const HttpAnswer refused = m_agent->send("POST", base + QStringLiteral("funds/withdraw"), overdraw);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), QStringLiteral("7303"));
        QCOMPARE(m_agent
                     ->send("POST", base + QStringLiteral("funds/add"),
                            QByteArray("{\"cardId\":1,\"amount\":1,\"observations\":\"") + QByteArray(141, 'o') + "\"}")
                     .status,
                 400);

        const HttpAnswer transfer = m_agent->send("POST", base + QStringLiteral("transfers"),
                                                  QByteArray("{\"fromCardId\":1,\"toCardId\":2,\"amount\":50}"));
        QCOMPARE(transfer.status, 200);
        const QJsonObject data = transfer.data().toObject();
        QCOMPARE(toUnits(data.value(QStringLiteral("fromCard")).toObject().value(QStringLiteral("balance"))),
                 balance - 500000);
        QCOMPARE(data.value(QStringLiteral("debit")).toObject().value(QStringLiteral("movementType")).toString(),
                 QStringLiteral("debit"));
        QCOMPARE(data.value(QStringLiteral("credit")).toObject().value(QStringLiteral("cardId")).toInt(), 2);
        QCOMPARE(m_agent
                     ->send("POST", base + QStringLiteral("transfers"),
                            QByteArray("{\"fromCardId\":1,\"toCardId\":1,\"amount\":1}"))
                     .errorCode(),
                 QStringLiteral("7000"));
        // A card of another cardholder → 7200.
        const HttpAnswer foreign = m_agent->send("POST", base + QStringLiteral("transfers"),
                                                 QByteArray("{\"fromCardId\":1,\"toCardId\":4,\"amount\":1}"));
        QCOMPARE(foreign.status, 404);
        QCOMPARE(foreign.errorCode(), QStringLiteral("7200"));

        // The movement reads back by id; under another card it is 7010.
        const qint64 debitId =
            data.value(QStringLiteral("debit")).toObject().value(QStringLiteral("transferId")).toInteger();
        QCOMPARE(m_agent->send("GET", base + QStringLiteral("1/movements/") + QString::number(debitId)).status, 200);
        QCOMPARE(m_agent->send("GET", base + QStringLiteral("2/movements/") + QString::number(debitId)).errorCode(),
                 QStringLiteral("7010"));
        const HttpAnswer today =
            m_agent->send("GET", base + QStringLiteral("1/movements?from=") + todayUtc() + QStringLiteral("&to=") +
                                     todayUtc() + QStringLiteral("&sortBy=amount&sortOrder=asc"));
        QCOMPARE(today.status, 200);
        const QJsonArray items = today.data().toObject().value(QStringLiteral("items")).toArray();
        QVERIFY(items.size() >= 2);
        QVERIFY(toUnits(items.first().toObject().value(QStringLiteral("amount"))) <=
                toUnits(items.last().toObject().value(QStringLiteral("amount"))));
    }

    void bulkValidatesTheIdList() {
        SandboxClient supervisor(m_sandbox.baseUrl());
        QVERIFY(supervisor.login(QStringLiteral("supervisor@migo.test"), QStringLiteral("Supervisor#2026")));
        supervisor.send("POST", QStringLiteral("/app/users/auth/otp"),
                        QJsonObject{{QStringLiteral("email"), QStringLiteral("supervisor@migo.test")},
                                    {QStringLiteral("purpose"), QStringLiteral("bulk_block")}});
        const QByteArray otp = m_sandbox.lastOtp(QStringLiteral("supervisor@migo.test")).toLatin1();
        QByteArray tooMany = "{\"otp\":\"" + otp + "\",\"cardIds\":[";
        for (int id = 1; id <= 1001; ++id) {
            tooMany += QByteArray::number(id) + (id < 1001 ? "," : "]}");
        }
        const HttpAnswer many =
            supervisor.send("PATCH", QStringLiteral("/app/partners/1/cardholders/cards/block"), tooMany);
        QCOMPARE(many.status, 400);
        QCOMPARE(errorFields(many), QStringList{QStringLiteral("cardIds")});
        const HttpAnswer bad = supervisor.send("PATCH", QStringLiteral("/app/partners/1/cardholders/cards/block"),
                                               "{\"otp\":\"" + otp + "\",\"cardIds\":[1,0,1]}");
        QCOMPARE(bad.status, 400);
        QCOMPARE(errorFields(bad), (QStringList{QStringLiteral("cardIds.1"), QStringLiteral("cardIds.2")}));
        const HttpAnswer empty = supervisor.send("PATCH", QStringLiteral("/app/partners/1/cardholders/cards/block"),
                                                 "{\"otp\":\"" + otp + "\",\"cardIds\":[]}");
        QCOMPARE(empty.status, 400);
        // An INACTIVE pool card cannot be blocked; an ACTIVE one can; again → ALREADY_IN_STATE.
        const qint64 poolCard = m_agent->send("GET", QStringLiteral("/app/partners/1/cards?assigned=false"))
                                    .data()
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("cardId"))
                                    .toInteger();
        const HttpAnswer mixed =
            supervisor.send("PATCH", QStringLiteral("/app/partners/1/cardholders/cards/block"),
                            "{\"otp\":\"" + otp + "\",\"cardIds\":[2," + QByteArray::number(poolCard) + "]}");
        QCOMPARE(mixed.status, 200);
        const QJsonArray results = mixed.data().toObject().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("DONE"));
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("REFUSED"));
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("7213"));
        const HttpAnswer again = supervisor.send("PATCH", QStringLiteral("/app/partners/1/cardholders/cards/block"),
                                                 "{\"otp\":\"" + otp + "\",\"cardIds\":[2]}");
        QCOMPARE(again.data().toObject().value(QStringLiteral("alreadyInState")).toInt(), 1);
    }

    void associationsLinkAnotherCardholdersCard() {
        const HttpAnswer owner = m_agent->send("POST", QStringLiteral("/app/partners/1/cardholders/2"), QByteArray());
        QCOMPARE(owner.status, 200);
        const QString ownerEmail = owner.data().toObject().value(QStringLiteral("email")).toString();
        const QJsonObject ownerCard = m_agent->send("GET", QStringLiteral("/app/partners/1/cardholders/2/cards"))
                                          .data()
                                          .toArray()
                                          .at(0)
                                          .toObject();
        const QString suffix = ownerCard.value(QStringLiteral("maskedPan")).toString().right(4);
        const QString path = QStringLiteral("/app/partners/1/cardholders/1/cards/association");
        const auto body = [](const QString& email, const QString& last4) {
            return QJsonObject{{QStringLiteral("email"), email},
                               {QStringLiteral("suffix"), last4},
                               {QStringLiteral("alias"), QStringLiteral("Tarjeta de mamá")}};
        };
        QCOMPARE(m_agent->send("POST", path, body(QStringLiteral("nobody@example.com"), suffix)).errorCode(),
                 QStringLiteral("7220"));
        QCOMPARE(m_agent->send("POST", path, body(ownerEmail, QStringLiteral("12a4"))).status, 400);
        const HttpAnswer linked = m_agent->send("POST", path, body(ownerEmail.toUpper(), suffix));
        QCOMPARE(linked.status, 200);
        QCOMPARE(linked.data().toObject().value(QStringLiteral("maskedPan")).toString(),
                 ownerCard.value(QStringLiteral("maskedPan")).toString());
        QCOMPARE(m_agent->send("POST", path, body(ownerEmail, suffix)).errorCode(), QStringLiteral("7222"));
        const QString ownEmail = m_agent->send("POST", QStringLiteral("/app/partners/1/cardholders/1"), QByteArray())
                                     .data()
                                     .toObject()
                                     .value(QStringLiteral("email"))
                                     .toString();
        const QString ownSuffix = m_agent->send("GET", QStringLiteral("/app/partners/1/cardholders/1/cards"))
                                      .data()
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("maskedPan"))
                                      .toString()
                                      .right(4);
        const HttpAnswer own = m_agent->send("POST", path, body(ownEmail, ownSuffix));
        QCOMPARE(own.status, 409);
        QCOMPARE(own.errorCode(), QStringLiteral("7223"));

        const HttpAnswer list = m_agent->send("GET", path);
        QCOMPARE(list.status, 200);
        bool found = false;
        for (const QJsonValue& item : list.data().toArray()) {
            found = found || item.toObject().value(QStringLiteral("associationId")).toInteger() ==
                                 linked.data().toObject().value(QStringLiteral("associationId")).toInteger();
        }
        QVERIFY(found);
        // The linked card shows among cardholder 1's cards as LINKED.
        bool listedAsLinked = false;
        for (const QJsonValue& card :
             m_agent->send("GET", QStringLiteral("/app/partners/1/cardholders/1/cards")).data().toArray()) {
            listedAsLinked =
                listedAsLinked ||
                (card.toObject().value(QStringLiteral("type")).toString() == QStringLiteral("LINKED") &&
                 card.toObject().value(QStringLiteral("alias")).toString() == QStringLiteral("Tarjeta de mamá"));
        }
        QVERIFY(listedAsLinked);
    }

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxClient> m_agent;
};

QTEST_GUILESS_MAIN(SandboxFlowsTest)
#include "tst_sandbox_flows.moc"
