// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;

struct BackupInfo
{
    QString filePath;
    QDateTime createdAt;
    QString reason; // "daily", "manual", "before-upgrade-to-v2", "before-restore"...
    qint64 size = 0;
};

// A restore made ready by BackupManager::prepareRestore.
struct RestorePlan
{
    QString backupPath; // the backup restored
    QString safetyBackup; // the current contents, backed up first
    QString staging; // the checked copy beside the register, to be swapped in
};

// The automatic backups of one register, in a "backups" folder beside it.
// A backup is a consistent copy made with VACUUM INTO, counted only after it
// passes the full integrity check; old ones are rotated out (the newest of
// each of the last 7 days, 4 weeks and 12 months that have backups are kept).
class BackupManager
{
    Q_DECLARE_TR_FUNCTIONS(BackupManager)

public:
    static constexpr int keptDays = 7;
    static constexpr int keptWeeks = 4;
    static constexpr int keptMonths = 12;
    // A backup taken before an upgrade or a restore is kept this long, then rotated as the others.
    static constexpr int keptSafetyDays = 30;

    explicit BackupManager(const QString &databasePath);

    QString directory() const { return m_directory; }

    // Writes a new backup into the backups folder and returns its path.
    Result<QString> createBackup(const Database &db, const QString &reason = QStringLiteral("manual")) const;
    // The automatic daily backup: when the last backup is a day old or more,
    // writes one ("daily") and rotates. Returns its path, or an empty one
    // when none was due.
    Result<QString> takeDailyBackup(const Database &db) const;
    bool isDailyBackupDue(const QDateTime &now) const;
    // Writes a verified copy to a file of the user's choice (refuses an existing file).
    static Status exportTo(const Database &db, const QString &target);

    // Backups of this register, newest first.
    QList<BackupInfo> list() const;
    // The occasion of a backup (BackupInfo::reason) in the user's language;
    // one this version does not know is shown as it is.
    static QString occasion(const QString &reason);
    QDateTime lastBackupTime() const;
    // Whether backup is one taken before an upgrade or a restore, younger than keptSafetyDays.
    static bool isSafetyBackup(const BackupInfo &backup, const QDateTime &now);
    // Deletes the backups the rotation policy no longer keeps; returns how many.
    int rotate(const QDateTime &now) const;
    // Which of the given backup times the policy keeps (pure, for tests).
    static QList<QDateTime> keptByPolicy(QList<QDateTime> times);

    // Replaces the register with a backup: checks the backup, backs up the
    // current contents first ("before-restore"), then swaps the contents in.
    Status restore(Database &db, const QString &backupPath) const;
    // restore in two steps, so that the slow one runs off the owner's thread
    // (nothing may write to the register between them): prepareRestore does
    // all but the swap, on any connection to the register (a reader);
    // finishRestore swaps the prepared copy into the owner's register.
    Result<RestorePlan> prepareRestore(const Database &db, const QString &backupPath) const;
    Status finishRestore(Database &db, const RestorePlan &plan) const;

private:
    QString fileNameFor(const QDateTime &time, const QString &reason) const;

    QString m_databasePath;
    QString m_directory;
    QString m_stem;
};
