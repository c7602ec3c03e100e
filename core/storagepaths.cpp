// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagepaths.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace StoragePaths {

QString dataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString defaultDatabasePath()
{
    return dataDirectory() + QLatin1String("/saradnja.db");
}

QString logDirectory()
{
    return dataDirectory() + QLatin1String("/logs");
}

QString backupDirectory(const QString &databasePath)
{
    return QFileInfo(databasePath).absolutePath() + QLatin1String("/backups");
}

QString lockFilePath(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QLatin1String(".lock");
}

QString journalPath(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QLatin1String("-journal");
}

} // namespace StoragePaths
