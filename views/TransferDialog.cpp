#include "TransferDialog.h"

#include "AmountEdit.h"
#include "CardPolicy.h"
#include "FieldProblemLabel.h"
#include "Format.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>

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
    connect(this, &MoneyDialog::cardChanged, this, [this](const api::Card& changed) {
        for (api::Card& known : m_cards)
            if (known.id == changed.id)
                known = changed;
    });
    showForm();
}

bool TransferDialog::canSend(const api::Card& card) const {
    return core::CardPolicy::allows(card, core::CardOperation::Transfer, operationContext().permissions()) &&
           card.cardholderId == m_cardholderId;
}

const api::Card* TransferDialog::cardById(qint64 cardId) const {
    for (const api::Card& card : m_cards)
        if (card.id == cardId)
            return &card;
    return nullptr;
}

QWidget* TransferDialog::buildFormPage(qint64 requestedFromId) {
    m_from = new QComboBox(this);
    m_from->setAccessibleName(tr("From card"));
    m_from->setPlaceholderText(tr("Choose a card"));
    m_fromProblem = detail::fieldProblemLabel(tr("From card problem"), this);
    m_fromBalance = new QLabel(this);
    m_fromBalance->setAccessibleName(tr("Current balance"));
    m_to = new QComboBox(this);
    m_to->setAccessibleName(tr("To card"));
    m_to->setPlaceholderText(tr("Choose a card"));
    m_toProblem = detail::fieldProblemLabel(tr("To card problem"), this);

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
    m_form = buildForm(tr("Transfer notice"), currency,
                       {{tr("&From card:"), m_from},
                        {QString(), m_fromProblem},
                        {tr("Current balance:"), m_fromBalance},
                        {tr("&To card:"), m_to},
                        {QString(), m_toProblem}},
                       [this] { continueToConfirm(); });

    QStringList notices;
    if (const api::Card* requested = cardById(requestedFromId); requested && !canSend(*requested)) {
        const QString reason = core::CardPolicy::unavailableReason(*requested, core::CardOperation::Transfer,
                                                                   operationContext().permissions());
        notices << (reason.isEmpty() ? tr("Card %1 belongs to another cardholder, so it cannot take part in a "
                                          "transfer.")
                                           .arg(core::Format::cardTitle(*requested))
                                     : tr("Card %1: %2").arg(core::Format::cardTitle(*requested), reason));
    }
    if (eligible < 2) {
        notices << tr("A transfer needs two active cards of this cardholder; there are %n.", nullptr, eligible);
        m_form.continueButton->setEnabled(false);
    }
    m_form.notice->setText(notices.join(u'\n'));
    m_form.notice->setVisible(!notices.isEmpty());

    connect(m_from, &QComboBox::currentIndexChanged, this, [this] {
        m_fromProblem->hide();
        fillToPicker();
    });
    connect(m_to, &QComboBox::currentIndexChanged, m_toProblem, &QLabel::hide);
    fillToPicker();
    return m_form.page;
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
    (m_from->currentIndex() < 0 ? static_cast<QWidget*>(m_from) : static_cast<QWidget*>(m_form.amount))->setFocus();
}

void TransferDialog::continueToConfirm() {
    const api::Card* from = m_from->currentIndex() < 0 ? nullptr : cardById(m_from->currentData().toLongLong());
    const api::Card* to = m_to->currentIndex() < 0 ? nullptr : cardById(m_to->currentData().toLongLong());
    QString amountProblem = m_form.amount->problem();
    // Refused here, before any one-time password: the server would refuse it (contract §16).
    if (amountProblem.isEmpty() && from)
        amountProblem = core::MoneyOperation::overdrawProblem(*from, *m_form.amount->amount());
    m_fromProblem->setText(tr("Choose the card the money comes from."));
    m_fromProblem->setVisible(!from);
    m_toProblem->setText(tr("Choose the card that receives the money."));
    m_toProblem->setVisible(!to);
    m_form.amountProblem->setText(amountProblem);
    m_form.amountProblem->setVisible(!amountProblem.isEmpty());
    if (!from || !to || !amountProblem.isEmpty()) {
        QWidget* first = !from ? static_cast<QWidget*>(m_from)
                               : (!to ? static_cast<QWidget*>(m_to) : static_cast<QWidget*>(m_form.amount));
        first->setFocus();
        return;
    }
    m_sentFrom = *from;
    m_sentTo = *to;
    m_sentAmount = *m_form.amount->amount();
    m_sentObservations = m_form.observations->text().trimmed();

    const QString fromTitle = core::Format::cardTitle(m_sentFrom);
    const QString toTitle = core::Format::cardTitle(m_sentTo);
    QString summary = tr("Move %1 from card %2 to card %3.")
                          .arg(core::Format::money(m_sentAmount, m_sentFrom.currency), fromTitle, toTitle);
    if (!m_sentObservations.isEmpty())
        summary += u'\n' + tr("Observations: %1").arg(m_sentObservations);

    // An amount over the source's balance never gets here (overdrawProblem); a balance that changed is the server's.
    QStringList balances;
    if (const auto fromAfter = api::Money::checkedSubtract(m_sentFrom.balance, m_sentAmount))
        balances << tr("%1 balance after: %2").arg(fromTitle, core::Format::money(*fromAfter, m_sentFrom.currency));
    if (const auto toAfter = api::Money::checkedAdd(m_sentTo.balance, m_sentAmount))
        balances << tr("%1 balance after: %2").arg(toTitle, core::Format::money(*toAfter, m_sentTo.currency));
    showConfirmation(summary, balances.join(u'\n'), m_sentFrom.id);
}

bool TransferDialog::send() {
    return m_transfer->start(m_cardholderId, m_sentFrom, m_sentTo, m_sentAmount, m_sentObservations);
}

} // namespace migo::views
