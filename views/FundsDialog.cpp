#include "FundsDialog.h"

#include "AmountEdit.h"
#include "CardPolicy.h"
#include "Format.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace migo::views {

FundsDialog::FundsDialog(const core::OperationContext& context, const api::Card& card, Kind kind, QWidget* parent)
    : MoneyDialog(context, parent)
    , m_card(card)
    , m_kind(kind)
    , m_funds(new core::FundsMovement(operationContext(), this)) {
    setWindowTitle(kind == Kind::Add ? tr("Add funds") : tr("Withdraw funds"));
    setUp(buildFormPage(), m_funds);
    connect(this, &MoneyDialog::cardChanged, this, [this](const api::Card& changed) {
        m_card = changed;
        m_balance->setText(balanceText());
    });
    showForm();
}

QWidget* FundsDialog::buildFormPage() {
    auto* cardLabel = new QLabel(core::Format::cardTitle(m_card), this);
    cardLabel->setTextFormat(Qt::PlainText);
    cardLabel->setAccessibleName(tr("Card"));
    m_balance = new QLabel(balanceText(), this);
    m_balance->setAccessibleName(tr("Current balance"));
    const Form form =
        buildForm(tr("Card notice"), m_card.currency, {{tr("Card:"), cardLabel}, {tr("Current balance:"), m_balance}},
                  [this] { continueToConfirm(); });
    m_amount = form.amount;
    m_amountProblem = form.amountProblem;
    m_observations = form.observations;

    // A linked or unassigned card never allows it; a status the list shows may be stale, so the server decides.
    const core::CardOperation operation =
        m_kind == Kind::Add ? core::CardOperation::AddFunds : core::CardOperation::WithdrawFunds;
    api::Card asActive = m_card;
    asActive.status = api::CardStatus::Active;
    const api::OperatorPermissions* permissions = operationContext().permissions();
    const QString never = core::CardPolicy::unavailableReason(asActive, operation, permissions);
    form.notice->setText(never.isEmpty() ? core::CardPolicy::unavailableReason(m_card, operation, permissions) : never);
    form.notice->setVisible(!form.notice->text().isEmpty());
    form.continueButton->setEnabled(never.isEmpty());
    return form.page;
}

QString FundsDialog::balanceText() const {
    return core::Format::money(m_card.balance, m_card.currency);
}

void FundsDialog::showForm() {
    MoneyDialog::showForm();
    m_amount->setFocus();
}

void FundsDialog::continueToConfirm() {
    QString problem = m_amount->problem();
    // Refused here, before any one-time password: the server would refuse it (contract §16).
    if (problem.isEmpty() && m_kind == Kind::Withdraw)
        problem = core::MoneyOperation::overdrawProblem(m_card, *m_amount->amount());
    if (!problem.isEmpty()) {
        m_amountProblem->setText(problem);
        m_amountProblem->show();
        m_amount->setFocus();
        m_amount->selectAll();
        return;
    }
    m_amountProblem->hide();
    m_sentAmount = *m_amount->amount();
    m_sentObservations = m_observations->text().trimmed();

    const QString amount = core::Format::money(m_sentAmount, m_card.currency);
    const QString title = core::Format::cardTitle(m_card);
    QString summary = m_kind == Kind::Add ? tr("Add %1 to card %2.").arg(amount, title)
                                          : tr("Withdraw %1 from card %2.").arg(amount, title);
    if (!m_sentObservations.isEmpty())
        summary += u'\n' + tr("Observations: %1").arg(m_sentObservations);

    // A withdrawal over the balance never gets here (overdrawProblem); a balance that changed since is the server's.
    const std::optional<api::Money> after = m_kind == Kind::Add
                                                ? api::Money::checkedAdd(m_card.balance, m_sentAmount)
                                                : api::Money::checkedSubtract(m_card.balance, m_sentAmount);
    QString balances = tr("Balance now: %1").arg(balanceText()) + u'\n';
    if (after)
        balances += tr("Balance after: %1").arg(core::Format::money(*after, m_card.currency));
    else
        balances += tr("The resulting balance would be too large.");
    showConfirmation(summary, balances, m_card.id);
}

bool FundsDialog::send() {
    return m_funds->start(m_kind, m_card, m_sentAmount, m_sentObservations);
}

} // namespace migo::views
