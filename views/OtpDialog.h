#pragma once

#include "CmsClient.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace migo::views {

/// Step-up with a one-time password (ref §2.4, contract §5).
///
/// On open it requests a code (POST /app/users/auth/otp) and says where it was sent. The agent types (or pastes)
/// exactly six digits; the sixth submits. The dialog then runs the caller's operation with the code; a wrong code
/// shows the attempts left and keeps the dialog open; an expired or burnt code offers a new one. Resend is offered
/// after the server's cooldown. Accepted when the operation succeeded. The code lives only in the field and in the
/// one request it is sent with.
class OtpDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OtpDialog)

public:
    /// Report of one attempt: nothing on success, else the operation's error.
    using AttemptDone = std::function<void(const std::optional<api::ApiError>& error)>;
    /// Sends the guarded operation again with `otp` in its body; calls `done` once, bound to `context`.
    using Attempt = std::function<api::CallHandle(const QString& otp, QObject* context, AttemptDone done)>;

    /// `purpose` names the operation for the server ("cardholder_detail", "bulk_block"…).
    OtpDialog(api::CmsClient* client, QString operatorEmail, QString purpose, Attempt attempt,
              QWidget* parent = nullptr);
    ~OtpDialog() override;

    /// The error that ended the dialog when it was rejected for a reason other than Cancel (e.g. permission).
    const std::optional<api::ApiError>& finalError() const { return m_finalError; }

protected:
    void showEvent(QShowEvent* event) override;
    /// While a code is being checked the operation may already be carried out on the server: Esc and the window's
    /// close button wait for its answer (Cancel is disabled), so "cancelled" never hides a done block or transfer.
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void requestCode();
    void onTextEdited(const QString& text);
    void submit();
    void onAttemptDone(const std::optional<api::ApiError>& error);
    void tick();
    void setMessage(const QString& text, bool isError);

    api::CmsClient* m_client;
    QString m_operatorEmail;
    QString m_purpose;
    Attempt m_attempt;
    QLabel* m_sentTo;
    QLineEdit* m_code;
    QLabel* m_validity;
    QLabel* m_message;
    QPushButton* m_resend;
    QPushButton* m_cancel;
    QTimer* m_clock;
    QDateTime m_expiresAt;
    QDateTime m_resendAllowedAt;
    api::CallHandle m_pending;
    std::optional<api::ApiError> m_finalError;
    bool m_requested = false;
    bool m_attemptRunning = false; ///< the guarded operation is on its way with a code
};

} // namespace migo::views
