#include "TransferDialog.h"

#include "AmountEdit.h"
#include "CardPolicy.h"
#include "FieldProblemLabel.h"
#include "Format.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace migo::views {

namespace {

/// "Gastos · 459301******6205 — Q 9,873.35": what the agent picks by.
QString pickerText(const api::Card& card) {
    return core::Format::cardTitle(card) + QStringLiteral(" — ") + core::Format::money(card.balance, card.currency);
}

} // namespace

TransferDialog::TransferDialog(const core::OperationContext& context, qint64 cardholderId,
                               const QList<api::Card>& cardholderCards, qint64 fromCardId, QWidget* parent)
    : MoneyDialog(context, parent)
    , m_cardholderId(cardholderId)
    , m_cards(cardholderCards)
    , m_transfer(new core::Transfer(operationContext(), this)) {
    for (api::Card& card : m_cards)
        if (!card.cardholderId)
            card.cardholderId = cardholderId; // listed under this cardholder (a linked card names its owner)
    setWindowTitle(tr("Transfer between cards"));
    setUp(buildFormPage(fromCardId), m_transfer);
    showForm();
}

bool TransferDialog::canSend(const api::Card& card) const {
    return core::CardPolicy::allows(card, core::CardOperation::Transfer) && card.cardholderId == m_cardholderId;
}

const api::Card* TransferDialog::cardById(qint64 cardId) const {
    for (const api::Card& card : m_cards)
        if (card.id == cardId)
            return &card;
    return nullptr;
}

QWidget* TransferDialog::buildFormPage(qint64 requestedFromId) {
    auto* page = new QWidget(this);
    m_from = new QComboBox(page);
    m_from->setAccessibleName(tr("From card"));
    m_from->setPlaceholderText(tr("Choose a card"));
    m_fromProblem = detail::fieldProblemLabel(tr("From card problem"), page);
    m_fromBalance = new QLabel(page);
    m_fromBalance->setAccessibleName(tr("Current balance"));
    m_to = new QComboBox(page);
    m_to->setAccessibleName(tr("To card"));
    m_to->setPlaceholderText(tr("Choose a card"));
    m_toProblem = detail::fieldProblemLabel(tr("To card problem"), page);
    m_amount = new AmountEdit(page);
    m_amountProblem = detail::fieldProblemLabel(tr("Amount problem"), page);
    m_observations = new QLineEdit(page);
    m_observations->setMaxLength(140); // contract §8
    m_observations->setPlaceholderText(tr("Optional"));
    m_observations->setAccessibleName(tr("Observations"));
    QLabel* notice = detail::fieldProblemLabel(tr("Transfer notice"), page);
    m_continue = new QPushButton(tr("&Continue"), page);
    m_continue->setAccessibleName(tr("Continue"));
    m_continue->setDefault(true);
    auto* cancel = new QPushButton(tr("Cancel"), page);
    cancel->setAccessibleName(tr("Cancel"));

    int eligible = 0;
    QString currency;
    for (const api::Card& card : std::as_const(m_cards)) {
        if (!canSend(card))
            continue;
        ++eligible;
        m_from->addItem(pickerText(card), card.id);
        if (currency.isEmpty())
            currency = card.currency;
    }
    m_from->setCurrentIndex(m_from->findData(requestedFromId)); // -1 when it cannot send: the agent chooses
    m_amount->setCurrency(currency);

    QStringList notices;
    if (const api::Card* requested = cardById(requestedFromId); requested && !canSend(*requested)) {
        const QString reason = core::CardPolicy::unavailableReason(*requested, core::CardOperation::Transfer);
        notices << (reason.isEmpty() ? tr("Card %1 belongs to another cardholder, so it cannot take part in a "
                                          "transfer.")
                                           .arg(core::Format::cardTitle(*requested))
                                     : tr("Card %1: %2").arg(core::Format::cardTitle(*requested), reason));
    }
    if (eligible < 2) {
        notices << tr("A transfer needs two active cards of this cardholder; there are %n.", nullptr, eligible);
        m_continue->setEnabled(false);
    }
    notice->setText(notices.join(u'\n'));
    notice->setVisible(!notices.isEmpty());

    auto* form = new QFormLayout;
    form->addRow(tr("&From card:"), m_from);
    form->addRow(QString(), m_fromProblem);
    form->addRow(tr("Current balance:"), m_fromBalance);
    form->addRow(tr("&To card:"), m_to);
    form->addRow(QString(), m_toProblem);
    form->addRow(currency.isEmpty() ? tr("&Amount:") : tr("&Amount (%1):").arg(currency), m_amount);
    form->addRow(QString(), m_amountProblem);
    form->addRow(tr("&Observations:"), m_observations);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_continue);
    buttons->addWidget(cancel);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(notice);
    layout->addLayout(form);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_from, &QComboBox::currentIndexChanged, this, [this] {
        m_fromProblem->hide();
        fillToPicker();
    });
    connect(m_to, &QComboBox::currentIndexChanged, m_toProblem, &QLabel::hide);
    connect(m_amount, &QLineEdit::textEdited, m_amountProblem, &QLabel::hide);
    connect(m_amount, &QLineEdit::returnPressed, this, &TransferDialog::continueToConfirm);
    connect(m_observations, &QLineEdit::returnPressed, this, &TransferDialog::continueToConfirm);
    connect(m_continue, &QPushButton::clicked, this, &TransferDialog::continueToConfirm);
    connect(cancel, &QPushButton::clicked, this, &TransferDialog::reject);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_amount);
    setTabOrder(m_amount, m_observations);
    setTabOrder(m_observations, m_continue);
    setTabOrder(m_continue, cancel);
    fillToPicker();
    return page;
}

