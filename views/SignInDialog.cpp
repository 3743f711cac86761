#include "SignInDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace migo::views {

using Environment = SignInProfile::Environment;

SignInDialog::SignInDialog(core::Session* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_environment(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_merchant(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_partner(new QSpinBox(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Sign in — Migo Backoffice"));
    m_environment->addItem(tr("Local sandbox"), int(Environment::LocalSandbox));
    m_environment->addItem(tr("QA"), int(Environment::Qa));
    m_environment->addItem(tr("Production"), int(Environment::Production));
    m_environment->addItem(tr("Custom URL"), int(Environment::Custom));
    m_password->setEchoMode(QLineEdit::Password);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_partner->setRange(1, std::numeric_limits<int>::max());
    m_status->setTextFormat(Qt::PlainText); // the server's sentences
    m_status->setWordWrap(true);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));

    m_environment->setAccessibleName(tr("Environment"));
    m_url->setAccessibleName(tr("Server address"));
    m_merchant->setAccessibleName(tr("Merchant id"));
    m_email->setAccessibleName(tr("Operator e-mail"));
    m_password->setAccessibleName(tr("Password"));
    m_partner->setAccessibleName(tr("Partner id"));
    m_status->setAccessibleName(tr("Sign-in status"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("Server &address:"), m_url);
    form->addRow(tr("&Merchant id:"), m_merchant);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Pa&rtner id:"), m_partner);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_environment, &QComboBox::currentIndexChanged, this, &SignInDialog::updateUrlField);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_session, &core::Session::progress, this, [this](const QString& status) { setBusy(true, status); });
    connect(m_session, &core::Session::signedIn, this, [this] {
        m_password->clear();
        setBusy(false, tr("Signed in."));
        accept();
    });
    connect(m_session, &core::Session::signInFailed, this, &SignInDialog::fail);
    connect(m_session, &core::Session::resumeRefused, this, [this](const QString& sentence) {
        fail(sentence);
        m_status->setText(
            tr("Your remembered session could not be continued: %1 Enter your password to sign in.").arg(sentence));
    });
    updateUrlField();
}

SignInDialog::~SignInDialog() {
    m_password->clear();
}

void SignInDialog::setProfile(const SignInProfile& profile) {
    m_environment->setCurrentIndex(m_environment->findData(int(profile.environment)));
    if (profile.environment == Environment::Custom)
        m_url->setText(profile.customUrl.toString());
    m_merchant->setText(profile.merchant);
    m_email->setText(profile.email);
    m_partner->setValue(int(std::max<qint64>(1, profile.partnerId)));
    updateUrlField();
}

SignInProfile SignInDialog::profile() const {
    SignInProfile profile;
    profile.environment = Environment(m_environment->currentData().toInt());
    if (profile.environment == Environment::Custom)
        profile.customUrl = QUrl::fromUserInput(m_url->text().trimmed());
    profile.merchant = m_merchant->text().trimmed();
    profile.email = m_email->text().trimmed();
    profile.partnerId = m_partner->value();
    return profile;
}

void SignInDialog::setSandboxUrl(const QUrl& url) {
    m_sandboxUrl = url;
    updateUrlField();
}

void SignInDialog::setPassword(const QString& password) {
    m_password->setText(password);
}

QUrl SignInDialog::baseUrl() const {
    switch (Environment(m_environment->currentData().toInt())) {
    case Environment::LocalSandbox:
        return m_sandboxUrl;
    case Environment::Qa:
        return api::qaBaseUrl();
    case Environment::Production:
        return api::productionBaseUrl();
    case Environment::Custom:
        return QUrl::fromUserInput(m_url->text().trimmed());
    }
    return {};
}

void SignInDialog::updateUrlField() {
    const bool custom = Environment(m_environment->currentData().toInt()) == Environment::Custom;
    m_url->setReadOnly(!custom);
    if (!custom)
        m_url->setText(baseUrl().toString());
}

void SignInDialog::setBusy(bool busy, const QString& status) {
    m_progress->setVisible(busy);
    m_status->setText(status);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy); // one sign-in at a time
    for (QWidget* field :
         {static_cast<QWidget*>(m_environment), static_cast<QWidget*>(m_url), static_cast<QWidget*>(m_merchant),
          static_cast<QWidget*>(m_email), static_cast<QWidget*>(m_password), static_cast<QWidget*>(m_partner)})
        field->setEnabled(!busy);
}

void SignInDialog::fail(const QString& sentence) {
    setBusy(false, sentence);
    m_password->setFocus();
    m_password->selectAll();
}

core::SignInTarget SignInDialog::target() const {
    const SignInProfile chosen = profile();
    return core::SignInTarget{baseUrl(), chosen.merchant, chosen.email, chosen.partnerId};
}

void SignInDialog::resume() {
    m_session->resume(target());
}

void SignInDialog::reject() {
    m_session->cancel();
    QDialog::reject();
}

void SignInDialog::signIn() {
    if (m_session->isBusy())
        return;
    const SignInProfile chosen = profile();
    if (chosen.merchant.isEmpty() || chosen.email.isEmpty() || m_password->text().isEmpty()) {
        m_status->setText(tr("Enter the merchant id, your e-mail and your password."));
        return;
    }
    m_session->signIn(target(), m_password->text());
}

} // namespace migo::views
