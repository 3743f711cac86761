// Cards view and single-card actions (issue 5) against a real migo-cms-sandbox on a free port: activate, block
// (confirmation, Cancel, OK), unblock, illegal transitions disabled with their reason, a stale row refused with 7213,
// step-up with a wrong then a right code and a cancel, one PATCH per double trigger, two models kept in step, select
// all + "Block selected…", filters, and the activation link. Server state is read back after every action.
// Demo facts (tests/e2e): cardholder 1 owns cards 1 and 2 (ACTIVE) and 3 (BLOCKED); agent@ needs no OTP,
// supervisor@ does.
#include "ActivationLink.h"
#include "CardFilterProxyModel.h"
#include "CardListModel.h"
#include "CardStore.h"
#include "CardsView.h"
#include "E2eHarness.h"
#include "HoldingRelay.h"
#include "OtpDialog.h"
#include "OtpSteps.h"
#include "WidgetLookup.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace migo;
using api::CardStatus;
using api::CmsClient;
using e2e::sync;
using models::CardFilterProxyModel;
using models::CardListModel;
using views::CardsView;
using views::OtpDialog;
using Action = CardsView::Action;

namespace {

using migo::e2e::byName;
using migo::e2e::codeField;
using migo::e2e::labelText;
using migo::e2e::visibleOtpDialog;
using migo::e2e::waitForOtpDialog;
using migo::e2e::wrongCode;

constexpr int kWaitMs = 20000;
const QString kAgent = QStringLiteral("agent@migo.test");
const QString kSupervisor = QStringLiteral("supervisor@migo.test");
const QString kOther = QStringLiteral("other@migo.test");

/// Counts the PATCH requests one client's network finished (sent and answered, refused or aborted): the wire-level
/// "sent once" check for state changes.
class PatchCounter final {
public:
    explicit PatchCounter(QNetworkAccessManager& network) {
        QObject::connect(&network, &QNetworkAccessManager::finished, &m_context, [this](QNetworkReply* reply) {
            if (reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray() == "PATCH")
                ++m_count;
        });
    }
    int count() const { return m_count; }

private:
    QObject m_context;
    int m_count = 0;
};

/// The one card store of a test: every screen's model follows it, as in the application.
core::CardStore& cardStore() {
    static core::CardStore store;
    return store;
}

/// What the bulk operation publishes after a bulk call: the cards now in `status` (done or already so).
void publishBulk(const api::BulkResult& result, CardStatus status) {
    QList<qint64> changed;
    for (const api::BulkItemResult& item : result.results)
        if (item.outcome == api::BulkOutcome::Done || item.outcome == api::BulkOutcome::AlreadyInState)
            changed << item.cardId;
    cardStore().publishStatuses(changed, status);
}

/// A model, its view and testers over the model and the view's proxy.
struct Screen {
    Screen(CmsClient& client, CardsView::Mode mode, const QString& email)
        : model(&client, &cardStore())
        , view(core::OperationContext{&client, &cardStore(), nullptr, email}, &model, mode) {
        view.resize(1200, 600);
        view.show();
    }
    CardListModel model;
    QAbstractItemModelTester modelTester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    CardsView view;
    QAbstractItemModelTester proxyTester{view.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest};

    bool waitLoaded() {
        return QTest::qWaitFor(
            [this] {
                return model.state() == CardListModel::State::Idle && model.rowCount() > 0 && !model.isSorting();
            },
            kWaitMs);
    }
    /// Makes the card's row current (and the only selected one); false when it is not shown.
    bool select(qint64 cardId) {
        CardFilterProxyModel* proxy = view.proxy();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QModelIndex index = proxy->index(row, CardListModel::Id);
            if (index.data(CardListModel::CardIdRole).toLongLong() == cardId) {
                view.table()->setCurrentIndex(index);
                return view.currentCard() && view.currentCard()->id == cardId;
            }
        }
        return false;
    }
    CardStatus rowStatus(qint64 cardId) const {
        const std::optional<api::Card> card = model.cardById(cardId);
        return card ? card->status : CardStatus::Unknown;
    }
    QString message() { return labelText(&view, QStringLiteral("Card action message")); }
    QAction* action(Action which) const { return view.action(which); }
};

} // namespace

class TestGuiCardActions final : public QObject {
    Q_OBJECT

private:
    e2e::E2eServer m_server;
    std::unique_ptr<e2e::E2eClient> m_agent;
    std::unique_ptr<e2e::E2eClient> m_otherAgent; ///< acts "behind the view's back"
    std::unique_ptr<e2e::E2eClient> m_supervisor;

