#include "LockScreen.h"

#include "Palette.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace migo::views {

LockScreen::LockScreen(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
    , m_signOut(new QPushButton(tr("&Sign out"), this)) {
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(tr("Lock title"));
    m_explanation->setTextFormat(Qt::PlainText); // names the operator's e-mail
    m_explanation->setWordWrap(true);
    m_explanation->setAccessibleName(tr("Lock explanation"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_error->setTextFormat(Qt::PlainText); // the server's sentence
    m_error->setWordWrap(true);
    m_error->setStyleSheet(core::palette::errorTextStyle());
    m_error->setAccessibleName(tr("Unlock error"));
    m_unlock->setDefault(true);
    m_unlock->setAccessibleName(tr("Unlock"));
    m_signOut->setAccessibleName(tr("Sign out"));

    auto* form = new QFormLayout;
    auto* passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_signOut);
    buttons->addWidget(m_unlock);

    auto* panel = new QWidget(this);
    panel->setMaximumWidth(460);
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->addWidget(m_title);
    panelLayout->addWidget(m_explanation);
    panelLayout->addLayout(form);
    panelLayout->addWidget(m_error);
    panelLayout->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(panel, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    setTabOrder(m_password, m_unlock);
    setTabOrder(m_unlock, m_signOut);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::submit);
    connect(m_signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);
}

void LockScreen::prepare(Reason reason, const QString& operatorEmail) {
    m_reason = reason;
    switch (reason) {
    case Reason::Idle:
    case Reason::Manual:
        m_title->setText(tr("Locked"));
        m_explanation->setText(
            tr("Migo Backoffice was locked to protect cardholder data. Enter the password of %1 to continue where "
               "you were.")
                .arg(operatorEmail));
        break;
    case Reason::SessionExpired:
        m_title->setText(tr("Session ended"));
        m_explanation->setText(
            tr("Your session with the server has ended. Enter the password of %1 to continue where you were.")
                .arg(operatorEmail));
        break;
    }
    m_password->clear();
    m_error->clear();
    m_error->hide();
    setBusy(false);
    m_password->setFocus(Qt::OtherFocusReason);
}

void LockScreen::setBusy(bool busy) {
    m_password->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
    if (busy) {
        m_error->setText(tr("Checking the password…"));
        m_error->setStyleSheet(QString());
        m_error->show();
    }
}

void LockScreen::showError(const QString& sentence) {
    setBusy(false);
    m_error->setStyleSheet(core::palette::errorTextStyle());
    m_error->setText(sentence);
    m_error->show();
    m_password->setFocus(Qt::OtherFocusReason);
}

void LockScreen::submit() {
    if (!m_unlock->isEnabled())
        return;
    const QString password = m_password->text();
    if (password.isEmpty()) {
        showError(tr("Enter your password."));
        return;
    }
    m_password->clear();
    setBusy(true);
    Q_EMIT unlockRequested(password);
}

} // namespace migo::views
