// Editing a cardholder without widgets (issue 14; contract §8, Edit cardholder): the changed fields sent once behind
// step-up of purpose cardholder_update, the permission check, and each outcome: done, refused with field problems,
// unknown (a lost answer or a 5xx: never resent) and a cancelled step-up.
#include "CardholderEdit.h"
#include "CoreFixture.h"

#include <QSignalSpy>

using namespace migo;
using namespace migo::test;
using core::Outcome;
using core::UpdateCardholder;

namespace {

const QByteArray updatedJson =
    R"({"cardholderId":5,"name":"María","lastName":"Ramírez","address":"5a Avenida 10-20","countryOfBirth":"GT",)"
    R"("dateOfBirth":"1990-05-12","maritalStatus":"soltero","gender":"F","phoneNumber":"50244447777",)"
    R"("email":"maria@example.com","documentType":"DPI","documentNumber":"2345678990101",)"
    R"("createdAt":"2026-03-01T14:05:09+00:00"})";

Outcome outcomeOf(const QSignalSpy& finished) {
    return finished.constLast().constFirst().value<Outcome>();
}

api::CardholderChanges phoneAndAddress() {
    api::CardholderChanges changes;
    changes.phoneNumber = QStringLiteral("50244447777");
    changes.address = QStringLiteral("5a Avenida 10-20");
    return changes;
}

/// A context whose operator holds `actions` of "cardholders".
core::OperationContext withCardholderActions(CoreFixture& f, const QStringList& actions) {
    auto permissions = std::make_shared<api::OperatorPermissions>();
    for (const QString& action : actions)
        permissions->permissions.append({QStringLiteral("cardholders"), action});
    core::OperationContext context = f.context();
    context.access = std::make_shared<core::OperatorAccess>(core::OperatorAccess{permissions});
    return context;
}

bool isPatch(const FakeRequest& r) {
    return r.verb == "PATCH" && r.url.path().endsWith(u"/partners/7/cardholders/5");
}

} // namespace

