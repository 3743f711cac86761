// "Create a cardholder" (seed 002, issue 4): the dialog against a real migo-cms-sandbox on a free port. The dialog's
// client goes through a small TCP relay that counts the create POSTs as they reach the server (and can lose an
// answer or hold it), so "nothing was sent" and "sent once" are checked on the wire.
#include "CountryList.h"
#include "CreateCardholderDialog.h"
#include "E2eHarness.h"
#include "WidgetLookup.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace migo;
using api::CmsClient;
using e2e::sync;
using views::CreateCardholderDialog;

namespace {

using migo::e2e::byName;
using migo::e2e::labelText;

constexpr int kWaitMs = 20000;

/// A TCP relay in front of the sandbox. Counts the create-cardholder POSTs that pass through; optionally cuts the
/// connection in the middle of their answer (lost after the server acted), or holds the answer back (a request
/// still in flight).
class Relay final : public QObject {
public:
    enum class Mode { Forward, LoseCreateAnswer, HoldCreateAnswer };

    /// Relays to the server at `upstream` (a base URL on 127.0.0.1).
    explicit Relay(QUrl upstream)
        : m_upstream(std::move(upstream)) {
        QObject::connect(&m_listener, &QTcpServer::newConnection, this, &Relay::accept);
    }
    bool listen() { return m_listener.listen(QHostAddress::LocalHost, 0); }
    /// The upstream base URL with the relay's port.
    QUrl baseUrl() const {
        QUrl url = m_upstream;
        url.setPort(m_listener.serverPort());
        return url;
    }
    /// Delivers the answers held back so far and forwards from now on.
    void release() {
        mode = Mode::Forward;
        for (const auto& [client, server] : std::as_const(m_held))
            if (client && server)
                client->write(server->readAll());
        m_held.clear();
    }

    Mode mode = Mode::Forward;
    int createPosts = 0;          ///< POST …/partners/{p}/cardholders request lines seen
    int abandonedHeldAnswers = 0; ///< connections the client closed while an answer was held back

private:
    void accept() {
        while (QTcpSocket* client = m_listener.nextPendingConnection()) {
            auto* server = new QTcpSocket(client);
            auto pending = std::make_shared<QByteArray>();
            auto createSeen = std::make_shared<bool>(false);
            server->connectToHost(QHostAddress::LocalHost, quint16(m_upstream.port()));
            QObject::connect(server, &QTcpSocket::connected, client, [server, pending] {
                server->write(*pending);
                pending->clear();
            });
            QObject::connect(client, &QTcpSocket::readyRead, server, [this, client, server, pending, createSeen] {
                const QByteArray bytes = client->readAll();
                static const QRegularExpression createLine(
                    QStringLiteral("(^|\\n)POST [^ ]*/partners/[0-9]+/cardholders HTTP/1\\.1\\r\\n"));
                const int creates = int(QString::fromLatin1(bytes).count(createLine));
                createPosts += creates;
                if (creates > 0)
                    *createSeen = true;
                if (server->state() == QAbstractSocket::ConnectedState)
                    server->write(bytes);
                else
                    pending->append(bytes);
            });
            QObject::connect(server, &QTcpSocket::readyRead, client, [this, client, server, createSeen] {
                if (*createSeen && mode == Mode::LoseCreateAnswer) {
                    // The server acted; its status line and headers get through, then the connection ends. (Cut
                    // before the headers, Qt 6.4 itself sends the POST again on a new connection.)
                    const QByteArray answer = server->readAll();
                    if (client->state() == QAbstractSocket::ConnectedState) {
                        client->write(answer.left(answer.indexOf("\r\n\r\n") + 4));
                        client->disconnectFromHost();
                    }
                    return;
                }
                if (*createSeen && mode == Mode::HoldCreateAnswer) {
                    // Left unread in the socket until release().
                    m_held.append(std::pair(QPointer(client), QPointer(server)));
                    return;
                }
                client->write(server->readAll());
            });
            QObject::connect(client, &QTcpSocket::disconnected, this, [this, client, server, createSeen] {
                if (*createSeen && mode == Mode::HoldCreateAnswer)
                    ++abandonedHeldAnswers;
                server->abort();
                client->deleteLater();
            });
            QObject::connect(server, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        }
    }

    QTcpServer m_listener;
    QUrl m_upstream;
    QList<std::pair<QPointer<QTcpSocket>, QPointer<QTcpSocket>>> m_held;
};

const QStringList kErrorLabels = {QStringLiteral("Name error"),
                                  QStringLiteral("Last name error"),
                                  QStringLiteral("Address error"),
                                  QStringLiteral("Country of birth error"),
                                  QStringLiteral("Date of birth error"),
                                  QStringLiteral("Marital status error"),
                                  QStringLiteral("Gender error"),
                                  QStringLiteral("Phone number error"),
                                  QStringLiteral("E-mail error"),
                                  QStringLiteral("Document type error"),
                                  QStringLiteral("Document number error"),
                                  QStringLiteral("Card to assign error")};

/// A model row's card id.
qint64 cardIdAt(const QAbstractItemModel* model, int row) {
    return model->index(row, 0).data(CreateCardholderDialog::CardIdRole).toLongLong();
}

/// The documented filter rule: id prefix, else any part of the last four digits (short terms) or of the masked PAN.
QList<qint64> expectedMatches(const QList<api::Card>& cards, const QString& term) {
    QList<qint64> ids;
    for (const api::Card& card : cards) {
        if (QString::number(card.id).startsWith(term) ||
            (term.size() <= 4 ? card.lastFour().contains(term) : card.maskedPan.contains(term)))
            ids << card.id;
    }
    return ids;
}

QList<qint64> shownCards(const QAbstractItemModel* model) {
    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << cardIdAt(model, row);
    return ids;
}

bool listContains(const QList<api::Card>& cards, qint64 cardId) {
    return std::any_of(cards.begin(), cards.end(), [cardId](const api::Card& card) { return card.id == cardId; });
}

} // namespace

class TestGuiCreateCardholder final : public QObject {
    Q_OBJECT

private:
    e2e::E2eServer m_server;
    std::unique_ptr<e2e::E2eClient> m_agent;  ///< the dialog's client, through the relay
    std::unique_ptr<e2e::E2eClient> m_helper; ///< checks and arranges the server's state directly
    std::unique_ptr<Relay> m_relay;
    QList<api::Card> m_pool;
    api::Card m_spareCard; ///< selected by the tests that must not create anything
    int m_serial = 0;

