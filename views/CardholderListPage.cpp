#include "CardholderListPage.h"

#include "AppClipboard.h"
#include "CardholderListModel.h"
#include "CsvWriter.h"
#include "ListTable.h"
#include "LoadStatePanel.h"
#include "SaveFolder.h"
#include "SearchHighlightDelegate.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace migo::views {

using models::CardholderListModel;

namespace {

enum BodyPage { TablePage, StatePage };

QToolButton* toolButtonFor(QAction* action, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAccessibleName(action->text().remove(u'&'));
    return button;
}

} // namespace

CardholderListPage::CardholderListPage(CardholderListModel* cardholders, QWidget* parent)
    : QWidget(parent)
    , m_cardholders(cardholders)
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_body(new QStackedWidget(this))
    , m_state(new LoadStatePanel(
          LoadStatePanel::Shape::Page,
          {tr("Cardholder list state"), tr("Loading cardholders"), tr("Cardholder list state action")}, this))
    , m_listStatus(new LoadStatePanel(
          LoadStatePanel::Shape::Row,
          {tr("List status"), tr("Loading more cardholders"), tr("Retry loading cardholders")}, this))
    , m_highlight(new SearchHighlightDelegate(this))
    , m_searchDebounce(new QTimer(this))
    , m_selectionSettle(new QTimer(this))
    , m_copy(new QAction(tr("&Copy"), this))
    , m_export(new QAction(tr("&Export to CSV…"), this))
    , m_newCardholder(new QAction(tr("&New cardholder…"), this))
    , m_refresh(new QAction(tr("Re&fresh"), this)) {
    m_search->setPlaceholderText(tr("Search cardholders by e-mail, phone, document or name (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search cardholders"));
    m_search->setClearButtonEnabled(true);

    prepareListTable(m_table, cardholders, tr("Cardholders"), QAbstractItemView::ExtendedSelection);
    m_table->setItemDelegate(m_highlight);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(CardholderListModel::Created, Qt::DescendingOrder);
    // Extra width stays empty instead of widening Created; a long e-mail keeps its start and its domain.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8); // dense: more rows in view

    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_newCardholder->setShortcut(QKeySequence::New);
    m_newCardholder->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_copy, m_export, m_newCardholder, m_refresh});

    m_body->addWidget(m_table);
    m_body->addWidget(m_state);

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(toolButtonFor(m_newCardholder, this));
    top->addWidget(toolButtonFor(m_export, this));
    top->addWidget(toolButtonFor(m_refresh, this));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_listStatus);
    setTabOrder(m_search, m_table);

    // Search as you type, once the agent pauses (~250 ms), so each keystroke does not cost a request.
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, [this] { m_cardholders->setSearchText(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDebounce->stop();
        m_cardholders->setSearchText(m_search->text());
        m_table->setFocus(Qt::OtherFocusReason);
        if (!m_table->currentIndex().isValid() && m_cardholders->rowCount() > 0)
            m_table->setCurrentIndex(m_cardholders->index(0, 0));
    });

    connect(m_table, &QTableView::activated, this, [this] { openCurrent(); }); // Enter or double click
    // A click, arrow keys, Ctrl+click or Ctrl+A: the detail follows once the selection stays put.
    m_selectionSettle->setSingleShot(true);
    m_selectionSettle->setInterval(kSelectionSettleMs);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, m_selectionSettle,
            qOverload<>(&QTimer::start));
    connect(m_selectionSettle, &QTimer::timeout, this, &CardholderListPage::settleSelection);
    connect(cardholders, &CardholderListModel::modelReset, this, [this] {
        m_selectionSettle->stop(); // the rows it was about are gone
        m_reselectPending = true;
        m_pageAwaited = false;
    });
    connect(cardholders, &CardholderListModel::stateChanged, this, [this](CardholderListModel::State state) {
        if (state == CardholderListModel::State::Loading)
            m_pageAwaited = m_reselectPending;
        else if (state == CardholderListModel::State::Idle && m_reselectPending && m_pageAwaited)
            reselectAfterReload();
    });
    connect(m_copy, &QAction::triggered, this, [this] {
        const QString text = selectionAsText();
        if (!text.isEmpty())
            appClipboard::copy(text);
    });
    connect(m_export, &QAction::triggered, this, &CardholderListPage::chooseExportFile);
    connect(m_newCardholder, &QAction::triggered, this, &CardholderListPage::createCardholderRequested);
    connect(m_refresh, &QAction::triggered, m_cardholders, &CardholderListModel::reload);
    connect(m_listStatus, &LoadStatePanel::actionTriggered, m_cardholders, &CardholderListModel::retry);
    connect(m_state, &LoadStatePanel::actionTriggered, this, [this] {
        if (m_cardholders->state() == CardholderListModel::State::Error)
            m_cardholders->retry();
        else if (!m_cardholders->searchText().isEmpty())
            search(QString()); // "Clear the search"
    });

    connect(cardholders, &CardholderListModel::stateChanged, this, &CardholderListPage::updateState);
    connect(cardholders, &CardholderListModel::totalCountChanged, this, &CardholderListPage::updateState);
    connect(cardholders, &CardholderListModel::rowsInserted, this, &CardholderListPage::updateState);
    connect(cardholders, &CardholderListModel::rowsInserted, this, &CardholderListPage::autoSizeColumns);
    connect(cardholders, &CardholderListModel::modelReset, this, &CardholderListPage::autoSizeColumns);
    // The rows of a search show where they matched (issue 14): the words of the search that produced them.
    connect(cardholders, &CardholderListModel::modelReset, this, [this] {
        m_highlight->setSearchText(m_cardholders->searchText());
        m_table->viewport()->update();
    });
    connect(cardholders, &CardholderListModel::modelReset, this, &CardholderListPage::updateState);
    updateState();
}

