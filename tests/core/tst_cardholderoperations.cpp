// The cardholder operations without widgets (issue 12): opening a profile behind step-up, creating a cardholder and
// associating a card, each with its done / refused / unknown (or cancelled) outcome. A scripted prompter types codes.
#include "CardholderOperations.h"
#include "CoreFixture.h"

#include <QSignalSpy>

using namespace migo;
using namespace migo::test;
using core::AssociateCard;
using core::CardholderDetailRead;
using core::CreateCardholder;
using core::Outcome;

namespace {

const QByteArray associationJson = R"({"associationId":4,"cardId":10,"alias":"Family","maskedPan":"411111******9876",)"
                                   R"("ownerName":"Ana","createdAt":"2026-03-01T14:05:09+00:00"})";

Outcome outcomeOf(const QSignalSpy& finished) {
    return finished.constLast().constFirst().value<Outcome>();
}

/// An error envelope with field details: {code, message, field} each.
FakeResponse fieldFailure(int status, const QList<std::array<QByteArray, 3>>& details) {
    QByteArray errors;
    for (const auto& [code, message, field] : details)
        errors += QByteArray(errors.isEmpty() ? "" : ",") + R"({"code":")" + code + R"(","message":")" + message +
                  R"(","field":")" + field + R"("})";
    return FakeResponse::json(status, R"({"success":false,"errors":[)" + errors + "]}");
}

api::NewCardholder newCardholder() {
    api::NewCardholder c;
    c.name = QStringLiteral("María");
    c.lastName = QStringLiteral("Ramírez");
    c.address = QStringLiteral("Calle Principal 123");
    c.countryOfBirth = QStringLiteral("GT");
    c.dateOfBirth = QDate(1990, 5, 12);
    c.phoneNumber = QStringLiteral("50255551234");
    c.email = QStringLiteral("maria@example.com");
    c.documentNumber = QStringLiteral("2345678990101");
    c.cardId = 10;
    return c;
}

api::AssociationRequest associationRequest() {
    return {QStringLiteral("owner@example.com"), QStringLiteral("9876"), QStringLiteral("Family")};
}

bool isCreate(const FakeRequest& r) {
    return r.verb == "POST" && r.url.path().endsWith(u"/partners/7/cardholders");
}

} // namespace

