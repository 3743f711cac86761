#include "CardActions.h"

#include "FundsDialog.h"
#include "OtpDialog.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>

namespace migo::views {

namespace {

constexpr api::OtpPurpose otpPurpose = api::OtpPurpose::CardAction;

/// "activated", "blocked", "unblocked", to complete "The card was not …".
QString pastParticiple(api::CardAction action) {
    switch (action) {
    case api::CardAction::Activate:
        return CardActions::tr("activated");
    case api::CardAction::Block:
        return CardActions::tr("blocked");
    case api::CardAction::Unblock:
        return CardActions::tr("unblocked");
    }
    return {};
}

} // namespace

CardActions::CardActions(api::CmsClient* client, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_client(client)
    , m_dialogParent(dialogParent) {}

CardActions::~CardActions() {
    const QSignalBlocker silence(this); // the parent view is being destroyed: nobody to tell
    cancel();
    m_reread.cancel();
}

QString CardActions::actionText(api::CardAction action) {
    switch (action) {
    case api::CardAction::Activate:
        return tr("&Activate");
    case api::CardAction::Block:
        return tr("&Block…");
    case api::CardAction::Unblock:
        return tr("&Unblock");
    }
    return {};
}

QString CardActions::unavailableReason(const api::Card& card, api::CardAction action) {
    // Contract §10: state changes only for a cardholder's own cards; a linked card belongs to someone else.
    if (card.type == api::CardType::Linked)
        return tr("This is a linked card of another cardholder: only its owner's cards can be changed.");
    if (!card.cardholderId)
        return tr("This card is not assigned to a cardholder yet.");
    switch (card.status) {
    case api::CardStatus::Inactive:
        if (action == api::CardAction::Block)
            return tr("This card is not active yet: activate it first.");
        if (action == api::CardAction::Unblock)
            return tr("This card is not blocked: it is inactive.");
        return {};
    case api::CardStatus::Active:
        if (action == api::CardAction::Activate)
            return tr("This card is already active.");
        if (action == api::CardAction::Unblock)
            return tr("This card is not blocked.");
        return {};
    case api::CardStatus::Blocked:
        if (action == api::CardAction::Activate)
            return tr("This card is blocked: unblock it instead.");
        if (action == api::CardAction::Block)
            return tr("This card is already blocked.");
        return {};
    case api::CardStatus::Unknown:
        break;
    }
    return tr("This card's status (%1) is not known to this application: refresh the list.").arg(card.statusWire);
}

bool CardActions::start(const api::Card& card, api::CardAction action) {
    if (m_running || !unavailableReason(card, action).isEmpty())
        return false;
    m_running = true;
    m_card = card;
    m_action = action;
    m_answer.reset();
    m_reread.cancel(); // an older re-read must not overwrite what this action answers
    m_reread = {};
    Q_EMIT runningChanged(true);
    if (action == api::CardAction::Block)
        confirmBlock();
    else
        send();
    return true;
}

QString CardActions::cardDescription() const {
    QStringList lines{tr("Card: %1").arg(m_card.maskedPan)};
    if (!m_card.alias.isEmpty())
        lines << tr("Alias: %1").arg(m_card.alias);
    if (!m_card.cardholderName.isEmpty())
        lines << tr("Cardholder: %1").arg(m_card.cardholderName);
    return lines.join(u'\n');
}

void CardActions::confirmBlock() {
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Block card"), tr("Block this card?"), QMessageBox::NoButton,
                                m_dialogParent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("blockConfirmation"));
    box->setAccessibleName(tr("Confirm block"));
    box->setTextFormat(Qt::PlainText); // alias and names come from the server
    box->setInformativeText(cardDescription() + u"\n\n" + tr("The card stops working at once, until it is unblocked."));
    QPushButton* block = box->addButton(tr("&Block card"), QMessageBox::AcceptRole);
    block->setAccessibleName(tr("Block card"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    box->setDefaultButton(cancel); // a stray Enter never blocks a card
    box->setEscapeButton(cancel);
    m_confirmation = box;
    connect(box, &QMessageBox::finished, this, [this, box, block] {
        m_confirmation = nullptr;
        if (box->clickedButton() == block)
            send();
        else
            finish(Outcome::Cancelled, tr("Not blocked: the card was left as it was."));
    });
    box->open();
}

void CardActions::send() {
    const qint64 cardholderId = m_card.cardholderId.value_or(0);
    const qint64 cardId = m_card.id;
    const api::CardAction action = m_action;
    m_call = m_client->changeCardState(
        cardholderId, cardId, action, QString(), this, [this](const api::Result<api::Card>& result) {
            m_call = {};
            if (result.ok()) {
                finish(Outcome::Done,
                       tr("Card %1 is now %2.").arg(m_card.maskedPan, detail::cardStatusName(result.value().status)));
                return;
            }
            if (result.error().isStepUp())
                askForCode(); // refused before anything changed
            else
                onFailed(result.error());
        });
}

void CardActions::askForCode() {
    const qint64 cardholderId = m_card.cardholderId.value_or(0);
    const qint64 cardId = m_card.id;
    const api::CardAction action = m_action;
    // The code goes into this one resend only.
    auto attempt = [this, cardholderId, cardId, action](const QString& otp, QObject* context,
                                                        const OtpDialog::AttemptDone& done) {
        return m_client->changeCardState(
            cardholderId, cardId, action, otp, context, [this, done](const api::Result<api::Card>& result) {
                if (result.ok())
                    m_answer = result.value();
                done(result.ok() ? std::nullopt : std::optional<api::ApiError>(result.error()));
            });
    };
    auto* otp = new OtpDialog(m_client, m_operatorEmail, otpPurpose, attempt, m_dialogParent);
    m_otp = otp;
    connect(otp, &QDialog::finished, this, [this, otp](int result) {
        const std::optional<api::ApiError> error = otp->finalError();
        otp->deleteLater();
        m_otp = nullptr;
        if (result == QDialog::Accepted && m_answer) {
            finish(Outcome::Done,
                   tr("Card %1 is now %2.").arg(m_card.maskedPan, detail::cardStatusName(m_answer->status)));
        } else if (error) {
            onFailed(*error);
        } else {
            finish(Outcome::Cancelled, tr("Step-up cancelled: the card was not %1.").arg(pastParticiple(m_action)));
        }
    });
    otp->open();
}

void CardActions::onFailed(const api::ApiError& error) {
    if (error.kind == api::ErrorKind::OutcomeUnknown) {
        finish(Outcome::Unknown, tr("Outcome unknown — the card is read again."));
        reread(true);
        return;
    }
    const QString sentence = error.userMessage.isEmpty() ? error.serverMessage : error.userMessage;
    finish(Outcome::Refused, tr("The card was not %1: %2").arg(pastParticiple(m_action), sentence));
    if (error.hasCode(u"7213"))
        reread(false); // the row said the action was legal: the card changed behind this view's back
}

void CardActions::finish(Outcome outcome, const QString& message) {
    m_running = false;
    Q_EMIT finished(outcome, message);
    Q_EMIT runningChanged(false);
}

void CardActions::reread(bool afterUnknown) {
    if (!m_card.cardholderId)
        return;
    const qint64 cardId = m_card.id;
    const QString pan = m_card.maskedPan;
    // A read, not a resend: the agent decides what to do once the card's real status is on screen.
    m_reread = m_client->listCardholderCards(
        *m_card.cardholderId, this, [this, cardId, pan, afterUnknown](const api::Result<QList<api::Card>>& result) {
            m_reread = {};
            if (!result.ok()) {
                Q_EMIT rereadFailed(afterUnknown
                                        ? tr("Outcome unknown, and the card could not be read again: %1 "
                                             "Refresh the list before trying again.")
                                              .arg(result.error().userMessage)
                                        : tr("The card could not be read again: %1").arg(result.error().userMessage));
                return;
            }
            for (const api::Card& card : result.value()) {
                if (card.id != cardId || card.type == api::CardType::Linked)
                    continue;
                const QString status = detail::cardStatusName(card.status);
                Q_EMIT cardReread(
                    card, afterUnknown ? tr("The server now shows card %1 as %2.").arg(pan, status)
                                       : tr("Card %1 is %2 on the server: the list was out of date.").arg(pan, status));
                return;
            }
        });
}

void CardActions::cancel() {
    m_call.cancel();
    m_call = {};
    if (QMessageBox* box = m_confirmation) {
        m_confirmation = nullptr;
        box->disconnect(this);
        box->close();
    }
    if (OtpDialog* otp = m_otp) {
        m_otp = nullptr;
        otp->disconnect(this); // closing is not the agent's answer to the step-up
        otp->reject();
        otp->deleteLater();
    }
    if (m_running) {
        m_running = false;
        Q_EMIT runningChanged(false);
    }
}

} // namespace migo::views
