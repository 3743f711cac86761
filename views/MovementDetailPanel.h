#pragma once

#include "CmsClient.h"

#include <QList>
#include <QTimeZone>
#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;

namespace migo::views {

class LoadStatePanel;

/// Every field of one movement, fetched with GET .../movements/{transferId} (seed 002 "Movement detail", issue 6).
///
/// States: empty ("select a movement"), loading, loaded, and error with Retry. Selecting another movement cancels
/// the request in flight; its late answer never shows. Values are plain text (server words are never markup) and
/// keyboard-selectable. text() gives "Label: value" lines for a ticket; MovementsView binds Ctrl+C to it.
class MovementDetailPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MovementDetailPanel)

public:
    /// `client` must outlive the panel.
    explicit MovementDetailPanel(api::CmsClient* client, QWidget* parent = nullptr);
    ~MovementDetailPanel() override;

    /// Fetches movement `transferId` of `card` (whose cardholderId must be set) and shows it.
    void showMovement(const api::Card& card, qint64 transferId);
    /// Cancels any request and shows the empty state.
    void clear();
    /// The zone the local date is shown in; default the system zone.
    void setTimeZone(const QTimeZone& zone);

    /// The movement on screen; nothing unless loaded.
    const std::optional<api::Movement>& movement() const { return m_movement; }
    /// The transfer id asked for last (loading, loaded or failed); 0 when empty.
    qint64 transferId() const { return m_transferId; }
    /// "Label: value" lines, one per field, of `movement` on `card` (the zone names the local time).
    static QString text(const api::Movement& movement, const api::Card& card, const QTimeZone& zone);

Q_SIGNALS:
    /// The movement asked for is on screen.
    void movementLoaded(const migo::api::Movement& movement);

private:
    enum class Field {
        TransferId,
        Card,
        Direction,
        Type,
        Description,
        Observations,
        Amount,
        BalanceAfter,
        Currency,
        Channel,
        OperatorId,
        LocalTime,
        UtcTime,
    };
    static constexpr int fieldCount = int(Field::UtcTime) + 1;

    void load();
    void showState(const QString& text, bool busy, bool offerRetry);
    static QString fieldTitle(Field field, const QTimeZone& zone);
    static QString fieldText(Field field, const api::Movement& movement, const api::Card& card, const QTimeZone& zone);

    api::CmsClient* m_client;
    QTimeZone m_zone;
    QStackedWidget* m_stack;
    LoadStatePanel* m_state; ///< empty, loading, or the error with Retry
    QList<QLabel*> m_titles;
    QList<QLabel*> m_values;
    api::Card m_card;
    qint64 m_transferId = 0;
    std::optional<api::Movement> m_movement;
    api::CallHandle m_pending;
    quint64 m_serial = 0; ///< tells the answer to the current request from a late one
};

} // namespace migo::views
