#include "CardActions.h"

#include "CardPolicy.h"
#include "OtpDialog.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>

namespace migo::views {

namespace {

core::OperationContext withPrompter(core::OperationContext context, QWidget* dialogParent) {
    if (!context.prompter)
        context.prompter = new OtpDialogPrompter(dialogParent); // owned by dialogParent
    return context;
}

} // namespace

CardActions::CardActions(const core::OperationContext& context, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
    , m_change(new core::CardStateChange(withPrompter(context, dialogParent), this)) {
    connect(m_change, &core::CardStateChange::runningChanged, this, [this](bool running) {
        if (running)
            return; // already announced when the action started
        Q_EMIT runningChanged(false);
    });
    connect(m_change, &core::CardStateChange::finished, this,
            [this](core::Outcome outcome) { Q_EMIT finished(outcome, m_change->message()); });
    connect(m_change, &core::CardStateChange::cardReread, this, &CardActions::cardReread);
    connect(m_change, &core::CardStateChange::rereadFailed, this, &CardActions::rereadFailed);
}

CardActions::~CardActions() {
    const QSignalBlocker silence(this); // the parent view is being destroyed: nobody to tell
    cancel();
}

QString CardActions::actionText(api::CardAction action) {
    switch (action) {
    case api::CardAction::Activate:
        return tr("&Activate");
    case api::CardAction::Block:
        return tr("&Block…");
    case api::CardAction::Unblock:
        break;
    }
    return tr("&Unblock");
}

bool CardActions::start(const api::Card& card, api::CardAction action) {
    if (isRunning() || !m_change->allows(card, action))
        return false;
    if (action == api::CardAction::Block)
        confirmBlock(card);
    else
        m_change->start(card, action);
    Q_EMIT runningChanged(true); // isRunning() is true by now
    return true;
}

bool CardActions::isRunning() const {
    return !m_confirmation.isNull() || m_change->isRunning();
}

QString CardActions::cardDescription(const api::Card& card) {
    QStringList lines{tr("Card: %1").arg(card.maskedPan)};
    if (!card.alias.isEmpty())
        lines << tr("Alias: %1").arg(card.alias);
    if (!card.cardholderName.isEmpty())
        lines << tr("Cardholder: %1").arg(card.cardholderName);
    return lines.join(u'\n');
}

void CardActions::confirmBlock(const api::Card& card) {
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Block card"), tr("Block this card?"), QMessageBox::NoButton,
                                m_dialogParent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("blockConfirmation"));
    box->setAccessibleName(tr("Confirm block"));
    box->setTextFormat(Qt::PlainText); // alias and names come from the server
    box->setInformativeText(cardDescription(card) + u"\n\n" +
                            tr("The card stops working at once, until it is unblocked."));
    QPushButton* block = box->addButton(tr("&Block card"), QMessageBox::AcceptRole);
    block->setAccessibleName(tr("Block card"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    box->setDefaultButton(cancel); // a stray Enter never blocks a card
    box->setEscapeButton(cancel);
    m_confirmation = box;
    connect(box, &QMessageBox::finished, this, [this, box, block, card] {
        m_confirmation = nullptr;
        if (box->clickedButton() == block && m_change->start(card, api::CardAction::Block))
            return;
        Q_EMIT finished(core::Outcome::Cancelled, tr("Not blocked: the card was left as it was."));
        Q_EMIT runningChanged(false);
    });
    box->open();
}

void CardActions::cancel() {
    const bool wasRunning = isRunning();
    if (QMessageBox* box = m_confirmation) {
        m_confirmation = nullptr;
        box->disconnect(this);
        box->close();
    }
    m_change->abandon(); // closes the step-up's dialog too; no outcome is reported
    if (wasRunning)
        Q_EMIT runningChanged(false);
}

} // namespace migo::views
