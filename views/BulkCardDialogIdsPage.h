#pragma once

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace migo::views {

/// The bulk dialog's first page (issue 5): the ids passed in (a selection) plus a paste box ("one card id per line,
/// or a CSV column", core::parseCardIds) and "Import file…" (CSV or text, at most 2 MiB). Lines that are not card
/// ids are reported with their line number at the field; Next again with the same text goes on without them.
class BulkCardDialogIdsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkCardDialogIdsPage)

public:
    /// `selectedIds` are always part of the list; the page says how many there are.
    explicit BulkCardDialogIdsPage(const QList<qint64>& selectedIds, QWidget* parent = nullptr);

    /// Loads a CSV or text file into the paste box; reports a read failure at the field.
    bool importFile(const QString& path);
    /// Makes Next the default button and gives it the focus.
    void focusNext();
    /// Back from the review: the paste box has the focus and its bad lines are reported again on Next.
    void editAgain();

Q_SIGNALS:
    /// Next with a usable list: the selected and parsed ids (repeats included) and a note on what was left out
    /// (bad lines, repeated ids; empty when nothing).
    void idsChosen(const QList<qint64>& ids, const QString& leftOutNote);
    /// The page's Cancel button.
    void cancelRequested();

private:
    void next();
    void openImportDialog();

    QList<qint64> m_selectedIds;
    QPlainTextEdit* m_paste = nullptr;
    QLabel* m_problems = nullptr;
    QLabel* m_importNote = nullptr;
    QPushButton* m_next = nullptr;
    /// The text whose bad lines were last reported: Next again with the same text goes on without them.
    std::optional<QString> m_acknowledgedText;
};

} // namespace migo::views
