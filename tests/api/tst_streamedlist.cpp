// The streamed card-list decode (parse::streamedList, issue 7's big-list memory) and the incremental one
// (CmsClient::streamPartnerCards, issue 19: rows while the answer still arrives): the same cards and the same errors
// as the tree decode (decodeEnvelope, then parse::list) for every envelope and list shape.
#include "ClientFixture.h"
#include "Envelope.h"
#include "Parsers.h"
#include "StreamedList.h"

#include <QPointer>
#include <QTest>

#include <thread>

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

/// What CmsClient::streamPartnerCards() handed over for one answer.
struct Incremental {
    QList<Card> cards;
    QList<qsizetype> batchSizes;
    std::optional<Result<qsizetype>> end;
    int ends = 0;
};

/// Serves `body` through the fake network in chunks of `chunkBytes`; `eachChunk(offset)` runs before each chunk
/// is produced (on the test's thread).
migo::test::FakeResponse chunked(int status, QByteArray body, qint64 chunkBytes,
                                 std::function<void(qint64)> eachChunk = {}) {
    migo::test::FakeResponse response;
    response.status = status;
    response.streamBytes = body.size();
    response.chunkBytes = chunkBytes;
    response.stream = [body, eachChunk](qint64 offset, qint64 length) {
        if (eachChunk)
            eachChunk(offset);
        return body.mid(offset, length);
    };
    return response;
}

/// Runs streamPartnerCards() against `response` until it ends, recording into `seen` as it goes.
void incrementalDecode(migo::test::FakeResponse response, Incremental& seen) {
    migo::test::ClientFixture fixture;
    fixture.network.setHandler([&](const migo::test::FakeRequest&) { return response; });
    QObject context;
    fixture.client.streamPartnerCards(
        PartnerCardQuery(), &context,
        [&](QList<Card> batch) {
            seen.batchSizes << batch.size();
            seen.cards += batch;
        },
        [&](const Result<qsizetype>& end) {
            seen.end = end;
            ++seen.ends;
        });
    if (!QTest::qWaitFor([&] { return seen.end.has_value(); }, 20000))
        qWarning("the streamed list never ended");
    QTest::qWait(20); // a second end would show here
}

