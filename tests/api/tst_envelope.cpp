// The envelope decoder and the error catalogue (ref §3, §7; contract §2-3).
#include "Envelope.h"
#include "Parsers.h"

#include <QTest>

#include <limits>

using namespace migo::api;

namespace {

ApiError decodeError(int status, const QByteArray& body, const QByteArray& retryAfter = {}) {
    auto decoded = decodeEnvelope(status, body, retryAfter);
    if (!std::holds_alternative<ApiError>(decoded)) {
        qWarning("expected an error for %s", body.constData());
        return {};
    }
    return std::get<ApiError>(decoded);
}

EnvelopeData decodeData(int status, const QByteArray& body) {
    auto decoded = decodeEnvelope(status, body);
    if (!std::holds_alternative<EnvelopeData>(decoded)) {
        qWarning("expected data for %s: %s", body.constData(), qPrintable(std::get<ApiError>(decoded).technicalDetail));
        return {};
    }
    return std::get<EnvelopeData>(decoded);
}

} // namespace

class TestEnvelope : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyDocumentedCodeIsDecodedAndWorded_data() {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        const QList<std::pair<const char*, int>> codes = {{"7000", 400},
                                                          {"7001", 400},
                                                          {"7002", 400},
                                                          {"7003", 500},
                                                          {"7004", 404},
                                                          {"7005", 404},
                                                          {"7006", 409},
                                                          {"7007", 500},
                                                          {"7008", 500},
                                                          {"7009", 500},
                                                          {"7010", 404},
                                                          {"7011", 500},
                                                          {"7012", 500},
                                                          {"7013", 404},
                                                          {"7014", 404},
                                                          {"7100", 404},
                                                          {"7200", 404},
                                                          {"7205", 400},
                                                          {"7210", 500},
                                                          {"7213", 409},
                                                          {"7220", 404},
                                                          {"7221", 500},
                                                          {"7222", 409},
                                                          {"7223", 409},
                                                          {"7300", 500},
                                                          {"7301", 500},
                                                          {"7303", 409},
                                                          {"TOKEN_EXPIRED", 401},
                                                          {"INVALID_CREDENTIALS", 401},
                                                          {"MERCHANT_NOT_FOUND", 401},
                                                          {"FORBIDDEN", 403},
                                                          {"PERMISSION_DENIED", 403},
                                                          {"PAYLOAD_TOO_LARGE", 413},
                                                          {"RATE_LIMITED", 429}};
        for (const auto& [code, status] : codes)
            QTest::newRow(code) << QString::fromLatin1(code) << status;
    }
    void everyDocumentedCodeIsDecodedAndWorded() {
        QFETCH(QString, code);
        QFETCH(int, status);
        const ApiError error =
            decodeError(status, R"({"success":false,"message":"Validation failed","errors":[{"code":")" +
                                    code.toLatin1() + R"(","message":"server words"}]})");
        QCOMPARE(error.kind, ErrorKind::Server);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.codes(), QStringList{code});
        QCOMPARE(error.details.first().message, QStringLiteral("server words"));
        QCOMPARE(error.serverMessage, QStringLiteral("Validation failed"));
        // Worded from the catalogue, not from the HTTP status and not the server's raw text.
        QVERIFY(!errors::sentenceForCode(code).isEmpty());
        QCOMPARE(error.userMessage, errors::sentenceForCode(code));
    }

    void distinctWordingForTheCodesAgentsReadToCallers() {
        QSet<QString> sentences;
        for (const char* code : {"7220", "7221", "7222", "7223", "7303", "7213", "7200", "7100"})
            sentences.insert(errors::sentenceForCode(QString::fromLatin1(code)));
        QCOMPARE(sentences.size(), 8);
    }

    void retryIsOfferedOnlyWhereAskingAgainCanHelp() {
        // Refusals come back the same: no "Retry" button for them.
        for (const char* code : {"7220", "7222", "7303", "7213", "7200", "7100"})
            QVERIFY2(!decodeError(409, R"({"success":false,"errors":[{"code":")" + QByteArray(code) + R"("}]})")
                          .worthRetrying(),
                     code);
        QVERIFY(!decodeError(403, R"({"success":false,"errors":[{"code":"OTP_INVALID"}]})").worthRetrying());
        QVERIFY(!decodeError(404, R"({"success":false})").worthRetrying());
        // A server hiccup, rate limiting or a garbled answer may pass the next time.
        QVERIFY(decodeError(503, R"({"success":false})").worthRetrying());
        QVERIFY(decodeError(429, R"({"success":false})", "1").worthRetrying());
        QVERIFY(decodeError(200, "<html>not json</html>").worthRetrying());
        ApiError lost;
        lost.kind = ErrorKind::Network;
        QVERIFY(lost.worthRetrying());
        lost.kind = ErrorKind::SessionExpired; // once the agent signs in again
        QVERIFY(lost.worthRetrying());
        lost.kind = ErrorKind::OutcomeUnknown; // a write that may be done: checked, never resent by a button
        QVERIFY(!lost.worthRetrying());
    }

    void statusesWithoutCodesAreWorded_data() {
        QTest::addColumn<int>("status");
        for (int status : {400, 401, 403, 404, 409, 413, 422, 429, 500, 502, 503, 504})
            QTest::newRow(QByteArray::number(status).constData()) << status;
    }
    void statusesWithoutCodesAreWorded() {
        QFETCH(int, status);
        const ApiError error = decodeError(status, R"({"success":false})");
        QCOMPARE(error.httpStatus, status);
        QVERIFY(error.codes().isEmpty());
        QCOMPARE(error.userMessage, errors::sentenceForStatus(status));
        QVERIFY(!error.userMessage.isEmpty());
    }

    void stepUpCodesHaveTheirOwnKinds() {
        QCOMPARE(decodeError(403, R"({"success":false,"errors":[{"code":"OTP_REQUIRED","message":"x"}]})").kind,
                 ErrorKind::OtpRequired);
        const ApiError invalid = decodeError(
            403, R"({"success":false,"data":{"attemptsLeft":3},"errors":[{"code":"OTP_INVALID","message":"x"}]})");
        QCOMPARE(invalid.kind, ErrorKind::OtpInvalid);
        QVERIFY(invalid.isStepUp());
        QCOMPARE(invalid.attemptsLeft, std::optional<int>(3));
        QCOMPARE(decodeError(403, R"({"success":false,"errors":[{"code":"OTP_EXPIRED"}]})").kind,
                 ErrorKind::OtpExpired);
        QCOMPARE(decodeError(403, R"({"success":false,"errors":[{"code":"OTP_LOCKED"}]})").kind, ErrorKind::OtpLocked);
        QVERIFY(!decodeError(403, R"({"success":false,"errors":[{"code":"FORBIDDEN"}]})").isStepUp());
    }

    void fieldErrorsNameTheirField() {
        const ApiError error =
            decodeError(400, R"({"success":false,"errors":[{"code":"7000","message":"not an e-mail","field":"email"},
                                               {"code":"7000","message":"must be 4 digits","field":"suffix"}]})");
        QCOMPARE(error.messageForField(u"email"), QStringLiteral("not an e-mail"));
        QCOMPARE(error.messageForField(u"suffix"), QStringLiteral("must be 4 digits"));
        QVERIFY(error.messageForField(u"alias").isEmpty());
    }

    void toleratesDocumentedVariants() {
        // Codes as numbers, a missing message.
        ApiError numeric = decodeError(409, R"({"success":false,"errors":[{"code":7303}]})");
        QCOMPARE(numeric.codes(), QStringList{QStringLiteral("7303")});
        QCOMPARE(numeric.userMessage, errors::sentenceForCode(QStringLiteral("7303")));
        // statusCode instead of success (Quick Start variant).
        QCOMPARE(decodeData(200, R"({"statusCode":200,"message":"ok","data":{"x":1}})").data["x"].get<int>(), 1);
        QCOMPARE(decodeError(404, R"({"statusCode":404,"message":"nope"})").httpStatus, 404);
        // No message, no data.
        QVERIFY(decodeData(200, R"({"success":true})").data.is_null());
        QVERIFY(decodeData(204, "").data.is_null());
        // success:false inside a 200 is still a refusal.
        QCOMPARE(decodeError(200, R"({"success":false,"errors":[{"code":"7213"}]})").codes(),
                 QStringList{QStringLiteral("7213")});
        // A proxy's HTML error page: the status decides.
        ApiError html = decodeError(502, "<html><body>Bad gateway</body></html>");
        QCOMPARE(html.httpStatus, 502);
        QCOMPARE(html.userMessage, errors::sentenceForStatus(502));
    }

    void aFullCardNumberIsMaskedWhenRead() {
        // A server (or a proxy) that sends the whole PAN: the client keeps only the first six and last four digits.
        const auto full = json::exactParse(R"({"cardId":7,"pan":"4111111111111234","status":"ACTIVE","balance":0})");
        QString problem;
        const auto card = parse::card(*full, problem);
        QVERIFY2(card, qPrintable(problem));
        QCOMPARE(card->maskedPan, QStringLiteral("411111******1234"));
        QCOMPARE(card->lastFour(), QStringLiteral("1234"));
        const auto spaced = json::exactParse(R"({"cardId":8,"maskedPan":"4111 1111 1111 1234"})");
        QCOMPARE(parse::card(*spaced, problem)->maskedPan, QStringLiteral("4111 11** **** 1234"));
        const auto association = json::exactParse(R"({"associationId":1,"cardId":9,"maskedPan":"5500000000009876"})");
        QCOMPARE(parse::association(*association, problem)->maskedPan, QStringLiteral("550000******9876"));
        QCOMPARE(maskPan(QStringLiteral("411111******1234")), QStringLiteral("411111******1234"));
    }

    void listsComeBareOrWrapped() {
        const auto bare =
            json::exactParse(R"([{"cardId":1,"maskedPan":"411111******1234","status":"ACTIVE","balance":1.5}])");
        QString problem;
        auto cards = parse::list<Card>(*bare, problem, &parse::card);
        QVERIFY2(cards, qPrintable(problem));
        QCOMPARE(cards->size(), 1);
        QCOMPARE(cards->first().status, CardStatus::Active);
        QCOMPARE(cards->first().lastFour(), QStringLiteral("1234"));

        for (const char* shape : {R"({"items":[{"cardholderId":5}],"page":2,"limit":1,"total":9,"totalPages":9})",
                                  R"({"data":[{"id":5}],"totalItems":9,"page":2,"limit":1})",
                                  R"({"results":[{"cardholderId":5}],"meta":{"total":9},"page":2,"limit":1})",
                                  R"({"rows":[{"cardholderId":5}],"count":9,"page":2,"limit":1})"}) {
            const auto data = json::exactParse(QByteArray(shape));
            auto page = parse::page<Cardholder>(*data, problem, 2, 1, &parse::cardholder);
            QVERIFY2(page, shape);
            QCOMPARE(page->items.size(), 1);
            QCOMPARE(page->items.first().id, qint64(5));
            QCOMPARE(page->total, std::optional<qint64>(9));
            QVERIFY(page->hasMore());
        }
        // Without a total, a short page is the last one.
        const auto last = json::exactParse(R"({"items":[{"cardholderId":5}]})");
        auto page = parse::page<Cardholder>(*last, problem, 3, 50, &parse::cardholder);
        QVERIFY(page);
        QVERIFY(!page->hasMore());
    }

    void malformedAnswersAreNotSuccesses() {
        QCOMPARE(decodeError(200, "{\"success\":true,").kind, ErrorKind::MalformedResponse);
        QCOMPARE(decodeError(200, "[1,2]").kind, ErrorKind::MalformedResponse);
        QCOMPARE(decodeError(200, R"({"success":"yes"})").kind, ErrorKind::MalformedResponse);
        QCOMPARE(decodeError(400, R"({"success":false,"errors":"bad"})").kind, ErrorKind::MalformedResponse);
    }

    void wrongTypesInDataAreReported() {
        QString problem;
        auto wrongBalance = json::exactParse(R"({"cardId":1,"balance":"lots"})");
        QVERIFY(!parse::card(*wrongBalance, problem));
        QVERIFY(problem.contains(u"card.balance"));
        auto missingId = json::exactParse(R"({"maskedPan":"x"})");
        QVERIFY(!parse::card(*missingId, problem));
        QVERIFY(problem.contains(u"card.cardId"));
        auto objectForString = json::exactParse(R"({"cardholderId":1,"email":{"a":1}})");
        QVERIFY(!parse::cardholder(*objectForString, problem));
        QVERIFY(problem.contains(u"cardholder.email"));
    }

    void cardStatusesAreReadTolerantly() {
        QCOMPARE(cardStatusFromWire(QStringLiteral("BLOCK")), CardStatus::Blocked);
        QCOMPARE(cardStatusFromWire(QStringLiteral("blocked")), CardStatus::Blocked);
        QCOMPARE(cardStatusFromWire(QStringLiteral("UNBLOCK")), CardStatus::Active);
        QCOMPARE(cardStatusFromWire(QStringLiteral("INACTIVE")), CardStatus::Inactive);
        QCOMPARE(cardStatusFromWire(QStringLiteral("LOST_IN_SPACE")), CardStatus::Unknown);
        QVERIFY(isLegal(CardAction::Activate, CardStatus::Inactive));
        QVERIFY(!isLegal(CardAction::Block, CardStatus::Blocked));
        QVERIFY(!isLegal(CardAction::Unblock, CardStatus::Inactive));
    }

    void retryAfterIsRead() {
        QCOMPARE(decodeError(429, R"({"success":false})", "7").retryAfterSeconds, std::optional<int>(7));
        QCOMPARE(parseRetryAfter("120"), std::optional<int>(120));
        QVERIFY(!parseRetryAfter("soon"));
        const QByteArray httpDate = QLocale::c()
                                        .toString(QDateTime::currentDateTimeUtc().addSecs(60),
                                                  QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                        .toLatin1();
        const std::optional<int> seconds = parseRetryAfter(httpDate);
        QVERIFY(seconds);
        QVERIFY(*seconds >= 58 && *seconds <= 60);
        // Found by fuzz_envelope: a date eight centuries ahead overflowed int into a negative wait.
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2837 07:28:00 GMT"), std::optional<int>(std::numeric_limits<int>::max()));
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT"), std::optional<int>(0)); // past: no wait
    }

    void aThrottledAnswerSaysHowLongToWait() {
        // A step-up locked out for half an hour must not say "wait a moment" (issue 15, contract §15).
        const ApiError locked =
            decodeError(429, R"({"success":false,"errors":[{"code":"RATE_LIMITED","message":"x"}]})", "1800");
        QVERIFY2(locked.userMessage.endsWith(u"You can try again in 30 minute(s)."), qPrintable(locked.userMessage));
        const ApiError brief = decodeError(429, R"({"success":false})", "45");
        QVERIFY2(brief.userMessage.endsWith(u"You can try again in 45 second(s)."), qPrintable(brief.userMessage));
        QVERIFY(!decodeError(429, R"({"success":false})", "").userMessage.contains(u"try again in"));
    }
};

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
