#include "FundsDialog.h"

#include "AmountEdit.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace migo::views {

namespace detail {

// ---------------------------------------------------------------- MoneySubmission

MoneySubmission::MoneySubmission(api::CmsClient* client, QString operatorEmail, api::OtpPurpose purpose,
                                 QWidget* dialog)
    : QObject(dialog)
    , m_client(client)
    , m_operatorEmail(std::move(operatorEmail))
    , m_purpose(purpose)
    , m_dialog(dialog) {}

MoneySubmission::~MoneySubmission() {
    cancel();
}

bool MoneySubmission::start(OtpDialog::Attempt send) {
    if (m_running)
        return false;
    m_running = true;
    m_send = std::move(send);
    m_call = m_send(QString(), this, [this](const std::optional<api::ApiError>& error) {
        m_call = {};
        if (error && error->isStepUp()) {
            askForCode(); // refused before anything moved: the code is the agent's to give
            return;
        }
        m_running = false;
        if (error)
            Q_EMIT failed(*error);
        else
            Q_EMIT succeeded();
    });
    return true;
}

void MoneySubmission::askForCode() {
    auto* otp = new OtpDialog(m_client, m_operatorEmail, m_purpose, m_send, m_dialog);
    m_otp = otp;
    connect(otp, &QDialog::finished, this, [this, otp](int result) {
        const std::optional<api::ApiError> error = otp->finalError();
        otp->deleteLater();
        m_otp = nullptr;
        m_running = false;
        if (result == QDialog::Accepted)
            Q_EMIT succeeded();
        else if (error)
            Q_EMIT failed(*error);
        else
            Q_EMIT stepUpCancelled();
    });
    otp->open();
}

void MoneySubmission::cancel() {
    m_call.cancel();
    m_call = {};
    if (m_otp) {
        OtpDialog* otp = m_otp;
        m_otp = nullptr;
        otp->disconnect(this); // closing is not the agent's answer to the step-up
        otp->reject();
        otp->deleteLater();
    }
    m_running = false;
}

// ---------------------------------------------------------------- OutcomePage

OutcomePage::OutcomePage(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_back(new QPushButton(tr("&Back to the form"), this))
    , m_movements(new QPushButton(tr("Check the &movements"), this))
    , m_close(new QPushButton(tr("&Close"), this)) {
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_title->setFont(big);
    m_title->setTextFormat(Qt::PlainText);
    m_text->setTextFormat(Qt::PlainText); // server words are never rendered as rich text
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_title->setAccessibleName(tr("Outcome"));
    m_text->setAccessibleName(tr("Outcome details"));
    m_back->setAccessibleName(tr("Back to the form"));
    m_movements->setAccessibleName(tr("Check the movements"));
    m_close->setAccessibleName(tr("Close"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_movements);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addStretch();
    layout->addLayout(buttons);

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

void OutcomePage::showRefused(const api::ApiError& error, const QString& extra) {
    m_title->setText(tr("Not done"));
    m_text->setText(extra.isEmpty() ? error.userMessage : error.userMessage + u'\n' + extra);
    m_back->setVisible(error.kind != api::ErrorKind::SessionExpired);
    m_movements->hide();
    m_close->show();
    (m_back->isVisible() ? m_back : m_close)->setFocus();
}

void OutcomePage::showUnknown() {
    m_title->setText(tr("Outcome unknown"));
    m_text->setText(tr("Outcome unknown — the funds may or may not have moved. Check the card's movements before "
                       "trying again."));
    m_back->hide(); // no second send from here: the agent checks first
    m_movements->show();
    m_close->show();
    m_movements->setFocus();
}

// ---------------------------------------------------------------- helpers

ConfirmPage buildConfirmPage(QWidget* parent) {
    ConfirmPage c;
    c.page = new QWidget(parent);
    c.summary = new QLabel(c.page);
    c.summary->setTextFormat(Qt::PlainText);
    c.summary->setWordWrap(true);
    c.summary->setAccessibleName(QCoreApplication::translate("migo::views::FundsDialog", "Operation summary"));
    c.balanceAfter = new QLabel(c.page);
    c.balanceAfter->setTextFormat(Qt::PlainText);
    c.balanceAfter->setWordWrap(true);
    c.balanceAfter->setAccessibleName(QCoreApplication::translate("migo::views::FundsDialog", "Balance after"));
    c.status = new QLabel(c.page);
    c.status->setWordWrap(true);
    c.status->setAccessibleName(QCoreApplication::translate("migo::views::FundsDialog", "Sending status"));
    c.back = new QPushButton(QCoreApplication::translate("migo::views::FundsDialog", "&Back"), c.page);
    c.back->setAccessibleName(QCoreApplication::translate("migo::views::FundsDialog", "Back"));
    c.confirm = new QPushButton(QCoreApplication::translate("migo::views::FundsDialog", "C&onfirm"), c.page);
    c.confirm->setAccessibleName(QCoreApplication::translate("migo::views::FundsDialog", "Confirm"));
    c.cancel = new QPushButton(QCoreApplication::translate("migo::views::FundsDialog", "Cancel"), c.page);
    c.cancel->setAccessibleName(QCoreApplication::translate("migo::views::FundsDialog", "Cancel"));
    // Enter never confirms: a repeated Enter from the form must not move money.
    for (QPushButton* button : {c.back, c.confirm, c.cancel})
        button->setAutoDefault(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(c.back);
    buttons->addStretch();
    buttons->addWidget(c.confirm);
    buttons->addWidget(c.cancel);
    auto* layout = new QVBoxLayout(c.page);
    layout->addWidget(c.summary);
    layout->addWidget(c.balanceAfter);
    layout->addWidget(c.status);
    layout->addStretch();
    layout->addLayout(buttons);
    return c;
}

QString cardTitle(const api::Card& card) {
    return card.alias.isEmpty() ? card.maskedPan : card.alias + QStringLiteral(" · ") + card.maskedPan;
}

QString cardStatusName(api::CardStatus status) {
    switch (status) {
    case api::CardStatus::Active:
        return OutcomePage::tr("active");
    case api::CardStatus::Inactive:
        return OutcomePage::tr("inactive");
    case api::CardStatus::Blocked:
        return OutcomePage::tr("blocked");
    case api::CardStatus::Unknown:
        break;
    }
    return OutcomePage::tr("in an unknown status");
}

} // namespace detail

// ---------------------------------------------------------------- FundsDialog

FundsDialog::FundsDialog(api::CmsClient* client, const api::Card& card, Kind kind, const QString& operatorEmail,
                         QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_card(card)
    , m_kind(kind)
    , m_pages(new QStackedWidget(this))
    , m_outcome(new detail::OutcomePage(this))
    , m_submission(new detail::MoneySubmission(
          client, operatorEmail, kind == Kind::Add ? api::OtpPurpose::FundsAdd : api::OtpPurpose::FundsWithdraw,
          this)) {
    setWindowTitle(kind == Kind::Add ? tr("Add funds") : tr("Withdraw funds"));
    buildFormPage();
    buildConfirmPage();
    m_pages->addWidget(m_outcome);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    connect(m_submission, &detail::MoneySubmission::succeeded, this, &FundsDialog::onSucceeded);
    connect(m_submission, &detail::MoneySubmission::failed, this, &FundsDialog::onFailed);
    connect(m_submission, &detail::MoneySubmission::stepUpCancelled, this, [this] {
        m_sending = false;
        m_confirm->setEnabled(true);
        m_back->setEnabled(true);
        m_confirmStatus->setText(tr("No one-time password was entered, so nothing was done."));
    });
    connect(m_outcome, &detail::OutcomePage::backRequested, this, &FundsDialog::showForm);
    connect(m_outcome, &detail::OutcomePage::closeRequested, this, [this] { m_succeeded ? accept() : reject(); });
    connect(m_outcome, &detail::OutcomePage::movementsRequested, this, [this] {
        Q_EMIT movementsRequested(m_card.id);
        reject();
    });
    showForm();
}

FundsDialog::~FundsDialog() {
    m_submission->cancel();
    m_refresh.cancel();
}

void FundsDialog::done(int result) {
    m_submission->cancel(); // a closed dialog has no one to tell the outcome to
    m_refresh.cancel();
    QDialog::done(result);
}

void FundsDialog::buildFormPage() {
    auto* page = new QWidget(m_pages);
    auto* cardLabel = new QLabel(detail::cardTitle(m_card), page);
    cardLabel->setTextFormat(Qt::PlainText);
    cardLabel->setAccessibleName(tr("Card"));
    m_balance = new QLabel(balanceText(), page);
    m_balance->setAccessibleName(tr("Current balance"));
    m_amount = new AmountEdit(page);
    m_amount->setCurrency(m_card.currency);
    m_amountProblem = detail::fieldProblemLabel(tr("Amount problem"), page);
    m_observations = new QLineEdit(page);
    m_observations->setMaxLength(140); // contract §8: observations are at most 140 characters
    m_observations->setPlaceholderText(tr("Optional"));
    m_observations->setAccessibleName(tr("Observations"));
    m_formNotice = detail::fieldProblemLabel(tr("Card notice"), page);
    m_continue = new QPushButton(tr("&Continue"), page);
    m_continue->setAccessibleName(tr("Continue"));
    m_continue->setDefault(true);
    auto* cancel = new QPushButton(tr("Cancel"), page);
    cancel->setAccessibleName(tr("Cancel"));

    auto* form = new QFormLayout;
    form->addRow(tr("Card:"), cardLabel);
    form->addRow(tr("Current balance:"), m_balance);
    form->addRow(m_card.currency.isEmpty() ? tr("&Amount:") : tr("&Amount (%1):").arg(m_card.currency), m_amount);
    form->addRow(QString(), m_amountProblem);
    form->addRow(tr("&Observations:"), m_observations);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_continue);
    buttons->addWidget(cancel);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_formNotice);
    layout->addStretch();
    layout->addLayout(buttons);
    m_pages->addWidget(page);

    if (!m_card.cardholderId) {
        m_formNotice->setText(tr("This card has no cardholder, so no funds can be moved on it."));
        m_continue->setEnabled(false);
    } else if (m_card.type == api::CardType::Linked) {
        m_formNotice->setText(tr("This card is linked from another cardholder; funds can only be moved on the "
                                 "cardholder's own cards."));
        m_continue->setEnabled(false);
    } else if (m_card.status != api::CardStatus::Active) {
        m_formNotice->setText(tr("This card is %1: Migo refuses the operation unless the card is active.")
                                  .arg(detail::cardStatusName(m_card.status)));
    }
    m_formNotice->setVisible(!m_formNotice->text().isEmpty());

    connect(m_amount, &QLineEdit::textEdited, m_amountProblem, &QLabel::hide);
    connect(m_amount, &QLineEdit::returnPressed, this, &FundsDialog::continueToConfirm);
    connect(m_observations, &QLineEdit::returnPressed, this, &FundsDialog::continueToConfirm);
    connect(m_continue, &QPushButton::clicked, this, &FundsDialog::continueToConfirm);
    connect(cancel, &QPushButton::clicked, this, &FundsDialog::reject);
    setTabOrder(m_amount, m_observations);
    setTabOrder(m_observations, m_continue);
    setTabOrder(m_continue, cancel);
}

void FundsDialog::buildConfirmPage() {
    const detail::ConfirmPage confirmPage = detail::buildConfirmPage(m_pages);
    m_summary = confirmPage.summary;
    m_balanceAfter = confirmPage.balanceAfter;
    m_confirmStatus = confirmPage.status;
    m_back = confirmPage.back;
    m_confirm = confirmPage.confirm;
    m_pages->addWidget(confirmPage.page);

    connect(m_back, &QPushButton::clicked, this, &FundsDialog::showForm);
    connect(m_confirm, &QPushButton::clicked, this, &FundsDialog::confirm);
    connect(confirmPage.cancel, &QPushButton::clicked, this, &FundsDialog::reject);
}

QString FundsDialog::balanceText() const {
    return moneyText(m_card.balance, m_card.currency);
}

QString FundsDialog::doneText() const {
    const QString amount = moneyText(m_sentAmount, m_card.currency);
    return m_kind == Kind::Add ? tr("%1 was added to card %2.").arg(amount, detail::cardTitle(m_card))
                               : tr("%1 was withdrawn from card %2.").arg(amount, detail::cardTitle(m_card));
}

void FundsDialog::showForm() {
    m_sending = false;
    m_pages->setCurrentIndex(0);
    m_amount->setFocus();
}

void FundsDialog::continueToConfirm() {
    if (!m_continue->isEnabled() || m_pages->currentIndex() != 0)
        return;
    const QString problem = m_amount->problem();
    if (!problem.isEmpty()) {
        m_amountProblem->setText(problem);
        m_amountProblem->show();
        m_amount->setFocus();
        m_amount->selectAll();
        return;
    }
    m_amountProblem->hide();
    m_sentAmount = *m_amount->amount();
    m_sentObservations = m_observations->text().trimmed();

    const QString amount = moneyText(m_sentAmount, m_card.currency);
    QString summary = m_kind == Kind::Add ? tr("Add %1 to card %2.").arg(amount, detail::cardTitle(m_card))
                                          : tr("Withdraw %1 from card %2.").arg(amount, detail::cardTitle(m_card));
    if (!m_sentObservations.isEmpty())
        summary += u'\n' + tr("Observations: %1").arg(m_sentObservations);
    m_summary->setText(summary);

    const std::optional<api::Money> after = m_kind == Kind::Add
                                                ? api::Money::checkedAdd(m_card.balance, m_sentAmount)
                                                : api::Money::checkedSubtract(m_card.balance, m_sentAmount);
    QString balances = tr("Balance now: %1").arg(balanceText()) + u'\n';
    if (after)
        balances += tr("Balance after: %1").arg(moneyText(*after, m_card.currency));
    else if (m_kind == Kind::Withdraw)
        balances += tr("The amount is more than the current balance: Migo will refuse it unless funds arrived "
                       "meanwhile.");
    else
        balances += tr("The resulting balance would be too large.");
    m_balanceAfter->setText(balances);

    m_confirmStatus->clear();
    m_sending = false;
    m_confirm->setEnabled(true);
    m_back->setEnabled(true);
    m_pages->setCurrentIndex(1);
    m_confirm->setFocus();
}

void FundsDialog::confirm() {
    if (m_sending || m_pages->currentIndex() != 1)
        return; // exactly one send per confirmation
    m_sending = true;
    m_confirm->setEnabled(false);
    m_back->setEnabled(false);
    m_confirmStatus->setText(tr("Sending…"));
    m_result.reset();

    const api::FundsRequest base{m_card.id, m_sentAmount, m_sentObservations, QString()};
    const qint64 cardholderId = m_card.cardholderId.value_or(0);
    const bool add = m_kind == Kind::Add;
    m_submission->start(
        [this, base, cardholderId, add](const QString& otp, QObject* context, const OtpDialog::AttemptDone& done) {
            api::FundsRequest request = base;
            request.otp = otp;
            auto answered = [this, done](const api::Result<api::FundsResult>& r) {
                if (r.ok())
                    m_result = r.value();
                done(r.ok() ? std::nullopt : std::optional<api::ApiError>(r.error()));
            };
            return add ? m_client->addFunds(cardholderId, request, context, answered)
                       : m_client->withdrawFunds(cardholderId, request, context, answered);
        });
}

void FundsDialog::onSucceeded() {
    m_succeeded = true;
    m_pages->setCurrentIndex(2);
    m_outcome->showDone(doneText());
    if (m_result && m_result->card)
        applyCard(*m_result->card);
    else
        refreshCard(); // the answer did not carry the card: read its balance again
}

void FundsDialog::onFailed(const api::ApiError& error) {
    m_pages->setCurrentIndex(2);
    if (error.kind == api::ErrorKind::OutcomeUnknown) {
        m_outcome->showUnknown();
        return;
    }
    m_sending = false;
    const QString extra = error.hasCode(u"7303") ? tr("Current balance: %1.").arg(balanceText()) : QString();
    m_outcome->showRefused(error, extra);
}

void FundsDialog::applyCard(const api::Card& card) {
    api::Card updated = card;
    if (!updated.cardholderId)
        updated.cardholderId = m_card.cardholderId;
    m_card = updated;
    m_balance->setText(balanceText());
    m_outcome->setText(doneText() + u'\n' + tr("New balance: %1").arg(balanceText()));
    Q_EMIT cardChanged(m_card);
}

void FundsDialog::refreshCard() {
    m_outcome->setText(doneText() + u'\n' + tr("Reading the new balance…"));
    m_refresh = m_client->listCardholderCards(
        m_card.cardholderId.value_or(0), this, [this](const api::Result<QList<api::Card>>& r) {
            m_refresh = {};
            if (r.ok()) {
                for (const api::Card& card : r.value()) {
                    if (card.id == m_card.id) {
                        applyCard(card);
                        return;
                    }
                }
            }
            m_outcome->setText(doneText() + u'\n' +
                               tr("The new balance could not be read: %1")
                                   .arg(r.ok() ? tr("the card is no longer listed.") : r.error().userMessage));
        });
}

} // namespace migo::views
