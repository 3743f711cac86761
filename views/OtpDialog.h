#pragma once

#include "StepUp.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace migo::views {

/// The step-up prompt (ref §2.4, contract §5): the GUI face of a core::StepUp.
///
/// Says where the code was sent and how long it is valid. The agent types (or pastes) exactly six digits; the sixth
/// submits to the StepUp, which sends the guarded operation with the code. A wrong code shows the attempts left and
/// keeps the dialog open; an expired or burnt code offers a new one. "Send a new code" follows the server's cooldown.
/// Accepted when the operation succeeded, rejected otherwise. While the operation is on its way Cancel is disabled
/// and Esc and the close button wait for its answer, so "cancelled" never hides a done block or transfer. The code
/// lives only in the field and in the one request it is sent with.
class OtpDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OtpDialog)

public:
    /// The prompt of `stepUp`, whose code request is on its way (core::OtpPrompter::prompt).
    explicit OtpDialog(core::StepUp* stepUp, QWidget* parent = nullptr);
    ~OtpDialog() override;

    /// The error that ended the dialog when it was rejected for a reason other than Cancel (e.g. permission).
    std::optional<api::ApiError> finalError() const;

public Q_SLOTS:
    /// Cancel, Esc: cancels the step-up, or does nothing while the operation is on its way.
    void reject() override;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void build();
    void follow(core::StepUp* stepUp);
    void onTextEdited(const QString& text);
    void onPhase(core::StepUp::Phase phase);
    void onChallenge(const api::OtpChallenge& challenge);
    void onCodeRejected(const api::ApiError& error);
    void tick();
    void setMessage(const QString& text, bool isError);

    QPointer<core::StepUp> m_stepUp;
    QLabel* m_sentTo = nullptr;
    QLineEdit* m_code = nullptr;
    QLabel* m_validity = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_resend = nullptr;
    QPushButton* m_cancel = nullptr;
    QTimer* m_clock = nullptr;
    std::optional<core::StepUp::Ending> m_ending;
};

/// The GUI's core::OtpPrompter: opens an OtpDialog, window-modal over `dialogParent` (never a nested event loop).
class OtpDialogPrompter final : public QObject, public core::OtpPrompter {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OtpDialogPrompter)

public:
    /// `dialogParent` parents the dialogs and this object.
    explicit OtpDialogPrompter(QWidget* dialogParent);
    void prompt(core::StepUp* stepUp) override;

private:
    QWidget* m_dialogParent;
};

} // namespace migo::views
