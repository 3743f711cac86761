#include "AssociateCardDialog.h"

#include "FieldProblemLabel.h"
#include "Palette.h"
#include "Validators.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace migo::views {

using core::Validators;

AssociateCardDialog::AssociateCardDialog(const core::OperationContext& context, qint64 cardholderId, QWidget* parent)
    : QDialog(parent)
    , m_operation(new core::AssociateCard(context, this))
    , m_cardholderId(cardholderId)
    , m_inputs{new QLineEdit(this), new QLineEdit(this), new QLineEdit(this)}
    , m_problems{detail::fieldProblemLabel(tr("E-mail problem"), this),
                 detail::fieldProblemLabel(tr("Last four digits problem"), this),
                 detail::fieldProblemLabel(tr("Alias problem"), this)}
    , m_message(new QLabel(this))
    , m_associate(new QPushButton(tr("&Associate"), this))
    , m_reload(new QPushButton(tr("&Reload the list"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    setWindowTitle(tr("Associate a card"));

    QLineEdit* email = m_inputs[Email];
    email->setMaxLength(Validators::maxEmailLength);
    email->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\S*")), email));
    email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    email->setPlaceholderText(tr("owner@example.com"));
    email->setAccessibleName(tr("Owner's e-mail"));
    QLineEdit* suffix = m_inputs[Suffix];
    suffix->setMaxLength(Validators::cardSuffixLength);
    suffix->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,4}")), suffix));
    suffix->setInputMethodHints(Qt::ImhDigitsOnly);
    suffix->setPlaceholderText(QStringLiteral("1234"));
    suffix->setAccessibleName(tr("Last four digits"));
    QLineEdit* alias = m_inputs[Alias];
    alias->setMaxLength(Validators::maxAliasLength);
    alias->setPlaceholderText(tr("For example: Mother's card"));
    alias->setAccessibleName(tr("Alias"));

    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Association status"));
    m_message->hide();
    m_associate->setAccessibleName(tr("Associate"));
    m_associate->setDefault(true);
    m_reload->setAccessibleName(tr("Reload the list"));
    m_reload->setAutoDefault(false);
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setAutoDefault(false);

    auto* intro = new QLabel(tr("Link a card of another cardholder of this program. Ask the caller for the card "
                                "owner's e-mail and the last four digits of the card."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    const QString titles[FieldCount] = {tr("Owner's &e-mail:"), tr("Last &four digits:"), tr("A&lias:")};
    for (int field = 0; field < FieldCount; ++field) {
        auto* title = new QLabel(titles[field], this);
        title->setBuddy(m_inputs[field]);
        form->addRow(title, m_inputs[field]);
        form->addRow(QString(), m_problems[field]);
        connect(m_inputs[field], &QLineEdit::textEdited, this, [this, field] { setFieldProblem(Field(field), {}); });
    }
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_associate, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_reload, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    m_reload->hide(); // after addButton(), which shows it; offered only after a lost answer
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    email->setMinimumWidth(email->fontMetrics().averageCharWidth() * 36);

    setTabOrder(m_inputs[Email], m_inputs[Suffix]);
    setTabOrder(m_inputs[Suffix], m_inputs[Alias]);
    setTabOrder(m_inputs[Alias], m_associate);
    setTabOrder(m_associate, m_reload);
    setTabOrder(m_reload, m_cancel);
    m_inputs[Email]->setFocus();

    // Not the button box's accepted(): Associate must never close the dialog by itself. Enter in a field presses
    // Associate, the default button.
    connect(m_associate, &QPushButton::clicked, this, &AssociateCardDialog::submit);
    connect(m_reload, &QPushButton::clicked, this, [this] {
        Q_EMIT reloadRequested();
        reject();
    });
    connect(m_cancel, &QPushButton::clicked, this, &AssociateCardDialog::reject);
    connect(m_operation, &core::AssociateCard::finished, this, &AssociateCardDialog::onFinished);
}

AssociateCardDialog::~AssociateCardDialog() = default; // the operation, a child, aborts its own request

void AssociateCardDialog::done(int result) {
    m_operation->abandon(); // a closed dialog has no one to report to; a link already sent may still be created
    m_sending = false;
    QDialog::done(result);
}

std::optional<api::AssociationRequest> AssociateCardDialog::collect() {
    api::AssociationRequest request;
    request.email = m_inputs[Email]->text().trimmed();
    setFieldProblem(Email, Validators::ownerEmail(request.email));
    request.suffix = m_inputs[Suffix]->text().trimmed();
    setFieldProblem(Suffix, Validators::cardSuffix(request.suffix));
    request.alias = m_inputs[Alias]->text().trimmed();
    setFieldProblem(Alias, Validators::alias(request.alias));

    for (int field = 0; field < FieldCount; ++field) {
        if (!m_problems[field]->text().isEmpty()) {
            m_inputs[field]->setFocus();
            m_inputs[field]->selectAll();
            return std::nullopt;
        }
    }
    return request;
}

void AssociateCardDialog::submit() {
    if (m_sending || m_operation->isRunning() || m_outcomeUnknown)
        return; // one request at a time, and none after a lost answer
    const std::optional<api::AssociationRequest> request = collect();
    if (!request) {
        setMessage(tr("Nothing was sent: correct the marked fields."), true);
        return;
    }
    setBusy(true);
    setMessage(tr("Linking the card…"), false);
    m_operation->start(m_cardholderId, *request);
}

void AssociateCardDialog::onFinished(core::Outcome outcome) {
    if (outcome == core::Outcome::Done) {
        setMessage(m_operation->message(), false);
        Q_EMIT associated(*m_operation->association());
        accept();
        return;
    }
    setBusy(false);
    if (outcome == core::Outcome::Unknown) {
        m_outcomeUnknown = true; // no second send from here: the list tells whether the link exists
        m_associate->setEnabled(false);
        m_reload->show();
        m_reload->setFocus();
        setMessage(m_operation->message(), true);
        return;
    }
    showRefusal();
}

void AssociateCardDialog::showRefusal() {
    const QList<core::AssociateCard::FieldProblem>& problems = m_operation->fieldProblems();
    for (const core::AssociateCard::FieldProblem& problem : problems)
        setFieldProblem(Field(int(problem.field)), problem.sentence);
    setMessage(m_operation->message(), true);
    // The codes about the card itself (7220, 7222, 7223) are usually fixed by asking the caller for another card.
    const Field focus = problems.isEmpty() ? Email : Field(int(problems.first().field));
    m_inputs[focus]->setFocus();
    m_inputs[focus]->selectAll();
}

void AssociateCardDialog::setFieldProblem(Field field, const QString& text) {
    m_problems[field]->setText(text);
    m_problems[field]->setVisible(!text.isEmpty());
    m_inputs[field]->setAccessibleDescription(text); // read out when the field gets the focus
    growToFit();
}

void AssociateCardDialog::setMessage(const QString& text, bool isError) {
    m_message->setText(text);
    m_message->setStyleSheet(isError ? core::palette::errorMessageStyle() : QString());
    m_message->setVisible(!text.isEmpty());
    growToFit();
}

void AssociateCardDialog::growToFit() {
    // Word-wrapped messages need more height than the layout's minimum tells; grow (never shrink) to show them.
    layout()->activate();
    const int needed = hasHeightForWidth() ? heightForWidth(width()) : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void AssociateCardDialog::keyPressEvent(QKeyEvent* event) {
    if (m_sending && event->matches(QKeySequence::Cancel)) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void AssociateCardDialog::closeEvent(QCloseEvent* event) {
    if (m_sending) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void AssociateCardDialog::setBusy(bool busy) {
    m_sending = busy;
    m_associate->setEnabled(!busy && !m_outcomeUnknown);
    m_cancel->setEnabled(!busy);
    for (QLineEdit* input : m_inputs)
        input->setReadOnly(busy); // the input stays visible and is kept for a correction
}

} // namespace migo::views