void CardholderListPage::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CardholderListPage::search(const QString& text) {
    m_searchDebounce->stop();
    const QSignalBlocker blocker(m_search);
    m_search->setText(text);
    m_cardholders->setSearchText(text);
}

QString CardholderListPage::selectionAsText() const {
    const QItemSelectionModel* selection = m_table->selectionModel();
    const QModelIndexList rows = selection->selectedRows();
    const QHeaderView* header = m_table->horizontalHeader();
    auto cell = [this](int row, int column) {
        return m_cardholders->index(row, column).data().toString().replace(u'\t', u' ').replace(u'\n', u' ');
    };
    if (rows.size() > 1 || (rows.size() == 1 && m_table->currentIndex().row() != rows.constFirst().row())) {
        std::map<int, int> ordered; // rows in screen order, columns in the order the agent arranged them
        for (const QModelIndex& index : rows)
            ordered.emplace(index.row(), 0);
        QStringList lines;
        for (const auto& entry : ordered) {
            QStringList cells;
            for (int visual = 0; visual < header->count(); ++visual) {
                const int column = header->logicalIndex(visual);
                if (!header->isSectionHidden(column))
                    cells << cell(entry.first, column);
            }
            lines << cells.join(u'\t');
        }
        return lines.join(u'\n');
    }
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? cell(current.row(), current.column()) : QString();
}

bool CardholderListPage::exportCsv(const QString& path, QString* error) const {
    const QStringList headers{tr("Name"),   tr("Last name"), tr("Document type"), tr("Document number"),
                              tr("E-mail"), tr("Phone"),     tr("Created"),       tr("Cardholder id")};
    return models::CsvWriter::write(
        path, headers, m_cardholders->rowCount(),
        [this](int row) {
            const api::Cardholder& c = m_cardholders->cardholderAt(row);
            return QStringList{c.name,
                               c.lastName,
                               c.documentType,
                               c.documentNumber,
                               c.email,
                               c.phoneNumber,
                               c.createdAt.isValid()
                                   ? c.createdAt.toOffsetFromUtc(c.createdAt.offsetFromUtc()).toString(Qt::ISODate)
                                   : QString(),
                               QString::number(c.id)};
        },
        error);
}

