// The form checks that run before anything is sent (issue 12): for each, values the server would take and values
// it would refuse, with the sentence the agent reads.
#include "Validators.h"

#include <QTest>

using namespace migo;
using core::Validators;

class TestValidators : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void email_data() {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("problem");
        const QString invalid = QStringLiteral("Enter a valid e-mail address, such as maria@example.com.");
        QTest::newRow("plain") << QStringLiteral("maria@example.com") << QString();
        QTest::newRow("subdomain and plus") << QStringLiteral("ana.lopez+gt@mail.example.com.gt") << QString();
        QTest::newRow("dash inside the domain") << QStringLiteral("a@my-host.example") << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("Enter the e-mail address.");
        QTest::newRow("no domain") << QStringLiteral("maria@") << invalid;
        QTest::newRow("no dot") << QStringLiteral("maria@example") << invalid;
        QTest::newRow("no @") << QStringLiteral("maria.example.com") << invalid;
        QTest::newRow("two @") << QStringLiteral("maria@@example.com") << invalid;
        QTest::newRow("space") << QStringLiteral("maria @example.com") << invalid;
        QTest::newRow("dash at the label's end") << QStringLiteral("a@host-.com") << invalid;
        QTest::newRow("too long") << QString(250, u'a') + QStringLiteral("@x.com") << invalid;
    }
    void email() {
        QFETCH(QString, email);
        QFETCH(QString, problem);
        QCOMPARE(Validators::email(email), problem);
        QCOMPARE(Validators::isEmailShape(email), problem.isEmpty() || email.size() > Validators::maxEmailLength);
    }

    void ownerEmail() {
        QCOMPARE(Validators::ownerEmail(QString()), QStringLiteral("Enter the card owner's e-mail."));
        QCOMPARE(Validators::ownerEmail(QStringLiteral("maria@")),
                 QStringLiteral("Enter a valid e-mail address, such as maria@example.com."));
        QVERIFY(Validators::ownerEmail(QStringLiteral("owner@example.com")).isEmpty());
    }

    void names() {
        QVERIFY(Validators::name(QStringLiteral("María José")).isEmpty());
        QVERIFY(Validators::name(QString(80, u'n')).isEmpty());
        QCOMPARE(Validators::name(QString()), QStringLiteral("Enter the name."));
        QCOMPARE(Validators::name(QString(81, u'n')), QStringLiteral("Use at most 80 character(s)."));
        QVERIFY(Validators::lastName(QStringLiteral("Ramírez")).isEmpty());
        QCOMPARE(Validators::lastName(QString()), QStringLiteral("Enter the last name."));
        QCOMPARE(Validators::lastName(QString(81, u'n')), QStringLiteral("Use at most 80 character(s)."));
        QVERIFY(Validators::address(QStringLiteral("Calle Principal 123, zona 1")).isEmpty());
        QVERIFY(Validators::address(QString(200, u'a')).isEmpty());
        QCOMPARE(Validators::address(QString()), QStringLiteral("Enter the address."));
        QCOMPARE(Validators::address(QString(201, u'a')), QStringLiteral("Use at most 200 character(s)."));
    }

    void countryOfBirth() {
        QVERIFY(Validators::countryOfBirth(QStringLiteral("GT")).isEmpty());
        QVERIFY(Validators::countryOfBirth(QStringLiteral("SV")).isEmpty());
        const QString choose = QStringLiteral("Choose the country of birth.");
        QCOMPARE(Validators::countryOfBirth(QString()), choose);
        QCOMPARE(Validators::countryOfBirth(QStringLiteral("XX")), choose); // two letters, but no country
        QCOMPARE(Validators::countryOfBirth(QStringLiteral("gt")), choose); // the server wants upper case
        QCOMPARE(Validators::countryOfBirth(QStringLiteral("GTM")), choose);
    }

    void dateOfBirth() {
        const QDate today(2026, 12, 3);
        QVERIFY(Validators::dateOfBirth(QDate(1990, 5, 12), today).isEmpty());
        QVERIFY(Validators::dateOfBirth(QDate(1900, 1, 1), today).isEmpty());
        QVERIFY(Validators::dateOfBirth(today.addDays(-1), today).isEmpty());
        QCOMPARE(Validators::dateOfBirth(QDate(), today), QStringLiteral("Enter the date of birth."));
        QCOMPARE(Validators::dateOfBirth(today, today), QStringLiteral("The date of birth must be in the past."));
        QCOMPARE(Validators::dateOfBirth(today.addDays(1), today),
                 QStringLiteral("The date of birth must be in the past."));
        QCOMPARE(Validators::dateOfBirth(QDate(1899, 12, 31), today),
                 QStringLiteral("The date of birth cannot be before 1 January 1900."));
    }

    void phoneNumber_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("sent");
        QTest::addColumn<bool>("valid");
        QTest::newRow("digits") << QStringLiteral("50255551234") << QStringLiteral("50255551234") << true;
        QTest::newRow("grouped") << QStringLiteral("+502 5555-1234") << QStringLiteral("+50255551234") << true;
        QTest::newRow("brackets and dots")
            << QStringLiteral("(502) 5555.1234") << QStringLiteral("50255551234") << true;
        QTest::newRow("eight digits") << QStringLiteral("55551234") << QStringLiteral("55551234") << true;
        QTest::newRow("fifteen digits") << QStringLiteral("123456789012345") << QStringLiteral("123456789012345")
                                        << true;
        QTest::newRow("seven digits") << QStringLiteral("5555123") << QStringLiteral("5555123") << false;
        QTest::newRow("sixteen digits") << QStringLiteral("1234567890123456") << QStringLiteral("1234567890123456")
                                        << false;
        QTest::newRow("plus inside") << QStringLiteral("502+55551234") << QStringLiteral("502+55551234") << false;
        QTest::newRow("letters") << QStringLiteral("5025555ABCD") << QStringLiteral("5025555ABCD") << false;
    }
    void phoneNumber() {
        QFETCH(QString, typed);
        QFETCH(QString, sent);
        QFETCH(bool, valid);
        QCOMPARE(Validators::normalizedPhone(typed), sent);
        QCOMPARE(Validators::phoneNumber(typed),
                 valid ? QString() : QStringLiteral("Enter 8 to 15 digits, country code first (e.g. 50255551234)."));
    }
    void phoneNumberMissing() {
        QCOMPARE(Validators::phoneNumber(QString()), QStringLiteral("Enter the phone number."));
        QCOMPARE(Validators::phoneNumber(QStringLiteral(" - ")), QStringLiteral("Enter the phone number."));
    }

    void documentNumber() {
        QVERIFY(Validators::documentNumber(QStringLiteral("2345678901234")).isEmpty());
        QVERIFY(Validators::documentNumber(QStringLiteral("A1234567")).isEmpty());
        QVERIFY(Validators::documentNumber(QString(20, u'9')).isEmpty());
        const QString shape = QStringLiteral("Use only letters and digits (at most 20), without spaces or dashes.");
        QCOMPARE(Validators::documentNumber(QString()), QStringLiteral("Enter the document number."));
        QCOMPARE(Validators::documentNumber(QStringLiteral("1234567-8")), shape);
        QCOMPARE(Validators::documentNumber(QStringLiteral("2345 67890")), shape);
        QCOMPARE(Validators::documentNumber(QString(21, u'9')), shape);
        QCOMPARE(Validators::documentNumber(QStringLiteral("Ñ123")), shape); // ASCII only, like the server
    }

    void cardSuffix() {
        QVERIFY(Validators::cardSuffix(QStringLiteral("1234")).isEmpty());
        QVERIFY(Validators::cardSuffix(QStringLiteral("0000")).isEmpty());
        const QString four = QStringLiteral("Enter exactly four digits: the last four of the card number.");
        QCOMPARE(Validators::cardSuffix(QString()), four);
        QCOMPARE(Validators::cardSuffix(QStringLiteral("123")), four);
        QCOMPARE(Validators::cardSuffix(QStringLiteral("12345")), four);
        QCOMPARE(Validators::cardSuffix(QStringLiteral("12a4")), four);
        QCOMPARE(Validators::cardSuffix(QString::fromUtf8("١٢٣٤")), four); // Arabic-Indic digits are not sent
    }

    void alias() {
        QVERIFY(Validators::alias(QStringLiteral("Tarjeta de la tía")).isEmpty());
        QVERIFY(Validators::alias(QString(40, u'a')).isEmpty());
        QCOMPARE(Validators::alias(QString()),
                 QStringLiteral("Enter an alias that tells the cardholder which card this is."));
        QCOMPARE(Validators::alias(QString(41, u'a')), QStringLiteral("Use at most 40 character(s)."));
    }

    void choices() {
        QVERIFY(Validators::maritalStatus(api::MaritalStatus::Married).isEmpty());
        QCOMPARE(Validators::maritalStatus(std::nullopt), QStringLiteral("Choose the marital status."));
        QVERIFY(Validators::gender(api::Gender::Other).isEmpty());
        QCOMPARE(Validators::gender(std::nullopt), QStringLiteral("Choose the gender."));
        QVERIFY(Validators::documentType(api::DocumentType::Passport).isEmpty());
        QCOMPARE(Validators::documentType(std::nullopt), QStringLiteral("Choose the document type."));
        QVERIFY(Validators::cardToAssign(qint64(10)).isEmpty());
        QCOMPARE(Validators::cardToAssign(std::nullopt), QStringLiteral("Choose the card to assign."));
        QCOMPARE(Validators::cardToAssign(qint64(0)), QStringLiteral("Choose the card to assign."));
    }
};

QTEST_GUILESS_MAIN(TestValidators)
#include "tst_validators.moc"
