#pragma once

#include "CardholderOperations.h"

#include <QDialog>

#include <array>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace migo::views {

/// "Create a cardholder" (seed 002; contract §10): the 12 required fields and the partner card to assign.
///
/// On first show it loads the partner's unassigned cards (GET .../cards?assigned=false); the agent finds one by id
/// or by the last digits of its masked PAN. Every field is checked as the server checks it before anything is sent
/// (contract §8 "Create cardholder": names of letters, spaces, apostrophes and hyphens; e-mail; phone `+?` and 8-15
/// digits, +502 with 8 after the code; a DPI a valid CUI and a NIT with its check character, typed grouped or not and
/// sent as digits only, other documents 1-20 letters or digits; an adult's birth date, from 1900-01-01; ISO 3166-1
/// alpha-2 country: core::Validators); each problem is shown in red under its field and the first one gets the
/// focus. Create starts a core::CreateCardholder: a refusal that names a field is shown at
/// that field, any other in the dialog's message line; an unknown outcome is reported as "may have been created",
/// with the e-mail to search for, never as success or failure. One request at a time: while it runs the fields are
/// read-only and Create is disabled. Closing cancels the running calls.
class CreateCardholderDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateCardholderDialog)

public:
    /// Roles of the card list's model (the QListView named "Cards not yet assigned").
    enum CardRole {
        CardIdRole = Qt::UserRole + 1, ///< qint64 card id
        MaskedPanRole,                 ///< QString "459301******1234"
    };

    /// `context.client` must be signed in and outlive the dialog.
    explicit CreateCardholderDialog(const core::OperationContext& context, QWidget* parent = nullptr);
    ~CreateCardholderDialog() override;

    /// Cancels the running calls (a create already sent may still be carried out by the server), then closes.
    void reject() override;

Q_SIGNALS:
    /// The server created `cardholder` (with the chosen card); emitted once, then the dialog accepts.
    void cardholderCreated(const migo::api::Cardholder& cardholder);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// The request fields, in form order (also the order in which the first invalid one is found).
    using Field = core::CreateCardholder::Field;
    static constexpr int FieldCount = core::CreateCardholder::fieldCount;

    void buildForm();
    void loadCards();
    void onCardsLoaded(const api::Result<QList<api::Card>>& result);
    void onFilterEdited(const QString& text);
    std::optional<qint64> selectedCardId() const;
    /// Checks every field; marks the bad ones and focuses the first. Empty when something is wrong.
    std::optional<api::NewCardholder> collect();
    void submit();
    void onCreated(core::Outcome outcome);
    void showServerRejection();
    void setFieldError(Field field, const QString& message);
    void focusField(Field field);
    void setBusy(bool busy);
    void setMessage(const QString& text, bool isError);

    core::OperationContext m_context;
    core::CreateCardholder* m_operation;
    QLineEdit* m_name;
    QLineEdit* m_lastName;
    QLineEdit* m_address;
    QComboBox* m_country;
    QDateEdit* m_birth;
    QComboBox* m_marital;
    QComboBox* m_gender;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QComboBox* m_documentType;
    QLineEdit* m_documentNumber;
    QLineEdit* m_cardFilter;
    QListView* m_cardList;
    QLabel* m_cardStatus;
    QPushButton* m_retry;
    QLabel* m_message;
    QPushButton* m_create;
    QPushButton* m_cancel;
    QStandardItemModel* m_cards;
    QSortFilterProxyModel* m_filteredCards;
    std::array<QWidget*, FieldCount> m_inputs{};
    std::array<QLabel*, FieldCount> m_errors{};
    api::CallHandle m_cardsCall;
    bool m_cardsRequested = false;
    bool m_busy = false;
    bool m_created = false;
};

} // namespace migo::views
