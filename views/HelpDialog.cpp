#include "HelpDialog.h"

#include <QDialogButtonBox>
#include <QKeySequence>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace migo::views {

namespace {

QString paragraph(const QString& text) {
    return QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

QString heading(const QString& text) {
    return QStringLiteral("<h3>") + text.toHtmlEscaped() + QStringLiteral("</h3>");
}

/// Keys shown as the platform writes them ("Ctrl+Shift+D"), so they match the menus.
QString keys(const QKeySequence& sequence) {
    return sequence.toString(QKeySequence::NativeText);
}

} // namespace

HelpDialog::HelpDialog(QWidget* parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this)) {
    setWindowTitle(tr("Help — Migo Backoffice"));
    m_text->setOpenLinks(false);
    m_text->setAccessibleName(tr("Help text"));
    m_text->setHtml(html());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(640, 560);
}

QString HelpDialog::html() const {
    const QList<std::pair<QKeySequence, QString>> shortcuts{
        {QKeySequence(Qt::CTRL | Qt::Key_F), tr("Search cardholders (in Cards: filter the cards)")},
        {QKeySequence(Qt::Key_Return), tr("Open the selected cardholder or card")},
        {QKeySequence(Qt::CTRL | Qt::Key_N), tr("New cardholder")},
        {QKeySequence(Qt::CTRL | Qt::Key_E), tr("Edit the cardholder on screen")},
        {QKeySequence(Qt::CTRL | Qt::Key_C), tr("Copy the cell or the selected rows")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), tr("Export the loaded rows to CSV")},
        {QKeySequence(Qt::Key_F5), tr("Refresh")},
        {QKeySequence(Qt::CTRL | Qt::Key_1), tr("Cardholders section (Ctrl+2 Cards, Ctrl+3 Movements)")},
        {QKeySequence(Qt::CTRL | Qt::Key_J), tr("Show the downloads")},
        {QKeySequence(Qt::CTRL | Qt::Key_L), tr("Lock the window")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), tr("Funding requests of the partner")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), tr("Activate the card")},
        {QKeySequence(Qt::CTRL | Qt::Key_B), tr("Block the card")},
        {QKeySequence(Qt::CTRL | Qt::Key_U), tr("Unblock the card")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), tr("Add funds to the card")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), tr("Withdraw funds from the card")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), tr("Transfer between cards")},
        {QKeySequence(Qt::CTRL | Qt::Key_M), tr("The card's movements")},
        {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_B), tr("Bulk block the selected cards")},
        {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_U), tr("Bulk unblock the selected cards")},
        {QKeySequence(QKeySequence::HelpContents), tr("This help")},
    };
    QString html = heading(tr("Keyboard"));
    html += QStringLiteral("<table cellpadding=\"3\">");
    for (const auto& [sequence, what] : shortcuts)
        html += QStringLiteral("<tr><td><b>") + keys(sequence).toHtmlEscaped() + QStringLiteral("</b></td><td>") +
                what.toHtmlEscaped() + QStringLiteral("</td></tr>");
    html += QStringLiteral("</table>");

    html += heading(tr("Sections"));
    html +=
        paragraph(tr("Cardholders: search by e-mail, phone, document or name as you type; the detail shows the "
                     "cardholder's data, cards and linked third-party cards. New cardholders are registered here."));
    html += paragraph(tr("Cards: every card of the partner, filtered by id, card digits, alias, cardholder or status. "
                         "Only the actions the card's status and your role allow are enabled; the others say why."));
    html += paragraph(tr("Movements: a card's movements for a period, with totals, CSV export and the PDF report. "
                         "Reports download in the Downloads panel and can be cancelled."));
    html += paragraph(tr("Funding requests (Session menu): ask for a top-up of the partner's balance with a receipt "
                         "(PDF, JPEG, PNG or WEBP, at most 10 MB). Another operator approves or rejects it; only an "
                         "approval credits the balance. You can cancel your own pending request."));

    html += heading(tr("One-time passwords (step-up)"));
    html += paragraph(tr("Some operators must confirm sensitive actions — seeing a cardholder's data, blocking cards, "
                         "moving funds — with a one-time password. The server sends a six-digit code to your e-mail; "
                         "type it when the app asks. The code is for that action only and expires after a few "
                         "minutes. Never share it: nobody from Migo will ask you for it."));

    html += heading(tr("Money and safety"));
    html += paragraph(tr("A request that moves money or changes a card is never sent twice. When the answer is lost "
                         "on the way, the app says the outcome is unknown and offers to check, instead of guessing."));
    html += paragraph(tr("The window locks after a period without use (and with Ctrl+L). Your password unlocks the "
                         "same view. Card numbers are always shown masked."));
    return html;
}

} // namespace migo::views
