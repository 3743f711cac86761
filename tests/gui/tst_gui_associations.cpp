// Third-party card associations (issue 6) against a real migo-cms-sandbox on a free port: the list in the
// cardholder detail's "Associations" tab and the "Associate a card…" dialog. A recording network counts the
// association requests as they are created; the client creates them from the event loop, so a count is read after
// a later round trip (settle()) or once the dialog reported. Every success is checked against the server's list. Demo
// facts (tests/e2e): partner 1 has cardholder 1 and others with their own cards; agent@ needs no OTP.
#include "AssociateCardDialog.h"
#include "AssociationListModel.h"
#include "AssociationsView.h"
#include "E2eHarness.h"
#include "WidgetLookup.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace migo;
using api::CmsClient;
using e2e::sync;
using models::AssociationListModel;
using views::AssociateCardDialog;
using views::AssociationsView;

namespace {

using migo::e2e::byName;
using migo::e2e::labelText;

constexpr int kWaitMs = 20000;
const QString kAgent = QStringLiteral("agent@migo.test");
const QString kNothingSent = QStringLiteral("Nothing was sent: correct the marked fields.");
const QString k7220 = QStringLiteral("No card matches that owner e-mail and those last four digits.");
const QString k7222 = QStringLiteral("That card is already linked to this cardholder.");
const QString k7223 = QStringLiteral("That card already belongs to this cardholder; it does not need to be linked.");

/// A real network that records every association request when it is created (synchronously, inside the client
/// call), and can send the association POST to a server that never answers.
class RecordingNetwork final : public QNetworkAccessManager {
public:
    int associationPosts = 0;
    int associationGets = 0;
    QByteArray lastPostBody;
    QUrl postTarget; ///< when valid, association POSTs go to this host and port instead

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* data) override {
        const bool association = request.url().path().endsWith(QLatin1String("/cards/association"));
        const bool post =
            op == PostOperation ||
            (op == CustomOperation && request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray() == "POST");
        if (association && op == GetOperation)
            ++associationGets;
        if (association && post) {
            ++associationPosts;
            lastPostBody = data ? data->peek(data->bytesAvailable()) : QByteArray();
            if (postTarget.isValid()) {
                QNetworkRequest redirected = request;
                QUrl url = request.url();
                url.setHost(postTarget.host());
                url.setPort(postTarget.port());
                redirected.setUrl(url);
                return QNetworkAccessManager::createRequest(op, redirected, data);
            }
        }
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

/// A signed-in client on a RecordingNetwork.
struct TestClient {
    RecordingNetwork network;
    CmsClient client{&network};
};

/// A view and the tester watching its model (declared in this order so the tester goes first).
struct Fixture {
    std::unique_ptr<AssociationsView> view;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

bool isAscii(const QString& text) {
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 128; });
}

bool labelShown(QWidget* root, const QString& accessibleName) {
    QLabel* label = byName<QLabel>(root, accessibleName);
    return label && label->isVisible();
}

QString cell(const AssociationListModel* model, int row, int column) {
    return model->index(row, column).data().toString();
}

/// The row of the association with this card id, or -1.
int rowOfCard(const AssociationListModel* model, qint64 cardId) {
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(AssociationListModel::CardIdRole).toLongLong() == cardId)
            return row;
    return -1;
}

} // namespace

class TestGuiAssociations final : public QObject {
    Q_OBJECT

private:
    e2e::E2eServer m_server;
    TestClient m_agent;
    QTcpServer m_blackHole; ///< accepts connections and never answers (a lost answer)
    // Demo data found in initTestCase.
    QString m_ownerEmail;
    QString m_ownerName;
    QString m_ownerSuffix;
    qint64 m_ownerCardId = 0;
    QString m_ownerMaskedPan;
    QString m_unknownSuffix; ///< last four digits of none of the owner's cards
    QString m_ownEmail;      ///< cardholder 1's own e-mail
    QString m_ownSuffix;     ///< last four of cardholder 1's card 1

