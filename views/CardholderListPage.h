#pragma once

#include <QWidget>

class QAction;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace migo::models {
class CardholderListModel;
}

namespace migo::views {

class LoadStatePanel;
class SearchHighlightDelegate;

/// The cardholder list (issue 4): search-as-you-type, server-side paging and sorting, the empty, loading and error
/// states (with Retry), copy of a cell or rows (Ctrl+C) and export of the loaded rows to CSV.
///
/// Shows the model it is given; owns no network objects. Opening a row (Enter, double click) emits
/// openCardholderRequested() at once. Selection and detail never disagree: once the selection settles (200 ms after
/// the last change, so arrow keys through the list do not cost a request per row) selectedCardholderChanged() names
/// the one selected cardholder, or none. After a search or a reload the open cardholder's row is selected again
/// when it is listed; when the first page arrives without it, selectedCardholderChanged(0, 0) says so.
class CardholderListPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardholderListPage)

public:
    explicit CardholderListPage(models::CardholderListModel* cardholders, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    /// Marks where each row matched the search (issue 14).
    SearchHighlightDelegate* searchHighlight() const { return m_highlight; }
    QLineEdit* searchField() const { return m_search; }
    /// Puts the cursor in the search field with its text selected (Ctrl+F).
    void focusSearch();
    /// Replaces the search text and searches at once (no debounce), e.g. to show a cardholder just created.
    void search(const QString& text);

    /// The selected rows (or the current cell) as tab-separated text, as Ctrl+C puts it on the clipboard.
    QString selectionAsText() const;
    /// Writes the loaded rows to `path` as CSV (see models::CsvWriter); `error` gets a sentence on failure.
    bool exportCsv(const QString& path, QString* error) const;
    /// Selects `cardholderId`'s row now if it is listed, else when a first page lists it (e.g. a cardholder just
    /// created and searched for); 0 forgets the cardholder to select.
    void selectCardholder(qint64 cardholderId);
    /// Sizes the columns to their contents once the first rows arrive (a fresh profile: no widths of the agent's
    /// own), each at most kMaxAutoColumnWidth; long values are elided in the middle (issue 14).
    void setAutoSizeColumns(bool enabled);
    static constexpr int kMaxAutoColumnWidth = 320;
    /// How long the selection must stay put before selectedCardholderChanged() (ms).
    static constexpr int kSelectionSettleMs = 200;

    QAction* copyAction() const { return m_copy; }
    QAction* exportAction() const { return m_export; }
    QAction* newCardholderAction() const { return m_newCardholder; }
    QAction* refreshAction() const { return m_refresh; }

Q_SIGNALS:
    void openCardholderRequested(qint64 cardholderId);
    /// The selection settled on one cardholder (`cardholderId` > 0, `selectedRows` 1), or on none: `cardholderId`
    /// 0 with `selectedRows` 0 (nothing selected, or the open cardholder is no longer listed) or 2 and more.
    void selectedCardholderChanged(qint64 cardholderId, int selectedRows);
    void createCardholderRequested();

private:
    void updateState();
    void openCurrent();
    /// Emits selectedCardholderChanged() for the selection as it is now.
    void settleSelection();
    /// The first page after a search or reload is in: selects the open cardholder's row again, or says it is gone.
    void reselectAfterReload();
    int rowOf(qint64 cardholderId) const;
    void chooseExportFile();
    /// Sizes the columns to the loaded rows once (setAutoSizeColumns()).
    void autoSizeColumns();

    models::CardholderListModel* m_cardholders;
    QLineEdit* m_search;
    QTableView* m_table;
    QStackedWidget* m_body;
    LoadStatePanel* m_state;      ///< instead of the table while no row is shown
    LoadStatePanel* m_listStatus; ///< under the table: the count, loading more, Retry of a failed page
    SearchHighlightDelegate* m_highlight;
    QTimer* m_searchDebounce;
    QTimer* m_selectionSettle;
    qint64 m_selected = 0;          ///< the cardholder the selection settled on (or was asked for), 0 for none
    bool m_reselectPending = false; ///< the rows were replaced: reselect m_selected once the first page is in
    bool m_pageAwaited = false;     ///< the first page of the new rows was asked for
    bool m_autoSizeColumns = false; ///< size the columns to the first rows that arrive
    QAction* m_copy;
    QAction* m_export;
    QAction* m_newCardholder;
    QAction* m_refresh;
};

} // namespace migo::views