    std::optional<api::Card> serverCard(qint64 cardholderId, qint64 cardId) {
        const auto cards = sync(**m_otherAgent, &CmsClient::listCardholderCards, cardholderId);
        if (!cards.ok())
            return std::nullopt;
        for (const api::Card& card : cards.value())
            if (card.id == cardId && card.type != api::CardType::Linked)
                return card;
        return std::nullopt;
    }
    CardStatus serverStatus(qint64 cardholderId, qint64 cardId) {
        const std::optional<api::Card> card = serverCard(cardholderId, cardId);
        return card ? card->status : CardStatus::Unknown;
    }
    /// Puts a card of cardholder 1 into `status` through another client (its own CmsClient: the views don't hear).
    bool setBehindTheBack(qint64 cardId, api::CardAction action) {
        return sync(**m_otherAgent, &CmsClient::changeCardState, qint64(1), cardId, action, QString()).ok();
    }
    static QMessageBox* confirmation(Screen& screen) {
        const QList<QMessageBox*> boxes = screen.view.findChildren<QMessageBox*>(QStringLiteral("blockConfirmation"));
        for (QMessageBox* box : boxes)
            if (box->isVisible()) // a closed one may wait for its deferred delete
                return box;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        qRegisterMetaType<api::Card>();
        qRegisterMetaType<api::BulkCardAction>();
        qRegisterMetaType<QList<qint64>>();
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--demo"), QStringLiteral("20")}, &error), qPrintable(error));
        m_agent = std::make_unique<e2e::E2eClient>(m_server);
        QVERIFY2(e2e::signIn(*m_agent, m_server, kAgent, &error), qPrintable(error));
        m_otherAgent = std::make_unique<e2e::E2eClient>(m_server);
        QVERIFY2(e2e::signIn(*m_otherAgent, m_server, kAgent, &error), qPrintable(error));
        m_supervisor = std::make_unique<e2e::E2eClient>(m_server);
        QVERIFY2(e2e::signIn(*m_supervisor, m_server, kSupervisor, &error), qPrintable(error));
        QCOMPARE(serverStatus(1, 1), CardStatus::Active);
        QCOMPARE(serverStatus(1, 3), CardStatus::Blocked);
    }

    void cleanupTestCase() {
        m_agent.reset();
        m_otherAgent.reset();
        m_supervisor.reset();
        m_server.stop();
    }

    void activationLinkForProductionAndSandbox() {
        QCOMPARE(
            views::activationPageUrl(views::productionActivationSite(), QStringLiteral("migoDeveloper"), 42).toString(),
            QStringLiteral("https://web.migopayments.com/card-activation?client=migoDeveloper&userId=42"));
        QCOMPARE(
            views::activationPageUrl(views::sandboxActivationSite(), QStringLiteral("migoDeveloper"), 7).toString(),
            QStringLiteral("https://sandbox.migopayments.com/card-activation?client=migoDeveloper&userId=7"));
        // The slug is optional: left out when empty.
        QCOMPARE(views::activationPageUrl(views::productionActivationSite(), QString(), 42).toString(),
                 QStringLiteral("https://web.migopayments.com/card-activation?userId=42"));
        // A slug with URL syntax in it arrives intact, and cannot add a parameter.
        const QUrl odd = views::activationPageUrl(views::sandboxActivationSite(), QStringLiteral("a&userId=1+b"), 9);
        const QUrlQuery query(odd);
        QCOMPARE(query.queryItemValue(QStringLiteral("client"), QUrl::FullyDecoded), QStringLiteral("a&userId=1+b"));
        QCOMPARE(query.allQueryItemValues(QStringLiteral("userId")), QStringList{QStringLiteral("9")});
        QVERIFY(!views::activationPageUrl(views::sandboxActivationSite(), QStringLiteral("x"), 0).isValid());
    }

    void activateAnInactiveCard() {
        api::PartnerCardQuery query;
        query.assigned = true;
        query.status = CardStatus::Inactive;
        const auto inactive = sync(**m_agent, &CmsClient::listPartnerCardsMatching, query);
        E2E_OK(inactive);
        QVERIFY2(!inactive.value().isEmpty(), "the demo world has an assigned inactive card");
        const api::Card card = inactive.value().first();
        QVERIFY(card.cardholderId);

        Screen screen(**m_agent, CardsView::Mode::Cardholder, kAgent);
        screen.view.setActivationSite(views::sandboxActivationSite(), QStringLiteral("migoDeveloper"));
        screen.model.loadCardholderCards(*card.cardholderId);
        QVERIFY(screen.waitLoaded());
        QVERIFY(screen.select(card.id));
        PatchCounter patches(m_agent->network);

        QVERIFY(screen.action(Action::Activate)->isEnabled());
        QVERIFY(!screen.action(Action::Block)->isEnabled());
        QCOMPARE(screen.action(Action::Block)->toolTip(),
                 QStringLiteral("This card is not active yet: activate it first."));
        QVERIFY(!screen.action(Action::Unblock)->isEnabled());
        QCOMPARE(screen.action(Action::Unblock)->toolTip(),
                 QStringLiteral("This card is not blocked: it is inactive."));
        QVERIFY(!screen.action(Action::AddFunds)->isEnabled());
        QCOMPARE(screen.action(Action::AddFunds)->statusTip(),
                 QStringLiteral("This card is inactive: activate it before moving money."));

        // The activation link: sandbox host, the profile's slug, the owner's id.
        QVERIFY(screen.action(Action::CopyActivationLink)->isEnabled());
        screen.action(Action::CopyActivationLink)->trigger();
        const QString expected = QStringLiteral("https://sandbox.migopayments.com/card-activation?client=migoDeveloper"
                                                "&userId=%1")
                                     .arg(*card.cardholderId);
        QCOMPARE(QApplication::clipboard()->text(), expected);
        QCOMPARE(screen.view.activationLink().toString(), expected);
        QVERIFY(screen.message().contains(expected));
        QCOMPARE(patches.count(), 0);

        screen.action(Action::Activate)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(screen.message().contains(u"is now active"), kWaitMs);
        QCOMPARE(screen.message(), QStringLiteral("Card %1 is now active.").arg(card.maskedPan));
        QCOMPARE(patches.count(), 1);
        QCOMPARE(serverStatus(*card.cardholderId, card.id), CardStatus::Active);
        QCOMPARE(screen.rowStatus(card.id), CardStatus::Active);
        // The row changed: what is legal changed with it.
        QVERIFY(!screen.action(Action::Activate)->isEnabled());
        QCOMPARE(screen.action(Action::Activate)->toolTip(), QStringLiteral("This card is already active."));
        QVERIFY(screen.action(Action::Block)->isEnabled());
        QVERIFY(!screen.action(Action::CopyActivationLink)->isEnabled());
        QCOMPARE(screen.action(Action::CopyActivationLink)->toolTip(), QStringLiteral("This card is already active."));
        QVERIFY(!screen.view.activationLink().isValid());
    }