    bool signIn(TestClient& test, const QString& email, QString* error) {
        api::ClientConfig config;
        config.baseUrl = m_server.clientBaseUrl();
        config.partnerId = 1;
        config.retryBackoff = std::chrono::milliseconds(50);
        config.transferTimeout = std::chrono::milliseconds(20000);
        test.client.setConfig(config);
        const auto app =
            sync(test.client, &CmsClient::appLogin, m_server.ready().value(QStringLiteral("merchant")).toString());
        if (!app.ok()) {
            *error = e2e::describe(app.error());
            return false;
        }
        const auto login = sync(test.client, &CmsClient::operatorLogin, email, m_server.passwordOf(email));
        if (!login.ok()) {
            *error = e2e::describe(login.error());
            return false;
        }
        return true;
    }

    /// One round trip through the event loop: any request started before it has been created by the time it ends
    /// (the client starts calls in order from queued events).
    void settle() { QVERIFY(sync(m_agent.client, &CmsClient::listAssociations, qint64(1)).ok()); }

    QList<api::Association> serverAssociations() {
        const auto list = sync(m_agent.client, &CmsClient::listAssociations, qint64(1));
        return list.ok() ? list.value() : QList<api::Association>{};
    }

    /// A shown view on cardholder 1 with its first load finished (view is null when it did not finish).
    Fixture loadedView(TestClient& test) {
        Fixture fixture;
        fixture.view =
            std::make_unique<AssociationsView>(core::OperationContext{.client = &test.client, .operatorEmail = kAgent});
        AssociationsView* view = fixture.view.get();
        fixture.tester = std::make_unique<QAbstractItemModelTester>(
            view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view->show();
        view->showCardholder(1);
        if (!QTest::qWaitFor([&] { return view->model()->state() == AssociationListModel::State::Ready; }, kWaitMs)) {
            fixture.tester.reset(); // the tester goes before the view
            fixture.view.reset();
        }
        return fixture;
    }

    /// Presses "Associate a card" and returns the dialog it opened.
    static AssociateCardDialog* openDialog(AssociationsView* view) {
        QPushButton* button = byName<QPushButton>(view, QStringLiteral("Associate a card"));
        if (!button || !button->isEnabled())
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        auto* dialog = view->findChild<AssociateCardDialog*>();
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }

    /// Types the three fields as an agent would (each cleared first).
    static void fill(AssociateCardDialog* dialog, const QString& email, const QString& suffix, const QString& alias) {
        const QList<std::pair<QString, QString>> fields = {{QStringLiteral("Owner's e-mail"), email},
                                                           {QStringLiteral("Last four digits"), suffix},
                                                           {QStringLiteral("Alias"), alias}};
        for (const auto& [name, text] : fields) {
            QLineEdit* edit = byName<QLineEdit>(dialog, name);
            QVERIFY2(edit, qPrintable(name));
            edit->clear();
            if (isAscii(text))
                QTest::keyClicks(edit, text);
            else
                edit->insert(text); // as if pasted: QTest types ASCII only
        }
    }

    static QPushButton* associateButton(AssociateCardDialog* dialog) {
        return byName<QPushButton>(dialog, QStringLiteral("Associate"));
    }

    /// Sends the input and expects the server's refusal `sentence` in the dialog, which stays open with the input.
    void expectRefusal(const QString& email, const QString& suffix, const QString& alias, const QString& sentence) {
        const Fixture fixture = loadedView(m_agent);
        AssociationsView* view = fixture.view.get();
        QVERIFY(view);
        QSignalSpy created(view, &AssociationsView::associationCreated);
        const int rows = view->model()->rowCount();
        const qsizetype serverRows = serverAssociations().size();
        QPointer<AssociateCardDialog> dialog = openDialog(view);
        QVERIFY(dialog);
        fill(dialog, email, suffix, alias);
        const int posts = m_agent.network.associationPosts;
        QTest::mouseClick(associateButton(dialog), Qt::LeftButton);
        QVERIFY(!associateButton(dialog)->isEnabled()); // in flight
        QTRY_COMPARE_WITH_TIMEOUT(labelText(dialog, QStringLiteral("Association status")), sentence, kWaitMs);
        QCOMPARE(m_agent.network.associationPosts, posts + 1);

        QVERIFY(dialog->isVisible());
        QVERIFY(labelShown(dialog, QStringLiteral("Association status")));
        QVERIFY(associateButton(dialog)->isEnabled()); // the agent may correct and send again
        QCOMPARE(byName<QLineEdit>(dialog, QStringLiteral("Owner's e-mail"))->text(), email);
        QCOMPARE(byName<QLineEdit>(dialog, QStringLiteral("Last four digits"))->text(), suffix);
        QCOMPARE(byName<QLineEdit>(dialog, QStringLiteral("Alias"))->text(), alias);
        QVERIFY(!byName<QLineEdit>(dialog, QStringLiteral("Alias"))->isReadOnly());
        QCOMPARE(created.size(), 0);
        QCOMPARE(view->model()->rowCount(), rows);
        QCOMPARE(serverAssociations().size(), serverRows);
        dialog->reject();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, kWaitMs); // deleted on close
    }

private Q_SLOTS:
    void initTestCase() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo"), QStringLiteral("20")}, &error), qPrintable(error));
        QVERIFY2(signIn(m_agent, kAgent, &error), qPrintable(error));
        QVERIFY(m_blackHole.listen(QHostAddress::LocalHost));
        connect(&m_blackHole, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_blackHole.nextPendingConnection())
                socket->setParent(&m_blackHole); // kept open, never answered
        });

        // Cardholder 1's own e-mail and the last four of its card 1 (for 7223).
        const auto own = sync(m_agent.client, &CmsClient::cardholderDetail, qint64(1), QString());
        E2E_OK(own);
        m_ownEmail = own.value().email;
        const auto ownCards = sync(m_agent.client, &CmsClient::listCardholderCards, qint64(1));
        E2E_OK(ownCards);
        for (const api::Card& card : ownCards.value())
            if (card.id == 1)
                m_ownSuffix = card.lastFour();
        QCOMPARE(m_ownSuffix.size(), 4);
        QVERIFY(!m_ownEmail.isEmpty());

        // A card owned by another cardholder of partner 1 that is not yet linked to cardholder 1. When an owner has
        // several cards with the same last four, the server links the lowest id (contract §10).
        QSet<qint64> linked;
        for (const api::Association& association : serverAssociations())
            linked.insert(association.cardId);
        api::CardholderQuery query;
        query.limit = 50;
        const auto cardholders = sync(m_agent.client, &CmsClient::listCardholders, query);
        E2E_OK(cardholders);
        for (const api::Cardholder& owner : cardholders.value().items) {
            if (owner.id == 1 || owner.email.isEmpty() || !m_ownerEmail.isEmpty())
                continue;
            const auto cards = sync(m_agent.client, &CmsClient::listCardholderCards, owner.id);
            E2E_OK(cards);
            QList<api::Card> owned;
            for (const api::Card& card : cards.value())
                if (card.cardholderId == owner.id && card.type != api::CardType::Linked && card.lastFour().size() == 4)
                    owned << card;
            std::sort(owned.begin(), owned.end(), [](const api::Card& a, const api::Card& b) { return a.id < b.id; });
            for (const api::Card& card : owned) {
                const bool lowestWithTheseDigits =
                    std::none_of(owned.begin(), owned.end(), [&](const api::Card& other) {
                        return other.id < card.id && other.lastFour() == card.lastFour();
                    });
                if (!lowestWithTheseDigits || linked.contains(card.id))
                    continue;
                m_ownerEmail = owner.email;
                m_ownerName = owner.name + u' ' + owner.lastName;
                m_ownerSuffix = card.lastFour();
                m_ownerCardId = card.id;
                m_ownerMaskedPan = card.maskedPan;
                for (int n = 0; n < 10000 && m_unknownSuffix.isEmpty(); ++n) {
                    const QString digits = QStringLiteral("%1").arg(n, 4, 10, QLatin1Char('0'));
                    if (std::none_of(owned.begin(), owned.end(),
                                     [&](const api::Card& other) { return other.lastFour() == digits; }))
                        m_unknownSuffix = digits;
                }
                break;
            }
        }
        QVERIFY2(m_ownerCardId > 0, "no card of another cardholder of partner 1 in the demo data");
        QCOMPARE(m_unknownSuffix.size(), 4);
    }

    void cleanupTestCase() { m_server.stop(); }

    void promptsForACardholderUntilOneIsShown() {
        AssociationsView view(core::OperationContext{.client = &m_agent.client, .operatorEmail = {}});
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.show();
        QCOMPARE(labelText(&view, QStringLiteral("Associations status")),
                 QStringLiteral("Open a cardholder to see their associated cards."));
        QVERIFY(!byName<QPushButton>(&view, QStringLiteral("Associate a card"))->isEnabled());
        QTest::keyClick(&view, Qt::Key_F5); // nothing to reload
        const int gets = m_agent.network.associationGets;
        settle();
        QCOMPARE(m_agent.network.associationGets, gets + 1); // settle()'s own

        view.showCardholder(1);
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->state(), AssociationListModel::State::Ready, kWaitMs);
        QVERIFY(byName<QPushButton>(&view, QStringLiteral("Associate a card"))->isEnabled());
        view.clear();
        QCOMPARE(view.model()->rowCount(), 0);
        QCOMPARE(view.cardholderId(), qint64(0));
        QCOMPARE(labelText(&view, QStringLiteral("Associations status")),
                 QStringLiteral("Open a cardholder to see their associated cards."));
        QVERIFY(!byName<QPushButton>(&view, QStringLiteral("Associate a card"))->isEnabled());
    }

    void listShowsTheServersAssociationsWithMaskedPans() {
        const QList<api::Association> server = serverAssociations();
        const int gets = m_agent.network.associationGets;
        const Fixture fixture = loadedView(m_agent);
        AssociationsView* view = fixture.view.get();
        QVERIFY(view);
        QCOMPARE(m_agent.network.associationGets, gets + 1);
        const AssociationListModel* model = view->model();
        QCOMPARE(model->rowCount(), int(server.size()));
        QCOMPARE(model->columnCount(), int(AssociationListModel::ColumnCount));
        QCOMPARE(model->headerData(AssociationListModel::Alias, Qt::Horizontal).toString(), QStringLiteral("Alias"));
        QCOMPARE(model->headerData(AssociationListModel::LinkedSince, Qt::Horizontal).toString(),
                 QStringLiteral("Linked since"));
        static const QRegularExpression masked(QStringLiteral("^[0-9]{6}\\*{6}[0-9]{4}$"));
        for (int row = 0; row < server.size(); ++row) {
            QCOMPARE(cell(model, row, AssociationListModel::Alias), server.at(row).alias);
            QCOMPARE(cell(model, row, AssociationListModel::MaskedPan), server.at(row).maskedPan);
            QVERIFY2(masked.match(cell(model, row, AssociationListModel::MaskedPan)).hasMatch(),
                     qPrintable(cell(model, row, AssociationListModel::MaskedPan)));
            QCOMPARE(cell(model, row, AssociationListModel::Owner), server.at(row).ownerName);
            QCOMPARE(cell(model, row, AssociationListModel::LinkedSince),
                     AssociationListModel::localDateTime(server.at(row).createdAt));
        }
        auto* table = byName<QTableView>(view, QStringLiteral("Associated cards"));
        QVERIFY(table);
        if (server.isEmpty())
            QCOMPARE(labelText(view, QStringLiteral("Associations status")),
                     QStringLiteral("No third-party cards are associated with this cardholder. Use \"Associate a "
                                    "card…\" to link one."));
        else
            QVERIFY(table->isVisible());

        // F5 asks the server again.
        QTest::keyClick(table->isVisible() ? static_cast<QWidget*>(table) : view, Qt::Key_F5);
        QCOMPARE(view->model()->state(), AssociationListModel::State::Loading);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->state(), AssociationListModel::State::Ready, kWaitMs);
        QCOMPARE(m_agent.network.associationGets, gets + 2);
        QCOMPARE(model->rowCount(), int(server.size()));
    }

    void invalidInputIsRefusedBeforeSending_data() {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("alias");
        QTest::addColumn<QString>("field");   // accessible name of the field at fault
        QTest::addColumn<QString>("problem"); // accessible name of its message
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("shownSuffix"); // what the suffix field holds after typing

        const QString badEmail = QStringLiteral("Enter a valid e-mail address, such as maria@example.com.");
        const QString badSuffix = QStringLiteral("Enter exactly four digits: the last four of the card number.");
        const QString email = QStringLiteral("ana@example.com");
        QTest::newRow("e-mail without a domain")
            << QStringLiteral("maria@") << QStringLiteral("1234") << QStringLiteral("Tarjeta") << "Owner's e-mail"
            << "E-mail problem" << badEmail << QStringLiteral("1234");
        QTest::newRow("e-mail without @") << QStringLiteral("maria.example.com") << QStringLiteral("1234")
                                          << QStringLiteral("Tarjeta") << "Owner's e-mail"
                                          << "E-mail problem" << badEmail << QStringLiteral("1234");
        QTest::newRow("no e-mail") << QString() << QStringLiteral("1234") << QStringLiteral("Tarjeta")
                                   << "Owner's e-mail"
                                   << "E-mail problem" << QStringLiteral("Enter the card owner's e-mail.")
                                   << QStringLiteral("1234");
        // The field takes digits only: the letter is not typed, and three digits are refused.
        QTest::newRow("suffix 12a4") << email << QStringLiteral("12a4") << QStringLiteral("Tarjeta")
                                     << "Last four digits"
                                     << "Last four digits problem" << badSuffix << QStringLiteral("124");
        QTest::newRow("suffix 123") << email << QStringLiteral("123") << QStringLiteral("Tarjeta") << "Last four digits"
                                    << "Last four digits problem" << badSuffix << QStringLiteral("123");
        QTest::newRow("no alias") << email << QStringLiteral("1234") << QString() << "Alias"
                                  << "Alias problem"
                                  << QStringLiteral("Enter an alias that tells the cardholder which card this is.")
                                  << QStringLiteral("1234");
        QTest::newRow("alias of spaces") << email << QStringLiteral("1234") << QStringLiteral("   ") << "Alias"
                                         << "Alias problem"
                                         << QStringLiteral(
                                                "Enter an alias that tells the cardholder which card this is.")
                                         << QStringLiteral("1234");
    }

    void invalidInputIsRefusedBeforeSending() {
        QFETCH(QString, email);
        QFETCH(QString, suffix);
        QFETCH(QString, alias);
        QFETCH(QString, field);
        QFETCH(QString, problem);
        QFETCH(QString, message);
        QFETCH(QString, shownSuffix);

        const Fixture fixture = loadedView(m_agent);
        AssociationsView* view = fixture.view.get();
        QVERIFY(view);
        AssociateCardDialog* dialog = openDialog(view);
        QVERIFY(dialog);
        fill(dialog, email, suffix, alias);
        QCOMPARE(byName<QLineEdit>(dialog, QStringLiteral("Last four digits"))->text(), shownSuffix);
        const int posts = m_agent.network.associationPosts;
        QTest::mouseClick(associateButton(dialog), Qt::LeftButton);

        QVERIFY(labelShown(dialog, problem));
        QCOMPARE(labelText(dialog, problem), message);
        QCOMPARE(labelText(dialog, QStringLiteral("Association status")), kNothingSent);
        QVERIFY(
            !byName<QPushButton>(dialog, QStringLiteral("Reload the list"))->isVisible()); // only after a lost answer
        QCOMPARE(dialog->focusWidget(), byName<QLineEdit>(dialog, field));
        QVERIFY(dialog->isVisible());
        QVERIFY(associateButton(dialog)->isEnabled());
        for (const QString& other : {QStringLiteral("E-mail problem"), QStringLiteral("Last four digits problem"),
                                     QStringLiteral("Alias problem")})
            QCOMPARE(labelShown(dialog, other), other == problem);

        // Enter in a field is the same press of Associate: still nothing sent.
        QTest::keyClick(byName<QLineEdit>(dialog, field), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        settle();
        QCOMPARE(m_agent.network.associationPosts, posts); // refused before any request was made

        // Correcting the field takes its message away.
        QTest::keyClick(byName<QLineEdit>(dialog, field), Qt::Key_End);
        QTest::keyClicks(byName<QLineEdit>(dialog, field), QStringLiteral("5"));
        QVERIFY(!labelShown(dialog, problem));
    }

    void associatedCardAppearsInTheList() {
        const Fixture fixture = loadedView(m_agent);
        AssociationsView* view = fixture.view.get();
        QVERIFY(view);
        QSignalSpy created(view, &AssociationsView::associationCreated);
        const int rows = view->model()->rowCount();
        QCOMPARE(rowOfCard(view->model(), m_ownerCardId), -1);

        QPointer<AssociateCardDialog> dialog = openDialog(view);
        QVERIFY(dialog);
        QCOMPARE(dialog->cardholderId(), qint64(1));
        fill(dialog, QStringLiteral("  ") + m_ownerEmail, m_ownerSuffix, QStringLiteral("Tarjeta de la tía "));
        const int posts = m_agent.network.associationPosts;
        QTest::mouseClick(associateButton(dialog), Qt::LeftButton);
        // A double click, and Enter, while the first request is in flight send nothing more.
        QTest::mouseClick(associateButton(dialog), Qt::LeftButton);
        QTest::keyClick(byName<QLineEdit>(dialog, QStringLiteral("Alias")), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, kWaitMs); // accepted and deleted
        QCOMPARE(m_agent.network.associationPosts, posts + 1);
        const QJsonObject body = QJsonDocument::fromJson(m_agent.network.lastPostBody).object();
        QCOMPARE(body.value(QStringLiteral("email")).toString(), m_ownerEmail); // trimmed
        QCOMPARE(body.value(QStringLiteral("suffix")).toString(), m_ownerSuffix);
        QCOMPARE(body.value(QStringLiteral("alias")).toString(), QStringLiteral("Tarjeta de la tía"));

        QCOMPARE(created.size(), 1);
        const auto association = created.at(0).at(0).value<api::Association>();
        QCOMPARE(association.cardId, m_ownerCardId);
        QCOMPARE(association.alias, QStringLiteral("Tarjeta de la tía"));

        // In the view at once, with the masked PAN only.
        const AssociationListModel* model = view->model();
        QCOMPARE(model->rowCount(), rows + 1);
        const int row = rowOfCard(model, m_ownerCardId);
        QVERIFY(row >= 0);
        QCOMPARE(cell(model, row, AssociationListModel::Alias), QStringLiteral("Tarjeta de la tía"));
        QCOMPARE(cell(model, row, AssociationListModel::MaskedPan), m_ownerMaskedPan);
        QVERIFY(m_ownerMaskedPan.endsWith(m_ownerSuffix));
        QVERIFY(m_ownerMaskedPan.contains(QStringLiteral("******")));
        QCOMPARE(cell(model, row, AssociationListModel::Owner), m_ownerName);
        QVERIFY(!cell(model, row, AssociationListModel::LinkedSince).isEmpty());
        QVERIFY(byName<QTableView>(view, QStringLiteral("Associated cards"))->isVisible());

        // The server holds it, and a fresh load shows it.
        const QList<api::Association> server = serverAssociations();
        QCOMPARE(int(server.size()), rows + 1);
        QVERIFY(std::any_of(server.begin(), server.end(), [&](const api::Association& a) {
            return a.cardId == m_ownerCardId && a.alias == QStringLiteral("Tarjeta de la tía");
        }));
        view->showCardholder(1);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->state(), AssociationListModel::State::Ready, kWaitMs);
        QCOMPARE(model->rowCount(), rows + 1);
        QVERIFY(rowOfCard(model, m_ownerCardId) >= 0);
    }

    void sameCardAgainIsAlreadyLinked7222() {
        const QList<api::Association> server = serverAssociations();
        QVERIFY(std::any_of(server.cbegin(), server.cend(),
                            [&](const api::Association& a) { return a.cardId == m_ownerCardId; }));
        // The owner's e-mail in another case: the server compares e-mails without case.
        expectRefusal(m_ownerEmail.toUpper(), m_ownerSuffix, QStringLiteral("Otra vez"), k7222);
    }

    void cardholdersOwnCardIsRefused7223() { expectRefusal(m_ownEmail, m_ownSuffix, QStringLiteral("Mía"), k7223); }

    void wrongDigitsMatchNoCard7220() {
        expectRefusal(m_ownerEmail, m_unknownSuffix, QStringLiteral("Tarjeta"), k7220);
    }

    void lostAnswerIsOutcomeUnknownWithReload() {
        // The POST goes to a server that never answers; the client gives up after its transfer timeout.
        api::ClientConfig config = m_agent.client.config();
        const api::ClientConfig original = config;
        config.transferTimeout = std::chrono::milliseconds(3000);
        auto restore = qScopeGuard([&] {
            m_agent.client.setConfig(original);
            m_agent.network.postTarget = QUrl();
        });
        const Fixture fixture = loadedView(m_agent);
        AssociationsView* view = fixture.view.get();
        QVERIFY(view);
        m_agent.client.setConfig(config);
        m_agent.network.postTarget = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_blackHole.serverPort()));
        QSignalSpy created(view, &AssociationsView::associationCreated);

        QPointer<AssociateCardDialog> dialog = openDialog(view);
        QVERIFY(dialog);
        fill(dialog, m_ownerEmail, m_unknownSuffix, QStringLiteral("Perdida"));
        const int posts = m_agent.network.associationPosts;
        QTest::mouseClick(associateButton(dialog), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_agent.network.associationPosts, posts + 1, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(dialog, QStringLiteral("Association status")),
                                  QStringLiteral("Outcome unknown: the answer was lost, so the link may have been "
                                                 "created. Reload the list before trying again."),
                                  kWaitMs);
        QVERIFY(dialog->isVisible());
        QCOMPARE(created.size(), 0);                    // neither success...
        QVERIFY(!associateButton(dialog)->isEnabled()); // ...nor a failure one may simply send again
        QTest::keyClick(byName<QLineEdit>(dialog, QStringLiteral("Alias")), Qt::Key_Return);
        settle();
        QCOMPARE(m_agent.network.associationPosts, posts + 1);

        QPushButton* reload = byName<QPushButton>(dialog, QStringLiteral("Reload the list"));
        QVERIFY(reload && reload->isVisible() && reload->isEnabled());
        const int gets = m_agent.network.associationGets;
        QTest::mouseClick(reload, Qt::LeftButton);
        QCOMPARE(view->model()->state(), AssociationListModel::State::Loading); // the view asks the server again
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->state(), AssociationListModel::State::Ready, kWaitMs);
        QCOMPARE(m_agent.network.associationGets, gets + 1);
        QCOMPARE(view->model()->rowCount(), int(serverAssociations().size()));
    }

    void unknownCardholderShowsTheServersSentence() {
        AssociationsView view(core::OperationContext{.client = &m_agent.client, .operatorEmail = {}});
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.show();
        view.showCardholder(987654);
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->state(), AssociationListModel::State::Error, kWaitMs);
        QCOMPARE(labelText(&view, QStringLiteral("Associations status")),
                 QStringLiteral("The cardholder was not found."));
        QVERIFY(!byName<QPushButton>(&view, QStringLiteral("Retry"))->isVisible()); // asking again would not help
        QCOMPARE(view.model()->rowCount(), 0);
    }

    void showingAnotherCardholderClosesTheDialog() {
        const Fixture fixture = loadedView(m_agent);
        AssociationsView* view = fixture.view.get();
        QVERIFY(view);
        QPointer<AssociateCardDialog> dialog = openDialog(view);
        QVERIFY(dialog);
        fill(dialog, m_ownerEmail, m_ownerSuffix, QStringLiteral("Tarjeta"));
        const int posts = m_agent.network.associationPosts;
        view->showCardholder(2);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, kWaitMs);
        settle();
        QCOMPARE(m_agent.network.associationPosts, posts);
        QCOMPARE(view->cardholderId(), qint64(2));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->state(), AssociationListModel::State::Ready, kWaitMs);
    }
};

QTEST_MAIN(TestGuiAssociations)
#include "tst_gui_associations.moc"
