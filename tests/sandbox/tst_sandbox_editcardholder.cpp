// Editing a cardholder (contract §8, Edit cardholder; issue 14): PATCH /app/partners/{p}/cardholders/{c} with the
// create rules naming the field, partial update, the identity fields fixed, 404 7100, 409 7006, the permission and the
// step-up of purpose cardholder_update; the change is kept (detail, list and search show it).
#include "SandboxHarness.h"

#include <QTest>
#include <QUrl>

namespace {

const QString kSupervisor = QStringLiteral("supervisor@migo.test");

QStringList errorFields(const HttpAnswer& answer) {
    QStringList fields;
    for (const QJsonValue& error : answer.json.value(QStringLiteral("errors")).toArray()) {
        fields << error.toObject().value(QStringLiteral("field")).toString();
    }
    return fields;
}

QString holderPath(qint64 id) {
    return QStringLiteral("/app/partners/1/cardholders/%1").arg(id);
}

} // namespace

class SandboxEditCardholderTest final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(m_sandbox.start(30), m_sandbox.errorOutput().constData());
        m_agent = std::make_unique<SandboxClient>(m_sandbox.baseUrl());
        QVERIFY(m_agent->login(QStringLiteral("agent@migo.test"), QStringLiteral("Agent#2026")));
    }

    void changesOnlyTheFieldsSentAndKeepsThem() {
        const QJsonObject before = m_agent->send("POST", holderPath(3), QByteArray()).data().toObject();
        QVERIFY(!before.isEmpty());
        const HttpAnswer changed =
            m_agent->send("PATCH", holderPath(3),
                          QJsonObject{{QStringLiteral("phoneNumber"), QStringLiteral("50244447777")},
                                      {QStringLiteral("address"), QStringLiteral("5a Avenida 10-20, Zona 1")}});
        QVERIFY2(changed.status == 200, changed.body.constData());
        QVERIFY(changed.isValidEnvelope());
        const QJsonObject after = changed.data().toObject();
        QCOMPARE(after.value(QStringLiteral("phoneNumber")).toString(), QStringLiteral("50244447777"));
        QCOMPARE(after.value(QStringLiteral("address")).toString(), QStringLiteral("5a Avenida 10-20, Zona 1"));
        // Everything else as it was: the whole cardholder comes back.
        for (const char* kept : {"cardholderId", "name", "lastName", "email", "documentType", "documentNumber",
                                 "dateOfBirth", "countryOfBirth", "gender", "maritalStatus", "createdAt"}) {
            QVERIFY2(after.value(QLatin1String(kept)) == before.value(QLatin1String(kept)), kept);
        }
        // Kept: the detail and the list show it, and the search finds the new number.
        const QJsonObject detail = m_agent->send("POST", holderPath(3), QByteArray()).data().toObject();
        QCOMPARE(detail.value(QStringLiteral("phoneNumber")).toString(), QStringLiteral("50244447777"));
        QCOMPARE(detail.value(QStringLiteral("address")).toString(), QStringLiteral("5a Avenida 10-20, Zona 1"));
        const HttpAnswer found =
            m_agent->send("GET", QStringLiteral("/app/partners/1/cardholders?searchText=44447777"));
        const QJsonArray items = found.data().toObject().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("cardholderId")).toInteger(), 3);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("phoneNumber")).toString(), QStringLiteral("50244447777"));
        // The old number no longer finds them.
        const QString oldPhone = before.value(QStringLiteral("phoneNumber")).toString();
        const HttpAnswer old = m_agent->send(
            "GET", QStringLiteral("/app/partners/1/cardholders?limit=200&searchText=") + oldPhone.right(8));
        for (const QJsonValue& item : old.data().toObject().value(QStringLiteral("items")).toArray()) {
            QVERIFY(item.toObject().value(QStringLiteral("cardholderId")).toInteger() != 3);
        }

        // Names, e-mail and marital status too; the e-mail is searchable at once.
        const HttpAnswer renamed =
            m_agent->send("PATCH", holderPath(3),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("Ana Lucía")},
                                      {QStringLiteral("lastName"), QStringLiteral("D’Angelo-Xicará")},
                                      {QStringLiteral("maritalStatus"), QStringLiteral("casado")},
                                      {QStringLiteral("email"), QStringLiteral("ana.nueva@example.com")}});
        QVERIFY2(renamed.status == 200, renamed.body.constData());
        QCOMPARE(renamed.data().toObject().value(QStringLiteral("maritalStatus")).toString(), QStringLiteral("casado"));
        const HttpAnswer byEmail =
            m_agent->send("GET", QStringLiteral("/app/partners/1/cardholders?searchText=ana.nueva%40example"));
        QCOMPARE(byEmail.data().toObject().value(QStringLiteral("items")).toArray().size(), 1);
    }

    void refusesWhatCreateRefusesNamingTheField() {
        const QList<std::pair<const char*, QJsonValue>> cases = {
            {"name", QStringLiteral("Ana2")},
            {"lastName", QStringLiteral("-'")},
            {"name", QJsonValue()}, // null: nothing can be erased
            {"address", QStringLiteral("  ")},
            {"phoneNumber", QStringLiteral("5025555123")},
            {"phoneNumber", QStringLiteral("12-34")},
            {"email", QStringLiteral("not-an-email")},
            {"maritalStatus", QStringLiteral("complicated")},
            {"documentNumber", QStringLiteral("2345678990101")}, // identity fields never change here
            {"dateOfBirth", QStringLiteral("1990-01-01")},
            {"documentType", QStringLiteral("NIT")},
            {"countryOfBirth", QStringLiteral("GT")},
            {"gender", QStringLiteral("F")},
        };
        const QJsonObject before = m_agent->send("POST", holderPath(4), QByteArray()).data().toObject();
        for (const auto& [field, value] : cases) {
            // Beside a valid change, which must not be made either.
            QJsonObject body{{QStringLiteral("lastName"), QStringLiteral("Cambiado")}};
            body.insert(QLatin1String(field), value);
            const HttpAnswer refused = m_agent->send("PATCH", holderPath(4), body);
            const QString what = QLatin1String(field) + QStringLiteral(": ") + QString::fromUtf8(refused.body);
            QVERIFY2(refused.status == 400, qPrintable(what));
            QCOMPARE(refused.errorCode(), QStringLiteral("7000"));
            QVERIFY2(errorFields(refused).contains(QLatin1String(field)), qPrintable(what));
        }
        QCOMPARE(m_agent->send("POST", holderPath(4), QByteArray()).data().toObject(), before); // nothing changed
        // Nothing to change at all.
        const HttpAnswer empty = m_agent->send("PATCH", holderPath(4), QJsonObject{});
        QCOMPARE(empty.status, 400);
        QCOMPARE(empty.errorCode(), QStringLiteral("7000"));
    }

    void unknownCardholderAndDuplicateEmail() {
        const HttpAnswer unknown = m_agent->send("PATCH", holderPath(999999),
                                                 QJsonObject{{QStringLiteral("address"), QStringLiteral("Zona 10")}});
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), QStringLiteral("7100"));

        const QString taken = m_agent->send("POST", holderPath(6), QByteArray())
                                  .data()
                                  .toObject()
                                  .value(QStringLiteral("email"))
                                  .toString();
        const HttpAnswer duplicate =
            m_agent->send("PATCH", holderPath(5), QJsonObject{{QStringLiteral("email"), taken.toUpper()}});
        QCOMPARE(duplicate.status, 409);
        QCOMPARE(duplicate.errorCode(), QStringLiteral("7006"));
        QCOMPARE(errorFields(duplicate), QStringList{QStringLiteral("email")});
        // Their own e-mail in another case is not a duplicate.
        const QString own = m_agent->send("POST", holderPath(5), QByteArray())
                                .data()
                                .toObject()
                                .value(QStringLiteral("email"))
                                .toString();
        QCOMPARE(m_agent->send("PATCH", holderPath(5), QJsonObject{{QStringLiteral("email"), own.toUpper()}}).status,
                 200);
    }

    void readOnlyRoleIsRefused() {
        SandboxClient support(m_sandbox.baseUrl());
        QVERIFY(support.login(QStringLiteral("support@migo.test"), QStringLiteral("Support#2026")));
        const HttpAnswer refused =
            support.send("PATCH", holderPath(7), QJsonObject{{QStringLiteral("address"), QStringLiteral("Zona 10")}});
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.errorCode(), QStringLiteral("PERMISSION_DENIED"));
        QVERIFY(
            refused.json.value(QStringLiteral("message")).toString().contains(QStringLiteral("cardholders:update")));
    }

    void supervisorNeedsACodeForThisPurpose() {
        SandboxClient supervisor(m_sandbox.baseUrl());
        QVERIFY(supervisor.login(kSupervisor, QStringLiteral("Supervisor#2026")));
        const QJsonObject change{{QStringLiteral("address"), QStringLiteral("Zona 14")}};
        const HttpAnswer noCode = supervisor.send("PATCH", holderPath(8), change);
        QCOMPARE(noCode.status, 403);
        QCOMPARE(noCode.errorCode(), QStringLiteral("OTP_REQUIRED"));

        // A code asked for reading the detail does not open an edit.
        const auto requestCode = [&](const QString& purpose) {
            const HttpAnswer issued = supervisor.send(
                "POST", QStringLiteral("/app/users/auth/otp"),
                QJsonObject{{QStringLiteral("email"), kSupervisor}, {QStringLiteral("purpose"), purpose}});
            return issued.status == 200 ? m_sandbox.lastOtp(kSupervisor) : QString();
        };
        QJsonObject withCode = change;
        withCode.insert(QStringLiteral("otp"), requestCode(QStringLiteral("cardholder_detail")));
        const HttpAnswer otherPurpose = supervisor.send("PATCH", holderPath(8), withCode);
        QCOMPARE(otherPurpose.status, 403);
        QCOMPARE(otherPurpose.errorCode(), QStringLiteral("OTP_INVALID"));

        withCode.insert(QStringLiteral("otp"), requestCode(QStringLiteral("cardholder_update")));
        QCOMPARE(withCode.value(QStringLiteral("otp")).toString().size(), 6);
        const HttpAnswer done = supervisor.send("PATCH", holderPath(8), withCode);
        QVERIFY2(done.status == 200, done.body.constData());
        QCOMPARE(done.data().toObject().value(QStringLiteral("address")).toString(), QStringLiteral("Zona 14"));
    }

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxClient> m_agent;
};

QTEST_GUILESS_MAIN(SandboxEditCardholderTest)
#include "tst_sandbox_editcardholder.moc"