    api::Card takeCard() { return m_pool.takeFirst(); }
    QString newEmail() { return QStringLiteral("gui.create.%1@example.com").arg(++m_serial); }
    QString newDocument() { return QStringLiteral("GUI%1").arg(++m_serial, 8, 10, QLatin1Char('0')); }

    struct Opened {
        std::unique_ptr<CreateCardholderDialog> dialog;
        QListView* cards = nullptr;
        QLineEdit* filter = nullptr;
        QPushButton* create = nullptr;
        QLabel* message = nullptr;
        QLabel* cardStatus = nullptr;
        QPushButton* retry = nullptr;
    };

    /// Opens the dialog on `client`, watches its models, and waits until the card list has answered.
    void open(Opened& opened, api::CmsClient* client, bool waitForCards = true) {
        opened.dialog =
            std::make_unique<CreateCardholderDialog>(core::OperationContext{.client = client, .operatorEmail = {}});
        CreateCardholderDialog* dialog = opened.dialog.get();
        opened.cards = byName<QListView>(dialog, QStringLiteral("Cards not yet assigned"));
        opened.filter = byName<QLineEdit>(dialog, QStringLiteral("Find a card by id or last digits"));
        opened.create = byName<QPushButton>(dialog, QStringLiteral("Create cardholder"));
        opened.message = byName<QLabel>(dialog, QStringLiteral("Create cardholder status"));
        opened.cardStatus = byName<QLabel>(dialog, QStringLiteral("Card list status"));
        opened.retry = byName<QPushButton>(dialog, QStringLiteral("Retry loading the cards"));
        QVERIFY(opened.cards && opened.filter && opened.create && opened.message && opened.cardStatus && opened.retry);
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(opened.cards->model());
        QVERIFY(proxy);
        new QAbstractItemModelTester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, dialog);
        new QAbstractItemModelTester(proxy->sourceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     dialog);
        dialog->show();
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        if (waitForCards)
            QVERIFY(QTest::qWaitFor([&] { return opened.cards->model()->rowCount() > 0; }, kWaitMs));
    }

    /// Selects the row of `cardId` in the card list.
    static bool selectCard(const Opened& opened, qint64 cardId) {
        const QAbstractItemModel* model = opened.cards->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (cardIdAt(model, row) == cardId) {
                opened.cards->setCurrentIndex(model->index(row, 0));
                return true;
            }
        }
        return false;
    }

    static std::optional<qint64> selectedCard(const Opened& opened) {
        const QModelIndexList selected = opened.cards->selectionModel()->selectedIndexes();
        if (selected.size() != 1)
            return std::nullopt;
        return selected.first().data(CreateCardholderDialog::CardIdRole).toLongLong();
    }

    /// Fills every field with valid values (phone typed with grouping spaces and a dash).
    void fillValid(const Opened& opened, qint64 cardId, const QString& email, const QString& document) {
        QWidget* d = opened.dialog.get();
        byName<QLineEdit>(d, QStringLiteral("Name"))->setText(QStringLiteral("María José"));
        byName<QLineEdit>(d, QStringLiteral("Last name"))->setText(QStringLiteral("Ramírez"));
        byName<QLineEdit>(d, QStringLiteral("Address"))->setText(QStringLiteral("Calle Principal 123, zona 1"));
        auto* country = byName<QComboBox>(d, QStringLiteral("Country of birth"));
        country->setCurrentIndex(country->findData(QStringLiteral("SV")));
        byName<QDateEdit>(d, QStringLiteral("Date of birth"))->setDate(QDate(1990, 5, 12));
        auto* marital = byName<QComboBox>(d, QStringLiteral("Marital status"));
        marital->setCurrentIndex(marital->findData(int(api::MaritalStatus::Married)));
        auto* gender = byName<QComboBox>(d, QStringLiteral("Gender"));
        gender->setCurrentIndex(gender->findData(int(api::Gender::Male)));
        byName<QLineEdit>(d, QStringLiteral("Phone number"))->setText(QStringLiteral("+502 5555-1234"));
        byName<QLineEdit>(d, QStringLiteral("E-mail"))->setText(email);
        auto* documentType = byName<QComboBox>(d, QStringLiteral("Document type"));
        documentType->setCurrentIndex(documentType->findData(int(api::DocumentType::Passport)));
        byName<QLineEdit>(d, QStringLiteral("Document number"))->setText(document);
        QVERIFY(selectCard(opened, cardId));
    }

    static QString errorText(const Opened& opened, const QString& label) {
        return byName<QLabel>(opened.dialog.get(), label)->text();
    }

    /// The error labels that show something, by accessible name.
    static QStringList shownErrors(const Opened& opened) {
        QStringList shown;
        for (const QString& label : kErrorLabels) {
            QLabel* widget = byName<QLabel>(opened.dialog.get(), label);
            if (widget && !widget->text().isEmpty())
                shown << label;
        }
        return shown;
    }

    QList<api::Card> unassignedCards() {
        api::PartnerCardQuery query;
        query.assigned = false;
        const auto cards = sync(**m_helper, &CmsClient::listPartnerCardsMatching, query);
        return cards.ok() ? cards.value() : QList<api::Card>();
    }

    QList<api::Cardholder> cardholdersMatching(const QString& searchText) {
        api::CardholderQuery query;
        query.searchText = searchText;
        const auto page = sync(**m_helper, &CmsClient::listCardholders, query);
        return page.ok() ? page.value().items : QList<api::Cardholder>();
    }