class TestCardholderEdit : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Outcome>(); }

    void doneWithoutStepUpSendsOnlyTheChanges() {
        CoreFixture f;
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::ok(updatedJson); });
        UpdateCardholder edit(withCardholderActions(f, {QStringLiteral("update")}));
        QSignalSpy finished(&edit, &UpdateCardholder::finished);
        QVERIFY(edit.start(5, phoneAndAddress()));
        QVERIFY(!edit.start(5, phoneAndAddress())); // a double click sends nothing more
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(outcomeOf(finished), Outcome::Done);
        QCOMPARE(edit.cardholder()->phoneNumber, QStringLiteral("50244447777"));
        QCOMPARE(edit.message(), QStringLiteral("The cardholder's changes were saved."));
        QCOMPARE(f.prompter.prompts, 0);
        QCOMPARE(f.network.requests().size(), 1);
        QVERIFY(isPatch(f.network.requests().constFirst()));
        QCOMPARE(f.network.requests().constFirst().body,
                 QByteArray(R"({"address":"5a Avenida 10-20","phoneNumber":"50244447777"})"));
    }

    void holdingTheOtpActionAsksForACodeOfThisPurposeFirst() {
        CoreFixture f;
        f.network.setHandler(
            [](const FakeRequest& r) { return guardedBy(r, "654321", FakeResponse::ok(updatedJson)); });
        UpdateCardholder edit(withCardholderActions(f, {QStringLiteral("update"), QStringLiteral("otp")}));
        QSignalSpy finished(&edit, &UpdateCardholder::finished);
        QSignalSpy waiting(&edit, &UpdateCardholder::waitingForCode);
        QVERIFY(edit.start(5, phoneAndAddress()));
        QCOMPARE(f.prompter.prompts, 1);
        QCOMPARE(waiting.size(), 1);
        QVERIFY(f.prompter.type(QStringLiteral("654321")));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(outcomeOf(finished), Outcome::Done);
        const QList<FakeRequest> requests = f.network.requests();
        QCOMPARE(requests.size(), 2); // the code request, then one PATCH with the code: never refused first
        QCOMPARE(requests.at(0).body, QByteArray(R"({"email":"agent@migo.test","purpose":"cardholder_update"})"));
        QVERIFY(isPatch(requests.at(1)));
        QVERIFY(requests.at(1).body.contains(R"("otp":"654321")"));
    }

    void withoutKnownPermissionsTheServerAsksForTheCode() {
        CoreFixture f;
        f.network.setHandler(
            [](const FakeRequest& r) { return guardedBy(r, "123456", FakeResponse::ok(updatedJson)); });
        UpdateCardholder edit(f.context()); // permissions not known: send first, ask on OTP_REQUIRED
        QSignalSpy finished(&edit, &UpdateCardholder::finished);
        QVERIFY(edit.start(5, phoneAndAddress()));
        QTRY_COMPARE(f.prompter.prompts, 1);
        QVERIFY(f.prompter.type(QStringLiteral("123456")));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(outcomeOf(finished), Outcome::Done);
        QCOMPARE(f.network.requests().size(), 3);
        QVERIFY(!f.network.requests().at(0).body.contains("otp"));
    }

    void cancelledStepUpSendsNothing() {
        CoreFixture f;
        f.network.setHandler(
            [](const FakeRequest& r) { return guardedBy(r, "123456", FakeResponse::ok(updatedJson)); });
        UpdateCardholder edit(withCardholderActions(f, {QStringLiteral("update"), QStringLiteral("otp")}));
        QSignalSpy finished(&edit, &UpdateCardholder::finished);
        QVERIFY(edit.start(5, phoneAndAddress()));
        QTRY_VERIFY(f.prompter.current && f.prompter.current->phase() == core::StepUp::Phase::WaitingForCode);
        QVERIFY(f.prompter.current->cancel());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(outcomeOf(finished), Outcome::Cancelled);
        QVERIFY(std::none_of(f.network.requests().cbegin(), f.network.requests().cend(), isPatch));
        QVERIFY(edit.message().contains(u"not changed"));
    }

    void roleWithoutUpdateIsRefusedBeforeSending() {
        CoreFixture f;
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::ok(updatedJson); });
        UpdateCardholder edit(withCardholderActions(f, {QStringLiteral("list"), QStringLiteral("detail")}));
        QCOMPARE(edit.unavailableReason(),
                 QStringLiteral("Your role does not allow editing cardholders — cardholders:update"));
        QVERIFY(!edit.start(5, phoneAndAddress()));
        QVERIFY(!edit.start(5, api::CardholderChanges{})); // nothing to change either
        QTest::qWait(20);
        QVERIFY(f.network.requests().isEmpty());
        QVERIFY(UpdateCardholder::permissionReason(nullptr).isEmpty()); // not known: the server decides
    }

    void refusedFieldsLandAtTheirFields() {
        CoreFixture f;
        f.network.setHandler([](const FakeRequest&) {
            return FakeResponse::json(
                400, R"({"success":false,"errors":[{"code":"7000","message":"name must hold letters","field":"name"},)"
                     R"({"code":"7000","message":"the +502 number needs 8 digits after","field":"phoneNumber"},)"
                     R"({"code":"7000","message":"documentNumber cannot be changed","field":"documentNumber"}]})");
        });
        UpdateCardholder edit(f.context());
        QSignalSpy finished(&edit, &UpdateCardholder::finished);
        QVERIFY(edit.start(5, phoneAndAddress()));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(outcomeOf(finished), Outcome::Refused);
        const QList<UpdateCardholder::FieldProblem> problems = edit.fieldProblems();
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).field, UpdateCardholder::Field::Name);
        QCOMPARE(problems.at(0).sentence, QStringLiteral("Refused by the server: name must hold letters"));
        QCOMPARE(problems.at(1).field, UpdateCardholder::Field::PhoneNumber);
        QCOMPARE(edit.message(), QStringLiteral("The server did not save the changes: correct the marked fields."));

        f.network.setHandler([](const FakeRequest&) {
            return FakeResponse::json(
                409, R"({"success":false,"errors":[{"code":"7006","message":"dup","field":"email"}]})");
        });
        api::CardholderChanges email;
        email.email = QStringLiteral("taken@example.com");
        QVERIFY(edit.start(5, email));
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(outcomeOf(finished), Outcome::Refused);
        QCOMPARE(edit.fieldProblems().size(), 1);
        QCOMPARE(edit.fieldProblems().constFirst().field, UpdateCardholder::Field::Email);
        QCOMPARE(edit.fieldProblems().constFirst().sentence,
                 QStringLiteral("Another cardholder of this program already has this e-mail."));
    }

    void lostAnswerOrServerFailureIsUnknownAndNeverResent() {
        for (const FakeResponse& answer : {FakeResponse::failure(500, "7003", "consult"),
                                           FakeResponse::networkError(QNetworkReply::RemoteHostClosedError)}) {
            CoreFixture f;
            f.network.setHandler([answer](const FakeRequest&) { return answer; });
            UpdateCardholder edit(f.context());
            QSignalSpy finished(&edit, &UpdateCardholder::finished);
            QVERIFY(edit.start(5, phoneAndAddress()));
            QTRY_COMPARE(finished.size(), 1);
            QCOMPARE(outcomeOf(finished), Outcome::Unknown);
            QVERIFY(edit.message().contains(u"Reload the cardholder"));
            QVERIFY(!edit.cardholder());
            QTest::qWait(50);
            QCOMPARE(f.network.requests().size(), 1);
        }
    }

    void abandonReportsNothing() {
        CoreFixture f;
        f.network.setHandler([](const FakeRequest&) { return FakeResponse::hang(); });
        UpdateCardholder edit(f.context());
        QSignalSpy finished(&edit, &UpdateCardholder::finished);
        QVERIFY(edit.start(5, phoneAndAddress()));
        QTRY_COMPARE(f.network.requests().size(), 1);
        QVERIFY(!edit.canCancel()); // on its way: its outcome would be hidden
        edit.abandon();
        QTest::qWait(50);
        QVERIFY(finished.isEmpty());
        QVERIFY(!edit.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestCardholderEdit)
#include "tst_cardholderedit.moc"