void CardholderListPage::chooseExportFile() {
    static QString lastFolder;
    if (lastFolder.isEmpty() || !QFileInfo(lastFolder).isDir())
        lastFolder = SaveFolder::defaultFolder(); // the documents folder, created on a fresh profile
    auto* dialog = new QFileDialog(this, tr("Export cardholders"), lastFolder, tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("cardholders_%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        lastFolder = QFileInfo(path).absolutePath();
        QString error;
        if (!exportCsv(path, &error))
            QMessageBox::warning(this, tr("Export cardholders"), error);
        else
            m_listStatus->showText(tr("%n cardholder(s) exported to %1", nullptr, m_cardholders->rowCount())
                                       .arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

void CardholderListPage::openCurrent() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.siblingAtColumn(0).data(CardholderListModel::CardholderIdRole).toLongLong();
    if (id <= 0)
        return;
    m_selectionSettle->stop(); // opened now: the settled selection would only ask for the same cardholder
    m_selected = id;
    Q_EMIT openCardholderRequested(id);
}

void CardholderListPage::settleSelection() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const qint64 id =
        rows.size() == 1 ? rows.constFirst().data(CardholderListModel::CardholderIdRole).toLongLong() : qint64(0);
    m_selected = id;
    Q_EMIT selectedCardholderChanged(id, int(rows.size()));
}

void CardholderListPage::selectCardholder(qint64 cardholderId) {
    m_selected = cardholderId > 0 ? cardholderId : 0;
    const int row = rowOf(m_selected);
    if (row >= 0)
        m_table->setCurrentIndex(m_cardholders->index(row, 0)); // selects it; its settling asks for the same one
}

int CardholderListPage::rowOf(qint64 cardholderId) const {
    if (cardholderId <= 0)
        return -1;
    for (int row = 0; row < m_cardholders->rowCount(); ++row)
        if (m_cardholders->cardholderAt(row).id == cardholderId)
            return row;
    return -1;
}

void CardholderListPage::reselectAfterReload() {
    m_reselectPending = false;
    m_pageAwaited = false;
    if (m_selected <= 0 || m_table->selectionModel()->hasSelection())
        return;
    if (const int row = rowOf(m_selected); row >= 0) {
        m_table->setCurrentIndex(m_cardholders->index(row, 0));
        return;
    }
    m_selected = 0; // the open cardholder is not in the new rows: the detail must not stay without its row
    Q_EMIT selectedCardholderChanged(0, 0);
}

void CardholderListPage::updateState() {
    const CardholderListModel::State state = m_cardholders->state();
    const int shown = m_cardholders->rowCount();
    const qint64 total = m_cardholders->totalCount();
    m_export->setEnabled(shown > 0);
    m_copy->setEnabled(shown > 0);

    if (shown == 0) {
        m_body->setCurrentIndex(StatePage);
        switch (state) {
        case CardholderListModel::State::Loading:
            m_state->showBusy(tr("Loading cardholders…"));
            break;
        case CardholderListModel::State::Error:
            m_state->showAction(tr("The cardholders could not be loaded.\n%1").arg(m_cardholders->errorText()),
                                tr("&Retry"));
            break;
        case CardholderListModel::State::Idle:
            if (!m_cardholders->searchText().isEmpty())
                m_state->showAction(tr("No cardholder matches “%1”.").arg(m_cardholders->searchText()),
                                    tr("&Clear the search"));
            else
                m_state->showText(tr("No cardholders yet. Create one with New cardholder (Ctrl+N)."));
            break;
        }
        m_listStatus->showText(QString());
        return;
    }

    m_body->setCurrentIndex(TablePage);
    const QString status = total >= 0 ? tr("%1 of %2 cardholders shown").arg(shown).arg(total)
                                      : tr("%n cardholder(s) shown", nullptr, shown);
    switch (state) {
    case CardholderListModel::State::Loading:
        m_listStatus->showBusy(status + u' ' + tr("(loading more…)"));
        break;
    case CardholderListModel::State::Error:
        m_listStatus->showAction(tr("%1. More could not be loaded: %2").arg(status, m_cardholders->errorText()),
                                 tr("&Retry"));
        break;
    case CardholderListModel::State::Idle:
        m_listStatus->showText(status);
        break;
    }
}

void CardholderListPage::setAutoSizeColumns(bool enabled) {
    m_autoSizeColumns = enabled;
    autoSizeColumns();
}

void CardholderListPage::autoSizeColumns() {
    if (!m_autoSizeColumns || m_cardholders->rowCount() == 0)
        return;
    m_autoSizeColumns = false; // once: afterwards the widths are the agent's
    QHeaderView* header = m_table->horizontalHeader();
    for (int column = 0; column < m_cardholders->columnCount(); ++column) {
        m_table->resizeColumnToContents(column);
        header->resizeSection(column, std::min(header->sectionSize(column), kMaxAutoColumnWidth));
    }
}

} // namespace migo::views
