#pragma once

#include "OperationContext.h"
#include "Outcome.h"
#include "Types.h"

#include <QList>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace migo::core {
class CardholderDetailRead;
}

namespace migo::views {

/// One cardholder's profile, with tabs for their cards and associations (issue 4; seed 002 "Cardholder detail").
///
/// showCardholder() starts a core::CardholderDetailRead (POST .../cardholders/{id}). When the server asks for step-up
/// the context's prompter (by default an OtpDialog, window-modal, never a nested event loop) asks for the code, which
/// lives only in that prompt and the one request it is sent with. States: empty, loading, loaded, and error (a
/// sentence, plus "Retry" when trying again can help, or "Open again" after a cancelled step-up). Every value is shown
/// as plain text; nothing of a cardholder stays on screen once another one is requested or the view is cleared.
class CardholderDetailView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardholderDetailView)

public:
    /// `context.client` must outlive the view and hold an operator session before showCardholder(); the code request
    /// names `context.operatorEmail`. Without `context.prompter` the view asks for codes with its own OtpDialog.
    explicit CardholderDetailView(const core::OperationContext& context, QWidget* parent = nullptr);
    ~CardholderDetailView() override;

    /// Cancels any pending load (and closes an open OTP prompt), then sends the detail POST for `cardholderId` (> 0;
    /// 0 or less clears the view). `knownName` (e.g. from the list row) is shown while loading, when not empty.
    void showCardholder(qint64 cardholderId, const QString& knownName = QString());
    /// Cancels any pending load and shows the empty state ("Open a cardholder to see their profile").
    void clear();
    /// Cancels any pending load and shows no profile, saying that `count` (2 or more) cardholders are selected.
    void showSeveralSelected(int count);
    /// Shows `cardholder` as an edit answered it (the whole record: no second read, no second code), when it is the
    /// one on screen; otherwise does nothing.
    void showSaved(const api::Cardholder& cardholder);
    /// The cardholder requested last (loading, loaded or failed); 0 in the empty state.
    qint64 cardholderId() const { return m_cardholderId; }
    /// The profile on screen; nothing unless loaded.
    std::optional<api::Cardholder> cardholder() const { return m_cardholder; }
    /// Puts `widget` in the "Cards" tab in place of the "not available yet" placeholder; the view takes ownership
    /// and deletes the previous occupant. nullptr brings the placeholder back.
    void setCardsWidget(QWidget* widget);
    /// Same for the "Associations" tab.
    void setAssociationsWidget(QWidget* widget);
    /// "Edit…" (Ctrl+E; issue 14): enabled while a profile is shown and the operator's role holds
    /// `cardholders:update`; otherwise disabled, its tooltip saying why (core::UpdateCardholder::permissionReason()).
    QAction* editAction() const { return m_edit; }

Q_SIGNALS:
    /// A profile is now on screen (after the plain request or a successful step-up).
    void cardholderLoaded(const migo::api::Cardholder& cardholder);
    /// The profile on screen went away (clear(), or another cardholder was requested).
    void cardholderCleared();
    /// The agent asked to edit the profile on screen (editAction()); `cardholder` is that profile.
    void editRequested(const migo::api::Cardholder& cardholder);

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
    void onReadFinished(core::Outcome outcome);
    void showLoaded(const api::Cardholder& cardholder);
    void showStateMessage(const QString& text, bool busy, const QString& actionText, const QString& actionName);
    /// Cancels the request in flight and closes an open OTP prompt without reporting either.
    void abandonPending();
    /// Forgets the profile and empties every value label; emits cardholderCleared() when one was shown.
    void dropProfile();
    void tryAgain();
    void copyProfile();
    /// Enables editAction() for the profile on screen and the operator's permissions now, with its tooltip.
    void updateEditAction();
    static QString fieldTitle(Field field);
    static QString fieldText(Field field, const api::Cardholder& cardholder);

    core::CardholderDetailRead* m_read;
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
    QAction* m_edit;
    QPushButton* m_editButton = nullptr;
    core::OperationContext m_context; ///< for the operator's permissions now

    qint64 m_cardholderId = 0;
    QString m_knownName;
    std::optional<api::Cardholder> m_cardholder;
};

} // namespace migo::views
