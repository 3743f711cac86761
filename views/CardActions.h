#pragma once

#include "CardStateChange.h"

#include <QObject>
#include <QPointer>

class QMessageBox;
class QWidget;

namespace migo::views {

/// The view's side of one card's state change (issue 5, issue 12): the block confirmation and the start of a
/// core::CardStateChange, whose step-up is shown by an OtpDialogPrompter.
///
/// Block first asks for confirmation naming the card (masked PAN, alias, cardholder), Cancel being the default;
/// Activate and Unblock start at once. The operation (core::CardStateChange) sends the PATCH once, classifies the
/// outcome, publishes the changed card on the card store and reads the card again after an unknown outcome or a
/// stale row; this class relays its sentences. Dialogs are opened with open() (no nested event loop) and parented
/// to the widget given to the constructor. One action at a time: start() refuses while isRunning().
class CardActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardActions)

public:
    /// `context.client` (and the store and prompter when set) must outlive this object. Without a prompter, an
    /// OtpDialogPrompter parented to `dialogParent` asks for codes; `dialogParent` also parents the confirmation.
    CardActions(const core::OperationContext& context, QWidget* dialogParent);
    ~CardActions() override;

    /// "Activate", "Block", "Unblock" as a translated button text with mnemonic.
    static QString actionText(api::CardAction action);

    /// Starts `action` on `card` (the confirmation first for Block). Returns false, and does nothing, while another
    /// action runs or when core::CardPolicy does not allow it.
    bool start(const api::Card& card, api::CardAction action);
    /// True from start() until finished() (confirmation, request, step-up).
    bool isRunning() const;
    /// Closes the confirmation or the step-up and aborts the request without reporting (the view is closing).
    void cancel();

Q_SIGNALS:
    void runningChanged(bool running);
    /// Once per start(): how it ended and a translated sentence for the agent about it.
    void finished(migo::core::Outcome outcome, const QString& message);
    /// See core::CardStateChange::cardReread (the card is already published on the store).
    void cardReread(const migo::api::Card& card, const QString& message);
    /// See core::CardStateChange::rereadFailed.
    void rereadFailed(const QString& message);

private:
    void confirmBlock(const api::Card& card);
    static QString cardDescription(const api::Card& card);

    QWidget* m_dialogParent;
    core::CardStateChange* m_change;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace migo::views