class TestCardholderOperations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Outcome>(); }

    // ---- Opening a profile ----

    void detailWithoutStepUp() {
        CoreFixture f;
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::ok(cardholderJson); });
        CardholderDetailRead read(f.context());
        QSignalSpy finished(&read, &CardholderDetailRead::finished);
        QSignalSpy waiting(&read, &CardholderDetailRead::waitingForCode);
        QVERIFY(read.start(5));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(outcomeOf(finished), Outcome::Done);
        QVERIFY(read.cardholder());
        QCOMPARE(read.cardholder()->email, QStringLiteral("maria@example.com"));
        QVERIFY(!read.error());
        QCOMPARE(f.prompter.prompts, 0);
        QCOMPARE(waiting.size(), 0);
        QCOMPARE(f.network.requests().size(), 1);
        QCOMPARE(f.network.requests().constFirst().url.path(),
                 QStringLiteral("/cms/rest/app/partners/7/cardholders/5"));
    }

    void detailWithStepUpSendsTheCodeOnlyInTheResend() {
        CoreFixture f;
        f.network.setHandler(
            [](const FakeRequest& r) { return guardedBy(r, "123456", FakeResponse::ok(cardholderJson)); });
        CardholderDetailRead read(f.context());
        QSignalSpy finished(&read, &CardholderDetailRead::finished);
        QSignalSpy waiting(&read, &CardholderDetailRead::waitingForCode);
        QVERIFY(read.start(5));
        QTRY_COMPARE(f.prompter.prompts, 1);
        QCOMPARE(waiting.size(), 1);
        QVERIFY(!read.cardholder());
        QVERIFY(f.prompter.type(QStringLiteral("123456")));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(outcomeOf(finished), Outcome::Done);
        QCOMPARE(read.cardholder()->id, 5);
        const QList<FakeRequest> requests = f.network.requests();
        QCOMPARE(requests.size(), 3); // without the code, the code request, with the code: never more
        QVERIFY(!requests.at(0).body.contains("otp"));
        QCOMPARE(requests.at(1).body, QByteArray(R"({"email":"agent@migo.test","purpose":"cardholder_detail"})"));
        QVERIFY(requests.at(2).url.path().endsWith(u"/cardholders/5"));
        QVERIFY(requests.at(2).body.contains(R"("otp":"123456")"));
        QCOMPARE(waiting.size(), 1);
    }

    void detailWrongThenRightCode() {
        CoreFixture f;
        f.network.setHandler(
            [](const FakeRequest& r) { return guardedBy(r, "123456", FakeResponse::ok(cardholderJson)); });
        CardholderDetailRead read(f.context());
        QSignalSpy finished(&read, &CardholderDetailRead::finished);
        read.start(5);
        QTRY_VERIFY(f.prompter.current);
        QSignalSpy rejected(f.prompter.current.data(), &core::StepUp::codeRejected);
        QVERIFY(f.prompter.type(QStringLiteral("111111")));
        QTRY_COMPARE(rejected.size(), 1);
        QVERIFY(finished.isEmpty()); // a wrong code keeps the prompt open; nothing is reported yet
        QVERIFY(read.isRunning());
        QVERIFY(f.prompter.type(QStringLiteral("123456")));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(outcomeOf(finished), Outcome::Done);
        QVERIFY(read.cardholder());
        QCOMPARE(f.prompter.prompts, 1);
        QCOMPARE(f.network.countRequests(QStringLiteral("/app/users/auth/otp")), 1);
    }

    void detailCancelledStepUpIsItsOwnOutcome() {
        CoreFixture f;
        f.network.setHandler(
            [](const FakeRequest& r) { return guardedBy(r, "123456", FakeResponse::ok(cardholderJson)); });
        CardholderDetailRead read(f.context());
        QSignalSpy finished(&read, &CardholderDetailRead::finished);
        read.start(5);
        QTRY_VERIFY(f.prompter.current && f.prompter.current->phase() == core::StepUp::Phase::WaitingForCode);
        QVERIFY(read.canCancel());
        QVERIFY(f.prompter.current->cancel());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(outcomeOf(finished), Outcome::Cancelled);
        QVERIFY(!read.cardholder());
        QVERIFY(!read.error());
        QCOMPARE(read.message(), QStringLiteral("No one-time password was entered. The profile was not opened."));
        QTest::qWait(30);
        QCOMPARE(f.network.countRequests(QStringLiteral("/cardholders/5")), 1);
        QVERIFY(read.start(5)); // "Open again" starts over
        QTRY_COMPARE(f.prompter.prompts, 2);
    }

    void detailFailureIsAnErrorNeverUnknown() {
        CoreFixture f;
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::failure(403, "FORBIDDEN", "no"); });
        CardholderDetailRead read(f.context());
        QSignalSpy finished(&read, &CardholderDetailRead::finished);
        read.start(5);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(outcomeOf(finished), Outcome::Refused);
        QCOMPARE(read.error()->httpStatus, 403);
        QVERIFY(!read.error()->worthRetrying());
        QCOMPARE(read.message(), read.error()->userMessage);
        QVERIFY(!read.message().isEmpty());

        // A 500 on a read changed nothing either: an error worth retrying, not an unknown outcome.
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::failure(500, "INTERNAL", "boom"); });
        QVERIFY(read.start(5));
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(outcomeOf(finished), Outcome::Refused);
        QVERIFY(read.error()->worthRetrying());
    }

    void detailDoubleStartSendsOnceAndAbandonReportsNothing() {
        CoreFixture f;
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::hang(); });
        CardholderDetailRead read(f.context());
        QSignalSpy finished(&read, &CardholderDetailRead::finished);
        QVERIFY(read.start(5));
        QVERIFY(!read.start(5));
        QVERIFY(!read.start(6));
        QTest::qWait(30);
        QCOMPARE(f.network.requests().size(), 1);
        QCOMPARE(read.cardholderId(), 5);
        read.abandon();
        QVERIFY(!read.isRunning());
        QTest::qWait(30);
        QVERIFY(finished.isEmpty());
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::ok(cardholderJson); });
        QVERIFY(read.start(6)); // another cardholder at once
        QTRY_COMPARE(finished.size(), 1);
    }

    // ---- Creating a cardholder ----

    void createDone() {
        CoreFixture f;
        f.network.setHandler([](const FakeRequest& r) {
            return isCreate(r) ? FakeResponse::ok(cardholderJson) : FakeResponse::failure(404, "NOT_FOUND");
        });
        CreateCardholder create(f.context());
        QSignalSpy finished(&create, &CreateCardholder::finished);
        QVERIFY(create.start(newCardholder()));
        QVERIFY(create.isRunning());
        QVERIFY(!create.canCancel()); // a write on its way: its answer is awaited
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(outcomeOf(finished), Outcome::Done);
        QCOMPARE(create.cardholder()->id, 5);
        QVERIFY(!create.error());
        QVERIFY(create.fieldProblems().isEmpty());
        QCOMPARE(create.message(), QStringLiteral("Cardholder created."));
        QCOMPARE(f.network.requests().size(), 1);
        QVERIFY(f.network.requests().constFirst().body.contains(R"("email":"maria@example.com")"));
        QVERIFY(f.network.requests().constFirst().body.contains(R"("cardId":10)"));
    }

    void createRefused7006AtTheField() {
        CoreFixture f;
        f.network.setHandler([](const FakeRequest&) {
            return fieldFailure(409, {{"7006", "email already registered", "email"}});
        });
        CreateCardholder create(f.context());
        QSignalSpy finished(&create, &CreateCardholder::finished);
        create.start(newCardholder());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(outcomeOf(finished), Outcome::Refused);
        QVERIFY(create.error()->hasCode(api::BusinessCode::AlreadyExists));
        QCOMPARE(create.fieldProblems().size(), 1);
        QCOMPARE(create.fieldProblems().constFirst().field, CreateCardholder::Field::Email);
        QCOMPARE(create.fieldProblems().constFirst().sentence,
                 QStringLiteral("A cardholder with this e-mail already exists in this program."));
        QCOMPARE(create.message(),
                 QStringLiteral("The server did not create the cardholder: correct the marked fields."));
        QVERIFY(!create.cardholder());
        QCOMPARE(f.network.requests().size(), 1);
    }

    void createFieldMapping() {
        api::ApiError error;
        error.httpStatus = 409;
        error.details = {{QStringLiteral("7213"), QStringLiteral("taken"), QStringLiteral("cardId")},
                         {QStringLiteral("7006"), QStringLiteral("dup"), QStringLiteral("documentNumber")},
                         {QStringLiteral("7000"), QStringLiteral("too long"), QStringLiteral("address")},
                         {QStringLiteral("7000"), QStringLiteral("second"), QStringLiteral("address")},
                         {QStringLiteral("7000"), QStringLiteral("who?"), QStringLiteral("nickname")}};
        const QList<CreateCardholder::FieldProblem> problems = CreateCardholder::fieldProblemsOf(error);
        QCOMPARE(problems.size(), 3); // one per known field, in form order
        QCOMPARE(problems.at(0).field, CreateCardholder::Field::Address);
        QCOMPARE(problems.at(0).sentence, QStringLiteral("Refused by the server: too long"));
        QCOMPARE(problems.at(1).field, CreateCardholder::Field::DocumentNumber);
        QCOMPARE(problems.at(1).sentence,
                 QStringLiteral("A cardholder with this document number already exists in this program."));
        QCOMPARE(problems.at(2).field, CreateCardholder::Field::CardId);
        QCOMPARE(problems.at(2).sentence,
                 QStringLiteral("This card has just been given to another cardholder. Choose another card."));

        error.details = {{QStringLiteral("7200"), QString(), QStringLiteral("cardId")}};
        QCOMPARE(CreateCardholder::fieldProblemsOf(error).constFirst().sentence,
                 QStringLiteral("This card is not in this program any more. Choose another card."));
        QCOMPARE(CreateCardholder::fieldFromWire(u"phoneNumber"), CreateCardholder::Field::PhoneNumber);
        QVERIFY(!CreateCardholder::fieldFromWire(u"phone"));
    }

    void createRefusedWithoutFieldSaysTheServersSentence() {
        CoreFixture f;
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::failure(403, "FORBIDDEN", "no"); });
        CreateCardholder create(f.context());
        QSignalSpy finished(&create, &CreateCardholder::finished);
        create.start(newCardholder());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(outcomeOf(finished), Outcome::Refused);
        QVERIFY(create.fieldProblems().isEmpty());
        QCOMPARE(create.message(), create.error()->userMessage);
    }

    void createServerFailureIsUnknown() {
        CoreFixture f;
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::failure(500, "INTERNAL", "boom"); });
        CreateCardholder create(f.context());
        QSignalSpy finished(&create, &CreateCardholder::finished);
        create.start(newCardholder());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(outcomeOf(finished), Outcome::Unknown);
        QVERIFY(create.fieldProblems().isEmpty());
        QVERIFY2(create.message().contains(u"may or may not have been created"), qPrintable(create.message()));
        QVERIFY2(create.message().contains(u"Search the cardholder list for maria@example.com before trying again."),
                 qPrintable(create.message()));
        QTest::qWait(30);
        QCOMPARE(f.network.requests().size(), 1); // never resent
    }

    void createHungIsUnknownWithExactlyOnePost() {
        CoreFixture f;
        f.setTimeout(std::chrono::milliseconds(200));
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::hang(); });
        CreateCardholder create(f.context());
        QSignalSpy finished(&create, &CreateCardholder::finished);
        create.start(newCardholder());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(outcomeOf(finished), Outcome::Unknown);
        QCOMPARE(create.error()->kind, api::ErrorKind::OutcomeUnknown);
        QCOMPARE(
            create.message(),
            QStringLiteral("The connection was lost after the request was sent: the cardholder may or may not have "
                           "been created. Search the cardholder list for maria@example.com before trying again."));
        QTest::qWait(100);
        QCOMPARE(f.network.requests().size(), 1);
        QVERIFY(isCreate(f.network.requests().constFirst()));
    }

    void createDoubleStartSendsOnce() {
        CoreFixture f;
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::hang(); });
        CreateCardholder create(f.context());
        QSignalSpy finished(&create, &CreateCardholder::finished);
        QVERIFY(create.start(newCardholder()));
        QVERIFY(!create.start(newCardholder()));
        QTest::qWait(30);
        QCOMPARE(f.network.requests().size(), 1);
        create.abandon(); // the owner closes: no report
        QTest::qWait(30);
        QVERIFY(finished.isEmpty());
        QVERIFY(!create.isRunning());
    }

    // ---- Associating a card ----

    void associateDone() {
        CoreFixture f;
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::ok(associationJson); });
        AssociateCard associate(f.context());
        QSignalSpy finished(&associate, &AssociateCard::finished);
        QVERIFY(associate.start(5, associationRequest()));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(outcomeOf(finished), Outcome::Done);
        QCOMPARE(associate.association()->id, 4);
        QCOMPARE(associate.association()->alias, QStringLiteral("Family"));
        QCOMPARE(associate.message(), QStringLiteral("The card was linked."));
        const FakeRequest& sent = f.network.requests().constFirst();
        QCOMPARE(sent.verb, QByteArray("POST"));
        QCOMPARE(sent.url.path(), QStringLiteral("/cms/rest/app/partners/7/cardholders/5/cards/association"));
        QCOMPARE(sent.body, QByteArray(R"({"email":"owner@example.com","suffix":"9876","alias":"Family"})"));
    }

    void associateRefused7220() {
        CoreFixture f;
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::failure(404, "7220", "no match"); });
        AssociateCard associate(f.context());
        QSignalSpy finished(&associate, &AssociateCard::finished);
        associate.start(5, associationRequest());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(outcomeOf(finished), Outcome::Refused);
        QVERIFY(associate.error()->hasCode(api::BusinessCode::AssociationNotFound));
        QVERIFY(associate.fieldProblems().isEmpty());
        QCOMPARE(associate.message(), QStringLiteral("No card matches that owner e-mail and those last four digits."));
        QVERIFY(!associate.association());
    }

    void associateRefusedFieldsAreMarked() {
        CoreFixture f;
        f.network.setHandler([](const FakeRequest&) {
            return fieldFailure(400, {{"7000", "too long", "alias"}, {"7000", "must be 4 digits", "suffix"}});
        });
        AssociateCard associate(f.context());
        QSignalSpy finished(&associate, &AssociateCard::finished);
        associate.start(5, associationRequest());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(outcomeOf(finished), Outcome::Refused);
        const QList<AssociateCard::FieldProblem>& problems = associate.fieldProblems();
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).field, AssociateCard::Field::Suffix); // form order
        QCOMPARE(problems.at(0).sentence,
                 QStringLiteral("The server did not accept these digits: enter the last four of the card number."));
        QCOMPARE(problems.at(1).field, AssociateCard::Field::Alias);
        QCOMPARE(problems.at(1).sentence,
                 QStringLiteral("The server did not accept this alias: use 1 to 40 character(s)."));
        QCOMPARE(associate.message(), QStringLiteral("The card was not linked: correct the marked fields."));
    }

    void associateLostAnswerIsUnknown() {
        CoreFixture f;
        f.setTimeout(std::chrono::milliseconds(200));
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::hang(); });
        AssociateCard associate(f.context());
        QSignalSpy finished(&associate, &AssociateCard::finished);
        associate.start(5, associationRequest());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(outcomeOf(finished), Outcome::Unknown);
        QCOMPARE(associate.message(), QStringLiteral("Outcome unknown: the answer was lost, so the link may have been "
                                                     "created. Reload the list before trying again."));
        QTest::qWait(100);
        QCOMPARE(f.network.requests().size(), 1);

        // A gateway's 502 after sending is just as unknown.
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::failure(502, "BAD_GATEWAY"); });
        associate.start(5, associationRequest());
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(outcomeOf(finished), Outcome::Unknown);
        QCOMPARE(f.network.requests().size(), 2);
    }

    void associateDoubleStartSendsOnce() {
        CoreFixture f;
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::hang(); });
        AssociateCard associate(f.context());
        QVERIFY(associate.start(5, associationRequest()));
        QVERIFY(!associate.start(5, associationRequest()));
        QVERIFY(!associate.canCancel());
        QTest::qWait(30);
        QCOMPARE(f.network.requests().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCardholderOperations)
#include "tst_cardholderoperations.moc"
