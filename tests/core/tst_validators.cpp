// The form checks that run before anything is sent (issue 12): for each, values the server would take and values
// it would refuse, with the sentence the agent reads.
#include "GuatemalaIds.h"
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

    void namesAreLettersSpacesApostrophesAndHyphens_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("accents") << QStringLiteral("María José") << true;
        QTest::newRow("ñ") << QStringLiteral("Ñuñez Peña") << true;
        QTest::newRow("apostrophe") << QStringLiteral("O'Brien") << true;
        QTest::newRow("typographic apostrophe") << QStringLiteral("D’Angelo") << true;
        QTest::newRow("hyphen") << QStringLiteral("Jean-Luc") << true;
        QTest::newRow("Vietnamese") << QStringLiteral("Nguyễn") << true;
        QTest::newRow("Greek") << QStringLiteral("Σοφία") << true;
        QTest::newRow("combining accent") << QStringLiteral("Jose\u0301") << true;
        QTest::newRow("digit") << QStringLiteral("Ana2") << false;
        QTest::newRow("underscore") << QStringLiteral("Ana_") << false;
        QTest::newRow("dot") << QStringLiteral("Ma. José") << false;
        QTest::newRow("exclamation") << QStringLiteral("María!") << false;
        QTest::newRow("emoji") << QStringLiteral("Ana 🇬🇹") << false;
        QTest::newRow("no letter") << QStringLiteral("'-") << false;
    }
    void namesAreLettersSpacesApostrophesAndHyphens() {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const QString sentence =
            valid ? QString()
                  : QStringLiteral("Use only letters, spaces, apostrophes and hyphens, with at least one letter.");
        QCOMPARE(Validators::isPersonName(name), valid);
        QCOMPARE(Validators::name(name), sentence);
        QCOMPARE(Validators::lastName(name), sentence);
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
        QVERIFY(Validators::dateOfBirth(today.addDays(-1), today, 0).isEmpty()); // the latest date at all
        QCOMPARE(Validators::dateOfBirth(QDate(), today), QStringLiteral("Enter the date of birth."));
        QCOMPARE(Validators::dateOfBirth(today, today), QStringLiteral("The date of birth must be in the past."));
        QCOMPARE(Validators::dateOfBirth(today.addDays(1), today),
                 QStringLiteral("The date of birth must be in the past."));
        QCOMPARE(Validators::dateOfBirth(QDate(1899, 12, 31), today),
                 QStringLiteral("The date of birth cannot be before 1 January 1900."));
    }

    void adultsOnly() {
        const QDate today(2026, 12, 3);
        const QString adult = QStringLiteral("The cardholder must be at least 18 year(s) old.");
        QCOMPARE(Validators::adultAge, 18);
        QVERIFY(Validators::dateOfBirth(QDate(2008, 12, 3), today).isEmpty()); // 18 today
        QCOMPARE(Validators::dateOfBirth(QDate(2008, 12, 4), today), adult);   // 18 tomorrow: still 17
        QCOMPARE(Validators::dateOfBirth(QDate(2015, 6, 1), today), adult);    // 11 years old
        QCOMPARE(Validators::dateOfBirth(today.addDays(-1), today), adult);
        // Born on 29 February: of age on 1 March of a common year.
        QCOMPARE(Validators::dateOfBirth(QDate(2008, 2, 29), QDate(2026, 2, 28)), adult);
        QVERIFY(Validators::dateOfBirth(QDate(2008, 2, 29), QDate(2026, 3, 1)).isEmpty());
        // The age is a parameter of the rule (every program uses adultAge today).
        QVERIFY(Validators::dateOfBirth(QDate(2009, 12, 3), today, 17).isEmpty());
        QCOMPARE(Validators::dateOfBirth(QDate(2009, 12, 4), today, 17),
                 QStringLiteral("The cardholder must be at least 17 year(s) old."));
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
        QTest::newRow("another country") << QStringLiteral("+1 415 555 0100") << QStringLiteral("+14155550100") << true;
    }
    void phoneNumber() {
        QFETCH(QString, typed);
        QFETCH(QString, sent);
        QFETCH(bool, valid);
        QCOMPARE(Validators::normalizedPhone(typed), sent);
        QCOMPARE(Validators::phoneNumber(typed),
                 valid ? QString() : QStringLiteral("Enter 8 to 15 digits, country code first (e.g. 50255551234)."));
    }
    void guatemalanPhonesHaveEightDigits_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("valid");
        QTest::newRow("8 after +502") << QStringLiteral("+502 5555 1234") << true;
        QTest::newRow("8 after 502") << QStringLiteral("502 2222-3333") << true;
        QTest::newRow("7 after +502") << QStringLiteral("+502 5555 123") << false;
        QTest::newRow("7 after 502") << QStringLiteral("5025555123") << false;
        QTest::newRow("9 after +502") << QStringLiteral("+502 5555 12345") << false;
        QTest::newRow("12 after 502") << QStringLiteral("502555512345678") << false;
        QTest::newRow("5 after 502") << QStringLiteral("50212345") << false;
    }
    void guatemalanPhonesHaveEightDigits() {
        QFETCH(QString, typed);
        QFETCH(bool, valid);
        QCOMPARE(Validators::phoneNumber(typed),
                 valid ? QString() : QStringLiteral("A Guatemalan number (+502) has 8 digits after the country code."));
    }
    void phoneNumberMissing() {
        QCOMPARE(Validators::phoneNumber(QString()), QStringLiteral("Enter the phone number."));
        QCOMPARE(Validators::phoneNumber(QStringLiteral(" - ")), QStringLiteral("Enter the phone number."));
    }

    void documentNumber() {
        // Passports and the other types (or no type chosen yet): 1 to 20 letters or digits.
        QVERIFY(Validators::documentNumber(QStringLiteral("2345678901234")).isEmpty());
        QVERIFY(Validators::documentNumber(QStringLiteral("A1234567")).isEmpty());
        QVERIFY(Validators::documentNumber(QString(20, u'9')).isEmpty());
        QVERIFY(Validators::documentNumber(QStringLiteral("A1234567"), api::DocumentType::Passport).isEmpty());
        const QString shape = QStringLiteral("Use only letters and digits (at most 20), without spaces or dashes.");
        QCOMPARE(Validators::documentNumber(QString()), QStringLiteral("Enter the document number."));
        QCOMPARE(Validators::documentNumber(QStringLiteral("1234567-8")), shape);
        QCOMPARE(Validators::documentNumber(QStringLiteral("2345 67890")), shape);
        QCOMPARE(Validators::documentNumber(QString(21, u'9')), shape);
        QCOMPARE(Validators::documentNumber(QStringLiteral("Ñ123")), shape); // ASCII only, like the server
        QCOMPARE(Validators::documentNumber(QStringLiteral("1234567-8"), api::DocumentType::Passport), shape);
        QCOMPARE(Validators::documentNumber(QStringLiteral("AB 123"), api::DocumentType::ResidenceId), shape);
        QCOMPARE(Validators::normalizedDocument(QStringLiteral("ab 12"), api::DocumentType::Passport),
                 QStringLiteral("ab 12"));
    }

    void dpiIsACui_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("sent");
        QTest::addColumn<QString>("problem");
        const QString shape = QStringLiteral("A DPI number has 13 digits (e.g. 2345 67899 0101).");
        const QString check = QStringLiteral(
            "This is not a valid DPI number: its check digit (the 9th) does not match. Check each digit.");
        const QString department = QStringLiteral("A DPI's 10th and 11th digits are its department code, 01 to 22.");
        const auto municipality = [](const char* department, const char* last) {
            return QStringLiteral("A DPI's last two digits are its municipality: department %1 has municipalities 01 "
                                  "to %2.")
                .arg(QLatin1String(department), QLatin1String(last));
        };
        const auto row = [](const char* tag, const char* typed, const char* sent, const QString& problem) {
            QTest::newRow(tag) << QString::fromUtf8(typed) << QString::fromUtf8(sent) << problem;
        };
        row("valid", "2345678990101", "2345678990101", {});
        row("grouped with spaces", "2345 67899 0101", "2345678990101", {});
        row("grouped with dashes", "2345-67899-0101", "2345678990101", {});
        row("Huehuetenango's 33rd", "2345678991333", "2345678991333", {});
        row("Escuintla's 14th", "2345678990514", "2345678990514", {});
        row("Jutiapa's 17th", "2345678992217", "2345678992217", {});
        row("published example", "1234 56789 0101", "1234567890101", {});
        row("five digits", "12345", "12345", shape);
        row("twelve digits", "234567899010", "234567899010", shape);
        row("fourteen digits", "23456789901011", "23456789901011", shape);
        row("a letter", "23456789A0101", "23456789A0101", shape);
        row("wrong check digit", "2345678900101", "2345678900101", check);
        row("serial whose check is 10", "2345678300101", "2345678300101", check);
        row("department 23", "2345678992301", "2345678992301", department);
        row("department 00", "2345678990001", "2345678990001", department);
        row("municipality 00", "2345678990100", "2345678990100", municipality("01", "17"));
        row("Guatemala has 17", "2345678990118", "2345678990118", municipality("01", "17"));
        row("Huehuetenango has 33", "2345678991334", "2345678991334", municipality("13", "33"));
        row("Izabal has 5", "2345678991806", "2345678991806", municipality("18", "05"));
        row("empty", "", "", QStringLiteral("Enter the document number."));
        row("only grouping", " - ", "", QStringLiteral("Enter the document number."));
    }
    void dpiIsACui() {
        QFETCH(QString, typed);
        QFETCH(QString, sent);
        QFETCH(QString, problem);
        QCOMPARE(Validators::normalizedDocument(typed, api::DocumentType::Dpi), sent);
        QCOMPARE(Validators::documentNumber(typed, api::DocumentType::Dpi), problem);
    }

    void nitHasItsCheckCharacter_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("sent");
        QTest::addColumn<QString>("problem");
        const QString shape = QStringLiteral("A NIT is 1 to 12 digits and a check digit or K (e.g. 1234567-9).");
        const QString check =
            QStringLiteral("This is not a valid NIT: its check digit does not match. Check each digit.");
        QTest::newRow("with dash") << QStringLiteral("1234567-9") << QStringLiteral("12345679") << QString();
        QTest::newRow("K") << QStringLiteral("37-K") << QStringLiteral("37K") << QString();
        QTest::newRow("lower-case k") << QStringLiteral("104-k") << QStringLiteral("104K") << QString();
        QTest::newRow("body of 8") << QStringLiteral("12345678-9") << QStringLiteral("123456789") << QString();
        QTest::newRow("wrong digit") << QStringLiteral("1234567-8") << QStringLiteral("12345678") << check;
        QTest::newRow("K where a digit belongs") << QStringLiteral("1234567-K") << QStringLiteral("1234567K") << check;
        QTest::newRow("check alone") << QStringLiteral("K") << QStringLiteral("K") << shape;
        QTest::newRow("letter inside") << QStringLiteral("12A4-5") << QStringLiteral("12A45") << shape;
        QTest::newRow("body of 13") << QStringLiteral("1234567890123-4") << QStringLiteral("12345678901234") << shape;
    }
    void nitHasItsCheckCharacter() {
        QFETCH(QString, typed);
        QFETCH(QString, sent);
        QFETCH(QString, problem);
        QCOMPARE(Validators::normalizedDocument(typed, api::DocumentType::Nit), sent);
        QCOMPARE(Validators::documentNumber(typed, api::DocumentType::Nit), problem);
    }

    void guatemalanCodes() {
        int municipalities = 0;
        for (int department = 1; department <= core::gt::departmentCount; ++department)
            municipalities += core::gt::municipalityCount(department);
        QCOMPARE(municipalities, 340);
        QCOMPARE(core::gt::municipalityCount(0), 0);
        QCOMPARE(core::gt::municipalityCount(23), 0);
        QCOMPARE(core::gt::cuiCheckDigit(u"12345678"), 9); // 1·2 + 2·3 + … + 8·9 = 240 ≡ 9 (mod 11)
        QCOMPARE(core::gt::cuiCheckDigit(u"23456783"), 10);
        QCOMPARE(core::gt::cuiCheckDigit(u"1234567"), std::nullopt);
        QCOMPARE(core::gt::nitCheckCharacter(u"1234567"), QChar(u'9')); // 7·2 + 6·3 + … + 1·8 = 112; 11 − 2
        QCOMPARE(core::gt::nitCheckCharacter(u"37"), QChar(u'K'));
        QVERIFY(core::gt::nitCheckCharacter(u"").isNull());
        QVERIFY(core::gt::isValidNit(u"12345679"));
        QVERIFY(!core::gt::isValidNit(u"37k")); // normalizedDocument() writes the K in capitals
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
