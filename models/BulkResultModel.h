#pragma once

#include "BulkCardChange.h"
#include "CmsClient.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <array>
#include <optional>

namespace migo::models {

class CardListModel;

/// The cards of one bulk block/unblock (issue 5, contract §8): what was known about each before the operation and
/// its outcome per card once the batches were answered.
///
/// Rows keep the order the ids were given in. Before sending, every row is Pending and rows may be removed
/// (review step). Outcomes come from the server's per-card answer (Done, AlreadyInState, Refused with code and
/// message) or from the batch's fate (NotSent with the reason, OutcomeUnknown when the batch's reply was lost).
class BulkResultModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkResultModel)

public:
    enum class Outcome { Pending, Done, AlreadyInState, Refused, NotSent, OutcomeUnknown };
    Q_ENUM(Outcome)
    static constexpr std::size_t outcomeCount = 6;
    enum Column {
        IdColumn,
        MaskedPanColumn,
        CardholderColumn,
        StatusColumn, ///< "Status before": the status known before the operation, or "state not known"
        OutcomeColumn,
        StatusNowColumn, ///< "Status now": what the outcome proves the status is (issue 14)
        MessageColumn,   ///< "Reason": the catalogue's sentence for the code, else the server's words
        ColumnCount
    };
    enum Role {
        CardIdRole = Qt::UserRole + 1, ///< qint64
        OutcomeRole,                   ///< int(Outcome)
        KnownRole,                     ///< bool: the card was in the known card list
        StatusRole,                    ///< int(api::CardStatus), invalid QVariant when unknown
        SortRole,                      ///< qint64 for the id, int for the outcome, display text otherwise
    };

    /// One card of the operation.
    struct Entry {
        qint64 cardId = 0;
        QString maskedPan;                     ///< empty when unknown; never a full PAN
        QString cardholder;                    ///< empty when unknown or not assigned
        std::optional<api::CardStatus> status; ///< before the operation; nothing when the card is unknown
        QString statusWire;
        Outcome outcome = Outcome::Pending;
        QString code;    ///< the server's business code (Refused) or the batch error's first code
        QString message; ///< the server's words (Refused) or the reason (NotSent, OutcomeUnknown)
    };

    explicit BulkResultModel(QObject* parent = nullptr);
    ~BulkResultModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Removes cards (the review step); any outcome is kept for the rows that stay.
    bool removeRows(int row, int count, const QModelIndex& parent = {}) override;

    /// The action whose words the outcome texts use ("Already blocked" / "Already active").
    void setAction(api::BulkCardAction action);
    api::BulkCardAction action() const { return m_action; }

    /// Replaces the rows with `cardIds` (distinct), Pending, described from `knownCards` (may be null: all unknown).
    void setCards(const QList<qint64>& cardIds, const CardListModel* knownCards);
    /// The card ids in row order.
    QList<qint64> cardIds() const;
    const Entry& entryAt(int row) const { return m_entries.at(row); }
    /// The row of `cardId`, or -1.
    int rowOfCard(qint64 cardId) const { return m_rowById.value(cardId, -1); }

    /// Every row back to Pending (a new attempt after a step-up was cancelled).
    void resetOutcomes();
    /// Applies one batch's answer (core::BulkCardChange::resultsOf: ids of `batch` the answer does not mention become
    /// OutcomeUnknown).
    void applyResult(const QList<qint64>& batch, const api::BulkResult& result);
    /// Shows the operation's per-card results (core::BulkCardChange's signals); cards that are not rows are ignored.
    void applyCards(const QList<core::BulkCardResult>& cards);

    /// How many rows have `outcome`.
    int count(Outcome outcome) const { return m_counts.at(std::size_t(outcome)); }
    /// How many rows were not in the known card list.
    int unknownCount() const;
    /// How many known rows have `status` (before the operation).
    int countWithStatus(api::CardStatus status) const;

    /// Writes id, masked PAN, cardholder, outcome, code and message of every row through CsvWriter. On failure
    /// returns false with a translated sentence in `error`.
    bool exportCsv(const QString& path, QString* error) const;

    /// Translated outcome text for `action` ("Blocked", "Already blocked", "Refused"…).
    static QString outcomeText(Outcome outcome, api::BulkCardAction action);
    /// "Status now" of `entry`: the target status when done or already so, the status before when refused or not
    /// sent, "not known" when the outcome is unknown, empty while pending.
    QString statusNowText(const Entry& entry) const;
    /// "Reason" of `entry`: the catalogue's translated sentence for its code (api::errors::sentenceForCode), else
    /// the server's words.
    static QString reasonText(const Entry& entry);

Q_SIGNALS:
    /// The number of rows of some outcome changed.
    void countsChanged();

private:
    QString displayText(const Entry& entry, int column) const;
    void setOutcome(int row, Outcome outcome, const QString& code, const QString& message);
    void rebuildIndex();
    void recount();
    void emitRowsChanged(int first, int last);

    QList<Entry> m_entries;
    QHash<qint64, int> m_rowById;
    std::array<int, outcomeCount> m_counts{};
    api::BulkCardAction m_action = api::BulkCardAction::Block;
};

} // namespace migo::models