    void blockAsksForConfirmationThenUnblock() {
        const api::Card card = *serverCard(1, 1);
        QCOMPARE(card.status, CardStatus::Active);
        Screen screen(**m_agent, CardsView::Mode::Cardholder, kAgent);
        screen.model.loadCardholderCards(1);
        QVERIFY(screen.waitLoaded());
        QVERIFY(screen.select(1));
        PatchCounter patches(m_agent->network);

        // Cancel (the default button) sends nothing.
        screen.action(Action::Block)->trigger();
        QPointer<QMessageBox> box = confirmation(screen);
        QVERIFY(box);
        const QString details = box->text() + u'\n' + box->informativeText();
        QVERIFY2(details.contains(card.maskedPan), qPrintable(details));
        QVERIFY2(details.contains(card.cardholderName), qPrintable(details));
        if (!card.alias.isEmpty())
            QVERIFY2(details.contains(card.alias), qPrintable(details));
        QPushButton* cancel = byName<QPushButton>(box, QStringLiteral("Cancel"));
        QVERIFY(cancel);
        QCOMPARE(box->defaultButton(), cancel);
        QVERIFY(!screen.action(Action::Block)->isEnabled()); // one action at a time, confirmation included
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!confirmation(screen), kWaitMs);
        QCOMPARE(screen.message(), QStringLiteral("Not blocked: the card was left as it was."));
        QCOMPARE(patches.count(), 0);
        QCOMPARE(serverStatus(1, 1), CardStatus::Active);
        QVERIFY(screen.action(Action::Block)->isEnabled());