void TransferDialog::fillToPicker() {
    const api::Card* from = m_from->currentIndex() < 0 ? nullptr : cardById(m_from->currentData().toLongLong());
    const QVariant previous = m_to->currentData();
    const QSignalBlocker blocker(m_to);
    m_to->clear();
    for (const api::Card& card : std::as_const(m_cards))
        if (canSend(card) && (!from || core::CardPolicy::transferTargetReason(*from, card).isEmpty()))
            m_to->addItem(pickerText(card), card.id);
    // Keep the agent's choice; preselect only when there is nothing to choose between.
    int index = previous.isValid() ? m_to->findData(previous) : -1;
    if (index < 0 && m_to->count() == 1)
        index = 0;
    m_to->setCurrentIndex(index);
    m_fromBalance->setText(from ? core::Format::money(from->balance, from->currency) : QString());
}

void TransferDialog::showForm() {
    MoneyDialog::showForm();
    (m_from->currentIndex() < 0 ? static_cast<QWidget*>(m_from) : static_cast<QWidget*>(m_amount))->setFocus();
}

void TransferDialog::continueToConfirm() {
    if (!m_continue->isEnabled() || !onForm())
        return;
    const api::Card* from = m_from->currentIndex() < 0 ? nullptr : cardById(m_from->currentData().toLongLong());
    const api::Card* to = m_to->currentIndex() < 0 ? nullptr : cardById(m_to->currentData().toLongLong());
    const QString amountProblem = m_amount->problem();
    m_fromProblem->setText(tr("Choose the card the money comes from."));
    m_fromProblem->setVisible(!from);
    m_toProblem->setText(tr("Choose the card that receives the money."));
    m_toProblem->setVisible(!to);
    m_amountProblem->setText(amountProblem);
    m_amountProblem->setVisible(!amountProblem.isEmpty());
    if (!from || !to || !amountProblem.isEmpty()) {
        QWidget* first = !from ? static_cast<QWidget*>(m_from)
                               : (!to ? static_cast<QWidget*>(m_to) : static_cast<QWidget*>(m_amount));
        first->setFocus();
        return;
    }
    m_sentFrom = *from;
    m_sentTo = *to;
    m_sentAmount = *m_amount->amount();
    m_sentObservations = m_observations->text().trimmed();

    const QString fromTitle = core::Format::cardTitle(m_sentFrom);
    const QString toTitle = core::Format::cardTitle(m_sentTo);
    QString summary = tr("Move %1 from card %2 to card %3.")
                          .arg(core::Format::money(m_sentAmount, m_sentFrom.currency), fromTitle, toTitle);
    if (!m_sentObservations.isEmpty())
        summary += u'\n' + tr("Observations: %1").arg(m_sentObservations);

    // Shown, never enforced: the server's 7303 decides (funds may have arrived meanwhile).
    QStringList balances;
    if (const auto fromAfter = api::Money::checkedSubtract(m_sentFrom.balance, m_sentAmount))
        balances << tr("%1 balance after: %2").arg(fromTitle, core::Format::money(*fromAfter, m_sentFrom.currency));
    else
        balances << tr("The amount is more than the balance of card %1 (%2): Migo will refuse it unless funds arrived "
                       "meanwhile.")
                        .arg(fromTitle, core::Format::money(m_sentFrom.balance, m_sentFrom.currency));
    if (const auto toAfter = api::Money::checkedAdd(m_sentTo.balance, m_sentAmount))
        balances << tr("%1 balance after: %2").arg(toTitle, core::Format::money(*toAfter, m_sentTo.currency));
    showConfirmation(summary, balances.join(u'\n'));
}

bool TransferDialog::send() {
    return m_transfer->start(m_cardholderId, m_sentFrom, m_sentTo, m_sentAmount, m_sentObservations);
}

void TransferDialog::takeCard(const api::Card& card) {
    for (api::Card& known : m_cards)
        if (known.id == card.id)
            known = card;
}

} // namespace migo::views
