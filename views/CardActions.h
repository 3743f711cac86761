#pragma once

#include "CmsClient.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QMessageBox;
class QWidget;

namespace migo::views {

class OtpDialog;

/// One card's state change (seed 002: PATCH .../cardholders/{c}/cards/{card}/activate|block|unblock; issue 5).
///
/// Block first asks for confirmation naming the card (masked PAN, alias, cardholder), Cancel being the default.
/// The PATCH is sent once; when the server asks for step-up (OTP_REQUIRED) an OtpDialog (purpose "card_action")
/// resends it with the agent's code: a wrong code stays in that dialog, Cancel sends nothing more. Nothing is ever
/// retried automatically. A refusal (e.g. 7213 INVALID_STATUS_CARD) is reported as a sentence; a lost answer
/// (ErrorKind::OutcomeUnknown) as "outcome unknown", after which the card is read again (cardReread()). Dialogs are
/// opened with open() (no nested event loop) and parented to the widget given to the constructor. One action at a
/// time: start() refuses while isRunning().
class CardActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardActions)

public:
    /// How a started action ended.
    enum class Outcome {
        Done,      ///< the server changed the card (CmsClient::cardChanged was emitted with its answer)
        Refused,   ///< the server (or the client) refused; nothing changed
        Unknown,   ///< sent but the answer was lost: the card is read again, never resent
        Cancelled, ///< the agent cancelled the confirmation or the step-up; nothing changed
    };
    Q_ENUM(Outcome)

    /// `client` must outlive this object; `dialogParent` parents the confirmation and the OtpDialog.
    CardActions(api::CmsClient* client, QWidget* dialogParent);
    ~CardActions() override;

    /// The signed-in operator's e-mail, named by the OTP request.
    void setOperatorEmail(const QString& email) { m_operatorEmail = email; }

    /// Why `action` cannot be done on `card` (translated sentence, e.g. "This card is already blocked."), or an
    /// empty string when it is legal: contract §7 transitions, owned (not linked) cards of a cardholder only.
    static QString unavailableReason(const api::Card& card, api::CardAction action);
    /// "Activate", "Block", "Unblock" as a translated button text with mnemonic.
    static QString actionText(api::CardAction action);

    /// Starts `action` on `card` (the confirmation first for Block). Returns false, and does nothing, while another
    /// action runs or when unavailableReason() is not empty.
    bool start(const api::Card& card, api::CardAction action);
    /// True from start() until finished() (confirmation, request, step-up).
    bool isRunning() const { return m_running; }
    /// Closes the confirmation or the OtpDialog and aborts the request without reporting (the view is closing).
    void cancel();

Q_SIGNALS:
    void runningChanged(bool running);
    /// Once per start(): how it ended and a translated sentence for the agent about it.
    void finished(migo::views::CardActions::Outcome outcome, const QString& message);
    /// The card as read again after an unknown outcome or a state refusal (the row on screen was stale), with a
    /// sentence saying what the server now shows (it follows the finished() sentence).
    void cardReread(const migo::api::Card& card, const QString& message);
    /// The card could not be read again; `message` says so and what to do.
    void rereadFailed(const QString& message);

private:
    void confirmBlock();
    void send();
    void askForCode();
    void onFailed(const api::ApiError& error);
    void finish(Outcome outcome, const QString& message);
    void reread(bool afterUnknown);
    QString cardDescription() const;

    api::CmsClient* m_client;
    QWidget* m_dialogParent;
    QString m_operatorEmail;
    api::Card m_card;
    api::CardAction m_action = api::CardAction::Activate;
    api::CallHandle m_call;
    api::CallHandle m_reread;
    QPointer<QMessageBox> m_confirmation;
    QPointer<OtpDialog> m_otp;
    std::optional<api::Card> m_answer; ///< the card of the step-up's successful attempt
    bool m_running = false;
};

} // namespace migo::views
