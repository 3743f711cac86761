#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace migo::views {

/// What the main window shows instead of any cardholder data while locked (issue 4): after the idle time, or when
/// the session could not be renewed. Asks for the operator's password; core::Session::unlock() checks it with the
/// server (a fresh app and operator login) and the composition root then unlocks the window. The password is kept only
/// in the field and cleared on every outcome.
class LockScreen final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockScreen)

public:
    enum class Reason { Idle, SessionExpired, Manual };

    explicit LockScreen(QWidget* parent = nullptr);

    /// Shows why the window is locked and whom the password is asked of; clears the field and any error.
    void prepare(Reason reason, const QString& operatorEmail);
    /// While the server checks the password: the field and button are disabled and a progress text shows.
    void setBusy(bool busy);
    /// Shows a failed unlock's sentence (wrong password, server unreachable…) and selects the field again.
    void showError(const QString& sentence);
    Reason reason() const { return m_reason; }

Q_SIGNALS:
    /// The agent asked to unlock with this password (it is not stored anywhere).
    void unlockRequested(const QString& password);
    void signOutRequested();

private:
    void submit();

    Reason m_reason = Reason::Idle;
    QLabel* m_title;
    QLabel* m_explanation;
    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_unlock;
    QPushButton* m_signOut;
};

} // namespace migo::views