private Q_SLOTS:
    void initTestCase() {
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
        m_relay = std::make_unique<Relay>(m_server.clientBaseUrl());
        QVERIFY(m_relay->listen());
        m_agent = std::make_unique<e2e::E2eClient>(m_server);
        QVERIFY2(e2e::signIn(*m_agent, m_server, QStringLiteral("agent@migo.test"), &error), qPrintable(error));
        api::ClientConfig config = m_agent->client.config();
        config.baseUrl = m_relay->baseUrl(); // signed in directly; from now on every call passes the relay
        m_agent->client.setConfig(config);
        m_helper = std::make_unique<e2e::E2eClient>(m_server);
        QVERIFY2(e2e::signIn(*m_helper, m_server, QStringLiteral("agent@migo.test"), &error), qPrintable(error));
        m_pool = unassignedCards();
        QVERIFY2(m_pool.size() >= 12, "the demo world has a pool of at least 20 unassigned cards");
        m_spareCard = takeCard();
    }

    void init() {
        m_relay->release();
        m_relay->createPosts = 0;
    }

    void countryListPutsGuatemalaFirst() {
        const QList<views::Country> countries = views::countryList();
        QCOMPARE(countries.size(), 249);
        QCOMPARE(countries.first().code, QStringLiteral("GT"));
        QCOMPARE(countries.first().name, QStringLiteral("Guatemala"));
        QSet<QString> codes;
        for (const views::Country& country : countries) {
            QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z]{2}$")).match(country.code).hasMatch(),
                     qPrintable(country.code));
            QVERIFY(views::isCountryCode(country.code));
            codes.insert(country.code);
        }
        QCOMPARE(codes.size(), 249);
        QVERIFY(!views::isCountryCode(QStringLiteral("XX")));
        QVERIFY(!views::isCountryCode(QStringLiteral("gt")));
        // After Guatemala, by name as people sort (English names: no translator is installed): accented
        // letters with their base letter, not after Z.
        QCOMPARE(countries.at(1).name, QStringLiteral("Afghanistan"));
        QCOMPARE(countries.last().name, QStringLiteral("Zimbabwe"));
        const auto position = [&countries](QStringView code) {
            return std::find_if(countries.begin(), countries.end(),
                                [code](const views::Country& c) { return c.code == code; }) -
                   countries.begin();
        };
        QVERIFY(position(u"AX") < position(u"AL")); // Åland Islands before Albania
        QVERIFY(position(u"AR") < position(u"AT")); // Argentina before Austria
        QVERIFY(position(u"GT") < position(u"GN")); // but Guatemala first of all

        // The dialog's picker shows name and code, in that order, and sends the code.
        CreateCardholderDialog dialog(core::OperationContext{.client = &m_helper->client, .operatorEmail = {}});
        auto* country = byName<QComboBox>(&dialog, QStringLiteral("Country of birth"));
        QVERIFY(country);
        QCOMPARE(country->count(), 249);
        QCOMPARE(country->currentIndex(), -1); // nothing is assumed
        QCOMPARE(country->itemText(0), QStringLiteral("Guatemala (GT)"));
        QCOMPARE(country->itemData(0).toString(), QStringLiteral("GT"));
    }

    void cardListLoadsAndOffersRetry() {
        // Partner 2 is not the agent's: the list is refused, the dialog says so and offers Retry.
        e2e::E2eClient wrongPartner(m_server, 2);
        QString error;
        QVERIFY2(e2e::signIn(wrongPartner, m_server, QStringLiteral("agent@migo.test"), &error), qPrintable(error));
        Opened opened;
        open(opened, &wrongPartner.client, false);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(opened.cardStatus->text(), QStringLiteral("Loading cards…"));
        QVERIFY(QTest::qWaitFor([&] { return opened.retry->isVisible(); }, kWaitMs));
        QVERIFY2(opened.cardStatus->text().startsWith(QStringLiteral("The cards could not be loaded.")),
                 qPrintable(opened.cardStatus->text()));
        QCOMPARE(opened.cards->model()->rowCount(), 0);

        wrongPartner.client.setPartnerId(1);
        QTest::mouseClick(opened.retry, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return opened.cards->model()->rowCount() > 0; }, kWaitMs));
        QVERIFY(!opened.retry->isVisible());
        const QList<api::Card> pool = unassignedCards();
        QCOMPARE(opened.cards->model()->rowCount(), pool.size());
        QCOMPARE(opened.cardStatus->text(), QStringLiteral("%1 card(s) without a cardholder.").arg(pool.size()));
    }

    void cardPickerFiltersByLastFourOrId() {
        Opened opened;
        open(opened, &m_agent->client);
        if (QTest::currentTestFailed())
            return;
        const QList<api::Card> pool = unassignedCards();
        QCOMPARE(opened.cards->model()->rowCount(), pool.size());
        const api::Card target = m_pool.last();
        const QString lastFour = target.lastFour();
        QCOMPARE(lastFour.size(), 4);

        // Type the last four digits: the rows left are exactly the cards whose id starts with them or whose last
        // four contain them (never a card that only has them in its BIN).
        QTest::keyClicks(opened.filter, lastFour);
        const QList<qint64> expected = expectedMatches(pool, lastFour);
        QCOMPARE(shownCards(opened.cards->model()), expected);
        QVERIFY(expected.contains(target.id));
        QVERIFY(expected.size() < pool.size());
        if (expected.size() == 1)
            QCOMPARE(selectedCard(opened).value_or(-1), target.id); // a single match is chosen

        // "****1234" (as printed on a receipt) means the same.
        opened.filter->clear();
        QCOMPARE(opened.cards->model()->rowCount(), pool.size());
        QTest::keyClicks(opened.filter, QStringLiteral("****") + lastFour);
        QCOMPARE(shownCards(opened.cards->model()), expected);

        // By id; then Down moves from the search field into the list, on the first match.
        opened.filter->clear();
        const QString id = QString::number(target.id);
        QTest::keyClicks(opened.filter, id);
        QCOMPARE(shownCards(opened.cards->model()), expectedMatches(pool, id));
        QVERIFY(shownCards(opened.cards->model()).contains(target.id));
        opened.cards->selectionModel()->clear();
        opened.cards->setCurrentIndex({});
        opened.filter->setFocus();
        QTest::keyClick(opened.filter, Qt::Key_Down);
        QVERIFY(opened.cards->hasFocus());
        QCOMPARE(opened.cards->currentIndex().row(), 0);

        // A text matching nothing leaves an empty list.
        opened.filter->clear();
        QTest::keyClicks(opened.filter, QStringLiteral("99999999999"));
        QCOMPARE(opened.cards->model()->rowCount(), 0);
        QCOMPARE(m_relay->createPosts, 0);
    }

    void validCreateAssignsTheCard() {
        Opened opened;
        open(opened, &m_agent->client);
        if (QTest::currentTestFailed())
            return;
        QSignalSpy created(opened.dialog.get(), &CreateCardholderDialog::cardholderCreated);
        const api::Card card = takeCard();
        const QString email = newEmail();
        const QString document = newDocument();
        fillValid(opened, card.id, email, document);
        if (QTest::currentTestFailed())
            return;

        QTest::mouseClick(opened.create, Qt::LeftButton);
        // In flight: Create is disabled and the fields are read-only.
        QVERIFY(!opened.create->isEnabled());
        QVERIFY(byName<QLineEdit>(opened.dialog.get(), QStringLiteral("E-mail"))->isReadOnly());
        QVERIFY(!byName<QComboBox>(opened.dialog.get(), QStringLiteral("Gender"))->isEnabled());
        QVERIFY(QTest::qWaitFor([&] { return created.size() == 1; }, kWaitMs));
        QCOMPARE(opened.dialog->result(), int(QDialog::Accepted));
        QVERIFY(!opened.dialog->isVisible());
        QCOMPARE(m_relay->createPosts, 1);
        const auto emitted = created.first().first().value<api::Cardholder>();
        QVERIFY(emitted.id > 0);
        QCOMPARE(emitted.email, email);

        // The server has it, with every field as entered and the wire enum values (the list finds it; the detail
        // has the whole profile, contract §15).
        const QList<api::Cardholder> found = cardholdersMatching(email);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, emitted.id);
        const auto detail = sync(**m_helper, &CmsClient::cardholderDetail, emitted.id, QString());
        E2E_OK(detail);
        const api::Cardholder& holder = detail.value();
        QCOMPARE(holder.id, emitted.id);
        QCOMPARE(holder.name, QStringLiteral("María José"));
        QCOMPARE(holder.lastName, QStringLiteral("Ramírez"));
        QCOMPARE(holder.address, QStringLiteral("Calle Principal 123, zona 1"));
        QCOMPARE(holder.countryOfBirth, QStringLiteral("SV"));
        QCOMPARE(holder.dateOfBirth, QDate(1990, 5, 12));
        QCOMPARE(holder.maritalStatus, QStringLiteral("casado"));
        QCOMPARE(holder.gender, QStringLiteral("M"));
        QCOMPARE(holder.phoneNumber, QStringLiteral("+50255551234"));
        QCOMPARE(holder.documentType, QStringLiteral("PASSPORT"));
        QCOMPARE(holder.documentNumber, document);

        // The chosen card is now the cardholder's and out of the pool.
        QVERIFY(!listContains(unassignedCards(), card.id));
        const auto owned = sync(**m_helper, &CmsClient::listCardholderCards, holder.id);
        E2E_OK(owned);
        QVERIFY(listContains(owned.value(), card.id));
    }

    void invalidFieldIsMarkedAndNothingSent_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("errorLabel");
        QTest::addColumn<QString>("reason");
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
        const auto row = [](const char* tag, const char* input, const QString& value, const char* error,
                            const char* reason) {
            QTest::newRow(tag) << QString::fromUtf8(input) << value << QString::fromUtf8(error)
                               << QString::fromUtf8(reason);
        };
        row("empty name", "Name", {}, "Name error", "Enter the name.");
        row("blank name", "Name", QStringLiteral("   "), "Name error", "Enter the name.");
        row("empty last name", "Last name", {}, "Last name error", "Enter the last name.");
        row("empty address", "Address", {}, "Address error", "Enter the address.");
        row("no country", "Country of birth", {}, "Country of birth error", "Choose the country of birth.");
        row("no date of birth", "Date of birth", {}, "Date of birth error", "Enter the date of birth.");
        row("born today", "Date of birth", today, "Date of birth error", "must be in the past");
        row("born tomorrow", "Date of birth", tomorrow, "Date of birth error", "must be in the past");
        row("born before 1900", "Date of birth", QStringLiteral("1899-12-31"), "Date of birth error",
            "before 1 January 1900");
        row("no marital status", "Marital status", {}, "Marital status error", "Choose the marital status.");
        row("no gender", "Gender", {}, "Gender error", "Choose the gender.");
        row("empty phone", "Phone number", {}, "Phone number error", "Enter the phone number.");
        row("short phone", "Phone number", QStringLiteral("5555 123"), "Phone number error", "8 to 15 digits");
        row("long phone", "Phone number", QStringLiteral("+5025555123456789"), "Phone number error", "8 to 15 digits");
        row("letters in phone", "Phone number", QStringLiteral("5555-ABCD-12"), "Phone number error", "8 to 15 digits");
        row("plus inside phone", "Phone number", QStringLiteral("502+55551234"), "Phone number error",
            "8 to 15 digits");
        row("empty e-mail", "E-mail", {}, "E-mail error", "Enter the e-mail address.");
        row("e-mail without domain", "E-mail", QStringLiteral("maria@"), "E-mail error", "valid e-mail address");
        row("e-mail without dot", "E-mail", QStringLiteral("maria@example"), "E-mail error", "valid e-mail address");
        row("e-mail with space", "E-mail", QStringLiteral("maria @example.com"), "E-mail error",
            "valid e-mail address");
        row("e-mail with two @", "E-mail", QStringLiteral("maria@@example.com"), "E-mail error",
            "valid e-mail address");
        row("no document type", "Document type", {}, "Document type error", "Choose the document type.");
        row("empty document number", "Document number", {}, "Document number error", "Enter the document number.");
        row("document with dash", "Document number", QStringLiteral("1234567-8"), "Document number error",
            "only letters and digits");
        row("document with space", "Document number", QStringLiteral("2345 67890"), "Document number error",
            "only letters and digits");
        row("no card", "Cards not yet assigned", {}, "Card to assign error", "Choose the card to assign.");
    }

    void invalidFieldIsMarkedAndNothingSent() {
        QFETCH(QString, input);
        QFETCH(QString, value);
        QFETCH(QString, errorLabel);
        QFETCH(QString, reason);
        Opened opened;
        open(opened, &m_agent->client);
        if (QTest::currentTestFailed())
            return;
        QSignalSpy created(opened.dialog.get(), &CreateCardholderDialog::cardholderCreated);
        fillValid(opened, m_spareCard.id, newEmail(), newDocument());
        if (QTest::currentTestFailed())
            return;
        opened.filter->setFocus(); // somewhere else than the field under test

        QWidget* widget = byName<QWidget>(opened.dialog.get(), input);
        QVERIFY(widget);
        if (auto* edit = qobject_cast<QLineEdit*>(widget)) {
            edit->setText(value);
        } else if (auto* date = qobject_cast<QDateEdit*>(widget)) {
            date->setDate(value.isEmpty() ? date->minimumDate() : QDate::fromString(value, Qt::ISODate));
        } else if (auto* box = qobject_cast<QComboBox*>(widget)) {
            QVERIFY(value.isEmpty());
            box->setCurrentIndex(-1);
        } else if (auto* list = qobject_cast<QListView*>(widget)) {
            QVERIFY(value.isEmpty());
            list->selectionModel()->clear();
        } else {
            QFAIL("unexpected input widget");
        }

        QTest::mouseClick(opened.create, Qt::LeftButton);
        QCOMPARE(shownErrors(opened), QStringList{errorLabel});
        QVERIFY2(errorText(opened, errorLabel).contains(reason), qPrintable(errorText(opened, errorLabel)));
        QVERIFY(byName<QLabel>(opened.dialog.get(), errorLabel)->isVisible());
        QVERIFY2(widget->hasFocus(), "the invalid field gets the focus");
        QCOMPARE(opened.message->text(), QStringLiteral("Nothing was sent: correct the marked fields."));
        QVERIFY(opened.create->isEnabled());
        QVERIFY(opened.dialog->isVisible());

        // Enter does not send it either. Then a read through the same relay proves the wire is quiet.
        QTest::keyClick(opened.dialog.get(), Qt::Key_Return);
        QVERIFY(sync(m_agent->client, &CmsClient::listCardholders, api::CardholderQuery()).ok());
        QCOMPARE(m_relay->createPosts, 0);
        QCOMPARE(created.size(), 0);
    }

    void guatemalanRulesAreShownAtTheField_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("documentType"); ///< api::DocumentType, -1: the valid record's (Passport)
        QTest::addColumn<QString>("errorLabel");
        QTest::addColumn<QString>("sentence");
        const QString notAName =
            QStringLiteral("Use only letters, spaces, apostrophes and hyphens, with at least one letter.");
        const QString adult = QStringLiteral("The cardholder must be at least 18 year(s) old.");
        const QString thirteen = QStringLiteral("A DPI number has 13 digits (e.g. 2345 67899 0101).");
        const QString dpiCheck = QStringLiteral(
            "This is not a valid DPI number: its check digit (the 9th) does not match. Check each digit.");
        const int dpi = int(api::DocumentType::Dpi);
        const int nit = int(api::DocumentType::Nit);
        QTest::newRow("name Ana2") << QStringLiteral("Name") << QStringLiteral("Ana2") << -1
                                   << QStringLiteral("Name error") << notAName;
        QTest::newRow("last name with a digit") << QStringLiteral("Last name") << QStringLiteral("López 3") << -1
                                                << QStringLiteral("Last name error") << notAName;
        QTest::newRow("DPI of 5 digits") << QStringLiteral("Document number") << QStringLiteral("12345") << dpi
                                         << QStringLiteral("Document number error") << thirteen;
        QTest::newRow("DPI with a wrong check digit")
            << QStringLiteral("Document number") << QStringLiteral("2345 67890 0101") << dpi
            << QStringLiteral("Document number error") << dpiCheck;
        QTest::newRow("DPI of department 23")
            << QStringLiteral("Document number") << QStringLiteral("2345 67899 2301") << dpi
            << QStringLiteral("Document number error")
            << QStringLiteral("A DPI's 10th and 11th digits are its department code, 01 to 22.");
        QTest::newRow("DPI of municipality 18 of Guatemala")
            << QStringLiteral("Document number") << QStringLiteral("2345 67899 0118") << dpi
            << QStringLiteral("Document number error")
            << QStringLiteral(
                   "A DPI's last two digits are its municipality: department 01 has municipalities 01 to 17.");
        QTest::newRow("NIT with a wrong check")
            << QStringLiteral("Document number") << QStringLiteral("1234567-8") << nit
            << QStringLiteral("Document number error")
            << QStringLiteral("This is not a valid NIT: its check digit does not match. Check each digit.");
        QTest::newRow("11 years old") << QStringLiteral("Date of birth")
                                      << QDate::currentDate().addYears(-11).toString(Qt::ISODate) << -1
                                      << QStringLiteral("Date of birth error") << adult;
        QTest::newRow("18 tomorrow") << QStringLiteral("Date of birth")
                                     << QDate::currentDate().addYears(-18).addDays(1).toString(Qt::ISODate) << -1
                                     << QStringLiteral("Date of birth error") << adult;
        QTest::newRow("+502 with 7 digits")
            << QStringLiteral("Phone number") << QStringLiteral("+502 5555 123") << -1
            << QStringLiteral("Phone number error")
            << QStringLiteral("A Guatemalan number (+502) has 8 digits after the country code.");
    }

    void guatemalanRulesAreShownAtTheField() {
        QFETCH(QString, input);
        QFETCH(QString, value);
        QFETCH(int, documentType);
        QFETCH(QString, errorLabel);
        QFETCH(QString, sentence);
        Opened opened;
        open(opened, &m_agent->client);
        if (QTest::currentTestFailed())
            return;
        QSignalSpy created(opened.dialog.get(), &CreateCardholderDialog::cardholderCreated);
        fillValid(opened, m_spareCard.id, newEmail(), newDocument());
        if (QTest::currentTestFailed())
            return;
        if (documentType >= 0) {
            auto* type = byName<QComboBox>(opened.dialog.get(), QStringLiteral("Document type"));
            type->setCurrentIndex(type->findData(documentType));
        }
        QWidget* widget = byName<QWidget>(opened.dialog.get(), input);
        if (auto* edit = qobject_cast<QLineEdit*>(widget))
            edit->setText(value);
        else if (auto* date = qobject_cast<QDateEdit*>(widget))
            date->setDate(QDate::fromString(value, Qt::ISODate));
        else
            QFAIL("unexpected input widget");
        opened.filter->setFocus();

        QTest::mouseClick(opened.create, Qt::LeftButton);
        QCOMPARE(shownErrors(opened), QStringList{errorLabel});
        QCOMPARE(errorText(opened, errorLabel), sentence);
        QVERIFY(byName<QLabel>(opened.dialog.get(), errorLabel)->isVisible());
        QVERIFY2(widget->hasFocus(), "the invalid field gets the focus");
        QCOMPARE(widget->accessibleDescription(), sentence); // read out with the field
        QCOMPARE(opened.message->text(), QStringLiteral("Nothing was sent: correct the marked fields."));
        QVERIFY(sync(m_agent->client, &CmsClient::listCardholders, api::CardholderQuery()).ok());
        QCOMPARE(m_relay->createPosts, 0);
        QCOMPARE(created.size(), 0);
    }

    void groupedDpiIsSentAsThirteenDigits() {
        Opened opened;
        open(opened, &m_agent->client);
        if (QTest::currentTestFailed())
            return;
        QSignalSpy created(opened.dialog.get(), &CreateCardholderDialog::cardholderCreated);
        const QString email = newEmail();
        fillValid(opened, takeCard().id, email, {});
        if (QTest::currentTestFailed())
            return;
        auto* type = byName<QComboBox>(opened.dialog.get(), QStringLiteral("Document type"));
        type->setCurrentIndex(type->findData(int(api::DocumentType::Dpi)));
        auto* number = byName<QLineEdit>(opened.dialog.get(), QStringLiteral("Document number"));
        QCOMPARE(number->placeholderText(), QStringLiteral("2345 67899 0101"));
        number->setText(QStringLiteral("2345 67899-0101")); // as printed on the card, with a stray dash
        // 18 today: of age (contract §8, Create cardholder).
        byName<QDateEdit>(opened.dialog.get(), QStringLiteral("Date of birth"))
            ->setDate(QDate::currentDate().addYears(-18));
        byName<QLineEdit>(opened.dialog.get(), QStringLiteral("Last name"))->setText(QStringLiteral("D’Angelo-Xicará"));

        QTest::mouseClick(opened.create, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return created.size() == 1; }, kWaitMs));
        QCOMPARE(m_relay->createPosts, 1);
        const auto emitted = created.first().first().value<api::Cardholder>();
        QCOMPARE(emitted.documentType, QStringLiteral("DPI"));
        QCOMPARE(emitted.documentNumber, QStringLiteral("2345678990101"));
        QCOMPARE(emitted.lastName, QStringLiteral("D’Angelo-Xicará"));
        QCOMPARE(emitted.email, email);
    }

    void serverRejectionIsShownAtItsField_data() {
        QTest::addColumn<QString>("duplicated");
        QTest::addColumn<QString>("errorLabel");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("duplicate e-mail")
            << QStringLiteral("email") << QStringLiteral("E-mail error") << QStringLiteral("E-mail")
            << QStringLiteral("A cardholder with this e-mail already exists in this "
                              "program.");
        QTest::newRow("duplicate document")
            << QStringLiteral("document") << QStringLiteral("Document number error")
            << QStringLiteral("Document number")
            << QStringLiteral("A cardholder with this document number already exists in this program.");
    }

    void serverRejectionIsShownAtItsField() {
        QFETCH(QString, duplicated);
        QFETCH(QString, errorLabel);
        QFETCH(QString, input);
        QFETCH(QString, sentence);
        const auto existing = sync(**m_helper, &CmsClient::listCardholders, api::CardholderQuery());
        E2E_OK(existing);
        QVERIFY(!existing.value().items.isEmpty());
        const api::Cardholder other = existing.value().items.first();

        Opened opened;
        open(opened, &m_agent->client);
        if (QTest::currentTestFailed())
            return;
        QSignalSpy created(opened.dialog.get(), &CreateCardholderDialog::cardholderCreated);
        const api::Card card = m_pool.first(); // stays free: the server refuses the cardholder
        // The e-mail duplicate is written in capitals: the server compares without case.
        fillValid(opened, card.id, duplicated == u"email" ? other.email.toUpper() : newEmail(),
                  duplicated == u"document" ? other.documentNumber : newDocument());
        if (QTest::currentTestFailed())
            return;

        QTest::mouseClick(opened.create, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !errorText(opened, errorLabel).isEmpty(); }, kWaitMs));
        QCOMPARE(errorText(opened, errorLabel), sentence);
        QCOMPARE(shownErrors(opened), QStringList{errorLabel});
        QVERIFY(byName<QWidget>(opened.dialog.get(), input)->hasFocus());
        QCOMPARE(opened.message->text(),
                 QStringLiteral("The server did not create the cardholder: correct the marked fields."));
        QCOMPARE(m_relay->createPosts, 1);
        QCOMPARE(created.size(), 0);
        QVERIFY(opened.dialog->isVisible());
        QVERIFY(opened.create->isEnabled());
        QVERIFY(!byName<QLineEdit>(opened.dialog.get(), input)->isReadOnly());
        QVERIFY(listContains(unassignedCards(), card.id));
    }

    void takenCardIsShownAtTheCardField() {
        Opened opened;
        open(opened, &m_agent->client);
        if (QTest::currentTestFailed())
            return;
        const api::Card card = takeCard();
        fillValid(opened, card.id, newEmail(), newDocument());
        if (QTest::currentTestFailed())
            return;

        // Another agent gives the same card to someone else first.
        api::NewCardholder first;
        first.name = QStringLiteral("Otro");
        first.lastName = QStringLiteral("Agente");
        first.address = QStringLiteral("Avenida Reforma 1");
        first.countryOfBirth = QStringLiteral("GT");
        first.dateOfBirth = QDate(1985, 1, 2);
        first.phoneNumber = QStringLiteral("50244445555");
        first.email = newEmail();
        first.documentType = api::DocumentType::Passport; // newDocument() is a passport number
        first.documentNumber = newDocument();
        first.cardId = card.id;
        E2E_OK(sync(**m_helper, &CmsClient::createCardholder, first));

        QTest::mouseClick(opened.create, Qt::LeftButton);
        const QString label = QStringLiteral("Card to assign error");
        QVERIFY(QTest::qWaitFor([&] { return !errorText(opened, label).isEmpty(); }, kWaitMs));
        QCOMPARE(errorText(opened, label),
                 QStringLiteral("This card has just been given to another cardholder. Choose another card."));
        QCOMPARE(shownErrors(opened), QStringList{label});
        QCOMPARE(m_relay->createPosts, 1);
        // The list is reloaded without the taken card, and nothing is chosen for the agent.
        QVERIFY(QTest::qWaitFor([&] { return opened.cards->model()->rowCount() > 0; }, kWaitMs));
        for (int row = 0; row < opened.cards->model()->rowCount(); ++row)
            QVERIFY(cardIdAt(opened.cards->model(), row) != card.id);
        QVERIFY(!selectedCard(opened));
        QCOMPARE(errorText(opened, label),
                 QStringLiteral("This card has just been given to another cardholder. Choose another card."));
    }

    void rejectionWithoutFieldIsShownInTheDialog() {
        // The support operator may read cards but not create cardholders: 403, no field named.
        e2e::E2eClient support(m_server);
        QString error;
        QVERIFY2(e2e::signIn(support, m_server, QStringLiteral("support@migo.test"), &error), qPrintable(error));
        Opened opened;
        open(opened, &support.client);
        if (QTest::currentTestFailed())
            return;
        QSignalSpy created(opened.dialog.get(), &CreateCardholderDialog::cardholderCreated);
        const api::Card card = m_pool.first();
        const QString email = newEmail();
        fillValid(opened, card.id, email, newDocument());
        if (QTest::currentTestFailed())
            return;
        QTest::mouseClick(opened.create, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return opened.create->isEnabled(); }, kWaitMs));

        // The same refusal, asked directly, has the sentence the dialog must show.
        api::NewCardholder same;
        same.name = QStringLiteral("X");
        same.lastName = QStringLiteral("Y");
        same.address = QStringLiteral("Z");
        same.countryOfBirth = QStringLiteral("GT");
        same.dateOfBirth = QDate(1990, 1, 1);
        same.phoneNumber = QStringLiteral("50255551234");
        same.email = newEmail();
        same.documentType = api::DocumentType::Passport;
        same.documentNumber = newDocument();
        same.cardId = card.id;
        const auto refused = sync(*support, &CmsClient::createCardholder, same);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().httpStatus, 403);
        QVERIFY(!refused.error().userMessage.isEmpty());
        QCOMPARE(opened.message->text(), refused.error().userMessage);
        QCOMPARE(shownErrors(opened), QStringList());
        QCOMPARE(created.size(), 0);
        QVERIFY(cardholdersMatching(email).isEmpty());
    }

    void doubleSubmitSendsOnce() {
        Opened opened;
        open(opened, &m_agent->client);
        if (QTest::currentTestFailed())
            return;
        QSignalSpy created(opened.dialog.get(), &CreateCardholderDialog::cardholderCreated);
        const QString email = newEmail();
        const api::Card card = takeCard();
        fillValid(opened, card.id, email, newDocument());
        if (QTest::currentTestFailed())
            return;
        auto* emailField = byName<QLineEdit>(opened.dialog.get(), QStringLiteral("E-mail"));
        emailField->setFocus();
        // The answer is held back, so every later attempt surely happens while the first request is in flight.
        m_relay->mode = Relay::Mode::HoldCreateAnswer;
        QTest::mouseClick(opened.create, Qt::LeftButton);
        QTest::mouseClick(opened.create, Qt::LeftButton);
        QTest::mouseDClick(opened.create, Qt::LeftButton);
        QTest::keyClick(emailField, Qt::Key_Return);
        opened.create->click();
        QVERIFY(QTest::qWaitFor([&] { return m_relay->createPosts >= 1; }, kWaitMs));
        // A read through the same relay after all of that: any second POST would have passed by now.
        QVERIFY(sync(m_agent->client, &CmsClient::listCardholders, api::CardholderQuery()).ok());
        QCOMPARE(m_relay->createPosts, 1);
        QCOMPARE(created.size(), 0);

        m_relay->release();
        QVERIFY(QTest::qWaitFor([&] { return created.size() == 1; }, kWaitMs));
        QCOMPARE(opened.dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_relay->createPosts, 1);
        QCOMPARE(cardholdersMatching(email).size(), 1);
        QCOMPARE(created.size(), 1);
    }

    void closingCancelsTheRunningCreate() {
        Opened opened;
        open(opened, &m_agent->client);
        if (QTest::currentTestFailed())
            return;
        QSignalSpy created(opened.dialog.get(), &CreateCardholderDialog::cardholderCreated);
        fillValid(opened, takeCard().id, newEmail(), newDocument());
        if (QTest::currentTestFailed())
            return;
        m_relay->mode = Relay::Mode::HoldCreateAnswer;
        QTest::mouseClick(opened.create, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return m_relay->createPosts == 1; }, kWaitMs));
        QTest::mouseClick(byName<QPushButton>(opened.dialog.get(), QStringLiteral("Cancel")), Qt::LeftButton);
        QCOMPARE(opened.dialog->result(), int(QDialog::Rejected));
        QVERIFY(!opened.dialog->isVisible());
        // The client dropped the connection that was waiting for the answer; nothing is reported afterwards.
        QVERIFY(QTest::qWaitFor([&] { return m_relay->abandonedHeldAnswers == 1; }, kWaitMs));
        QCOMPARE(created.size(), 0);
    }

    void lostAnswerSaysTheCardholderMayExist() {
        Opened opened;
        open(opened, &m_agent->client);
        if (QTest::currentTestFailed())
            return;
        QSignalSpy created(opened.dialog.get(), &CreateCardholderDialog::cardholderCreated);
        const QString email = newEmail();
        const api::Card card = takeCard();
        fillValid(opened, card.id, email, newDocument());
        if (QTest::currentTestFailed())
            return;
        m_relay->mode = Relay::Mode::LoseCreateAnswer;
        QTest::mouseClick(opened.create, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return opened.create->isEnabled(); }, kWaitMs));
        QCOMPARE(opened.message->text(),
                 QStringLiteral("The connection was lost after the request was sent: the cardholder may or may not "
                                "have been created. Search the cardholder list for %1 before trying again.")
                     .arg(email));
        QCOMPARE(shownErrors(opened), QStringList());
        QCOMPARE(created.size(), 0);
        QVERIFY(opened.dialog->isVisible());
        QCOMPARE(m_relay->createPosts, 1);              // sent once, never resent by the client
        QCOMPARE(cardholdersMatching(email).size(), 1); // it was in fact created

        // Trying again anyway (the operator's choice) cannot duplicate it: the card is taken by now.
        m_relay->mode = Relay::Mode::Forward;
        QTest::mouseClick(opened.create, Qt::LeftButton);
        const QString cardError = QStringLiteral("Card to assign error");
        QVERIFY(QTest::qWaitFor([&] { return !errorText(opened, cardError).isEmpty(); }, kWaitMs));
        QCOMPARE(errorText(opened, cardError),
                 QStringLiteral("This card has just been given to another cardholder. Choose another card."));
        QCOMPARE(m_relay->createPosts, 2);
        QCOMPARE(created.size(), 0);
        QCOMPARE(cardholdersMatching(email).size(), 1);
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_MAIN(TestGuiCreateCardholder)
#include "tst_gui_createcardholder.moc"
