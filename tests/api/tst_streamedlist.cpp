// The streamed card-list decode (parse::streamedList, issue 7's big-list memory): the same cards and the same
// errors as the tree decode (decodeEnvelope, then parse::list) for every envelope and list shape.
#include "Envelope.h"
#include "Parsers.h"

#include <QTest>

using namespace migo::api;

namespace {

Result<QList<Card>> treeDecode(int status, const QByteArray& body) {
    auto envelope = decodeEnvelope(status, body);
    if (ApiError* error = std::get_if<ApiError>(&envelope))
        return *error;
    QString problem;
    auto cards = parse::list<Card>(std::get<EnvelopeData>(envelope).data, problem, &parse::card);
    if (!cards)
        return errors::malformed(status, problem);
    return *cards;
}

Result<QList<Card>> streamedDecode(int status, const QByteArray& body) {
    return parse::streamedList<Card>(status, body, &parse::pooledCard);
}

QString describe(const Card& c) {
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9|%10|%11")
        .arg(c.id)
        .arg(c.maskedPan, c.alias)
        .arg(int(c.type))
        .arg(c.typeWire)
        .arg(int(c.status))
        .arg(c.statusWire, QString::fromStdString(c.balance.toJsonNumber()), c.currency,
             c.cardholderId ? QString::number(*c.cardholderId) : QStringLiteral("none"), c.cardholderName);
}

QString describe(const ApiError& e) {
    return QStringLiteral("%1|%2|%3|%4|%5|%6")
        .arg(int(e.kind))
        .arg(e.httpStatus)
        .arg(e.codes().join(u','), e.serverMessage, e.userMessage, e.technicalDetail);
}

QByteArray manyCards(int count) {
    QByteArray body = R"({"success":true,"data":[)";
    for (int i = 1; i <= count; ++i) {
        if (i > 1)
            body += ',';
        body += QStringLiteral(R"({"cardId":%1,"maskedPan":"411111******%2","alias":"Gastos","type":"PHYSICAL",)"
                               R"("status":"%3","balance":%4.%5,"currency":"GTQ","cardholderId":%6,)"
                               R"("cardholderName":"Holder %6"})")
                    .arg(i)
                    .arg(i % 10000, 4, 10, QLatin1Char('0'))
                    .arg(i % 3 ? QStringLiteral("ACTIVE") : QStringLiteral("BLOCKED"))
                    .arg(i)
                    .arg(i % 10000, 4, 10, QLatin1Char('0'))
                    .arg(i / 2)
                    .toUtf8();
    }
    body += "]}";
    return body;
}

} // namespace

