#pragma once

#include <QCoreApplication>
#include <QString>

namespace migo::views {

/// Where save dialogs start before the agent has chosen a folder.
class SaveFolder final {
    Q_DECLARE_TR_FUNCTIONS(migo::views::SaveFolder)

public:
    /// The user's documents folder from QStandardPaths, created when it does not exist (a fresh profile has none).
    /// When it cannot be created the home folder is returned and `problem` (when given) gets a translated sentence
    /// naming the folder; otherwise `problem` is cleared.
    static QString defaultFolder(QString* problem = nullptr);
};

} // namespace migo::views
