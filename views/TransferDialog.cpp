#include "TransferDialog.h"

#include "AmountEdit.h"
#include "FundsDialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace migo::views {

namespace {

/// "Gastos · 459301******6205 — Q 9,873.35": what the agent picks by.
QString pickerText(const api::Card& card) {
    return detail::cardTitle(card) + QStringLiteral(" — ") + moneyText(card.balance, card.currency);
}

} // namespace

TransferDialog::TransferDialog(api::CmsClient* client, qint64 cardholderId, const QList<api::Card>& cardholderCards,
                               qint64 fromCardId, const QString& operatorEmail, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_cardholderId(cardholderId)
    , m_cards(cardholderCards)
    , m_pages(new QStackedWidget(this))
    , m_outcome(new detail::OutcomePage(this))
    , m_submission(new detail::MoneySubmission(client, operatorEmail, api::OtpPurpose::Transfer, this)) {
    setWindowTitle(tr("Transfer between cards"));
    buildFormPage(fromCardId);
    buildConfirmPage();
    m_pages->addWidget(m_outcome);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    connect(m_submission, &detail::MoneySubmission::succeeded, this, &TransferDialog::onSucceeded);
    connect(m_submission, &detail::MoneySubmission::failed, this, &TransferDialog::onFailed);
    connect(m_submission, &detail::MoneySubmission::stepUpCancelled, this, [this] {
        m_sending = false;
        m_confirm->setEnabled(true);
        m_back->setEnabled(true);
        m_confirmStatus->setText(tr("No one-time password was entered, so nothing was done."));
    });
    connect(m_outcome, &detail::OutcomePage::backRequested, this, &TransferDialog::showForm);
    connect(m_outcome, &detail::OutcomePage::closeRequested, this, [this] { m_succeeded ? accept() : reject(); });
    connect(m_outcome, &detail::OutcomePage::movementsRequested, this, [this] {
        Q_EMIT movementsRequested(m_sentFrom.id);
        reject();
    });
    showForm();
}

TransferDialog::~TransferDialog() {
    m_submission->cancel();
    m_refresh.cancel();
}

void TransferDialog::done(int result) {
    m_submission->cancel(); // a closed dialog has no one to tell the outcome to
    m_refresh.cancel();
    QDialog::done(result);
}

bool TransferDialog::canTakePart(const api::Card& card) const {
    // Owned (a linked card carries its owner's id) and Migo-issued, and active (contract §8 "Funds").
    return card.type == api::CardType::Physical && card.status == api::CardStatus::Active &&
           card.cardholderId.value_or(m_cardholderId) == m_cardholderId;
}

const api::Card* TransferDialog::cardById(qint64 cardId) const {
    for (const api::Card& card : m_cards)
        if (card.id == cardId)
            return &card;
    return nullptr;
}

void TransferDialog::buildFormPage(qint64 requestedFromId) {
    auto* page = new QWidget(m_pages);
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
    m_formNotice = detail::fieldProblemLabel(tr("Transfer notice"), page);
    m_continue = new QPushButton(tr("&Continue"), page);
    m_continue->setAccessibleName(tr("Continue"));
    m_continue->setDefault(true);
    auto* cancel = new QPushButton(tr("Cancel"), page);
    cancel->setAccessibleName(tr("Cancel"));

    int eligible = 0;
    QString currency;
    for (const api::Card& card : std::as_const(m_cards)) {
        if (!canTakePart(card))
            continue;
        ++eligible;
        m_from->addItem(pickerText(card), card.id);
        if (currency.isEmpty())
            currency = card.currency;
    }
    m_from->setCurrentIndex(m_from->findData(requestedFromId)); // -1 when it cannot send: the agent chooses
    m_amount->setCurrency(currency);

    QStringList notices;
    if (const api::Card* requested = cardById(requestedFromId); requested && !canTakePart(*requested)) {
        if (requested->type != api::CardType::Physical ||
            requested->cardholderId.value_or(m_cardholderId) != m_cardholderId)
            notices << tr("Card %1 is linked from another cardholder, so it cannot take part in a transfer.")
                           .arg(detail::cardTitle(*requested));
        else
            notices << tr("Card %1 is %2, so no money can be sent from it. Only this cardholder's active cards can "
                          "take part in a transfer.")
                           .arg(detail::cardTitle(*requested), detail::cardStatusName(requested->status));
    }
    if (eligible < 2) {
        notices << tr("A transfer needs two active cards of this cardholder; there are %n.", nullptr, eligible);
        m_continue->setEnabled(false);
    }
    m_formNotice->setText(notices.join(u'\n'));
    m_formNotice->setVisible(!notices.isEmpty());

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
    layout->addWidget(m_formNotice);
    layout->addLayout(form);
    layout->addStretch();
    layout->addLayout(buttons);
    m_pages->addWidget(page);

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
}

void TransferDialog::fillToPicker() {
    const qint64 fromId = m_from->currentData().toLongLong();
    const QVariant previous = m_to->currentData();
    const QSignalBlocker blocker(m_to);
    m_to->clear();
    for (const api::Card& card : std::as_const(m_cards))
        if (canTakePart(card) && card.id != fromId)
            m_to->addItem(pickerText(card), card.id);
    // Keep the agent's choice; preselect only when there is nothing to choose between.
    int index = previous.isValid() ? m_to->findData(previous) : -1;
    if (index < 0 && m_to->count() == 1)
        index = 0;
    m_to->setCurrentIndex(index);
    const api::Card* from = cardById(fromId);
    m_fromBalance->setText(from ? moneyText(from->balance, from->currency) : QString());
}

void TransferDialog::buildConfirmPage() {
    const detail::ConfirmPage confirmPage = detail::buildConfirmPage(m_pages);
    m_summary = confirmPage.summary;
    m_balanceAfter = confirmPage.balanceAfter;
    m_confirmStatus = confirmPage.status;
    m_back = confirmPage.back;
    m_confirm = confirmPage.confirm;
    m_pages->addWidget(confirmPage.page);

    connect(m_back, &QPushButton::clicked, this, &TransferDialog::showForm);
    connect(m_confirm, &QPushButton::clicked, this, &TransferDialog::confirm);
    connect(confirmPage.cancel, &QPushButton::clicked, this, &TransferDialog::reject);
}

void TransferDialog::showForm() {
    m_sending = false;
    m_pages->setCurrentIndex(0);
    (m_from->currentIndex() < 0 ? static_cast<QWidget*>(m_from) : static_cast<QWidget*>(m_amount))->setFocus();
}

void TransferDialog::continueToConfirm() {
    if (!m_continue->isEnabled() || m_pages->currentIndex() != 0)
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

    QString summary = tr("Move %1 from card %2 to card %3.")
                          .arg(moneyText(m_sentAmount, m_sentFrom.currency), detail::cardTitle(m_sentFrom),
                               detail::cardTitle(m_sentTo));
    if (!m_sentObservations.isEmpty())
        summary += u'\n' + tr("Observations: %1").arg(m_sentObservations);
    m_summary->setText(summary);

    QStringList balances;
    if (const auto fromAfter = api::Money::checkedSubtract(m_sentFrom.balance, m_sentAmount))
        balances << tr("%1 balance after: %2")
                        .arg(detail::cardTitle(m_sentFrom), moneyText(*fromAfter, m_sentFrom.currency));
    else
        balances << tr("The amount is more than the balance of card %1 (%2): Migo will refuse it unless funds arrived "
                       "meanwhile.")
                        .arg(detail::cardTitle(m_sentFrom), moneyText(m_sentFrom.balance, m_sentFrom.currency));
    if (const auto toAfter = api::Money::checkedAdd(m_sentTo.balance, m_sentAmount))
        balances << tr("%1 balance after: %2").arg(detail::cardTitle(m_sentTo), moneyText(*toAfter, m_sentTo.currency));
    m_balanceAfter->setText(balances.join(u'\n'));

    m_confirmStatus->clear();
    m_sending = false;
    m_confirm->setEnabled(true);
    m_back->setEnabled(true);
    m_pages->setCurrentIndex(1);
    m_confirm->setFocus();
}

void TransferDialog::confirm() {
    if (m_sending || m_pages->currentIndex() != 1)
        return; // exactly one send per confirmation
    m_sending = true;
    m_confirm->setEnabled(false);
    m_back->setEnabled(false);
    m_confirmStatus->setText(tr("Sending…"));
    m_result.reset();

    const api::TransferRequest base{m_sentFrom.id, m_sentTo.id, m_sentAmount, m_sentObservations, QString()};
    const qint64 cardholderId = m_cardholderId;
    m_submission->start(
        [this, base, cardholderId](const QString& otp, QObject* context, const OtpDialog::AttemptDone& done) {
            api::TransferRequest request = base;
            request.otp = otp;
            return m_client->transfer(cardholderId, request, context,
                                      [this, done](const api::Result<api::TransferResult>& r) {
                                          if (r.ok())
                                              m_result = r.value();
                                          done(r.ok() ? std::nullopt : std::optional<api::ApiError>(r.error()));
                                      });
        });
}

QString TransferDialog::doneText() const {
    return tr("%1 moved from card %2 to card %3.")
        .arg(moneyText(m_sentAmount, m_sentFrom.currency), detail::cardTitle(m_sentFrom), detail::cardTitle(m_sentTo));
}

void TransferDialog::onSucceeded() {
    m_succeeded = true;
    m_pages->setCurrentIndex(2);
    m_outcome->showDone(doneText());
    if (m_result && m_result->fromCard && m_result->toCard)
        applyCards({*m_result->fromCard, *m_result->toCard});
    else
        refreshCards(); // the answer did not carry both cards: read the balances again
}

void TransferDialog::onFailed(const api::ApiError& error) {
    m_pages->setCurrentIndex(2);
    if (error.kind == api::ErrorKind::OutcomeUnknown) {
        m_outcome->showUnknown();
        return;
    }
    m_sending = false;
    const QString extra = error.hasCode(u"7303") ? tr("Current balance of card %1: %2.")
                                                       .arg(detail::cardTitle(m_sentFrom),
                                                            moneyText(m_sentFrom.balance, m_sentFrom.currency))
                                                 : QString();
    m_outcome->showRefused(error, extra);
}

void TransferDialog::applyCards(const QList<api::Card>& cards) {
    QStringList lines{doneText()};
    for (const qint64 id : {m_sentFrom.id, m_sentTo.id}) {
        for (const api::Card& fresh : cards) {
            if (fresh.id != id)
                continue;
            api::Card updated = fresh;
            if (!updated.cardholderId)
                updated.cardholderId = m_cardholderId;
            for (api::Card& known : m_cards)
                if (known.id == id)
                    known = updated;
            lines << tr("New balance of card %1: %2")
                         .arg(detail::cardTitle(updated), moneyText(updated.balance, updated.currency));
            Q_EMIT cardChanged(updated);
            break;
        }
    }
    m_outcome->setText(lines.join(u'\n'));
}

void TransferDialog::refreshCards() {
    m_outcome->setText(doneText() + u'\n' + tr("Reading the new balances…"));
    m_refresh = m_client->listCardholderCards(m_cardholderId, this, [this](const api::Result<QList<api::Card>>& r) {
        m_refresh = {};
        if (r.ok()) {
            applyCards(r.value());
            return;
        }
        m_outcome->setText(doneText() + u'\n' +
                           tr("The new balances could not be read: %1").arg(r.error().userMessage));
    });
}

} // namespace migo::views
