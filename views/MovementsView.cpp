#include "MovementsView.h"

#include "AppClipboard.h"
#include "Format.h"
#include "ListTable.h"
#include "LoadStatePanel.h"
#include "MovementDetailPanel.h"
#include "MovementListModel.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <string_view>

namespace migo::views {

using models::MovementListModel;

namespace {

/// The sort choices offered to keyboard users; the column headers offer the same.
struct SortChoice {
    int column;
    Qt::SortOrder order;
};
constexpr SortChoice kSortChoices[] = {{MovementListModel::Date, Qt::DescendingOrder},
                                       {MovementListModel::Date, Qt::AscendingOrder},
                                       {MovementListModel::Debit, Qt::DescendingOrder},
                                       {MovementListModel::Debit, Qt::AscendingOrder}};

int sortChoiceIndex(int column, Qt::SortOrder order) {
    const bool byDate = column == MovementListModel::Date;
    return (byDate ? 0 : 2) + (order == Qt::AscendingOrder ? 1 : 0);
}

} // namespace

MovementsView::MovementsView(api::CmsClient* client, QWidget* parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new MovementListModel(client, this))
    , m_title(new QLabel(this))
    , m_period(new PeriodPicker(this))
    , m_sort(new QComboBox(this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
    , m_loadAll(new QPushButton(tr("Load &all"), this))
    , m_export(new QPushButton(tr("E&xport CSV…"), this))
    , m_report(new QPushButton(tr("&Download report…"), this))
    , m_table(new QTableView(this))
    , m_detail(new MovementDetailPanel(client, this))
    , m_copyButton(new QPushButton(tr("&Copy movement"), this))
    , m_totals(new QLabel(this))
    , m_status(new LoadStatePanel(LoadStatePanel::Shape::Row,
                                  {tr("Movements status"), tr("Loading movements"), tr("Retry")}, this))
    , m_exportStatus(new QLabel(this))
    , m_copy(new QAction(tr("Copy movement"), this))
    , m_sortColumn(MovementListModel::Date) {
    setAccessibleName(tr("Card movements"));
    m_model->setMoneyFormatter(
        [](const api::Money& amount, const QString& iso) { return core::Format::money(amount, iso); });

    m_title->setTextFormat(Qt::PlainText);
    m_title->setAccessibleName(tr("Card"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_sort->addItem(tr("Newest first"));
    m_sort->addItem(tr("Oldest first"));
    m_sort->addItem(tr("Largest amount first"));
    m_sort->addItem(tr("Smallest amount first"));
    m_sort->setAccessibleName(tr("Sort order"));
    auto* sortLabel = new QLabel(tr("&Sort:"), this);
    sortLabel->setBuddy(m_sort);
    connect(m_sort, &QComboBox::activated, this, &MovementsView::onSortChosen);

    m_refresh->setAccessibleName(tr("Refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Load the period again (%1)").arg(QKeySequence(QKeySequence::Refresh).toString()));
    m_loadAll->setAccessibleName(tr("Load all"));
    m_loadAll->setToolTip(tr("Load every movement of the period, for complete totals and export."));
    m_export->setAccessibleName(tr("Export CSV"));
    m_export->setToolTip(tr("Save the loaded movements as a CSV file."));
    m_report->setAccessibleName(tr("Download report"));
    m_report->setToolTip(tr("Download the PDF statement of this card for the period."));
    for (QPushButton* button : {m_refresh, m_loadAll, m_export, m_report, m_copyButton})
        button->setAutoDefault(false);
    connect(m_refresh, &QPushButton::clicked, this, &MovementsView::reloadForPeriod);
    connect(m_loadAll, &QPushButton::clicked, this, &MovementsView::loadAll);
    connect(m_export, &QPushButton::clicked, this, &MovementsView::chooseExportFile);
    connect(m_report, &QPushButton::clicked, this, [this] {
        if (m_card.cardholderId && m_period->isValid())
            Q_EMIT reportRequested(m_card, from(), to());
    });

    prepareListTable(m_table, m_model, tr("Movements"), QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(MovementListModel::Description, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &MovementsView::onSortIndicatorChanged);
    // A click makes the row current before it selects it, arrow keys do both at once: the detail follows whichever
    // comes last (showing the same movement again sends nothing).
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MovementsView::onCurrentRowChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MovementsView::onCurrentRowChanged);
    fitColumns();
    auto* tableLabel = new QLabel(tr("&Movements:"), this);
    tableLabel->setBuddy(m_table);

    // Ctrl+C copies the selected movement from the list or the detail panel (not from the period's date fields).
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copy->setEnabled(false);
    connect(m_copy, &QAction::triggered, this, &MovementsView::copySelected);
    m_table->addAction(m_copy);
    m_detail->addAction(m_copy);
    m_copyButton->setAccessibleName(tr("Copy movement"));
    m_copyButton->setToolTip(
        tr("Copy the selected movement as text (%1)").arg(m_copy->shortcut().toString(QKeySequence::NativeText)));
    m_copyButton->setEnabled(false);
    connect(m_copyButton, &QPushButton::clicked, m_copy, &QAction::trigger);
    m_copyButton->addAction(m_copy);

    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setAccessibleName(tr("Totals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    connect(m_status, &LoadStatePanel::actionTriggered, m_model, &MovementListModel::retry);
    m_exportStatus->setTextFormat(Qt::PlainText);
    m_exportStatus->setWordWrap(true);
    m_exportStatus->setAccessibleName(tr("Export status"));
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_exportStatus->hide();

    connect(m_period, &PeriodPicker::periodChanged, this, &MovementsView::reloadForPeriod);
    connect(m_model, &MovementListModel::stateChanged, this, &MovementsView::onStateChanged);
    connect(m_model, &MovementListModel::totalsChanged, this, &MovementsView::updateTotals);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_detail->clear();
        m_copy->setEnabled(false); // no row is selected any more
        m_copyButton->setEnabled(false);
        m_exportStatus->hide();
        updateTotals();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MovementsView::updateTotals);

    // The period on a row of its own, the sort and the actions below it: side by side they need more than a
    // 1280 px screen in Spanish (issue 14).
    auto* tools = new QHBoxLayout;
    tools->addWidget(sortLabel);
    tools->addWidget(m_sort);
    tools->addStretch(1);
    tools->addWidget(m_refresh);
    tools->addWidget(m_loadAll);
    tools->addWidget(m_export);
    tools->addWidget(m_report);

    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(tableLabel);
    listLayout->addWidget(m_table, 1);
    auto* detailSide = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detailSide);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    auto* copyRow = new QHBoxLayout;
    copyRow->addStretch();
    copyRow->addWidget(m_copyButton);
    detailLayout->addLayout(copyRow);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listSide);
    splitter->addWidget(detailSide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({780, 320});
    detailSide->setMinimumWidth(fontMetrics().averageCharWidth() * 30);

    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_totals, 1);
    statusRow->addWidget(m_status, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_period);
    layout->addLayout(tools);
    layout->addWidget(splitter, 1);
    layout->addLayout(statusRow);
    layout->addWidget(m_exportStatus);

    // Widgets are created in the order an agent works in (period, sort, actions, list, detail, recovery), which
    // is also their tab order.
    clear();
}

MovementsView::~MovementsView() {
    if (m_fileDialog)
        m_fileDialog->disconnect(this);
}

void MovementsView::showCard(const api::Card& card) {
    m_card = card;
    m_loadingAll = false;
    m_title->setText(tr("Movements of %1").arg(core::Format::cardTitle(card)));
    {
        // One load for the new card below, not one more for the preset's announcement.
        const QSignalBlocker block(m_period);
        m_period->setPreset(Preset::ThisMonth);
    }
    if (!card.cardholderId) {
        m_model->setCard(0, 0);
        m_status->showText(tr("This card has no cardholder yet, so it has no movements to list."));
        onStateChanged();
        return;
    }
    m_model->setCard(*card.cardholderId, card.id);
    m_model->setPeriod(from(), to());
}

void MovementsView::clear() {
    m_card = {};
    m_loadingAll = false;
    m_title->setText(tr("No card selected"));
    m_model->setCard(0, 0);
    m_status->showText(QString());
    onStateChanged();
}

void MovementsView::setPreset(Preset preset) {
    m_period->setPreset(preset); // announces a changed period, which reloads
}

void MovementsView::setCustomPeriod(QDate from, QDate to) {
    m_period->setCustomPeriod(from, to);
}

QDate MovementsView::from() const {
    return m_period->from();
}

QDate MovementsView::to() const {
    return m_period->to();
}

void MovementsView::setToday(QDate today) {
    m_period->setToday(today);
}

void MovementsView::setTimeZone(const QTimeZone& zone) {
    m_period->setTimeZone(zone);
    m_detail->setTimeZone(zone);
    m_model->setTimeZone(zone);
    fitColumns();
}

void MovementsView::fitColumns() {
    // Widths from sample texts instead of ResizeToContents, which would measure every row as pages arrive.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = metrics.averageCharWidth() * 3;
    const QTimeZone& zone = m_model->timeZone();
    const QString date = MovementListModel::localText(QDateTime(QDate(2026, 12, 28), QTime(23, 59, 59), zone), zone);
    const QString amount =
        core::Format::money(*api::Money::parse(std::string_view("999999.99")), QStringLiteral("GTQ"));
    QHeaderView* header = m_table->horizontalHeader();
    header->resizeSection(MovementListModel::Date, metrics.horizontalAdvance(date) + padding);
    header->resizeSection(MovementListModel::Type,
                          metrics.horizontalAdvance(MovementListModel::typeText(QStringLiteral("ecommercePurchase"))) +
                              padding);
    for (const int column : {MovementListModel::Debit, MovementListModel::Credit, MovementListModel::BalanceAfter})
        header->resizeSection(column, metrics.horizontalAdvance(amount) + padding);
}

void MovementsView::reloadForPeriod() {
    m_loadingAll = false;
    if (m_model->cardId() <= 0 || !m_period->isValid())
        return;
    m_model->setPeriod(from(), to());
}

void MovementsView::onSortIndicatorChanged(int column, Qt::SortOrder order) {
    if (!MovementListModel::isSortable(column)) {
        // The server sorts by date or amount only: put the indicator back where the list really is sorted.
        const QSignalBlocker block(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(m_sortColumn, m_sortOrder);
        return;
    }
    applySort(column, order);
}

void MovementsView::onSortChosen(int index) {
    if (index < 0 || index >= int(std::size(kSortChoices)))
        return;
    const SortChoice choice = kSortChoices[index];
    const QSignalBlocker block(m_table->horizontalHeader());
    m_table->horizontalHeader()->setSortIndicator(choice.column, choice.order);
    applySort(choice.column, choice.order);
}

void MovementsView::applySort(int column, Qt::SortOrder order) {
    m_sortColumn = column;
    m_sortOrder = order;
    m_sort->setCurrentIndex(sortChoiceIndex(column, order));
    m_loadingAll = false;
    m_model->sort(column, order);
}

int MovementsView::selectedRow() const {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() && m_table->selectionModel()->isRowSelected(current.row()) ? current.row() : -1;
}

void MovementsView::onCurrentRowChanged() {
    const int row = selectedRow();
    m_copy->setEnabled(row >= 0);
    m_copyButton->setEnabled(row >= 0);
    if (row < 0) {
        m_detail->clear();
        return;
    }
    m_detail->showMovement(m_card, m_model->movementAt(row).transferId);
}

void MovementsView::onStateChanged() {
    const MovementListModel::State state = m_model->state();
    const bool hasCard = m_model->cardId() > 0;
    switch (state) {
    case MovementListModel::State::Loading:
        m_status->showBusy(tr("Loading movements…"));
        break;
    case MovementListModel::State::Error:
        m_loadingAll = false;
        m_status->showAction(tr("The movements could not be loaded: %1").arg(m_model->errorText()), tr("Re&try"));
        break;
    case MovementListModel::State::Idle:
        if (m_loadingAll && m_model->canFetchMore()) {
            m_model->fetchMore();
            return;
        }
        m_loadingAll = false;
        if (hasCard)
            m_status->showText(m_model->isComplete() && m_model->rowCount() == 0 ? tr("No movements in this period.")
                                                                                 : QString());
        else
            m_status->showText(m_status->text()); // the reason showCard() gave stays; Retry goes
        break;
    }
    m_refresh->setEnabled(hasCard);
    m_loadAll->setEnabled(hasCard && state == MovementListModel::State::Idle && m_model->canFetchMore());
    m_report->setEnabled(hasCard);
    updateTotals();
}

void MovementsView::updateTotals() {
    const int rows = m_model->rowCount();
    m_export->setEnabled(rows > 0);
    if (m_model->cardId() <= 0) {
        m_totals->clear();
        return;
    }
    const QString currency = m_card.currency.isEmpty() ? m_model->currency() : m_card.currency;
    QString text = tr("Debits: %1 · Credits: %2 · %n movement(s) loaded", nullptr, rows)
                       .arg(core::Format::money(m_model->totalDebits(), currency),
                            core::Format::money(m_model->totalCredits(), currency));
    if (!m_model->isComplete() && rows > 0)
        text += u' ' + tr("(more in the period: scroll down or press Load all)");
    m_totals->setText(text);
}

void MovementsView::loadAll() {
    if (!m_model->canFetchMore())
        return;
    m_loadingAll = true;
    m_loadAll->setEnabled(false);
    m_model->fetchMore();
}

void MovementsView::chooseExportFile() {
    if (m_model->rowCount() == 0 || m_fileDialog)
        return;
    const QString suggested = QStringLiteral("movements_%1_%2_%3.csv")
                                  .arg(m_card.lastFour(), from().toString(Qt::ISODate), to().toString(Qt::ISODate));
    auto* dialog = new QFileDialog(this, tr("Export movements"), QDir::homePath(), tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(suggested);
    dialog->setAccessibleName(tr("Export movements"));
    connect(dialog, &QFileDialog::fileSelected, this, &MovementsView::exportTo);
    m_fileDialog = dialog;
    dialog->open();
}

void MovementsView::exportTo(const QString& path) {
    QString error;
    if (!m_model->exportCsv(path, &error)) {
        m_exportStatus->setText(tr("The movements were not exported. %1").arg(error));
    } else {
        QString text =
            tr("%n movement(s) exported to %1.", nullptr, m_model->rowCount()).arg(QDir::toNativeSeparators(path));
        if (!m_model->isComplete())
            text += u' ' + tr("Only the movements loaded so far were exported; press Load all first for the whole "
                              "period.");
        m_exportStatus->setText(text);
    }
    m_exportStatus->show();
}

void MovementsView::copySelected() {
    const int row = selectedRow();
    if (row < 0)
        return;
    // The fetched detail when it is the selected movement, else the list's copy of the same fields.
    const api::Movement& listed = m_model->movementAt(row);
    const std::optional<api::Movement>& fetched = m_detail->movement();
    const api::Movement& movement = fetched && fetched->transferId == listed.transferId ? *fetched : listed;
    appClipboard::copy(MovementDetailPanel::text(movement, m_card, m_model->timeZone()));
}

} // namespace migo::views
