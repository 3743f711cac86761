#include "MoneyDialog.h"

#include "AmountEdit.h"
#include "FieldProblemLabel.h"
#include "OtpDialog.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace migo::views {

namespace detail {

namespace {

/// A page: `body` top to bottom, then a row of buttons, `left` apart from the `right` ones.
void layOut(QWidget* page, std::initializer_list<QWidget*> body, QPushButton* left,
            std::initializer_list<QPushButton*> right) {
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(left);
    buttons->addStretch();
    for (QPushButton* button : right)
        buttons->addWidget(button);
    auto* layout = new QVBoxLayout(page);
    for (QWidget* widget : body)
        layout->addWidget(widget);
    layout->addStretch();
    layout->addLayout(buttons);
}

/// A word-wrapped plain-text label (server and user words are never rendered as rich text).
QLabel* plainLabel(const QString& accessibleName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAccessibleName(accessibleName);
    return label;
}

} // namespace

OutcomePage::OutcomePage(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(plainLabel(tr("Outcome details"), this))
    , m_back(new QPushButton(tr("&Back to the form"), this))
    , m_movements(new QPushButton(tr("Check the &movements"), this))
    , m_close(new QPushButton(tr("&Close"), this)) {
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_title->setFont(big);
    m_title->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_title->setAccessibleName(tr("Outcome"));
    m_back->setAccessibleName(tr("Back to the form"));
    m_movements->setAccessibleName(tr("Check the movements"));
    m_close->setAccessibleName(tr("Close"));

    layOut(this, {m_title, m_text}, m_back, {m_movements, m_close});

    connect(m_back, &QPushButton::clicked, this, &OutcomePage::backRequested);
    connect(m_movements, &QPushButton::clicked, this, &OutcomePage::movementsRequested);
    connect(m_close, &QPushButton::clicked, this, &OutcomePage::closeRequested);
}

void OutcomePage::showDone(const QString& text) {
    m_title->setText(tr("Done"));
    m_text->setText(text);
    m_back->hide();
    m_movements->hide();
    m_close->show();
    m_close->setFocus();
}

void OutcomePage::setText(const QString& text) {
    m_text->setText(text);
}

void OutcomePage::showRefused(const QString& text, bool canGoBack) {
    m_title->setText(tr("Not done"));
    m_text->setText(text);
    m_back->setVisible(canGoBack);
    m_movements->hide();
    m_close->show();
    (canGoBack ? m_back : m_close)->setFocus();
}

void OutcomePage::showUnknown(const QString& text) {
    m_title->setText(tr("Outcome unknown"));
    m_text->setText(text);
    m_back->hide(); // no second send from here: the agent checks first
    m_movements->show();
    m_close->show();
    m_movements->setFocus();
}

ConfirmPage::ConfirmPage(QWidget* parent)
    : QWidget(parent)
    , m_summary(plainLabel(tr("Operation summary"), this))
    , m_balanceAfter(plainLabel(tr("Balance after"), this))
    , m_status(plainLabel(tr("Sending status"), this))
    , m_back(new QPushButton(tr("&Back"), this))
    , m_confirm(new QPushButton(tr("C&onfirm"), this)) {
    auto* cancel = new QPushButton(tr("Cancel"), this);
    m_back->setAccessibleName(tr("Back"));
    m_confirm->setAccessibleName(tr("Confirm"));
    cancel->setAccessibleName(tr("Cancel"));
    // Enter never confirms: a repeated Enter from the form must not move money.
    for (QPushButton* button : {m_back, m_confirm, cancel})
        button->setAutoDefault(false);
    layOut(this, {m_summary, m_balanceAfter, m_status}, m_back, {m_confirm, cancel});
    connect(m_back, &QPushButton::clicked, this, &ConfirmPage::backRequested);
    connect(m_confirm, &QPushButton::clicked, this, &ConfirmPage::confirmRequested);
    connect(cancel, &QPushButton::clicked, this, &ConfirmPage::cancelRequested);
}

void ConfirmPage::present(const QString& summary, const QString& balances) {
    m_summary->setText(summary);
    m_balanceAfter->setText(balances);
    setSending(false, QString());
    m_confirm->setFocus();
}

void ConfirmPage::setSending(bool sending, const QString& status) {
    m_status->setText(status);
    m_back->setEnabled(!sending);
    m_confirm->setEnabled(!sending);
}

} // namespace detail

MoneyDialog::MoneyDialog(const core::OperationContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_pages(new QStackedWidget(this)) {
    if (!m_context.prompter)
        m_context.prompter = new OtpDialogPrompter(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
}

MoneyDialog::~MoneyDialog() {
    if (m_operation)
        m_operation->abandon(); // a closed dialog has no one to tell the outcome to
}

void MoneyDialog::done(int result) {
    if (m_operation)
        m_operation->abandon();
    QDialog::done(result);
}

void MoneyDialog::setUp(QWidget* formPage, core::MoneyOperation* operation) {
    m_operation = operation;
    m_pages->addWidget(formPage);

    m_confirmation = new detail::ConfirmPage(m_pages);
    m_pages->addWidget(m_confirmation);
    m_outcome = new detail::OutcomePage(m_pages);
    m_pages->addWidget(m_outcome);

    connect(m_confirmation, &detail::ConfirmPage::backRequested, this, &MoneyDialog::showForm);
    connect(m_confirmation, &detail::ConfirmPage::confirmRequested, this, &MoneyDialog::confirm);
    connect(m_confirmation, &detail::ConfirmPage::cancelRequested, this, &MoneyDialog::reject);
    connect(m_outcome, &detail::OutcomePage::backRequested, this, &MoneyDialog::showForm);
    connect(m_outcome, &detail::OutcomePage::closeRequested, this, [this] { m_succeeded ? accept() : reject(); });
    connect(m_outcome, &detail::OutcomePage::movementsRequested, this, [this] {
        Q_EMIT movementsRequested(m_movementsCardId);
        reject();
    });
    connect(operation, &core::MoneyOperation::finished, this, &MoneyDialog::onFinished);
    connect(operation, &core::MoneyOperation::cardPublished, this, [this](const api::Card& card) {
        m_outcome->setText(m_operation->message());
        Q_EMIT cardChanged(card);
    });
    connect(operation, &core::MoneyOperation::cardsUnreadable, this,
            [this] { m_outcome->setText(m_operation->message()); });
}

MoneyDialog::Form MoneyDialog::buildForm(const QString& noticeName, const QString& currency,
                                         const QList<std::pair<QString, QWidget*>>& rows,
                                         const std::function<void()>& onContinue) {
    Form f;
    f.page = new QWidget(this);
    f.amount = new AmountEdit(f.page);
    f.amount->setCurrency(currency);
    f.amountProblem = detail::fieldProblemLabel(tr("Amount problem"), f.page);
    f.observations = new QLineEdit(f.page);
    f.observations->setMaxLength(140); // contract §8: observations are at most 140 characters
    f.observations->setPlaceholderText(tr("Optional"));
    f.observations->setAccessibleName(tr("Observations"));
    f.notice = detail::fieldProblemLabel(noticeName, f.page);
    f.continueButton = new QPushButton(tr("&Continue"), f.page);
    f.continueButton->setAccessibleName(tr("Continue"));
    f.continueButton->setDefault(true);
    auto* cancel = new QPushButton(tr("Cancel"), f.page);
    cancel->setAccessibleName(tr("Cancel"));

    auto* form = new QFormLayout;
    for (const auto& [label, field] : rows)
        form->addRow(label, field);
    form->addRow(currency.isEmpty() ? tr("&Amount:") : tr("&Amount (%1):").arg(currency), f.amount);
    form->addRow(QString(), f.amountProblem);
    form->addRow(tr("&Observations:"), f.observations);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(f.continueButton);
    buttons->addWidget(cancel);
    auto* layout = new QVBoxLayout(f.page);
    layout->addWidget(f.notice);
    layout->addLayout(form);
    layout->addStretch();
    layout->addLayout(buttons);

    auto proceed = [this, button = f.continueButton, onContinue] {
        if (button->isEnabled() && m_pages->currentIndex() == 0)
            onContinue();
    };
    connect(f.amount, &QLineEdit::textEdited, f.amountProblem, &QLabel::hide);
    connect(f.amount, &QLineEdit::returnPressed, this, proceed);
    connect(f.observations, &QLineEdit::returnPressed, this, proceed);
    connect(f.continueButton, &QPushButton::clicked, this, proceed);
    connect(cancel, &QPushButton::clicked, this, &MoneyDialog::reject);
    QWidget* previous = nullptr;
    for (const auto& row : rows) {
        if (row.second->focusPolicy() == Qt::NoFocus)
            continue;
        if (previous)
            setTabOrder(previous, row.second);
        previous = row.second;
    }
    if (previous)
        setTabOrder(previous, f.amount);
    setTabOrder(f.amount, f.observations);
    setTabOrder(f.observations, f.continueButton);
    setTabOrder(f.continueButton, cancel);
    return f;
}

void MoneyDialog::showForm() {
    m_sending = false;
    m_pages->setCurrentIndex(0);
}

void MoneyDialog::showConfirmation(const QString& summary, const QString& balances, qint64 movementsCardId) {
    m_movementsCardId = movementsCardId;
    m_sending = false;
    m_pages->setCurrentIndex(1);
    m_confirmation->present(summary, balances);
}

void MoneyDialog::confirm() {
    if (m_sending || m_pages->currentIndex() != 1)
        return; // exactly one send per confirmation
    m_sending = true;
    m_confirmation->setSending(true, tr("Sending…"));
    if (!send()) {
        m_sending = false;
        m_confirmation->setSending(false, QString());
    }
}

void MoneyDialog::onFinished(core::Outcome outcome) {
    const QString text = m_operation->message();
    switch (outcome) {
    case core::Outcome::Cancelled: // the step-up was cancelled: nothing moved, a new Confirm is deliberate
        m_sending = false;
        m_confirmation->setSending(false, text);
        return;
    case core::Outcome::Done:
        m_succeeded = true;
        m_pages->setCurrentIndex(2);
        m_outcome->showDone(text);
        return;
    case core::Outcome::Refused: {
        m_pages->setCurrentIndex(2);
        m_sending = false;
        const std::optional<api::ApiError>& error = m_operation->error();
        m_outcome->showRefused(text, !error || error->kind != api::ErrorKind::SessionExpired);
        return;
    }
    case core::Outcome::Unknown:
        break;
    }
    m_pages->setCurrentIndex(2);
    m_outcome->showUnknown(text);
}

} // namespace migo::views
