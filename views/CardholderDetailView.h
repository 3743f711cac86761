#pragma once

#include "CmsClient.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace migo::views {

class OtpDialog;

/// One cardholder's profile, with tabs for their cards and associations (issue 4; seed 002 "Cardholder detail").
///
/// showCardholder() sends POST .../cardholders/{id}. When the server asks for step-up (OTP_REQUIRED) an OtpDialog
/// opens (window-modal through open(), never a nested event loop) and the same request is sent again with the code;
/// the code lives only in that dialog and that one request. States: empty, loading, loaded, and error (a sentence,
/// plus "Retry" when trying again can help, or "Open again" after a cancelled step-up). Every value is shown as
/// plain text; nothing of a cardholder stays on screen once another one is requested or the view is cleared.
class CardholderDetailView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardholderDetailView)

public:
    /// `client` must outlive the view; it must hold an operator session before showCardholder().
    explicit CardholderDetailView(api::CmsClient* client, QWidget* parent = nullptr);
    ~CardholderDetailView() override;

    /// The signed-in operator's e-mail: the OTP request (POST /app/users/auth/otp) names it.
    void setOperatorEmail(const QString& email);
    /// Cancels any pending load (and closes an open OTP dialog), then sends the detail POST for `cardholderId` (> 0;
    /// 0 or less clears the view). `knownName` (e.g. from the list row) is shown while loading, when not empty.
    void showCardholder(qint64 cardholderId, const QString& knownName = QString());
    /// Cancels any pending load and shows the empty state ("Open a cardholder to see their profile").
    void clear();
    /// The cardholder requested last (loading, loaded or failed); 0 in the empty state.
    qint64 cardholderId() const { return m_cardholderId; }
    /// The profile on screen; nothing unless loaded.
    std::optional<api::Cardholder> cardholder() const { return m_cardholder; }
    /// Puts `widget` in the "Cards" tab in place of the "not available yet" placeholder; the view takes ownership
    /// and deletes the previous occupant. nullptr brings the placeholder back.
    void setCardsWidget(QWidget* widget);
    /// Same for the "Associations" tab.
    void setAssociationsWidget(QWidget* widget);

Q_SIGNALS:
    /// A profile is now on screen (after the plain request or a successful step-up).
    void cardholderLoaded(const migo::api::Cardholder& cardholder);
    /// The profile on screen went away (clear(), or another cardholder was requested).
    void cardholderCleared();

private:
    enum class Field {
        Id,
        Name,
        LastName,
        Email,
        PhoneNumber,
        DocumentType,
        DocumentNumber,
        DateOfBirth,
        CountryOfBirth,
        MaritalStatus,
        Gender,
        Address,
        CreatedAt,
    };
    static constexpr int fieldCount = int(Field::CreatedAt) + 1;

    QWidget* buildProfilePage();
    QWidget* placeholder(const QString& text, const QString& accessibleName);
    void replaceTab(QWidget*& occupant, QWidget* widget, const QString& placeholderText,
                    const QString& placeholderName);
    void load();
    void askForOtp();
    void onOtpFinished(OtpDialog* dialog, int result);
    void showLoaded(const api::Cardholder& cardholder);
    void showError(const api::ApiError& error);
    void showStateMessage(const QString& text, bool busy, const QString& actionText, const QString& actionName);
    /// Cancels the request in flight and closes an open OTP dialog without reporting either.
    void abandonPending();
    /// Forgets the profile and empties every value label; emits cardholderCleared() when one was shown.
    void dropProfile();
    void tryAgain();
    void copyProfile();
    static QString fieldTitle(Field field);
    static QString fieldText(Field field, const api::Cardholder& cardholder);

    api::CmsClient* m_client;
    QString m_operatorEmail;
    QStackedWidget* m_stack;
    QWidget* m_statePage;
    QLabel* m_stateMessage;
    QProgressBar* m_busy;
    QPushButton* m_again;
    QWidget* m_loadedPage;
    QLabel* m_title;
    QTabWidget* m_tabs;
    QWidget* m_cardsTab = nullptr;
    QWidget* m_associationsTab = nullptr;
    QList<QLabel*> m_values;
    QAction* m_copy;
    QPushButton* m_copyButton = nullptr;

    qint64 m_cardholderId = 0;
    QString m_knownName;
    std::optional<api::Cardholder> m_cardholder;
    api::CallHandle m_pending;
    QPointer<OtpDialog> m_otpDialog;
    std::optional<api::Cardholder> m_stepUpResult; ///< filled by the dialog's successful attempt
    quint64 m_loadSerial = 0;                      ///< tells a stale attempt from the current one
};

} // namespace migo::views
