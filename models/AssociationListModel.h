#pragma once

#include "CmsClient.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace migo::models {

/// The third-party cards associated with one cardholder (seed 002: GET .../cardholders/{id}/cards/association).
///
/// One row per association, in the server's order (oldest link first). A load for another cardholder drops the
/// rows at once, so one cardholder's cards never show under another's name; reload() keeps the rows until the
/// answer replaces them. A late answer to an older load or to a cleared model is dropped. Only the masked PAN is
/// ever shown: a PAN that arrives unmasked is masked here.
class AssociationListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssociationListModel)

public:
    enum Column { Alias, MaskedPan, Owner, LinkedSince, ColumnCount };
    enum Role {
        AssociationIdRole = Qt::UserRole + 1, ///< qint64
        CardIdRole,                           ///< qint64 (0 when the server did not say)
        CreatedAtRole,                        ///< QDateTime in UTC, invalid when the server did not say
    };
    /// Idle: nothing requested. Loading: a request is on its way. Ready: the rows are the server's answer. Error: the
    /// last request failed (see error()).
    enum class State { Idle, Loading, Ready, Error };
    Q_ENUM(State)

    /// `client` must outlive the model.
    explicit AssociationListModel(api::CmsClient* client, QObject* parent = nullptr);
    ~AssociationListModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Requests the associations of `cardholderId` (> 0), replacing any request still on its way.
    void load(qint64 cardholderId);
    /// Requests the same cardholder again (also the Retry after an error). Does nothing before load().
    void reload();
    /// No rows, no cardholder; cancels the pending request.
    void clear();
    /// Adds the association a successful POST answered (or updates the row with its id), without a request. If a
    /// load is on its way it is sent again, so its answer cannot predate the new link.
    void addAssociation(const api::Association& association);

    State state() const { return m_state; }
    /// The last failure; set only in the Error state.
    const std::optional<api::ApiError>& error() const { return m_error; }
    /// The cardholder whose associations are (being) shown; nothing after clear().
    std::optional<qint64> cardholderId() const { return m_cardholderId; }
    /// The association of `row`, or nothing when `row` is out of range.
    std::optional<api::Association> association(int row) const;

    /// The moment in the locale's short date-time format, in local time, with a four-digit year (core::Format).
    static QString localDateTime(const QDateTime& moment);

Q_SIGNALS:
    void stateChanged();

private:
    void start();
    void setState(State state);

    api::CmsClient* m_client;
    std::optional<qint64> m_cardholderId;
    QList<api::Association> m_rows;
    State m_state = State::Idle;
    std::optional<api::ApiError> m_error;
    api::CallHandle m_pending;
    quint64 m_generation = 0; ///< bumped by every request and clear; answers of an older one are dropped
};

} // namespace migo::models
