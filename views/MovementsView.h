#pragma once

#include "CmsClient.h"
#include "PeriodPicker.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QFileDialog;
class QLabel;
class QPushButton;
class QTableView;

namespace migo::models {
class MovementListModel;
}

namespace migo::views {

class LoadStatePanel;
class MovementDetailPanel;

/// One card's movements (issue 6; seed 002 "Movements / transaction history per card"): a period picker, the
/// server-paged and server-sorted list (models::MovementListModel), debit and credit totals of the loaded rows, CSV
/// export, and the selected movement's detail in a side panel (GET .../movements/{transferId}).
///
/// Dates show in the workstation's time zone with the zone named; the UTC instant is in each date's tooltip. More
/// rows load as the list is scrolled to its end, or all at once with "Load all". Ctrl+C in the list or the panel
/// copies the selected movement as "Label: value" lines for a ticket. Nothing blocks: the file dialog opens with
/// open(), and every request is cancelled when the card changes or the view is destroyed.
class MovementsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MovementsView)

public:
    using Preset = PeriodPicker::Preset;

    /// `client` must outlive the view.
    explicit MovementsView(api::CmsClient* client, QWidget* parent = nullptr);
    ~MovementsView() override;

    /// Lists `card`'s movements for this month (card.cardholderId must be set; else the view says why and sends
    /// nothing).
    void showCard(const api::Card& card);
    /// Forgets the card and every row (sign out).
    void clear();
    const api::Card& card() const { return m_card; }

    /// Selects a period preset and reloads (Custom keeps the dates shown).
    void setPreset(Preset preset);
    /// Switches to a custom period and reloads when from ≤ to.
    void setCustomPeriod(QDate from, QDate to);
    QDate from() const;
    QDate to() const;
    /// Fixes "today" for the presets (tests); an invalid date goes back to the clock.
    void setToday(QDate today);
    /// The zone dates are shown and periods counted in; default the system zone.
    void setTimeZone(const QTimeZone& zone);

    /// The list's model (for tests and for the lead's wiring).
    models::MovementListModel* model() const { return m_model; }

Q_SIGNALS:
    /// "Download report…" was pressed for the period shown (calendar days of the view's time zone).
    void reportRequested(const migo::api::Card& card, QDate from, QDate to);

private:
    void reloadForPeriod();
    void fitColumns();
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void onSortChosen(int index);
    void applySort(int column, Qt::SortOrder order);
    void onCurrentRowChanged();
    void onStateChanged();
    void updateTotals();
    void loadAll();
    void chooseExportFile();
    void exportTo(const QString& path);
    void copySelected();
    int selectedRow() const;

    api::CmsClient* m_client;
    models::MovementListModel* m_model;
    api::Card m_card;
    QLabel* m_title;
    PeriodPicker* m_period;
    QComboBox* m_sort;
    QPushButton* m_refresh;
    QPushButton* m_loadAll;
    QPushButton* m_export;
    QPushButton* m_report;
    QTableView* m_table;
    MovementDetailPanel* m_detail;
    QPushButton* m_copyButton;
    QLabel* m_totals;
    LoadStatePanel* m_status; ///< loading, the error with Retry, "no movements"
    QLabel* m_exportStatus;
    QAction* m_copy;
    QPointer<QFileDialog> m_fileDialog;
    int m_sortColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    bool m_loadingAll = false;
};

} // namespace migo::views
