#pragma once

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace migo::models {
class CardholderListModel;
}

namespace migo::views {

/// The main window: the cardholder list with search-as-you-type, and a status bar naming the environment, the
/// operator and the partner. Owns no network objects: it shows the models it is given.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(models::CardholderListModel* cardholders, QWidget* parent = nullptr);

    /// e.g. "SANDBOX" (shown as a badge), the operator's name and the partner id.
    void setSessionInfo(const QString& environmentBadge, const QString& operatorName, qint64 partnerId);
    /// Shows a one-line notice in the status bar until the next one (e.g. "the session cannot be remembered").
    void showNotice(const QString& text);

private:
    void updateListStatus();

    models::CardholderListModel* m_cardholders;
    QLineEdit* m_search;
    QTableView* m_table;
    QTimer* m_searchDebounce;
    QLabel* m_listStatus;
    QLabel* m_environment;
    QLabel* m_operator;
};

} // namespace migo::views
