// Exact money: the amounts an agent types and the server sends are never rounded (ref §11, DEVELOPERS.md).
#include "ExactJson.h"
#include "Money.h"

#include <QLocale>
#include <QTest>

using migo::api::Money;
using migo::api::MoneyError;
namespace json = migo::api::json;

class TestMoney : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTripsExactly_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("units");
        QTest::newRow("0.1") << QStringLiteral("0.1") << qint64(1000);
        QTest::newRow("12345678.9999") << QStringLiteral("12345678.9999") << qint64(123456789999);
        QTest::newRow("0.0001") << QStringLiteral("0.0001") << qint64(1);
        QTest::newRow("150") << QStringLiteral("150") << qint64(1500000);
        QTest::newRow("0") << QStringLiteral("0") << qint64(0);
        QTest::newRow("max") << QStringLiteral("922337203685477.5807") << qint64(INT64_MAX);
    }
    void roundTripsExactly() {
        QFETCH(QString, text);
        QFETCH(qint64, units);
        const std::optional<Money> parsed = Money::parse(text);
        QVERIFY(parsed);
        QCOMPARE(parsed->units(), units);
        QCOMPARE(parsed->toString(), text);
        // Through a JSON document and back, as the client sends and receives it.
        const QByteArray body = json::ObjectWriter().add("amount", *parsed).toJson();
        QCOMPARE(body, QByteArray("{\"amount\":" + text.toLatin1() + "}"));
        const std::optional<json::Json> doc = json::exactParse(body);
        QVERIFY(doc);
        json::FieldReader reader(*doc, "body");
        QCOMPARE(reader.money({"amount"}).units(), units);
        QVERIFY(reader.ok());
    }

    void trailingZerosAreTheSameValue() {
        QCOMPARE(Money::parse(QStringLiteral("100.00"))->toString(), QStringLiteral("100"));
        QCOMPARE(Money::parse(QStringLiteral("1.50000"))->units(), qint64(15000));
    }

    void refusesWhatWouldBeRounded_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<MoneyError>("error");
        QTest::newRow("5 decimals") << QStringLiteral("0.00001") << MoneyError::TooManyDecimals;
        QTest::newRow("5 decimals large") << QStringLiteral("12.34567") << MoneyError::TooManyDecimals;
        QTest::newRow("exponent") << QStringLiteral("1e3") << MoneyError::Exponent;
        QTest::newRow("exponent upper") << QStringLiteral("1.5E-2") << MoneyError::Exponent;
        QTest::newRow("negative") << QStringLiteral("-5") << MoneyError::Negative;
        QTest::newRow("empty") << QString() << MoneyError::Empty;
        QTest::newRow("letters") << QStringLiteral("12a") << MoneyError::NotANumber;
        QTest::newRow("dot only") << QStringLiteral(".") << MoneyError::NotANumber;
        QTest::newRow("no whole part") << QStringLiteral(".5") << MoneyError::NotANumber;
        QTest::newRow("no fraction") << QStringLiteral("5.") << MoneyError::NotANumber;
        QTest::newRow("plus") << QStringLiteral("+5") << MoneyError::NotANumber;
        QTest::newRow("space") << QStringLiteral("5 ") << MoneyError::NotANumber;
        QTest::newRow("overflow") << QStringLiteral("922337203685477.5808") << MoneyError::Overflow;
        QTest::newRow("huge") << QStringLiteral("99999999999999999999999") << MoneyError::Overflow;
    }
    void refusesWhatWouldBeRounded() {
        QFETCH(QString, text);
        QFETCH(MoneyError, error);
        MoneyError seen = MoneyError::None;
        QVERIFY(!Money::parse(text, &seen));
        QCOMPARE(seen, error);
        QVERIFY(!migo::api::moneyErrorText(seen).isEmpty());
    }

    void readsTheJsonNumbersOwnText() {
        // Values that a double cannot hold exactly stay exact.
        const auto doc = json::exactParse(R"({"a": 0.3, "b": 12345678.9999, "c": 7, "d": 1.5e2})");
        QVERIFY(doc);
        json::FieldReader reader(*doc, "doc");
        QCOMPARE(reader.money({"a"}).units(), qint64(3000));
        QCOMPARE(reader.money({"b"}).units(), qint64(123456789999));
        QCOMPARE(reader.money({"c"}).units(), qint64(70000));
        QVERIFY(reader.ok());
        reader.money({"d"}); // an exponent is refused, not converted
        QVERIFY(!reader.ok());
        QVERIFY(reader.problem().contains(u"doc.d"));
        // A number beyond any double is malformed input, not infinity.
        QString error;
        QVERIFY(!json::exactParse(R"({"x": 1e400})", &error));
        QVERIFY(error.contains(u"overflow"));
    }

    void acceptsAmountsSentAsStrings() {
        const auto doc = json::exactParse(R"({"balance": "150.25"})");
        json::FieldReader reader(*doc, "card");
        QCOMPARE(reader.money({"balance"}).toString(), QStringLiteral("150.25"));
        QVERIFY(reader.ok());
    }

    void readsWhatAPersonTypesInTheirLocale() {
        const QLocale spanish(QLocale::Spanish, QLocale::Spain); // 1.234,56
        QCOMPARE(Money::fromLocaleText(QStringLiteral("1.234,56"), spanish)->units(), qint64(12345600));
        QCOMPARE(Money::fromLocaleText(QStringLiteral("0,1"), spanish)->toString(), QStringLiteral("0.1"));
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(Money::fromLocaleText(QStringLiteral("1,234.5678"), english)->units(), qint64(12345678));
        MoneyError error = MoneyError::None;
        QVERIFY(!Money::fromLocaleText(QStringLiteral("1,23456"), spanish, &error));
        QCOMPARE(error, MoneyError::TooManyDecimals);
        QVERIFY(!Money::fromLocaleText(QStringLiteral("-3"), english, &error));
        QCOMPARE(error, MoneyError::Negative);
    }

    void showsAmountsInTheLocale() {
        const Money amount = *Money::parse(QStringLiteral("1234567.5"));
        QCOMPARE(amount.toLocaleString(QLocale(QLocale::English, QLocale::UnitedStates)),
                 QStringLiteral("1,234,567.50"));
        QCOMPARE(Money::parse(QStringLiteral("0.0001"))->toLocaleString(QLocale::c()), QStringLiteral("0.0001"));
    }

    void arithmeticNeverGoesNegativeOrOverflows() {
        const Money ten = *Money::parse(QStringLiteral("10"));
        const Money tiny = *Money::parse(QStringLiteral("0.0001"));
        QCOMPARE(Money::checkedSubtract(ten, tiny)->toString(), QStringLiteral("9.9999"));
        QVERIFY(!Money::checkedSubtract(tiny, ten));
        QVERIFY(!Money::checkedAdd(Money::max(), tiny));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
