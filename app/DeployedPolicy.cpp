#include "DeployedPolicy.h"

#include "CmsClient.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace migo::app {

namespace {

constexpr std::chrono::minutes minIdleLock{1};
constexpr std::chrono::minutes maxIdleLock{240};

/// A list value written either as "a, b" (one string: QSettings splits at commas) or as one word.
QStringList listValue(const QSettings& file, const QString& key) {
    QStringList items;
    for (const QString& item : file.value(key).toStringList())
        if (const QString trimmed = item.trimmed(); !trimmed.isEmpty())
            items.append(trimmed);
    return items;
}

/// An address the client will talk to (contract §1, api::isTransportAllowed).
bool usableServer(const QUrl& url) {
    return url.isValid() && !url.host().isEmpty() && api::isTransportAllowed(url);
}

} // namespace

QString DeployedPolicy::systemFile() {
    // GenericConfigLocation is the user's folder followed by $XDG_CONFIG_DIRS (default /etc/xdg): skip the first.
    QStringList folders = QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation);
    folders.removeAll(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    for (const QString& folder : folders) {
        const QString path = folder + QStringLiteral("/Migo/migo-backoffice.conf");
        if (QFileInfo(path).isReadable())
            return path;
    }
    return {};
}

DeployedPolicy DeployedPolicy::load() {
    const QString path = systemFile();
    return path.isEmpty() ? DeployedPolicy{} : fromFile(path);
}

DeployedPolicy DeployedPolicy::fromFile(const QString& path) {
    DeployedPolicy policy;
    if (!QFileInfo(path).isReadable())
        return policy;
    const QSettings file(path, QSettings::IniFormat);
    policy.sourceFile = path;
    for (const QString& id : listValue(file, QStringLiteral("policy/environments"))) {
        views::DeployedEnvironment environment;
        environment.id = id;
        environment.name = file.value(id + QStringLiteral("/name")).toString().trimmed();
        environment.url = QUrl(file.value(id + QStringLiteral("/url")).toString().trimmed(), QUrl::StrictMode);
        environment.merchant = file.value(id + QStringLiteral("/merchant")).toString().trimmed();
        environment.partnerId = std::max<qint64>(0, file.value(id + QStringLiteral("/partner")).toLongLong());
        const QStringList locked = listValue(file, id + QStringLiteral("/locked"));
        environment.merchantLocked = locked.contains(QStringLiteral("merchant")) && !environment.merchant.isEmpty();
        environment.partnerLocked = locked.contains(QStringLiteral("partner")) && environment.partnerId > 0;
        if (!environment.name.isEmpty() && usableServer(environment.url))
            policy.environments.append(environment);
    }
    policy.allowCustomServer =
        file.value(QStringLiteral("policy/allowCustomServer"), policy.environments.isEmpty()).toBool();
    bool ok = false;
    const int minutes = file.value(QStringLiteral("policy/idleLockMinutes")).toInt(&ok);
    if (ok)
        policy.idleLock = std::clamp(std::chrono::minutes(minutes), minIdleLock, maxIdleLock);
    policy.idleLockLocked = policy.idleLock && file.value(QStringLiteral("policy/idleLockLocked"), false).toBool();
    return policy;
}

} // namespace migo::app
