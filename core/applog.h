// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class Error;

// The application's log: one line per event (opens, migrations, backups,
// restores, failures) in a file in the data folder, rotated by size so it
// never grows without bound. Thread-safe.
class AppLog
{
public:
    enum class Level { Info, Warning, Error };

    // Where the log goes; defaults to <AppDataLocation>/logs/saradnja.log.
    static void setFilePath(const QString &path);
    static QString filePath();

    static void info(const QString &message);
    static void warning(const QString &message);
    static void error(const QString &context, const Error &error);
    static void write(Level level, const QString &message);

    static constexpr qint64 maxFileSize = 1024 * 1024;
    static constexpr int keptFiles = 5;

private:
    static void rotateIfNeeded(const QString &path);
};