Incremental incrementalDecode(migo::test::FakeResponse response) {
    Incremental seen;
    incrementalDecode(std::move(response), seen);
    return seen;
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
        QTest::addColumn<bool>("incrementalOk"); // rows shown while arriving cannot be taken back: see the two rows

        const QByteArray exact =
            R"([{"cardId":1,"maskedPan":"411111******1234","alias":"Principal","type":"PHYSICAL","status":"ACTIVE",)"
            R"("balance":12345678.9999,"currency":"GTQ","cardholderId":7,"cardholderName":"Ana López",)"
            R"("unknown":{"nested":[1,[2,{"deep":[]}],0.1]},"more":[{"a":1}]},)"
            R"({"id":"2","pan":"411111******9876","cardType":"linked","state":"blocked","availableBalance":"0.10",)"
            R"("currency":"USD","userId":"8","cardholderName":"Ana López","x":null},)"
            R"({"cardId":3,"maskedPan":"411111******5555","status":"MYSTERY","balance":0.0001}])";
        QTest::newRow("bare list, exact decimals, unknown fields")
            << 200 << (QByteArray(R"({"success":true,"meta":{"list":[1,2]},"data":)") + exact + "}") << true << 3
            << true;
        QTest::newRow("statusCode variant")
            << 200 << (QByteArray(R"({"statusCode":200,"message":"ok","data":)") + exact + "}") << true << 3 << true;
        QTest::newRow("wrapped in items with a total")
            << 200 << (QByteArray(R"({"success":true,"data":{"total":3,"items":)") + exact + "}}") << true << 3 << true;
        QTest::newRow("wrapped: items before rows")
            << 200 << (QByteArray(R"({"success":true,"data":{"rows":[{"cardId":9}],"items":)") + exact + "}}") << true
            << 3 << false;
        QTest::newRow("wrapped in content")
            << 200 << QByteArray(R"({"success":true,"data":{"content":[{"id":4}]}})") << true << 1 << true;
        QTest::newRow("empty list") << 200 << QByteArray(R"({"success":true,"data":[]})") << true << 0 << true;
        QTest::newRow("data repeated: the last wins")
            << 200 << QByteArray(R"({"success":true,"data":[{"cardId":1}],"data":[{"cardId":2},{"cardId":3}]})") << true
            << 2 << false;
        QTest::newRow("error envelope")
            << 409
            << QByteArray(R"({"success":false,"message":"nope","errors":[{"code":"7303"}],"data":[{"cardId":1}]})")
            << false << 0 << false;
        QTest::newRow("success false in a 200")
            << 200 << QByteArray(R"({"success":false,"errors":[{"code":7213}],"data":[{"cardId":1}]})") << false << 0
            << false;
        QTest::newRow("malformed element")
            << 200 << QByteArray(R"({"success":true,"data":[{"cardId":1},{"cardId":2,"balance":"lots"},{"x":1}]})")
            << false << 0 << false;
        QTest::newRow("element not an object")
            << 200 << QByteArray(R"({"success":true,"data":[{"cardId":1},[1,2]]})") << false << 0 << false;
        QTest::newRow("missing id after a good element")
            << 200 << QByteArray(R"({"success":true,"data":[{"cardId":1},{"maskedPan":"x"}]})") << false << 0 << false;
        QTest::newRow("truncated JSON") << 200 << QByteArray(R"({"success":true,"data":[{"cardId":1},{"cardId":2)")
                                        << false << 0 << false;
        QTest::newRow("no data") << 200 << QByteArray(R"({"success":true})") << false << 0 << false;
        QTest::newRow("data not a list") << 200 << QByteArray(R"({"success":true,"data":{"total":3}})") << false << 0
                                         << false;
        QTest::newRow("bare array body") << 200 << QByteArray(R"([{"cardId":1}])") << false << 0 << false;
        QTest::newRow("bad success type") << 200 << QByteArray(R"({"success":"yes","data":[]})") << false << 0 << false;
        QTest::newRow("proxy HTML page") << 502 << QByteArray("<html><body>Bad gateway</body></html>") << false << 0
                                         << false;
        QTest::newRow("empty 200") << 200 << QByteArray() << false << 0 << false;
    }

    void sameAsTheTreeDecode() {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(int, count);
        QFETCH(bool, incrementalOk);
        const Result<QList<Card>> tree = treeDecode(status, body);
        const Result<QList<Card>> streamed = streamedDecode(status, body);
        // Seven bytes a chunk: every token, escape and number is cut somewhere.
        const Incremental incremental = incrementalDecode(chunked(status, body, 7));
        QCOMPARE(tree.ok(), ok); // the sample means what its row says
        QCOMPARE(streamed.ok(), ok);
        QCOMPARE(incremental.ends, 1);
        QCOMPARE(incremental.end->ok(), incrementalOk);
        if (!incrementalOk && ok) // two candidate lists: refused rather than shown wrong (contract §6)
            QCOMPARE(incremental.end->error().technicalDetail, QStringLiteral("data: more than one list"));
        if (!ok) {
            QCOMPARE(describe(streamed.error()), describe(tree.error()));
            QCOMPARE(describe(incremental.end->error()), describe(tree.error()));
            return;
        }
        QCOMPARE(streamed.value().size(), count);
        QCOMPARE(tree.value().size(), count);
        for (int i = 0; i < count; ++i)
            QCOMPARE(describe(streamed.value().at(i)), describe(tree.value().at(i)));
        if (!incrementalOk)
            return;
        QCOMPARE(incremental.end->value(), qsizetype(count));
        QCOMPARE(incremental.cards.size(), count);
        for (int i = 0; i < count; ++i)
            QCOMPARE(describe(incremental.cards.at(i)), describe(tree.value().at(i)));
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

    void firstRowsArriveWhileTheAnswerIsStillComing() {
        const int count = 20000;
        const QByteArray body = manyCards(count);
        qsizetype rowsBeforeHalf = -1;
        Incremental seen;
        const qint64 half = body.size() / 2;
        incrementalDecode(chunked(200, body, 16 * 1024,
                                  [&](qint64 offset) {
                                      if (offset >= half && rowsBeforeHalf < 0) {
                                          // The second half waits here (a slow network) until rows arrive, or 5 s.
                                          const bool arrived =
                                              QTest::qWaitFor([&] { return !seen.cards.isEmpty(); }, 5000);
                                          rowsBeforeHalf = arrived ? seen.cards.size() : 0;
                                      }
                                  }),
                          seen);

        QVERIFY2(rowsBeforeHalf > 0, "no row before the second half of the answer was sent");
        QVERIFY(seen.end && seen.end->ok());
        QCOMPARE(seen.end->value(), qsizetype(count));
        QCOMPARE(seen.cards.size(), count);
        QVERIFY(seen.batchSizes.first() <= 256); // a small first batch: on screen early
        for (qsizetype size : seen.batchSizes)
            QVERIFY(size <= 4096); // each hand-over stays small enough for one frame's work
        for (int i = 0; i < count; i += 997)
            QCOMPARE(seen.cards.at(i).id, qint64(i + 1)); // server order
    }

    void aBrokenAnswerAfterRowsIsAnErrorNotAShortList() {
        QByteArray body = manyCards(5000);
        body.chop(body.size() / 3); // cut in the middle of an element
        const Incremental seen = incrementalDecode(chunked(200, body, 8192));
        QVERIFY(!seen.cards.isEmpty()); // rows were shown…
        QCOMPARE(seen.ends, 1);
        QVERIFY(!seen.end->ok()); // …and the end says they are not the list
        QCOMPARE(seen.end->error().kind, ErrorKind::MalformedResponse);
    }

    void aDroppedConnectionAfterRowsIsAnError() {
        migo::test::FakeResponse response = migo::test::FakeResponse::json(200, manyCards(3000));
        response.mode = migo::test::FakeResponse::Mode::ResetMidBody;
        const Incremental seen = incrementalDecode(response);
        QCOMPARE(seen.ends, 1);
        QVERIFY(!seen.end->ok());
        QCOMPARE(seen.end->error().kind, ErrorKind::Network);
    }

    void cancellingMidAnswerEndsTheWorkerAndReportsNothing() {
        migo::test::ClientFixture fixture;
        const QByteArray body = manyCards(20000);
        QPointer<QObject> context = new QObject;
        int batches = 0;
        int ends = 0;
        CallHandle handle;
        fixture.network.setHandler([&](const migo::test::FakeRequest&) {
            return chunked(200, body, 16 * 1024, [&](qint64 offset) {
                if (offset > body.size() / 2 && handle.isRunning())
                    handle.cancel();
            });
        });
        handle = fixture.client.streamPartnerCards(
            PartnerCardQuery(), context, [&](QList<Card>) { ++batches; }, [&](const Result<qsizetype>&) { ++ends; });
        QTRY_VERIFY(!handle.isRunning());
        // The decoding worker saw the end of its input and stopped: no thread is left waiting for bytes.
        QTRY_COMPARE(detail::streamedListPool()->activeThreadCount(), 0);
        const int batchesAtCancel = batches;
        QTest::qWait(50);
        QCOMPARE(batches, batchesAtCancel);
        QCOMPARE(ends, 0);
        delete context;
    }

    void aFullFeedHoldsTheNetworkBackUntilItDrains() {
        detail::ByteFeed feed(1000);
        std::atomic<int> drained = 0;
        feed.setOnDrained([&] { ++drained; });
        feed.push(QByteArray(600, 'a'));
        QVERIFY(!feed.isFull());
        feed.push(QByteArray(600, 'b'));
        QVERIFY(feed.isFull()); // the call stops reading here
        feed.close();
        std::string read;
        std::thread reader([&] {
            std::istream input(&feed);
            read.assign(std::istreambuf_iterator<char>(input), std::istreambuf_iterator<char>());
        });
        reader.join();
        QCOMPARE(read.size(), std::size_t(1200));
        QCOMPARE(read.substr(598, 4), std::string("aabb"));
        QVERIFY(!feed.isFull());
        QCOMPARE(drained.load(), 1); // once below a quarter of the high-water mark: the call reads again
    }

    void anAbortedFeedEndsAWaitingReader() {
        detail::ByteFeed feed;
        feed.push("{\"success\":true,\"data\":[");
        bool ended = false;
        std::thread reader([&] {
            std::istream input(&feed);
            std::string all((std::istreambuf_iterator<char>(input)), std::istreambuf_iterator<char>());
            ended = true;
        });
        QTest::qWait(20); // the reader now waits for more bytes
        feed.abort();
        reader.join();
        QVERIFY(ended);
    }
};

QTEST_GUILESS_MAIN(TestStreamedList)
#include "tst_streamedlist.moc"
