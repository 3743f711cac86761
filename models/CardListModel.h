#pragma once

#include "CmsClient.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>
#include <vector>

template <typename T>
class QFutureWatcher;

namespace migo::core {
class CardStore;
}

namespace migo::models {

/// A list of cards: the partner's whole card list ("List partner cards", seed 002: unpaged, 100,000+ rows) or one
/// cardholder's owned and linked cards.
///
/// Big lists never stall the GUI thread: the client parses the body on a worker; this model then masks, indexes
/// (id→row) and sorts the rows on a worker too, swaps them in with one model reset (a sort: one layout change), and
/// frees replaced rows on a worker. The first load of the partner's cards is *streamed* (issue 19): rows are
/// appended (rowsInserted) in server order while the answer still arrives, a few thousand per event-loop turn so that
/// each turn stays well inside a frame; isStreaming() meanwhile, when sorting waits (a sort() asked for is applied
/// once the list is complete) and a filter should not be offered. A load that fails after rows were shown drops them. A
/// load replaces any load still on its way (a late answer to an older load or to a cleared model is dropped). The
/// masked PAN is the only card number ever held: a PAN that arrives unmasked is masked here. Filter it through
/// CardFilterProxyModel.
class CardListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardListModel)

public:
    enum Column { Id, MaskedPan, Alias, Type, Status, Balance, Cardholder, ColumnCount };
    enum Role {
        CardIdRole = Qt::UserRole + 1, ///< qint64
        CardholderIdRole,              ///< qint64, or an invalid QVariant for a card not assigned to anyone
        StatusRole,                    ///< int(api::CardStatus)
        TypeRole,                      ///< int(api::CardType)
        SortRole,                      ///< qint64 for Id and Balance (ten-thousandths), display text otherwise
        FilterKeyRole,                 ///< the folded text CardFilterProxyModel searches (see filterKey())
    };
    enum class State { Idle, Loading, Error };
    Q_ENUM(State)

    /// `client` must outlive the model. The model follows `cardStore` (see setCardStore()).
    explicit CardListModel(api::CmsClient* client, core::CardStore* cardStore = nullptr, QObject* parent = nullptr);
    ~CardListModel() override;

    /// Follows the store's cardChanged (updateCard) and cardStatusesChanged (updateStatus), so every list shows the
    /// card as the last operation left it; null follows nothing. `cardStore` must outlive the model or be replaced.
    void setCardStore(core::CardStore* cardStore);
    core::CardStore* cardStore() const { return m_cardStore; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Sorts on a worker and rearranges the rows (layoutChanged) when done; isSorting() meanwhile. Id and Balance
    /// sort as numbers, text columns in the locale's collation (case-insensitive, "2" before "10"); equal rows keep
    /// the server's order. Column -1 restores the server's order. Later loads keep the order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// GET .../cards: every card of the partner. The rows of another source are dropped at once.
    void loadPartnerCards();
    /// GET .../cardholders/{id}/cards: the cardholder's owned (Issued) and linked cards.
    void loadCardholderCards(qint64 cardholderId);
    /// Loads the same source again (also the Retry after an error); the rows stay until the answer replaces them.
    /// Does nothing when no source was loaded.
    void reload();
    /// No rows, no source; cancels the pending call (sign out, cardholder closed).
    void clear();

    State state() const { return m_state; }
    /// The last error's translated sentence; empty unless state() is Error.
    const QString& errorText() const { return m_errorText; }
    /// The cardholder whose cards are shown, when loadCardholderCards() was the last load.
    std::optional<qint64> cardholderId() const { return m_cardholderId; }
    /// The column asked for by sort() (-1: the server's order) and its order.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    /// True while a sort runs on a worker.
    bool isSorting() const { return m_sorting != nullptr; }
    /// True while the rows of a streamed load are still arriving (stateChanged() tells when it flips).
    bool isStreaming() const { return m_streaming != nullptr; }

    /// The card of `row`, or nothing when `row` is out of range.
    std::optional<api::Card> card(int row) const;
    /// The card of `row`; `row` must be in range. No copy (for proxies and delegates).
    const api::Card& cardAt(int row) const { return m_rows.cards.at(row); }
    /// O(1): the card with this id, or nothing.
    std::optional<api::Card> cardById(qint64 cardId) const;
    /// The row of the card with this id, or -1. O(1), except while a streamed load is still arriving (a scan).
    int rowOfCard(qint64 cardId) const;
    /// Replaces the row of `card` after an action answered it (emits dataChanged); unknown ids are ignored. A row
    /// shown as Linked keeps its type and the association's alias.
    void updateCard(const api::Card& card);
    /// Sets the status of a card after block/unblock/activate succeeded; unknown ids are ignored.
    void updateStatus(qint64 cardId, api::CardStatus status);

    /// The folded (lower case, no accents) search text of `row`: id, masked PAN, alias, cardholder name and, for a
    /// status this client does not know, the status wire value. `row` must be in range.
    const QString& filterKey(int row) const { return m_rows.filterKeys.at(row); }
    /// Every row's card and search key, for a filter pass over 200,000 rows without a call per row.
    const QList<api::Card>& cards() const { return m_rows.cards; }
    const QList<QString>& filterKeys() const { return m_rows.filterKeys; }

    /// Translated "Issued" / "Linked", or `wire` itself for an unknown type.
    static QString typeText(api::CardType type, const QString& wire);
    /// Lower case without diacritics ("Hernández" → "hernandez"), for accent-insensitive search.
    static QString foldForSearch(const QString& text);
    /// `pan` itself when it holds at most 10 digits (masked), else every digit but the first 6 and last 4 as '*'.
    static QString maskedPan(const QString& pan);

Q_SIGNALS:
    void stateChanged();
    /// A load finished and its rows are shown.
    void loaded(int rowCount);

private:
    enum class Source { None, Partner, Cardholder };
    /// The rows and what is derived from them, built on a worker thread.
    struct Rows {
        QList<api::Card> cards;
        QList<QString> filterKeys;  ///< parallel to cards
        QList<int> loadOrder;       ///< parallel to cards: the row's position in the server's answer
        QHash<qint64, int> rowById; ///< first row of each card id
    };
    static Rows prepare(QList<api::Card> cards, int sortColumn, Qt::SortOrder order);
    /// Masked PANs, search keys and load positions (from `firstLoadIndex`) of `cards`; no id index, no sort.
    static Rows prepareRows(QList<api::Card> cards, int firstLoadIndex);
    struct Streaming; // CardListStreaming.cpp
    static Rows sorted(Rows rows, int column, Qt::SortOrder order);
    static QString filterKeyOf(const api::Card& card);
    /// The text a text column shows and sorts by (Cardholder: the name, empty when not assigned).
    static QString columnText(const api::Card& card, Column column);
    /// Each row's rank among the distinct texts `textOf` gives, in the locale's case-insensitive collation.
    template <typename TextOf>
    static void textRanks(const QList<api::Card>& cards, TextOf textOf, std::vector<qint64>& ranks);
    static void indexById(const QList<api::Card>& cards, QHash<qint64, int>& rowById);
    static void disposeOnWorker(Rows rows);

    void start();
    // The streamed first load (CardListStreaming.cpp).
    void startStreaming(quint64 generation);
    void receiveBatch(quint64 generation, QList<api::Card> batch);
    void prepareNextBatch();
    void insertPreparedRows();
    void receiveStreamEnd(quint64 generation, const api::Result<qsizetype>& end);
    void finishStreamWhenInserted();
    void stopStreaming();
    void receive(quint64 generation, const api::Result<QList<api::Card>>& result);
    void replaceRows(Rows rows);
    void startSort();
    void applySorted(Rows rows);
    void setRow(int row, const api::Card& card);
    void cancelPending();
    void cancelSort();
    void setState(State state);

    api::CmsClient* m_client;
    core::CardStore* m_cardStore = nullptr;
    Source m_source = Source::None;
    std::optional<qint64> m_cardholderId;
    Rows m_rows;
    State m_state = State::Idle;
    QString m_errorText;
    api::CallHandle m_pending;
    std::unique_ptr<Streaming> m_streaming; ///< set while a streamed load's rows are still arriving
    QFutureWatcher<Rows>* m_preparing = nullptr;
    QFutureWatcher<Rows>* m_sorting = nullptr;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    quint64 m_generation = 0; ///< bumped by every load and clear; answers of an older generation are dropped
    quint64 m_revision = 0;   ///< bumped by every change of m_rows; a sort of an older revision is redone
};

} // namespace migo::models
