#include "BulkCardDialogIdsPage.h"

#include "BulkCardDialogParts.h"
#include "CardIdList.h"
#include "FieldProblemLabel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace migo::views {

namespace {

constexpr qint64 maxImportBytes = 2 * 1024 * 1024; // ~200,000 ids: beyond any real list, parsed in a blink
constexpr int maxReportedLines = 10;

QString quoted(QString text) {
    if (text.size() > 40)
        text = text.left(39) + u'…';
    return QStringLiteral("“%1”").arg(text);
}

} // namespace

BulkCardDialogIdsPage::BulkCardDialogIdsPage(const QList<qint64>& selectedIds, QWidget* parent)
    : QWidget(parent)
    , m_selectedIds(selectedIds) {
    auto* selectionNote = detail::bulkLabel(tr("Selected cards"), this);
    selectionNote->setText(
        tr("%n card(s) from your selection. Add more ids below, or go on.", nullptr, int(selectedIds.size())));
    selectionNote->setVisible(!selectedIds.isEmpty());
    m_paste = new QPlainTextEdit(this);
    m_paste->setAccessibleName(tr("Card ids"));
    m_paste->setPlaceholderText(tr("One card id per line, or a CSV column"));
    m_paste->setTabChangesFocus(true);
    auto* prompt = new QLabel(tr("&Card ids (one per line, or a CSV column headed cardId, card_id or id):"), this);
    prompt->setBuddy(m_paste);
    prompt->setWordWrap(true);
    m_problems = detail::fieldProblemLabel(tr("Card id problems"), this);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse); // the bad lines can be copied
    m_importNote = detail::bulkLabel(tr("Import status"), this);

    auto* import = detail::bulkButton(tr("&Import file…"), tr("Import file"), this);
    m_next = detail::bulkButton(tr("&Next"), tr("Next"), this);
    m_next->setDefault(true);
    auto* cancel = detail::bulkButton(tr("Cancel"), tr("Cancel"), this);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(import, QDialogButtonBox::ActionRole);
    buttons->addButton(m_next, QDialogButtonBox::AcceptRole);
    buttons->addButton(cancel, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(selectionNote);
    layout->addWidget(prompt);
    layout->addWidget(m_paste, 1);
    layout->addWidget(m_problems);
    layout->addWidget(m_importNote);
    layout->addWidget(buttons);
    setTabOrder(m_paste, import);
    setTabOrder(import, m_next);
    setTabOrder(m_next, cancel);

    connect(m_paste, &QPlainTextEdit::textChanged, this, [this] {
        detail::setBulkMessage(m_problems, QString());
        m_importNote->clear();
    });
    connect(import, &QPushButton::clicked, this, &BulkCardDialogIdsPage::openImportDialog);
    connect(m_next, &QPushButton::clicked, this, &BulkCardDialogIdsPage::next);
    connect(cancel, &QPushButton::clicked, this, &BulkCardDialogIdsPage::cancelRequested);
}

void BulkCardDialogIdsPage::focusNext() {
    m_next->setDefault(true);
    m_next->setFocus();
}

void BulkCardDialogIdsPage::editAgain() {
    m_acknowledgedText.reset();
    m_next->setDefault(true);
    m_paste->setFocus();
}

void BulkCardDialogIdsPage::next() {
    const QString text = m_paste->toPlainText();
    const core::ParsedCardIds parsed = core::parseCardIds(text.toUtf8());
    if (!parsed.parseError.isEmpty()) {
        detail::setBulkMessage(m_problems, tr("The list could not be read: %1").arg(parsed.parseError));
        return;
    }
    QStringList lines;
    for (qsizetype i = 0; i < parsed.badLines.size() && i < maxReportedLines; ++i)
        lines << tr("Line %1: %2").arg(parsed.badLines.at(i).line).arg(quoted(parsed.badLines.at(i).text));
    if (parsed.badLines.size() > maxReportedLines)
        lines << tr("…and %n more.", nullptr, int(parsed.badLines.size() - maxReportedLines));
    const QString badList = lines.join(u'\n');
    if (!parsed.badLines.isEmpty() && m_acknowledgedText != text) {
        // Reported at the field first; the same text a second time goes on without those lines.
        m_acknowledgedText = text;
        detail::setBulkMessage(m_problems, tr("%n line(s) are not card ids:", nullptr, int(parsed.badLines.size())) +
                                               u'\n' + badList + u'\n' +
                                               tr("Correct them, or press Next again to leave them out."));
        m_paste->setFocus();
        return;
    }
    QList<qint64> ids = m_selectedIds;
    ids << parsed.ids;
    if (ids.isEmpty()) {
        detail::setBulkMessage(m_problems, tr("Paste or import at least one card id."));
        m_paste->setFocus();
        return;
    }
    QStringList notes;
    if (!parsed.badLines.isEmpty())
        notes << tr("%n line(s) left out because they are not card ids:", nullptr, int(parsed.badLines.size())) +
                     u'\n' + badList;
    const int repeated = parsed.repeated + int(ids.size() - QSet<qint64>(ids.cbegin(), ids.cend()).size());
    if (repeated > 0)
        notes << tr("%n repeated id(s) counted once.", nullptr, repeated);
    Q_EMIT idsChosen(ids, notes.join(u'\n'));
}

bool BulkCardDialogIdsPage::importFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        detail::setBulkMessage(m_problems,
                               tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    if (file.size() > maxImportBytes) {
        detail::setBulkMessage(m_problems,
                               tr("%1 is too large for a list of card ids.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    m_acknowledgedText.reset();
    m_paste->setPlainText(QString::fromUtf8(bytes));
    m_importNote->setText(tr("Loaded %1. Check the list, then press Next.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void BulkCardDialogIdsPage::openImportDialog() {
    auto* dialog =
        new QFileDialog(this, tr("Import card ids"), QString(), tr("CSV or text files (*.csv *.txt);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        if (importFile(path))
            focusNext();
    });
    dialog->open();
}

} // namespace migo::views
