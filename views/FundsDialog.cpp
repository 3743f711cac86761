#include "FundsDialog.h"

#include "AmountEdit.h"
#include "CardPolicy.h"
#include "FieldProblemLabel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace migo::views {

FundsDialog::FundsDialog(const core::OperationContext& context, const api::Card& card, Kind kind, QWidget* parent)
    : MoneyDialog(context, parent)
    , m_card(card)
    , m_kind(kind)
    , m_funds(new core::FundsMovement(operationContext(), this)) {
    setWindowTitle(kind == Kind::Add ? tr("Add funds") : tr("Withdraw funds"));
    setUp(buildFormPage(), m_funds);
    showForm();
}

QWidget* FundsDialog::buildFormPage() {
    auto* page = new QWidget(this);
    auto* cardLabel = new QLabel(core::Format::cardTitle(m_card), page);
    cardLabel->setTextFormat(Qt::PlainText);
    cardLabel->setAccessibleName(tr("Card"));
    m_balance = new QLabel(balanceText(), page);
    m_balance->setAccessibleName(tr("Current balance"));
    m_amount = new AmountEdit(page);
    m_amount->setCurrency(m_card.currency);
    m_amountProblem = detail::fieldProblemLabel(tr("Amount problem"), page);
    m_observations = new QLineEdit(page);
    m_observations->setMaxLength(140); // contract §8: observations are at most 140 characters
    m_observations->setPlaceholderText(tr("Optional"));
    m_observations->setAccessibleName(tr("Observations"));
    QLabel* notice = detail::fieldProblemLabel(tr("Card notice"), page);
    m_continue = new QPushButton(tr("&Continue"), page);
    m_continue->setAccessibleName(tr("Continue"));
    m_continue->setDefault(true);
    auto* cancel = new QPushButton(tr("Cancel"), page);
    cancel->setAccessibleName(tr("Cancel"));

    auto* form = new QFormLayout;
    form->addRow(tr("Card:"), cardLabel);
    form->addRow(tr("Current balance:"), m_balance);
    form->addRow(m_card.currency.isEmpty() ? tr("&Amount:") : tr("&Amount (%1):").arg(m_card.currency), m_amount);
    form->addRow(QString(), m_amountProblem);
    form->addRow(tr("&Observations:"), m_observations);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_continue);
    buttons->addWidget(cancel);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(notice);
    layout->addStretch();
    layout->addLayout(buttons);

    // A linked or unassigned card never allows it; a status the list shows may be stale, so the server decides.
    const core::CardOperation operation =
        m_kind == Kind::Add ? core::CardOperation::AddFunds : core::CardOperation::WithdrawFunds;
    api::Card asActive = m_card;
    asActive.status = api::CardStatus::Active;
    const QString never = core::CardPolicy::unavailableReason(asActive, operation);
    notice->setText(never.isEmpty() ? core::CardPolicy::unavailableReason(m_card, operation) : never);
    notice->setVisible(!notice->text().isEmpty());
    m_continue->setEnabled(never.isEmpty());

    connect(m_amount, &QLineEdit::textEdited, m_amountProblem, &QLabel::hide);
    connect(m_amount, &QLineEdit::returnPressed, this, &FundsDialog::continueToConfirm);
    connect(m_observations, &QLineEdit::returnPressed, this, &FundsDialog::continueToConfirm);
    connect(m_continue, &QPushButton::clicked, this, &FundsDialog::continueToConfirm);
    connect(cancel, &QPushButton::clicked, this, &FundsDialog::reject);
    setTabOrder(m_amount, m_observations);
    setTabOrder(m_observations, m_continue);
    setTabOrder(m_continue, cancel);
    return page;
}

QString FundsDialog::balanceText() const {
    return core::Format::money(m_card.balance, m_card.currency);
}

void FundsDialog::showForm() {
    MoneyDialog::showForm();
    m_amount->setFocus();
}

void FundsDialog::continueToConfirm() {
    if (!m_continue->isEnabled() || !onForm())
        return;
    const QString problem = m_amount->problem();
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

    // Shown, never enforced: the server's 7303 decides (funds may have arrived meanwhile).
    const std::optional<api::Money> after = m_kind == Kind::Add
                                                ? api::Money::checkedAdd(m_card.balance, m_sentAmount)
                                                : api::Money::checkedSubtract(m_card.balance, m_sentAmount);
    QString balances = tr("Balance now: %1").arg(balanceText()) + u'\n';
    if (after)
        balances += tr("Balance after: %1").arg(core::Format::money(*after, m_card.currency));
    else if (m_kind == Kind::Withdraw)
        balances += tr("The amount is more than the current balance: Migo will refuse it unless funds arrived "
                       "meanwhile.");
    else
        balances += tr("The resulting balance would be too large.");
    showConfirmation(summary, balances);
}

bool FundsDialog::send() {
    return m_funds->start(m_kind, m_card, m_sentAmount, m_sentObservations);
}

void FundsDialog::takeCard(const api::Card& card) {
    m_card = card;
    m_balance->setText(balanceText());
}

} // namespace migo::views
