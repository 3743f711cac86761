#include "OtpDialog.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
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

OtpDialog::OtpDialog(api::CmsClient* client, QString operatorEmail, QString purpose, Attempt attempt, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_operatorEmail(std::move(operatorEmail))
    , m_purpose(std::move(purpose))
    , m_attempt(std::move(attempt))
    , m_sentTo(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_validity(new QLabel(this))
    , m_message(new QLabel(this))
    , m_resend(new QPushButton(tr("&Send a new code"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_clock(new QTimer(this)) {
    setWindowTitle(tr("One-time password"));
    m_sentTo->setWordWrap(true);
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
    connect(m_code, &QLineEdit::returnPressed, this, &OtpDialog::submit);
    connect(m_resend, &QPushButton::clicked, this, &OtpDialog::requestCode);
    connect(m_cancel, &QPushButton::clicked, this, &OtpDialog::reject);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &OtpDialog::tick);
}

OtpDialog::~OtpDialog() {
    m_pending.cancel(); // a closed dialog cancels its request
    m_code->clear();
}

void OtpDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    if (!m_requested) {
        m_requested = true;
        requestCode();
    }
}

void OtpDialog::keyPressEvent(QKeyEvent* event) {
    if (m_attemptRunning && event->matches(QKeySequence::Cancel)) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void OtpDialog::closeEvent(QCloseEvent* event) {
    if (m_attemptRunning) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void OtpDialog::requestCode() {
    m_pending.cancel();
    m_resend->setEnabled(false);
    m_code->clear();
    m_code->setEnabled(false);
    m_sentTo->setText(tr("Requesting a code…"));
    setMessage({}, false);
    m_pending = m_client->requestOtp(m_operatorEmail, m_purpose, this, [this](const api::Result<api::OtpChallenge>& r) {
        m_pending = {};
        m_code->setEnabled(true);
        m_code->setFocus();
        if (!r.ok()) {
            m_sentTo->clear();
            setMessage(r.error().userMessage, true);
            m_resendAllowedAt = QDateTime::currentDateTimeUtc();
            tick();
            return;
        }
        const api::OtpChallenge& challenge = r.value();
        m_sentTo->setText(challenge.sentTo.isEmpty() ? tr("A code was sent to your e-mail.")
                                                     : tr("A code was sent to %1.").arg(challenge.sentTo));
        m_expiresAt = challenge.expiresAt;
        m_resendAllowedAt = QDateTime::currentDateTimeUtc().addSecs(challenge.resendAfterSeconds);
        m_clock->start();
        tick();
    });
}

void OtpDialog::onTextEdited(const QString& text) {
    const QString digits = digitsOnly(text).left(codeLength);
    if (digits != text)
        m_code->setText(digits);
    if (digits.size() == codeLength)
        submit(); // the sixth digit submits
}

void OtpDialog::submit() {
    const QString code = m_code->text();
    if (code.size() != codeLength || m_pending.isRunning())
        return; // exactly six digits, and one attempt at a time
    m_code->setEnabled(false);
    m_cancel->setEnabled(false);
    m_resend->setEnabled(false);
    m_attemptRunning = true;
    setMessage(tr("Checking the code…"), false);
    m_pending = m_attempt(code, this, [this](const std::optional<api::ApiError>& error) { onAttemptDone(error); });
}

void OtpDialog::onAttemptDone(const std::optional<api::ApiError>& error) {
    m_pending = {};
    m_attemptRunning = false;
    m_cancel->setEnabled(true);
    if (!error) {
        m_code->clear();
        accept();
        return;
    }
    m_code->clear();
    m_code->setEnabled(true);
    m_code->setFocus();
    switch (error->kind) {
    case api::ErrorKind::OtpInvalid:
        if (error->attemptsLeft)
            setMessage(tr("The code is not correct. %n attempt(s) left.", nullptr, *error->attemptsLeft), true);
        else
            setMessage(error->userMessage, true);
        return;
    case api::ErrorKind::OtpExpired:
    case api::ErrorKind::OtpLocked:
        setMessage(error->userMessage, true);
        m_resendAllowedAt = QDateTime::currentDateTimeUtc();
        m_expiresAt = {};
        tick();
        return;
    default:
        // Not about the code (permission, network, unknown outcome…): the caller explains it.
        m_finalError = error;
        reject();
        return;
    }
}

void OtpDialog::tick() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_expiresAt.isValid()) {
        const qint64 left = std::max<qint64>(0, now.secsTo(m_expiresAt));
        m_validity->setText(
            left > 0 ? tr("The code is valid for %1:%2 more.").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'))
                     : tr("The code has expired. Send a new one."));
    } else {
        m_validity->clear();
    }
    const qint64 wait = m_resendAllowedAt.isValid() ? now.secsTo(m_resendAllowedAt) : 1;
    m_resend->setEnabled(wait <= 0 && !m_pending.isRunning());
    m_resend->setText(wait > 0 ? tr("Send a new code (%1 s)").arg(wait) : tr("&Send a new code"));
}

void OtpDialog::setMessage(const QString& text, bool isError) {
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("font-weight: bold;") : QString());
}

} // namespace migo::views
