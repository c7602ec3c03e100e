// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Where Saradnja keeps its files. Only paths, no I/O.
namespace StoragePaths {

// <AppDataLocation>/saradnja.db: the register both executables open without --db.
QString defaultDatabasePath();
// The data folder (AppDataLocation), created on demand by callers.
QString dataDirectory();
QString logDirectory();
// "backups" beside the database file.
QString backupDirectory(const QString &databasePath);
// The lock that marks the one writer: the database path plus ".lock".
QString lockFilePath(const QString &databasePath);
// SQLite's rollback journal for the database.
QString journalPath(const QString &databasePath);

} // namespace StoragePaths
