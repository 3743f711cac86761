#include "MainWindow.h"

#include "CardholderListModel.h"

#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace migo::views {

using models::CardholderListModel;

MainWindow::MainWindow(CardholderListModel* cardholders, QWidget* parent)
    : QMainWindow(parent)
    , m_cardholders(cardholders)
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_searchDebounce(new QTimer(this))
    , m_listStatus(new QLabel(this))
    , m_environment(new QLabel(this))
    , m_operator(new QLabel(this)) {
    setWindowTitle(tr("Migo Backoffice"));
    m_search->setPlaceholderText(tr("Search cardholders by e-mail, phone, document or name"));
    m_search->setAccessibleName(tr("Search cardholders"));
    m_search->setClearButtonEnabled(true);
    m_table->setModel(cardholders);
    m_table->setAccessibleName(tr("Cardholders"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(CardholderListModel::Created, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_listStatus->setAccessibleName(tr("List status"));
    m_environment->setAccessibleName(tr("Environment"));
    m_operator->setAccessibleName(tr("Operator and partner"));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_search);
    layout->addWidget(m_table);
    layout->addWidget(m_listStatus);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_environment);
    statusBar()->addPermanentWidget(m_operator);

    // Search as you type, once the agent pauses (~250 ms), so each keystroke does not cost a request.
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, [this] { m_cardholders->setSearchText(m_search->text()); });
    for (const QKeySequence& key : {QKeySequence(QKeySequence::Find), QKeySequence(Qt::CTRL | Qt::Key_F)}) {
        auto* shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            m_search->setFocus(Qt::ShortcutFocusReason);
            m_search->selectAll();
        });
    }
    connect(cardholders, &CardholderListModel::stateChanged, this, &MainWindow::updateListStatus);
    connect(cardholders, &CardholderListModel::totalCountChanged, this, &MainWindow::updateListStatus);
    connect(cardholders, &CardholderListModel::rowsInserted, this, &MainWindow::updateListStatus);
    updateListStatus();
    resize(1100, 700);
}

void MainWindow::setSessionInfo(const QString& environmentBadge, const QString& operatorName, qint64 partnerId) {
    m_environment->setText(u' ' + environmentBadge + u' ');
    m_environment->setStyleSheet(QStringLiteral("font-weight: bold; padding: 2px 6px;"));
    m_operator->setText(tr("%1 — partner %2").arg(operatorName).arg(partnerId));
}

void MainWindow::showNotice(const QString& text) {
    statusBar()->showMessage(text);
}

void MainWindow::updateListStatus() {
    switch (m_cardholders->state()) {
    case CardholderListModel::State::Loading:
        m_listStatus->setText(tr("Loading…"));
        return;
    case CardholderListModel::State::Error:
        m_listStatus->setText(m_cardholders->errorText());
        return;
    case CardholderListModel::State::Idle:
        break;
    }
    const int shown = m_cardholders->rowCount();
    const qint64 total = m_cardholders->totalCount();
    if (shown == 0)
        m_listStatus->setText(m_cardholders->searchText().isEmpty() ? tr("No cardholders yet.")
                                                                    : tr("No cardholder matches this search."));
    else if (total >= 0)
        m_listStatus->setText(tr("%1 of %2 cardholders shown").arg(shown).arg(total));
    else
        m_listStatus->setText(tr("%n cardholder(s) shown", nullptr, shown));
}

} // namespace migo::views
