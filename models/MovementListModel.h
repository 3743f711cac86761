#pragma once

#include "PagedRemoteListModel.h"

#include <QTimeZone>

#include <functional>

namespace migo::models {

/// One card's movements for a period, paged from the server ("Movements / transaction history per card", seed 002;
/// contract §8 and §10).
///
/// The period is a range of calendar days in the workstation's time zone (timeZone()), because that is the "today"
/// and "this month" the agent means. The server counts `from`/`to` as inclusive UTC days, so the model asks for the
/// UTC days that cover the local period (utcDaysCovering()) and keeps only the movements whose local date falls in
/// the period: a top-up made at 19:00 in Guatemala (01:00 UTC the next day) shows under "today".
///
/// Rows arrive a page at a time through canFetchMore()/fetchMore() (paging, state, reload(), retry() and clear()
/// come from PagedRemoteListModel; reload() sends nothing without a card and a valid period). Changing the card, the
/// period or the sort starts again from page 1 and drops any answer still on its way. Sorting is done by the server
/// (Date → createdAt, Debit/Credit → amount); the other columns cannot be sorted. Amounts are exact (api::Money), never
/// double.
class MovementListModel final : public PagedRemoteListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MovementListModel)

public:
    enum Column { Date, Type, Description, Debit, Credit, BalanceAfter, ColumnCount };
    enum Role {
        TransferIdRole = Qt::UserRole + 1, ///< qint64 transferId of the row
        AmountRole,    ///< QString, exact decimal ("0.1"): the cell's amount in Debit/Credit/BalanceAfter (empty
                       ///< when the cell has none), the movement's amount in the other columns
        DirectionRole, ///< QString "credit", "debit" or "unknown"
        UtcRole,       ///< QDateTime of the movement in UTC
    };
    using State = PagedRemoteListModel::State;

    /// Formats an amount with its ISO 4217 currency for display (default core::Format::money, the one format).
    using MoneyFormatter = std::function<QString(const api::Money& amount, const QString& iso4217)>;

    /// `client` must outlive the model.
    explicit MovementListModel(api::CmsClient* client, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Asks the server for this order (see isSortable()) and reloads from page 1; other columns are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The card whose movements are listed; forgets the rows but does not load yet.
    void setCard(qint64 cardholderId, qint64 cardId);
    qint64 cardholderId() const { return m_cardholderId; }
    qint64 cardId() const { return m_cardId; }
    /// Inclusive calendar days in timeZone(); reloads when a card is set. An invalid or reversed period clears.
    void setPeriod(QDate from, QDate to);
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    /// The zone that dates are shown in and the period is counted in; default: the system zone.
    void setTimeZone(const QTimeZone& zone);
    const QTimeZone& timeZone() const { return m_zone; }
    /// Rows per server page, 1..200 (contract §6). Default 50. Applies from the next request.
    void setPageSize(int limit);
    int pageSize() const { return m_query.limit; }
    /// How amounts are displayed; default "<ISO code> <amount in the default locale>".
    void setMoneyFormatter(MoneyFormatter formatter);

    /// True when every page of the period has been loaded.
    bool isComplete() const { return loadedPages() > 0 && !hasMorePages(); }

    /// Sums of the loaded rows' debit and credit amounts (saturating at api::Money::max()).
    api::Money totalDebits() const { return m_totalDebits; }
    api::Money totalCredits() const { return m_totalCredits; }
    /// The currency of the loaded rows (the first row's), empty when there are none.
    QString currency() const;
    const api::Movement& movementAt(int row) const { return m_rows.at(row); }
    /// The row holding `transferId`, or -1.
    int rowOf(qint64 transferId) const;

    /// Writes the loaded rows as CSV (models::CsvWriter): timestamps ISO-8601 in timeZone() with their UTC offset
    /// ("2026-03-01T08:05:09-06:00"), exact amounts with a point. False with a translated sentence in `error`.
    bool exportCsv(const QString& path, QString* error) const;

    /// Whether sort() can ask the server for this column's order.
    static bool isSortable(int column);
    /// The wire sortBy value for a sortable column ("createdAt", "amount"), empty otherwise.
    static QString sortKey(int column);
    /// The UTC days (inclusive) that cover the local days [from, to] in `zone`.
    static std::pair<QDate, QDate> utcDaysCovering(QDate from, QDate to, const QTimeZone& zone);
    /// A readable, translated name for a movement type ("topUp" → "Add funds"); unknown types as sent.
    static QString typeText(const QString& wireType);
    /// "Credit", "Debit" or "Unknown", translated.
    static QString directionText(api::MovementDirection direction);
    /// "2026-03-01T08:05:09-06:00": ISO-8601 with the offset written out (never "Z").
    static QString isoWithOffset(const QDateTime& moment);
    /// `moment` in `zone` for people: the locale's short date (four-digit year), the time with seconds and the zone's
    /// abbreviation ("10 Mar 2026 19:00:00 UTC-06").
    static QString localText(const QDateTime& moment, const QTimeZone& zone);
    /// `moment` in UTC: "2026-03-11 01:00:00 UTC".
    static QString utcText(const QDateTime& moment);

Q_SIGNALS:
    /// totalDebits() or totalCredits() may have changed (rows added or cleared).
    void totalsChanged();

private:
    /// data() before a tooltip is escaped (Format::plainToolTip).
    QVariant cellData(const QModelIndex& index, int role) const;
    int loadedRowCount() const override { return int(m_rows.size()); }
    api::CallHandle sendPageRequest(int page) override;
    void clearRows() override;
    void rowsCleared() override;
    bool canLoad() const override;
    QString fallbackErrorText() const override;
    bool inPeriod(const api::Movement& movement) const;
    QString formatMoney(const api::Money& amount, const QString& currency) const;

    api::CmsClient* m_client;
    qint64 m_cardholderId = 0;
    qint64 m_cardId = 0;
    QDate m_from;
    QDate m_to;
    QTimeZone m_zone;
    api::MovementQuery m_query;
    MoneyFormatter m_formatMoney;
    QList<api::Movement> m_rows;
    api::Money m_totalDebits;
    api::Money m_totalCredits;
    bool m_hadTotals = false; ///< set by clearRows() for rowsCleared()
};

} // namespace migo::models