class TestStreamedList : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameAsTheTreeDecode_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("count");

        const QByteArray exact =
            R"([{"cardId":1,"maskedPan":"411111******1234","alias":"Principal","type":"PHYSICAL","status":"ACTIVE",)"
            R"("balance":12345678.9999,"currency":"GTQ","cardholderId":7,"cardholderName":"Ana López",)"
            R"("unknown":{"nested":[1,[2,{"deep":[]}],0.1]},"more":[{"a":1}]},)"
            R"({"id":"2","pan":"411111******9876","cardType":"linked","state":"blocked","availableBalance":"0.10",)"
            R"("currency":"USD","userId":"8","cardholderName":"Ana López","x":null},)"
            R"({"cardId":3,"maskedPan":"411111******5555","status":"MYSTERY","balance":0.0001}])";
        QTest::newRow("bare list, exact decimals, unknown fields")
            << 200 << (QByteArray(R"({"success":true,"meta":{"list":[1,2]},"data":)") + exact + "}") << true << 3;
        QTest::newRow("statusCode variant")
            << 200 << (QByteArray(R"({"statusCode":200,"message":"ok","data":)") + exact + "}") << true << 3;
        QTest::newRow("wrapped in items with a total")
            << 200 << (QByteArray(R"({"success":true,"data":{"total":3,"items":)") + exact + "}}") << true << 3;
        QTest::newRow("wrapped: items before rows")
            << 200 << (QByteArray(R"({"success":true,"data":{"rows":[{"cardId":9}],"items":)") + exact + "}}") << true
            << 3;
        QTest::newRow("wrapped in content")
            << 200 << QByteArray(R"({"success":true,"data":{"content":[{"id":4}]}})") << true << 1;
        QTest::newRow("empty list") << 200 << QByteArray(R"({"success":true,"data":[]})") << true << 0;
        QTest::newRow("data repeated: the last wins")
            << 200 << QByteArray(R"({"success":true,"data":[{"cardId":1}],"data":[{"cardId":2},{"cardId":3}]})") << true
            << 2;
        QTest::newRow("error envelope")
            << 409
            << QByteArray(R"({"success":false,"message":"nope","errors":[{"code":"7303"}],"data":[{"cardId":1}]})")
            << false << 0;
        QTest::newRow("success false in a 200")
            << 200 << QByteArray(R"({"success":false,"errors":[{"code":7213}],"data":[{"cardId":1}]})") << false << 0;
        QTest::newRow("malformed element")
            << 200 << QByteArray(R"({"success":true,"data":[{"cardId":1},{"cardId":2,"balance":"lots"},{"x":1}]})")
            << false << 0;
        QTest::newRow("element not an object")
            << 200 << QByteArray(R"({"success":true,"data":[{"cardId":1},[1,2]]})") << false << 0;
        QTest::newRow("missing id after a good element")
            << 200 << QByteArray(R"({"success":true,"data":[{"cardId":1},{"maskedPan":"x"}]})") << false << 0;
        QTest::newRow("truncated JSON") << 200 << QByteArray(R"({"success":true,"data":[{"cardId":1},{"cardId":2)")
                                        << false << 0;
        QTest::newRow("no data") << 200 << QByteArray(R"({"success":true})") << false << 0;
        QTest::newRow("data not a list") << 200 << QByteArray(R"({"success":true,"data":{"total":3}})") << false << 0;
        QTest::newRow("bare array body") << 200 << QByteArray(R"([{"cardId":1}])") << false << 0;
        QTest::newRow("bad success type") << 200 << QByteArray(R"({"success":"yes","data":[]})") << false << 0;
        QTest::newRow("proxy HTML page") << 502 << QByteArray("<html><body>Bad gateway</body></html>") << false << 0;
        QTest::newRow("empty 200") << 200 << QByteArray() << false << 0;
    }

    void sameAsTheTreeDecode() {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(int, count);
        const Result<QList<Card>> tree = treeDecode(status, body);
        const Result<QList<Card>> streamed = streamedDecode(status, body);
        QCOMPARE(tree.ok(), ok); // the sample means what its row says
        QCOMPARE(streamed.ok(), ok);
        if (!ok) {
            QCOMPARE(describe(streamed.error()), describe(tree.error()));
            return;
        }
        QCOMPARE(streamed.value().size(), count);
        QCOMPARE(tree.value().size(), count);
        for (int i = 0; i < count; ++i)
            QCOMPARE(describe(streamed.value().at(i)), describe(tree.value().at(i)));
    }

    void exactDecimalsAndTolerance() {
        const QByteArray body =
            R"({"success":true,"data":[{"cardId":1,"balance":12345678.9999,"currency":"GTQ","unknown":[{"a":[]}]},)"
            R"({"id":"2","availableBalance":"0.10","status":"blocked"}]})";
        const Result<QList<Card>> cards = streamedDecode(200, body);
        QVERIFY(cards.ok());
        QCOMPARE(cards.value().size(), 2);
        QCOMPARE(cards.value().at(0).balance.units(), std::int64_t(123456789999));
        QCOMPARE(cards.value().at(1).id, qint64(2));
        QCOMPARE(cards.value().at(1).balance.units(), std::int64_t(1000));
        QCOMPARE(cards.value().at(1).status, CardStatus::Blocked);
    }

    void malformedElementIsNamed() {
        const Result<QList<Card>> cards =
            streamedDecode(200, R"({"success":true,"data":[{"cardId":1},{"cardId":2,"balance":"lots"}]})");
        QVERIFY(!cards.ok());
        QCOMPARE(cards.error().kind, ErrorKind::MalformedResponse);
        QCOMPARE(cards.error().technicalDetail,
                 QStringLiteral("card.balance: expected an amount with at most 4 decimals"));
    }

    void longListAcrossChunksSharesRepeatedTexts() {
        const int count = 10000; // more than one internal chunk
        const QByteArray body = manyCards(count);
        const Result<QList<Card>> tree = treeDecode(200, body);
        const Result<QList<Card>> streamed = streamedDecode(200, body);
        QVERIFY(tree.ok());
        QVERIFY(streamed.ok());
        QCOMPARE(streamed.value().size(), count);
        for (int i = 0; i < count; ++i) {
            if (describe(streamed.value().at(i)) != describe(tree.value().at(i)))
                QFAIL(qPrintable(QStringLiteral("card %1 differs: %2").arg(i).arg(describe(streamed.value().at(i)))));
        }
        const QList<Card>& cards = streamed.value();
        QCOMPARE(cards.at(9998).balance.units(), std::int64_t(99999999));
        // Repeated texts are one buffer; distinct ones stay distinct.
        QCOMPARE(cards.at(0).currency.constData(), cards.at(count - 1).currency.constData());
        QCOMPARE(cards.at(0).statusWire.constData(), cards.at(3).statusWire.constData());
        QCOMPARE(cards.at(0).alias.constData(), cards.at(5000).alias.constData());
        QCOMPARE(cards.at(1).cardholderName.constData(), cards.at(2).cardholderName.constData()); // both holder 1
        QVERIFY(cards.at(2).maskedPan.constData() != cards.at(3).maskedPan.constData());
    }
};

QTEST_GUILESS_MAIN(TestStreamedList)
#include "tst_streamedlist.moc"
