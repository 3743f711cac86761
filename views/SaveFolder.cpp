#include "SaveFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace migo::views {

QString SaveFolder::defaultFolder(QString* problem) {
    if (problem)
        problem->clear();
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && (QFileInfo(documents).isDir() || QDir().mkpath(documents)))
        return documents;
    if (problem) {
        if (documents.isEmpty())
            *problem = tr("This system names no documents folder. Choose a folder for the file.");
        else
            *problem = tr("Your documents folder %1 does not exist and could not be created. Choose another folder "
                          "for the file.")
                           .arg(QDir::toNativeSeparators(documents));
    }
    return QDir::homePath();
}

} // namespace migo::views
