#include "SignInDialog.h"

#include "Format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace migo::views {

using Environment = SignInProfile::Environment;

namespace {
constexpr int deployedIdRole = Qt::UserRole + 1; ///< the environment choice's DeployedEnvironment::id
}

SignInDialog::SignInDialog(core::Session* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_environment(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_merchant(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_partner(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Sign in — Migo Backoffice"));
    rebuildEnvironments();
    m_password->setEchoMode(QLineEdit::Password);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_partner->setEditable(true); // the first time, the partner's number as the program's welcome e-mail gives it
    m_partner->setInsertPolicy(QComboBox::NoInsert);
    m_partner->lineEdit()->setPlaceholderText(tr("Name or number"));
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
    m_partner->setAccessibleName(tr("Partner"));
    m_status->setAccessibleName(tr("Sign-in status"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("Server &address:"), m_url);
    form->addRow(tr("&Merchant id:"), m_merchant);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Pa&rtner:"), m_partner);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_environment, &QComboBox::currentIndexChanged, this, &SignInDialog::updateUrlField);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_session, &core::Session::progress, this, [this](const QString& status) { setBusy(true, status); });
    connect(m_session, &core::Session::signedIn, this, &SignInDialog::onSignedIn);
    connect(m_session, &core::Session::partnerSwitched, this, [this] {
        if (m_choosingPartner) {
            m_choosingPartner = false;
            accept();
        }
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

void SignInDialog::setDeployment(const QList<DeployedEnvironment>& environments, bool allowCustomServer) {
    m_deployed = environments;
    m_allowCustomServer = allowCustomServer;
    rebuildEnvironments();
    updateUrlField();
}

void SignInDialog::rebuildEnvironments() {
    const QSignalBlocker blocker(m_environment);
    const int previousKind = m_environment->currentData().toInt();
    const QString previousId = m_environment->currentData(deployedIdRole).toString();
    m_environment->clear();
    if (m_deployed.isEmpty()) {
        m_environment->addItem(tr("Local sandbox"), int(Environment::LocalSandbox));
        m_environment->addItem(tr("QA"), int(Environment::Qa));
        m_environment->addItem(tr("Production"), int(Environment::Production));
    }
    for (const DeployedEnvironment& deployed : std::as_const(m_deployed)) {
        m_environment->addItem(deployed.name, int(Environment::Deployed));
        m_environment->setItemData(m_environment->count() - 1, deployed.id, deployedIdRole);
    }
    if (m_deployed.isEmpty() || m_allowCustomServer)
        m_environment->addItem(tr("Custom URL"), int(Environment::Custom));
    if (!m_deployed.isEmpty() && m_sandboxUrl.isValid())
        m_environment->addItem(tr("Local sandbox"), int(Environment::LocalSandbox));
    int index = 0;
    for (int i = 0; i < m_environment->count(); ++i)
        if (m_environment->itemData(i).toInt() == previousKind &&
            m_environment->itemData(i, deployedIdRole).toString() == previousId)
            index = i;
    m_environment->setCurrentIndex(index);
}

const DeployedEnvironment* SignInDialog::chosenDeployment() const {
    if (Environment(m_environment->currentData().toInt()) != Environment::Deployed)
        return nullptr;
    const QString id = m_environment->currentData(deployedIdRole).toString();
    for (const DeployedEnvironment& deployed : m_deployed)
        if (deployed.id == id)
            return &deployed;
    return nullptr;
}

void SignInDialog::setProfile(const SignInProfile& profile) {
    // The agent's own choices, where the deployment offers them; otherwise its first environment.
    int index = 0;
    for (int i = 0; i < m_environment->count(); ++i)
        if (m_environment->itemData(i).toInt() == int(profile.environment) &&
            (profile.environment != Environment::Deployed ||
             m_environment->itemData(i, deployedIdRole).toString() == profile.deployedId))
            index = i;
    {
        const QSignalBlocker blocker(m_environment);
        m_environment->setCurrentIndex(index);
    }
    if (profile.environment == Environment::Custom)
        m_url->setText(profile.customUrl.toString());
    m_merchant->setText(profile.merchant);
    m_email->setText(profile.email);
    fillPartners(profile.knownPartners, profile.partnerId);
    updateUrlField();
}

SignInProfile SignInDialog::profile() const {
    SignInProfile profile;
    profile.environment = Environment(m_environment->currentData().toInt());
    if (const DeployedEnvironment* deployed = chosenDeployment()) {
        profile.deployedId = deployed->id;
        profile.deployedName = deployed->name;
    }
    if (profile.environment == Environment::Custom)
        profile.customUrl = QUrl::fromUserInput(m_url->text().trimmed());
    profile.merchant = m_merchant->text().trimmed();
    profile.email = m_email->text().trimmed();
    profile.partnerId = chosenPartnerId();
    for (int i = 0; i < m_partner->count(); ++i)
        profile.knownPartners.append(
            {m_partner->itemData(i).toLongLong(), m_partner->itemData(i, Qt::UserRole + 1).toString()});
    return profile;
}

void SignInDialog::fillPartners(const QList<api::PartnerRef>& partners, qint64 current) {
    m_partner->clear();
    for (const api::PartnerRef& partner : partners) {
        m_partner->addItem(core::Format::partnerTitle(partner), partner.id);
        m_partner->setItemData(m_partner->count() - 1, partner.name, Qt::UserRole + 1);
    }
    const int index = m_partner->findData(current);
    if (index >= 0)
        m_partner->setCurrentIndex(index);
    else
        m_partner->setEditText(current > 0 ? QString::number(current) : QString());
}

qint64 SignInDialog::chosenPartnerId() const {
    const QString text = m_partner->currentText().trimmed();
    const int index = m_partner->findText(text);
    if (index >= 0)
        return m_partner->itemData(index).toLongLong();
    // A typed number, or a name followed by "(number)".
    static const QRegularExpression number(QStringLiteral("^(?:.*\\()?(\\d{1,18})\\)?$"));
    const QRegularExpressionMatch match = number.match(text);
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

void SignInDialog::onSignedIn() {
    m_password->clear();
    const QList<api::PartnerRef>& partners = m_session->partners();
    const qint64 chosen = m_session->partnerId();
    if (!partners.isEmpty())
        fillPartners(partners, chosen);
    if (partners.isEmpty() || m_session->worksFor(chosen)) {
        setBusy(false, tr("Signed in."));
        accept();
        return;
    }
    // Signed in, but for a partner that is not the operator's: every list would be refused.
    m_choosingPartner = true;
    setBusy(false, tr("You do not work for partner %1. Choose one of your partners.").arg(chosen));
    for (QWidget* field : connectionFields())
        field->setEnabled(false);
    m_partner->setCurrentIndex(0);
    m_partner->setFocus();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Continue"));
}

void SignInDialog::setSandboxUrl(const QUrl& url) {
    m_sandboxUrl = url;
    rebuildEnvironments();
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
    case Environment::Deployed:
        if (const DeployedEnvironment* deployed = chosenDeployment())
            return deployed->url;
        break;
    }
    return {};
}

void SignInDialog::updateUrlField() {
    const bool custom = Environment(m_environment->currentData().toInt()) == Environment::Custom;
    m_url->setReadOnly(!custom);
    if (!custom)
        m_url->setText(baseUrl().toString());

    // A deployed environment prefills its merchant and partner; what the policy locks, the agent cannot change.
    const DeployedEnvironment* deployed = chosenDeployment();
    const bool merchantLocked = deployed && deployed->merchantLocked;
    if (deployed && !deployed->merchant.isEmpty() && (merchantLocked || m_merchant->text().trimmed().isEmpty()))
        m_merchant->setText(deployed->merchant);
    m_merchant->setReadOnly(merchantLocked);
    m_merchant->setToolTip(merchantLocked ? tr("Set by your organisation's IT policy.") : QString());
    if (deployed && deployed->partnerId > 0 && (deployed->partnerLocked || chosenPartnerId() <= 0)) {
        const int index = m_partner->findData(deployed->partnerId);
        if (index >= 0)
            m_partner->setCurrentIndex(index);
        else
            m_partner->setEditText(QString::number(deployed->partnerId));
    }
    m_partner->setEnabled(!partnerLocked() && !m_session->isBusy());
    m_partner->setToolTip(partnerLocked() ? tr("Set by your organisation's IT policy.") : QString());
}

bool SignInDialog::partnerLocked() const {
    const DeployedEnvironment* deployed = chosenDeployment();
    return !m_choosingPartner && deployed && deployed->partnerLocked;
}

void SignInDialog::setBusy(bool busy, const QString& status) {
    m_progress->setVisible(busy);
    m_status->setText(status);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy); // one sign-in at a time
    for (QWidget* field : connectionFields())
        field->setEnabled(!busy);
    m_partner->setEnabled(!busy && !partnerLocked());
}

QList<QWidget*> SignInDialog::connectionFields() const {
    return {m_environment, m_url, m_merchant, m_email, m_password};
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
    if (m_choosingPartner) {
        m_choosingPartner = false;
        m_session->signOut(); // signed in for no partner of theirs: nothing to keep
    }
    QDialog::reject();
}

void SignInDialog::signIn() {
    if (m_session->isBusy())
        return;
    if (m_choosingPartner) {
        if (!m_session->switchPartner(chosenPartnerId()))
            m_status->setText(tr("Choose one of your partners."));
        return;
    }
    const SignInProfile chosen = profile();
    if (chosen.merchant.isEmpty() || chosen.email.isEmpty() || m_password->text().isEmpty()) {
        m_status->setText(tr("Enter the merchant id, your e-mail and your password."));
        return;
    }
    if (chosen.partnerId <= 0) {
        m_status->setText(tr("Choose the partner you work for, or type its number."));
        m_partner->setFocus();
        return;
    }
    m_session->signIn(target(), m_password->text());
}

} // namespace migo::views
