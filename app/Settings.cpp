#include "Settings.h"

namespace migo::app {

namespace {

// Every key in one place.
constexpr auto keyEnvironment = "profile/environment";
constexpr auto keyCustomUrl = "profile/customUrl";
constexpr auto keyDeployedEnvironment = "profile/deployedEnvironment"; // a DeployedEnvironment::id
constexpr auto keyMerchant = "profile/merchant";
constexpr auto keyEmail = "profile/email";
constexpr auto keyPartner = "profile/partnerId";
constexpr auto keyPartners = "profile/partners"; // the operator's partners by id and name (not secret)
constexpr auto keyIdleLock = "session/idleLockMinutes";
constexpr auto keyGeometry = "window/geometry";
constexpr auto keyWindowState = "window/state";
constexpr auto keyCardholderColumns = "window/cardholderColumns";
constexpr auto keyCardholderSplitter = "window/cardholderSplitter";
constexpr auto keyLastReportFolder = "reports/lastFolder";

QString key(const char* name) {
    return QString::fromLatin1(name);
}

constexpr std::chrono::minutes defaultIdleLock{15};
constexpr std::chrono::minutes minIdleLock{1};
constexpr std::chrono::minutes maxIdleLock{240};

} // namespace

Settings::Settings(QSettings* backing)
    : m_owned(backing ? nullptr : std::make_unique<QSettings>())
    , m_settings(backing ? backing : m_owned.get()) {}

Settings::~Settings() = default;

views::SignInProfile Settings::lastProfile() const {
    using Environment = views::SignInProfile::Environment;
    views::SignInProfile profile;
    const int environment = m_settings->value(key(keyEnvironment), int(Environment::Production)).toInt();
    if (environment >= int(Environment::LocalSandbox) && environment <= int(Environment::Deployed))
        profile.environment = Environment(environment);
    profile.deployedId = m_settings->value(key(keyDeployedEnvironment)).toString();
    profile.customUrl = m_settings->value(key(keyCustomUrl)).toUrl();
    profile.merchant = m_settings->value(key(keyMerchant)).toString();
    profile.email = m_settings->value(key(keyEmail)).toString();
    profile.partnerId = m_settings->value(key(keyPartner), 0).toLongLong();
    const int partners = m_settings->beginReadArray(key(keyPartners));
    for (int i = 0; i < partners; ++i) {
        m_settings->setArrayIndex(i);
        const qint64 id = m_settings->value(QStringLiteral("id")).toLongLong();
        if (id > 0)
            profile.knownPartners.append({id, m_settings->value(QStringLiteral("name")).toString()});
    }
    m_settings->endArray();
    return profile;
}

void Settings::setLastProfile(const views::SignInProfile& profile) {
    m_settings->setValue(key(keyEnvironment), int(profile.environment));
    m_settings->setValue(key(keyCustomUrl), profile.customUrl);
    m_settings->setValue(key(keyDeployedEnvironment), profile.deployedId);
    m_settings->setValue(key(keyMerchant), profile.merchant);
    m_settings->setValue(key(keyEmail), profile.email);
    m_settings->setValue(key(keyPartner), profile.partnerId);
    m_settings->remove(key(keyPartners));
    m_settings->beginWriteArray(key(keyPartners), int(profile.knownPartners.size()));
    for (int i = 0; i < profile.knownPartners.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("id"), profile.knownPartners.at(i).id);
        m_settings->setValue(QStringLiteral("name"), profile.knownPartners.at(i).name);
    }
    m_settings->endArray();
}

void Settings::setPolicy(const DeployedPolicy& policy) {
    m_policy = policy;
}

std::chrono::minutes Settings::idleLock() const {
    if (m_policy.idleLockLocked && m_policy.idleLock)
        return *m_policy.idleLock; // the agent's own value does not count
    bool ok = false;
    const int stored = m_settings->value(key(keyIdleLock)).toInt(&ok);
    if (!ok)
        return m_policy.idleLock.value_or(defaultIdleLock);
    return std::clamp(std::chrono::minutes(stored), minIdleLock, maxIdleLock);
}

void Settings::setIdleLock(std::chrono::minutes minutes) {
    m_settings->setValue(key(keyIdleLock), qlonglong(std::clamp(minutes, minIdleLock, maxIdleLock).count()));
}

QByteArray Settings::mainWindowGeometry() const {
    return m_settings->value(key(keyGeometry)).toByteArray();
}
void Settings::setMainWindowGeometry(const QByteArray& geometry) {
    m_settings->setValue(key(keyGeometry), geometry);
}
QByteArray Settings::mainWindowState() const {
    return m_settings->value(key(keyWindowState)).toByteArray();
}
void Settings::setMainWindowState(const QByteArray& state) {
    m_settings->setValue(key(keyWindowState), state);
}
QByteArray Settings::cardholderColumns() const {
    return m_settings->value(key(keyCardholderColumns)).toByteArray();
}
void Settings::setCardholderColumns(const QByteArray& state) {
    m_settings->setValue(key(keyCardholderColumns), state);
}

QByteArray Settings::cardholderSplitter() const {
    return m_settings->value(key(keyCardholderSplitter)).toByteArray();
}
void Settings::setCardholderSplitter(const QByteArray& state) {
    m_settings->setValue(key(keyCardholderSplitter), state);
}

QString Settings::lastReportFolder() const {
    return m_settings->value(key(keyLastReportFolder)).toString();
}
void Settings::setLastReportFolder(const QString& folder) {
    m_settings->setValue(key(keyLastReportFolder), folder);
}

void Settings::sync() {
    m_settings->sync();
}

} // namespace migo::app
