#include "AssociateCardDialog.h"

#include "FieldProblemLabel.h"

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

namespace {

// What the server checks (contract §8 "Association", sandbox/AssociationRoutes.cpp), so nothing is sent that it would
// refuse for its shape.
constexpr int kMaxEmailLength = 254;
constexpr int kSuffixLength = 4;
constexpr int kMaxAliasLength = 40;

const QRegularExpression& emailShape() {
    static const QRegularExpression shape(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"));
    return shape;
}

const QRegularExpression& suffixShape() {
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}$")); // ASCII digits only, like the server
    return shape;
}

} // namespace

AssociateCardDialog::AssociateCardDialog(api::CmsClient* client, qint64 cardholderId, const QString& operatorEmail,
                                         QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_cardholderId(cardholderId)
    , m_operatorEmail(operatorEmail)
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
    email->setMaxLength(kMaxEmailLength);
    email->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\S*")), email));
    email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    email->setPlaceholderText(tr("owner@example.com"));
    email->setAccessibleName(tr("Owner's e-mail"));
    QLineEdit* suffix = m_inputs[Suffix];
    suffix->setMaxLength(kSuffixLength);
    suffix->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,4}")), suffix));
    suffix->setInputMethodHints(Qt::ImhDigitsOnly);
    suffix->setPlaceholderText(QStringLiteral("1234"));
    suffix->setAccessibleName(tr("Last four digits"));
    QLineEdit* alias = m_inputs[Alias];
    alias->setMaxLength(kMaxAliasLength);
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
}

AssociateCardDialog::~AssociateCardDialog() {
    m_call.cancel();
}

void AssociateCardDialog::done(int result) {
    m_call.cancel(); // a closed dialog has no one to report to; a link already sent may still be created
    m_call = {};
    m_sending = false;
    QDialog::done(result);
}

std::optional<AssociateCardDialog::Field> AssociateCardDialog::fieldFromWire(const QString& wire) {
    if (wire == u"email")
        return Email;
    if (wire == u"suffix")
        return Suffix;
    if (wire == u"alias")
        return Alias;
    return std::nullopt;
}

std::optional<api::AssociationRequest> AssociateCardDialog::collect() {
    api::AssociationRequest request;
    request.email = m_inputs[Email]->text().trimmed();
    if (request.email.isEmpty())
        setFieldProblem(Email, tr("Enter the card owner's e-mail."));
    else if (request.email.size() > kMaxEmailLength || !emailShape().match(request.email).hasMatch())
        setFieldProblem(Email, tr("Enter a valid e-mail address, such as maria@example.com."));

    request.suffix = m_inputs[Suffix]->text().trimmed();
    if (!suffixShape().match(request.suffix).hasMatch())
        setFieldProblem(Suffix, tr("Enter exactly four digits: the last four of the card number."));

    request.alias = m_inputs[Alias]->text().trimmed();
    if (request.alias.isEmpty())
        setFieldProblem(Alias, tr("Enter an alias that tells the cardholder which card this is."));
    else if (request.alias.size() > kMaxAliasLength)
        setFieldProblem(Alias, tr("Use at most %n character(s).", nullptr, kMaxAliasLength));

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
    if (m_sending || m_outcomeUnknown)
        return; // one request at a time, and none after a lost answer
    for (int field = 0; field < FieldCount; ++field)
        setFieldProblem(Field(field), {});
    const std::optional<api::AssociationRequest> request = collect();
    if (!request) {
        setMessage(tr("Nothing was sent: correct the marked fields."), true);
        return;
    }
    setBusy(true);
    setMessage(tr("Linking the card…"), false);
    m_call = m_client->associateCard(m_cardholderId, *request, this,
                                     [this](const api::Result<api::Association>& result) { onFinished(result); });
}

void AssociateCardDialog::onFinished(const api::Result<api::Association>& result) {
    m_call = {};
    if (result.ok()) {
        setMessage(tr("The card was linked."), false);
        Q_EMIT associated(result.value());
        accept();
        return;
    }
    setBusy(false);
    const api::ApiError& error = result.error();
    if (error.kind == api::ErrorKind::OutcomeUnknown) {
        m_outcomeUnknown = true;
        m_associate->setEnabled(false);
        m_reload->show();
        m_reload->setFocus();
        setMessage(tr("Outcome unknown: the answer was lost, so the link may have been created. Reload the list "
                      "before trying again."),
                   true);
        return;
    }
    showRefusal(error);
}

void AssociateCardDialog::showRefusal(const api::ApiError& error) {
    std::optional<Field> first;
    for (const api::ErrorDetail& detail : error.details) {
        const std::optional<Field> field = fieldFromWire(detail.field);
        if (!field || !m_problems[*field]->text().isEmpty())
            continue;
        QString sentence;
        switch (*field) {
        case Email:
            sentence = tr("The server did not accept this e-mail address. Check it with the caller.");
            break;
        case Suffix:
            sentence = tr("The server did not accept these digits: enter the last four of the card number.");
            break;
        case Alias:
            sentence = tr("The server did not accept this alias: use 1 to %n character(s).", nullptr, kMaxAliasLength);
            break;
        case FieldCount:
            break;
        }
        setFieldProblem(*field, sentence);
        if (!first || *field < *first)
            first = field;
    }
    QString sentence = error.userMessage;
    if (first && error.hasCode(u"7000"))
        sentence = tr("The card was not linked: correct the marked fields.");
    else if (sentence.isEmpty())
        sentence = tr("The card could not be linked.");
    setMessage(sentence, true);
    // The codes about the card itself (7220, 7222, 7223) are usually fixed by asking the caller for another card.
    const Field focus = first ? *first : Email;
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
    m_message->setStyleSheet(isError ? QStringLiteral("color: #c62828; font-weight: bold;") : QString());
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
