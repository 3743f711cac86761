#include "OtpDialog.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace migo::views {

namespace {

constexpr int codeLength = 6;

/// Keeps the digits of a pasted text ("123 456", "123-456" → "123456").
QString digitsOnly(const QString& text) {
    QString digits;
    for (QChar c : text)
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
    return digits;
}

} // namespace

OtpDialog::OtpDialog(core::StepUp* stepUp, QWidget* parent)
    : QDialog(parent) {
    build();
    follow(stepUp);
}

OtpDialog::~OtpDialog() {
    m_code->clear();
}

void OtpDialog::build() {
    m_sentTo = new QLabel(this);
    m_code = new QLineEdit(this);
    m_validity = new QLabel(this);
    m_message = new QLabel(this);
    m_resend = new QPushButton(tr("&Send a new code"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_clock = new QTimer(this);
    setWindowTitle(tr("One-time password"));
    m_sentTo->setTextFormat(Qt::PlainText); // the destination comes from the server
    m_sentTo->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_code->setMaxLength(codeLength + 8); // room for a pasted "123 456"; digits are kept
    m_code->setPlaceholderText(QStringLiteral("000000"));
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_code->setAlignment(Qt::AlignCenter);
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setLetterSpacing(QFont::AbsoluteSpacing, 4);
    m_code->setFont(big);
    m_code->setAccessibleName(tr("One-time password, six digits"));
    m_sentTo->setAccessibleName(tr("Where the code was sent"));
    m_validity->setAccessibleName(tr("Code validity"));
    m_message->setAccessibleName(tr("One-time password status"));
    m_resend->setAccessibleName(tr("Send a new code"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_resend->setEnabled(false);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_resend, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    auto* prompt = new QLabel(tr("This operation needs a one-time password. Type the &6-digit code:"), this);
    prompt->setBuddy(m_code);
    prompt->setWordWrap(true);
    layout->addWidget(m_sentTo);
    layout->addWidget(prompt);
    layout->addWidget(m_code);
    layout->addWidget(m_validity);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_code, &QLineEdit::textEdited, this, &OtpDialog::onTextEdited);
    connect(m_code, &QLineEdit::returnPressed, this, [this] {
        if (m_stepUp)
            m_stepUp->submitCode(m_code->text());
    });
    connect(m_resend, &QPushButton::clicked, this, [this] {
        if (m_stepUp)
            m_stepUp->requestNewCode();
    });
    connect(m_cancel, &QPushButton::clicked, this, &OtpDialog::reject);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &OtpDialog::tick);
}

void OtpDialog::follow(core::StepUp* stepUp) {
    m_stepUp = stepUp;
    connect(stepUp, &core::StepUp::phaseChanged, this, &OtpDialog::onPhase);
    connect(stepUp, &core::StepUp::challengeReceived, this, &OtpDialog::onChallenge);
    connect(stepUp, &core::StepUp::challengeFailed, this, [this](const api::ApiError& error) {
        m_sentTo->clear();
        setMessage(error.userMessage, true);
        tick();
    });
    connect(stepUp, &core::StepUp::codeRejected, this, &OtpDialog::onCodeRejected);
    connect(stepUp, &core::StepUp::finished, this, [this](core::StepUp::Ending ending) { m_ending = ending; });
    connect(stepUp, &core::StepUp::ended, this, [this] {
        m_code->clear();
        QDialog::done(m_ending == core::StepUp::Ending::Succeeded ? QDialog::Accepted : QDialog::Rejected);
    });
    connect(stepUp, &QObject::destroyed, this, [this] {
        if (isVisible())
            QDialog::done(QDialog::Rejected);
    });
    onPhase(stepUp->phase());
}

std::optional<api::ApiError> OtpDialog::finalError() const {
    if (m_ending == core::StepUp::Ending::Failed && m_stepUp)
        return m_stepUp->error();
    return std::nullopt;
}

void OtpDialog::keyPressEvent(QKeyEvent* event) {
    if (m_stepUp && !m_stepUp->canCancel() && event->matches(QKeySequence::Cancel)) {
        event->accept(); // the operation is on its way: wait for its answer
        return;
    }
    QDialog::keyPressEvent(event);
}

void OtpDialog::closeEvent(QCloseEvent* event) {
    if (m_stepUp && !m_stepUp->canCancel()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void OtpDialog::reject() {
    if (m_stepUp && m_stepUp->isRunning()) {
        m_stepUp->cancel(); // ends the step-up (closing this dialog), or does nothing while a write is on its way
        return;
    }
    QDialog::reject();
}

void OtpDialog::onPhase(core::StepUp::Phase phase) {
    using Phase = core::StepUp::Phase;
    const bool checking = phase == Phase::CheckingCode || phase == Phase::Sending;
    m_cancel->setEnabled(!checking);
    switch (phase) {
    case Phase::RequestingCode:
        m_code->clear();
        m_code->setEnabled(false);
        m_sentTo->setText(tr("Requesting a code…"));
        setMessage({}, false);
        break;
    case Phase::CheckingCode:
    case Phase::Sending:
        m_code->setEnabled(false);
        setMessage(tr("Checking the code…"), false);
        break;
    case Phase::WaitingForCode:
        m_code->setEnabled(true);
        m_code->setFocus();
        break;
    case Phase::Idle:
        break;
    }
    tick();
}

void OtpDialog::onChallenge(const api::OtpChallenge& challenge) {
    m_sentTo->setText(challenge.sentTo.isEmpty() ? tr("A code was sent to your e-mail.")
                                                 : tr("A code was sent to %1.").arg(challenge.sentTo));
    m_clock->start();
    tick();
}

void OtpDialog::onTextEdited(const QString& text) {
    const QString digits = digitsOnly(text).left(codeLength);
    if (digits != text)
        m_code->setText(digits);
    if (digits.size() == codeLength && m_stepUp)
        m_stepUp->submitCode(digits); // the sixth digit submits
}

void OtpDialog::onCodeRejected(const api::ApiError& error) {
    m_code->clear();
    if (error.kind == api::ErrorKind::OtpInvalid && error.attemptsLeft)
        setMessage(tr("The code is not correct. %n attempt(s) left.", nullptr, *error.attemptsLeft), true);
    else
        setMessage(error.userMessage, true);
    tick();
}

void OtpDialog::tick() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::optional<api::OtpChallenge> challenge = m_stepUp ? m_stepUp->challenge() : std::nullopt;
    if (challenge && challenge->expiresAt.isValid()) {
        const qint64 left = std::max<qint64>(0, now.secsTo(challenge->expiresAt));
        m_validity->setText(
            left > 0 ? tr("The code is valid for %1:%2 more.").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'))
                     : tr("The code has expired. Send a new one."));
    } else {
        m_validity->clear();
    }
    const QDateTime allowedAt = m_stepUp ? m_stepUp->resendAllowedAt() : QDateTime();
    const bool waiting = m_stepUp && m_stepUp->phase() == core::StepUp::Phase::WaitingForCode;
    // The same instant StepUp::requestNewCode() accepts: whole seconds would enable the button up to 1 s early.
    const qint64 waitMs = allowedAt.isValid() ? now.msecsTo(allowedAt) : 1000;
    m_resend->setEnabled(waiting && waitMs <= 0);
    m_resend->setText(waiting && waitMs > 0 ? tr("Send a new code (%1 s)").arg((waitMs + 999) / 1000)
                                            : tr("&Send a new code"));
    if (waiting && waitMs > 0 && waitMs < 1000)
        QTimer::singleShot(waitMs, this, &OtpDialog::tick); // enable it on the dot, not at the next second
}

void OtpDialog::setMessage(const QString& text, bool isError) {
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("font-weight: bold;") : QString());
}

OtpDialogPrompter::OtpDialogPrompter(QWidget* dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent) {}

void OtpDialogPrompter::prompt(core::StepUp* stepUp) {
    auto* dialog = new OtpDialog(stepUp, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace migo::views
