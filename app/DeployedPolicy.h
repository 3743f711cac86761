#pragma once

#include "SignInDialog.h"

#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace migo::app {

/// What IT deploys for every user of a workstation (issue 18; keys and an example: docs/deployment.md).
///
/// Read from the system scope only: the first `Migo/migo-backoffice.conf` in the system configuration folders
/// ($XDG_CONFIG_DIRS, default /etc/xdg), never from the user's own folder. An INI file:
///   [policy] environments (the ids offered, in order), allowCustomServer, idleLockMinutes, idleLockLocked;
///   [<id>] name, url, merchant, partner, locked (a list of "merchant", "partner").
/// Environments with a missing name or an unusable URL (not http(s), or plain http to a host that is not this
/// computer, contract §1) are left out, so a typo never offers a wrong server. Plain data; GUI thread (QSettings).
struct DeployedPolicy {
    /// The environments offered, in the file's order; empty when the file deploys none (the agent chooses freely).
    QList<views::DeployedEnvironment> environments;
    /// Whether the agent may type another server's address besides the deployed ones (default: no, once any
    /// environment is deployed).
    bool allowCustomServer = true;
    /// The idle time before the window locks, when the policy sets one (1..240 minutes).
    std::optional<std::chrono::minutes> idleLock;
    /// The agent's own idle-lock setting is ignored (only the policy's counts).
    bool idleLockLocked = false;
    /// The file read; empty when there is none.
    QString sourceFile;

    /// The workstation's policy, from the system configuration folders.
    static DeployedPolicy load();
    /// The policy in `path` (tests, or a file given explicitly); an unreadable file gives the empty policy.
    static DeployedPolicy fromFile(const QString& path);
    /// The first `Migo/migo-backoffice.conf` of the system configuration folders; empty when there is none.
    static QString systemFile();
};

} // namespace migo::app
