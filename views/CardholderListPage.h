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

/// The cardholder list (issue 4): search-as-you-type, server-side paging and sorting, the empty, loading and error
/// states (with Retry), copy of a cell or rows (Ctrl+C) and export of the loaded rows to CSV.
///
/// Shows the model it is given; owns no network objects. Opening a row (Enter, double click) emits
/// openCardholderRequested().
class CardholderListPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardholderListPage)

public:
    explicit CardholderListPage(models::CardholderListModel* cardholders, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    /// Puts the cursor in the search field with its text selected (Ctrl+F).
    void focusSearch();
    /// Replaces the search text and searches at once (no debounce), e.g. to show a cardholder just created.
    void search(const QString& text);

    /// The selected rows (or the current cell) as tab-separated text, as Ctrl+C puts it on the clipboard.
    QString selectionAsText() const;
    /// Writes the loaded rows to `path` as CSV (see models::CsvWriter); `error` gets a sentence on failure.
    bool exportCsv(const QString& path, QString* error) const;

    QAction* copyAction() const { return m_copy; }
    QAction* exportAction() const { return m_export; }
    QAction* newCardholderAction() const { return m_newCardholder; }
    QAction* refreshAction() const { return m_refresh; }

Q_SIGNALS:
    void openCardholderRequested(qint64 cardholderId);
    void createCardholderRequested();

private:
    void updateState();
    void openCurrent();
    void chooseExportFile();

    models::CardholderListModel* m_cardholders;
    QLineEdit* m_search;
    QTableView* m_table;
    QStackedWidget* m_body;
    LoadStatePanel* m_state;      ///< instead of the table while no row is shown
    LoadStatePanel* m_listStatus; ///< under the table: the count, loading more, Retry of a failed page
    QTimer* m_searchDebounce;
    QAction* m_copy;
    QAction* m_export;
    QAction* m_newCardholder;
    QAction* m_refresh;
};

} // namespace migo::views