        // Escape is Cancel too.
        screen.action(Action::Block)->trigger();
        box = confirmation(screen);
        QVERIFY(box);
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!confirmation(screen), kWaitMs);
        QCOMPARE(patches.count(), 0);

        // OK blocks.
        screen.action(Action::Block)->trigger();
        box = confirmation(screen);
        QVERIFY(box);
        QTest::mouseClick(byName<QPushButton>(box, QStringLiteral("Block card")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(screen.rowStatus(1), CardStatus::Blocked, kWaitMs);
        QCOMPARE(screen.message(), QStringLiteral("Card %1 is now blocked.").arg(card.maskedPan));
        QCOMPARE(patches.count(), 1);
        QCOMPARE(serverStatus(1, 1), CardStatus::Blocked);
        QVERIFY(!screen.action(Action::Block)->isEnabled());
        QCOMPARE(screen.action(Action::Block)->toolTip(), QStringLiteral("This card is already blocked."));
        QCOMPARE(screen.action(Action::Block)->statusTip(), QStringLiteral("This card is already blocked."));
        QVERIFY(!screen.action(Action::WithdrawFunds)->isEnabled());

        // Unblock needs no confirmation.
        QVERIFY(screen.action(Action::Unblock)->isEnabled());
        screen.action(Action::Unblock)->trigger();
        QVERIFY(!confirmation(screen));
        QTRY_COMPARE_WITH_TIMEOUT(screen.rowStatus(1), CardStatus::Active, kWaitMs);
        QCOMPARE(screen.message(), QStringLiteral("Card %1 is now active.").arg(card.maskedPan));
        QCOMPARE(patches.count(), 2);
        QCOMPARE(serverStatus(1, 1), CardStatus::Active);
    }

    void illegalTransitionsAreDisabledWithTheirReason() {
        Screen screen(**m_agent, CardsView::Mode::Cardholder, kAgent);
        screen.model.loadCardholderCards(1);
        QVERIFY(screen.waitLoaded());

        QVERIFY(!screen.action(Action::Activate)->isEnabled()); // nothing current yet
        QCOMPARE(screen.action(Action::Activate)->toolTip(), QStringLiteral("Select a card first."));

        QVERIFY(screen.select(1)); // ACTIVE
        QVERIFY(!screen.action(Action::Activate)->isEnabled());
        QCOMPARE(screen.action(Action::Activate)->toolTip(), QStringLiteral("This card is already active."));
        QVERIFY(!screen.action(Action::Unblock)->isEnabled());
        QCOMPARE(screen.action(Action::Unblock)->toolTip(), QStringLiteral("This card is not blocked."));
        QVERIFY(screen.action(Action::Block)->isEnabled());
        QCOMPARE(screen.action(Action::Block)->toolTip(),
                 QStringLiteral("Block the card (asks for confirmation) (%1)")
                     .arg(QKeySequence(Qt::CTRL | Qt::Key_B).toString(QKeySequence::NativeText)));
        QVERIFY(screen.action(Action::AddFunds)->isEnabled());
        QVERIFY(screen.action(Action::Transfer)->isEnabled());

        QVERIFY(screen.select(3)); // BLOCKED
        QVERIFY(!screen.action(Action::Block)->isEnabled());
        QCOMPARE(screen.action(Action::Block)->toolTip(), QStringLiteral("This card is already blocked."));
        QVERIFY(!screen.action(Action::Activate)->isEnabled());
        QCOMPARE(screen.action(Action::Activate)->toolTip(),
                 QStringLiteral("This card is blocked: unblock it instead."));
        QVERIFY(screen.action(Action::Unblock)->isEnabled());
        QVERIFY(!screen.action(Action::Transfer)->isEnabled());
        QCOMPARE(screen.action(Action::Transfer)->toolTip(),
                 QStringLiteral("This card is blocked: unblock it before moving money."));

        // A disabled action does nothing, even when triggered by a shortcut.
        PatchCounter patches(m_agent->network);
        QTest::keyClick(screen.view.table(), Qt::Key_B, Qt::ControlModifier);
        screen.action(Action::Activate)->trigger();
        QVERIFY(!confirmation(screen));
        QCOMPARE(patches.count(), 0);
        QCOMPARE(serverStatus(1, 3), CardStatus::Blocked);

        // Bulk actions belong to the partner list.
        QVERIFY(!screen.action(Action::BlockSelected)->isVisible());
    }

    void singleCardActionsNeedASelectedRow() {
        Screen screen(**m_agent, CardsView::Mode::Partner, kAgent);
        screen.model.loadPartnerCards();
        QVERIFY(screen.waitLoaded());
        QTableView* table = screen.view.table();
        const QList<Action> single{
            Action::Activate,      Action::Block,    Action::Unblock,   Action::AddFunds,
            Action::WithdrawFunds, Action::Transfer, Action::Movements, Action::CopyActivationLink};
        const auto noneEnabled = [&screen, &single] {
            for (const Action which : single)
                if (screen.action(which)->isEnabled()) {
                    qWarning("%s is enabled", qPrintable(screen.action(which)->text()));
                    return false;
                }
            return true;
        };

        // Nothing selected yet. Tabbing into the list puts the focus frame on the first row without selecting it
        // (QAbstractItemView::focusInEvent): the row is current, but not chosen.
        QVERIFY(!table->selectionModel()->hasSelection());
        QVERIFY(noneEnabled());
        table->selectionModel()->setCurrentIndex(screen.view.proxy()->index(0, 0), QItemSelectionModel::NoUpdate);
        QVERIFY(table->currentIndex().isValid());
        QVERIFY(!table->selectionModel()->hasSelection());
        QVERIFY(noneEnabled());
        QCOMPARE(screen.action(Action::Block)->toolTip(), QStringLiteral("Select a card first."));
        QCOMPARE(screen.action(Action::AddFunds)->toolTip(), QStringLiteral("Select a card first."));

        // A click selects an active card: Block… and Add funds… are offered for it.
        QVERIFY(screen.select(1));
        QVERIFY(screen.action(Action::Block)->isEnabled());
        QVERIFY(screen.action(Action::AddFunds)->isEnabled());

        // Ctrl+click takes it out of the selection again: nothing to act on.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          table->visualRect(table->currentIndex()).center());
        QVERIFY(!table->selectionModel()->hasSelection());
        QVERIFY(table->currentIndex().isValid());
        QVERIFY(noneEnabled());
        QVERIFY(!screen.view.currentCard());

        // A disabled action does nothing, even from its shortcut.
        PatchCounter patches(m_agent->network);
        QTest::keyClick(table, Qt::Key_B, Qt::ControlModifier);
        QVERIFY(!confirmation(screen));
        QCOMPARE(patches.count(), 0);
    }

    void linkedCardsOfferMovementsOnly() {
        // Link cardholder 1's card 1 to cardholder 2 (seed 000: by the owner's e-mail and last four).
        const auto owner = sync(**m_agent, &CmsClient::cardholderDetail, qint64(1), QString());
        E2E_OK(owner);
        const api::Card card = *serverCard(1, 1);
        api::AssociationRequest request{owner.value().email, card.lastFour(), QStringLiteral("Hermana")};
        const auto linked = sync(**m_agent, &CmsClient::associateCard, qint64(2), request);
        E2E_OK(linked);

        Screen screen(**m_agent, CardsView::Mode::Cardholder, kAgent);
        screen.model.loadCardholderCards(2);
        QVERIFY(screen.waitLoaded());
        QVERIFY(screen.select(1));
        QCOMPARE(screen.view.currentCard()->type, api::CardType::Linked);
        const QString reason =
            QStringLiteral("This is a linked card of another cardholder: only its owner's cards can be changed.");
        QVERIFY(!screen.action(Action::Block)->isEnabled());
        QCOMPARE(screen.action(Action::Block)->toolTip(), reason);
        QVERIFY(!screen.action(Action::Unblock)->isEnabled());
        QCOMPARE(screen.action(Action::Unblock)->toolTip(), reason);
        QVERIFY(!screen.action(Action::AddFunds)->isEnabled());
        QVERIFY(screen.action(Action::AddFunds)->toolTip().startsWith(u"This is a linked card"));
        QVERIFY(!screen.action(Action::Transfer)->isEnabled());
        QVERIFY(screen.action(Action::Movements)->isEnabled());

        // Enter opens the movements of the card on the current row.
        QSignalSpy movements(&screen.view, &CardsView::movementsRequested);
        screen.view.table()->setFocus();
        QTest::keyClick(screen.view.table(), Qt::Key_Return);
        QCOMPARE(movements.size(), 1);
        QCOMPARE(movements.at(0).at(0).value<api::Card>().id, qint64(1));
    }

    void staleRowIsRefusedWith7213AndReadAgain() {
        Screen screen(**m_agent, CardsView::Mode::Cardholder, kAgent);
        screen.model.loadCardholderCards(1);
        QVERIFY(screen.waitLoaded());
        QCOMPARE(screen.rowStatus(2), CardStatus::Active);
        QVERIFY(setBehindTheBack(2, api::CardAction::Block)); // another agent blocks it
        QCOMPARE(screen.rowStatus(2), CardStatus::Active);    // this view did not hear of it
        QVERIFY(screen.select(2));
        PatchCounter patches(m_agent->network);

        screen.action(Action::Block)->trigger();
        QPointer<QMessageBox> box = confirmation(screen);
        QVERIFY(box);
        QTest::mouseClick(byName<QPushButton>(box, QStringLiteral("Block card")), Qt::LeftButton);
        const QString refusal = api::errors::sentenceForCode(QStringLiteral("7213"));
        QTRY_VERIFY_WITH_TIMEOUT(screen.message().contains(refusal), kWaitMs);
        QVERIFY(screen.message().startsWith(QStringLiteral("The card was not blocked: ")));
        // The stale row is read again (never resent): it now says Blocked, and the sentence says why.
        QTRY_COMPARE_WITH_TIMEOUT(screen.rowStatus(2), CardStatus::Blocked, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(screen.message().contains(u"the list was out of date"), kWaitMs);
        QVERIFY(screen.message().contains(refusal));
        QCOMPARE(patches.count(), 1);
        QVERIFY(!screen.action(Action::Block)->isEnabled());

        QVERIFY(setBehindTheBack(2, api::CardAction::Unblock));
        QCOMPARE(serverStatus(1, 2), CardStatus::Active);
    }

    void supervisorStepUpWrongThenRightCodeThenCancel() {
        Screen screen(**m_supervisor, CardsView::Mode::Cardholder, kSupervisor);
        screen.model.loadCardholderCards(1);
        QVERIFY(screen.waitLoaded());
        QVERIFY(screen.select(1));
        PatchCounter patches(m_supervisor->network);

        screen.action(Action::Block)->trigger();
        QPointer<QMessageBox> box = confirmation(screen);
        QVERIFY(box);
        QTest::mouseClick(byName<QPushButton>(box, QStringLiteral("Block card")), Qt::LeftButton);
        OtpDialog* dialog = waitForOtpDialog(kWaitMs, u"@migo.test");
        QVERIFY(dialog);
        QCOMPARE(patches.count(), 1); // the plain PATCH, answered OTP_REQUIRED
        QCOMPARE(serverStatus(1, 1), CardStatus::Active);
        QVERIFY(!screen.action(Action::Unblock)->isEnabled());
        QVERIFY(!screen.action(Action::Block)->isEnabled());

        const QString code = m_server.lastOtp(kSupervisor);
        QCOMPARE(code.size(), 6);
        QTest::keyClicks(codeField(dialog), wrongCode(code));
        QTRY_VERIFY_WITH_TIMEOUT(labelText(dialog, QStringLiteral("One-time password status")).contains(u"not correct"),
                                 kWaitMs);
        QVERIFY(dialog->isVisible()); // a wrong code stays in the dialog
        QCOMPARE(patches.count(), 2);
        QCOMPARE(serverStatus(1, 1), CardStatus::Active);

        QTRY_VERIFY_WITH_TIMEOUT(codeField(dialog)->isEnabled(), kWaitMs);
        QTest::keyClicks(codeField(dialog), code);
        QTRY_VERIFY_WITH_TIMEOUT(!visibleOtpDialog(), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(screen.rowStatus(1), CardStatus::Blocked, kWaitMs);
        QCOMPARE(patches.count(), 3);
        QCOMPARE(serverStatus(1, 1), CardStatus::Blocked);
        QVERIFY(screen.message().contains(u"is now blocked"));

        // Unblock: cancel the step-up, nothing more is sent and the card stays blocked.
        QVERIFY(screen.action(Action::Unblock)->isEnabled());
        screen.action(Action::Unblock)->trigger();
        dialog = waitForOtpDialog(kWaitMs, u"@migo.test");
        QVERIFY(dialog);
        QCOMPARE(patches.count(), 4);
        QPushButton* cancel = nullptr;
        for (QPushButton* button : dialog->findChildren<QPushButton*>())
            if (button->text() == QStringLiteral("Cancel"))
                cancel = button;
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!visibleOtpDialog(), kWaitMs);
        QCOMPARE(screen.message(), QStringLiteral("No one-time password was entered: the card was not unblocked."));
        QTest::qWait(0);
        QCOMPARE(patches.count(), 4);
        QCOMPARE(serverStatus(1, 1), CardStatus::Blocked);
        QCOMPARE(screen.rowStatus(1), CardStatus::Blocked);
        QVERIFY(screen.action(Action::Unblock)->isEnabled());

        QVERIFY(setBehindTheBack(1, api::CardAction::Unblock));
    }

    void doubleTriggerSendsOnePatch() {
        Screen screen(**m_agent, CardsView::Mode::Cardholder, kAgent);
        screen.model.loadCardholderCards(1);
        QVERIFY(screen.waitLoaded());
        QVERIFY(screen.select(3)); // BLOCKED: Unblock has no confirmation, so a second trigger would send at once
        PatchCounter patches(m_agent->network);

        screen.action(Action::Unblock)->trigger();
        screen.action(Action::Unblock)->trigger();
        screen.view.table()->setFocus();
        QTest::keyClick(screen.view.table(), Qt::Key_U, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(screen.rowStatus(3), CardStatus::Active, kWaitMs);
        QCOMPARE(screen.message(), QStringLiteral("Card %1 is now active.").arg(screen.view.currentCard()->maskedPan));
        QCOMPARE(patches.count(), 1); // a second PATCH would also have been refused with 7213
        QCOMPARE(serverStatus(1, 3), CardStatus::Active);

        QVERIFY(setBehindTheBack(3, api::CardAction::Block));
    }

    void bothModelsFollowABlock() {
        Screen partner(**m_agent, CardsView::Mode::Partner, kAgent);
        Screen cardholder(**m_agent, CardsView::Mode::Cardholder, kAgent);
        partner.model.loadPartnerCards();
        cardholder.model.loadCardholderCards(1);
        QVERIFY(partner.waitLoaded());
        QVERIFY(cardholder.waitLoaded());
        QCOMPARE(partner.rowStatus(1), CardStatus::Active);

        // Blocked from the cardholder's cards: the partner list follows.
        QVERIFY(cardholder.select(1));
        cardholder.action(Action::Block)->trigger();
        QPointer<QMessageBox> box = confirmation(cardholder);
        QVERIFY(box);
        QTest::mouseClick(byName<QPushButton>(box, QStringLiteral("Block card")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(cardholder.rowStatus(1), CardStatus::Blocked, kWaitMs);
        QCOMPARE(partner.rowStatus(1), CardStatus::Blocked);
        QCOMPARE(serverStatus(1, 1), CardStatus::Blocked);

        // Unblocked from the partner list: the cardholder's cards follow.
        QVERIFY(partner.select(1));
        QVERIFY(partner.action(Action::Unblock)->isEnabled());
        partner.action(Action::Unblock)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(partner.rowStatus(1), CardStatus::Active, kWaitMs);
        QCOMPARE(cardholder.rowStatus(1), CardStatus::Active);
        QCOMPARE(serverStatus(1, 1), CardStatus::Active);
        QVERIFY(cardholder.action(Action::Block)->isEnabled()); // the other view's actions follow its row

        // A bulk call's DONE items reach both lists too (card 3 was already blocked: not DONE, still Blocked), once
        // published on the store as the bulk operation does.
        E2E_OK(sync(**m_agent, &CmsClient::requestOtp, kAgent, api::OtpPurpose::BulkBlock));
        const auto bulk = sync(**m_agent, &CmsClient::bulkChangeCardState, api::BulkCardAction::Block,
                               QList<qint64>{1, 2, 3}, m_server.lastOtp(kAgent));
        E2E_OK(bulk);
        publishBulk(bulk.value(), CardStatus::Blocked);
        QCOMPARE(partner.rowStatus(1), CardStatus::Blocked);
        QCOMPARE(cardholder.rowStatus(2), CardStatus::Blocked);
        QCOMPARE(cardholder.rowStatus(3), CardStatus::Blocked);
        QCOMPARE(serverStatus(1, 2), CardStatus::Blocked);
        E2E_OK(sync(**m_agent, &CmsClient::requestOtp, kAgent, api::OtpPurpose::BulkUnblock));
        const auto undo = sync(**m_agent, &CmsClient::bulkChangeCardState, api::BulkCardAction::Unblock,
                               QList<qint64>{1, 2}, m_server.lastOtp(kAgent));
        E2E_OK(undo);
        publishBulk(undo.value(), CardStatus::Active);
        QCOMPARE(serverStatus(1, 2), CardStatus::Active);
        QCOMPARE(partner.rowStatus(2), CardStatus::Active);
        QCOMPARE(cardholder.rowStatus(1), CardStatus::Active);
    }

    void selectAllUnderAFilterRequestsABulkBlock() {
        Screen screen(**m_agent, CardsView::Mode::Partner, kAgent);
        screen.model.loadPartnerCards();
        QVERIFY(screen.waitLoaded());
        QSignalSpy bulk(&screen.view, &CardsView::bulkRequested);
        QVERIFY(screen.action(Action::BlockSelected)->isVisible());
        QVERIFY(!screen.action(Action::BlockSelected)->isEnabled());
        QCOMPARE(screen.action(Action::BlockSelected)->toolTip(), QStringLiteral("Select one or more cards first."));

        // Only active cards, then every row that passes the filter.
        auto* status = byName<QComboBox>(&screen.view, QStringLiteral("Status filter"));
        status->setCurrentIndex(status->findData(int(CardStatus::Active)));
        api::PartnerCardQuery query;
        query.status = CardStatus::Active;
        const auto active = sync(**m_agent, &CmsClient::listPartnerCardsMatching, query);
        E2E_OK(active);
        QTRY_COMPARE_WITH_TIMEOUT(screen.view.proxy()->rowCount(), int(active.value().size()), kWaitMs);
        screen.view.table()->setFocus();
        QTest::keyClick(screen.view.table(), Qt::Key_A, Qt::ControlModifier);
        QVERIFY(screen.action(Action::BlockSelected)->isEnabled());
        screen.action(Action::BlockSelected)->trigger();
        QCOMPARE(bulk.size(), 1);
        QCOMPARE(bulk.at(0).at(0).value<api::BulkCardAction>(), api::BulkCardAction::Block);
        QList<qint64> ids = bulk.at(0).at(1).value<QList<qint64>>();
        QList<qint64> expected;
        for (const api::Card& card : active.value())
            expected << card.id;
        std::sort(ids.begin(), ids.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(ids, expected);

        // Two rows picked by hand: exactly their ids, for Unblock selected too.
        screen.view.table()->clearSelection();
        QVERIFY(!screen.action(Action::UnblockSelected)->isEnabled());
        QItemSelectionModel* selection = screen.view.table()->selectionModel();
        const QModelIndex first = screen.view.proxy()->index(0, 0);
        const QModelIndex third = screen.view.proxy()->index(2, 0);
        selection->select(first, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selection->select(third, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        screen.action(Action::UnblockSelected)->trigger();
        QCOMPARE(bulk.size(), 2);
        QCOMPARE(bulk.at(1).at(0).value<api::BulkCardAction>(), api::BulkCardAction::Unblock);
        QCOMPARE(bulk.at(1).at(1).value<QList<qint64>>(),
                 (QList<qint64>{first.data(CardListModel::CardIdRole).toLongLong(),
                                third.data(CardListModel::CardIdRole).toLongLong()}));
    }

    void filterTextAndStatusNarrowTheRows() {
        Screen screen(**m_agent, CardsView::Mode::Partner, kAgent);
        screen.model.loadPartnerCards();
        QVERIFY(screen.waitLoaded());
        const int total = screen.model.rowCount();
        const QLocale locale;
        QCOMPARE(labelText(&screen.view, QStringLiteral("Card count")), // untranslated source text in tests
                 QStringLiteral("%1 card(s)").arg(locale.toString(total)));

        // The main window's Find (Ctrl+F, tst_gui_mainwindow) lands here; the last four digits of card 1 find it.
        const api::Card card = *serverCard(1, 1);
        screen.view.focusFilter();
        QTest::keyClicks(screen.view.filterField(), card.lastFour());
        QTRY_VERIFY_WITH_TIMEOUT(screen.view.proxy()->rowCount() < total, kWaitMs);
        const int shown = screen.view.proxy()->rowCount();
        QVERIFY(shown >= 1);
        bool found = false;
        for (int row = 0; row < shown; ++row) {
            const QModelIndex index = screen.view.proxy()->index(row, 0);
            found = found || index.data(CardListModel::CardIdRole).toLongLong() == 1;
            QVERIFY(index.data(CardListModel::FilterKeyRole).toString().contains(card.lastFour()));
        }
        QVERIFY(found);
        QCOMPARE(labelText(&screen.view, QStringLiteral("Card count")),
                 QStringLiteral("%1 of %2 cards").arg(locale.toString(shown), locale.toString(total)));

        // Status only: as many rows as the server lists blocked cards, every one shown as blocked.
        screen.view.filterField()->clear();
        QTest::keyClick(screen.view.filterField(), Qt::Key_Return);
        auto* status = byName<QComboBox>(&screen.view, QStringLiteral("Status filter"));
        status->setCurrentIndex(status->findData(int(CardStatus::Blocked)));
        api::PartnerCardQuery query;
        query.status = CardStatus::Blocked;
        const auto blocked = sync(**m_agent, &CmsClient::listPartnerCardsMatching, query);
        E2E_OK(blocked);
        QCOMPARE(screen.view.proxy()->rowCount(), int(blocked.value().size()));
        for (int row = 0; row < screen.view.proxy()->rowCount(); ++row) {
            const QModelIndex index = screen.view.proxy()->index(row, CardListModel::Status);
            QCOMPARE(index.data(CardListModel::StatusRole).toInt(), int(CardStatus::Blocked));
            QCOMPARE(index.data().toString(), QStringLiteral("Blocked"));
        }
        QCOMPARE(labelText(&screen.view, QStringLiteral("Card count")),
                 QStringLiteral("%1 of %2 cards")
                     .arg(locale.toString(qsizetype(blocked.value().size())), locale.toString(total)));
    }

    /// The server blocks the card but its answer never arrives: "outcome unknown", the card is read again (not the
    /// PATCH resent), and the row ends up as the server has it.
    void hungBlockIsOutcomeUnknownAndTheCardIsReadAgain() {
        e2e::HoldingRelay relay(quint16(m_server.sandboxBaseUrl().port()));
        QVERIFY(relay.listen());
        e2e::E2eClient relayed(m_server);
        QString error;
        QVERIFY2(e2e::signIn(relayed, m_server, kAgent, &error), qPrintable(error));
        api::ClientConfig config = relayed->config();
        QUrl relayUrl = m_server.sandboxBaseUrl();
        relayUrl.setPort(relay.port());
        config.baseUrl = relayUrl;
        config.transferTimeout = std::chrono::milliseconds(1500);
        relayed->setConfig(config);
        const auto release = qScopeGuard([&relay] { relay.release(); });

        Screen screen(*relayed, CardsView::Mode::Cardholder, kAgent);
        screen.model.loadCardholderCards(1);
        QVERIFY(screen.waitLoaded());
        QVERIFY(screen.select(2));
        QCOMPARE(screen.rowStatus(2), CardStatus::Active);
        const api::Card card = *screen.view.currentCard();

        relay.hold(0); // requests pass, no answer byte does
        screen.action(Action::Block)->trigger();
        QPointer<QMessageBox> box = confirmation(screen);
        QVERIFY(box);
        QTest::mouseClick(byName<QPushButton>(box, QStringLiteral("Block card")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(screen.message().startsWith(u"Outcome unknown — the card is read again."), kWaitMs);
        QCOMPARE(relay.requestCount("PATCH", "/cards/2/block"), 1);
        QCOMPARE(screen.rowStatus(2), CardStatus::Active); // not guessed either way
        QCOMPARE(serverStatus(1, 2), CardStatus::Blocked); // the server did it

        relay.release(); // the read of the card gets through
        QTRY_COMPARE_WITH_TIMEOUT(screen.rowStatus(2), CardStatus::Blocked, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            screen.message().contains(QStringLiteral("The server now shows card %1 as blocked.").arg(card.maskedPan)),
            kWaitMs);
        QVERIFY(screen.message().contains(u"Outcome unknown"));
        // Never resent: watch the wire for longer than a timeout plus the retry backoff.
        QVERIFY(!QTest::qWaitFor([&relay] { return relay.requestCount("PATCH", "/block") > 1; }, 4500));
        QCOMPARE(relay.requestCount("PATCH", "/cards/2/block"), 1);

        QVERIFY(setBehindTheBack(2, api::CardAction::Unblock));
    }

    void loadErrorOffersRetry() {
        // other@ belongs to partner 2: partner 1's cards are refused (403), so the list shows why and offers Retry.
        e2e::E2eClient stranger(m_server, 1);
        QString error;
        QVERIFY2(e2e::signIn(stranger, m_server, kOther, &error), qPrintable(error));
        Screen screen(*stranger, CardsView::Mode::Partner, kOther);
        screen.model.loadPartnerCards();
        QTRY_COMPARE_WITH_TIMEOUT(screen.model.state(), CardListModel::State::Error, kWaitMs);
        QVERIFY(
            labelText(&screen.view, QStringLiteral("Card list state")).startsWith(u"The cards could not be loaded."));
        QPushButton* retry = nullptr;
        for (QPushButton* button : screen.view.findChildren<QPushButton*>())
            if (button->accessibleName() == QStringLiteral("Retry loading cards") && button->isVisible())
                retry = button;
        QVERIFY(retry);
        PatchCounter unused(stranger.network);
        QTest::mouseClick(retry, Qt::LeftButton);
        QCOMPARE(screen.model.state(), CardListModel::State::Loading);
        QCOMPARE(labelText(&screen.view, QStringLiteral("Card list state")), QStringLiteral("Loading cards…"));
        QTRY_COMPARE_WITH_TIMEOUT(screen.model.state(), CardListModel::State::Error, kWaitMs);
        QCOMPARE(unused.count(), 0);
    }
};

QTEST_MAIN(TestGuiCardActions)
#include "tst_gui_cardactions.moc"
