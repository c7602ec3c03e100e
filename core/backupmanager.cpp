// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupmanager.h"

#include "applog.h"
#include "database.h"
#include "filesync.h"
#include "storagepaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>

namespace {

const QString timeFormat = QStringLiteral("yyyyMMdd-HHmmsszzz");

QString sanitizedReason(const QString &reason)
{
    QString clean;
    for (const QChar c : reason.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit() || c == QLatin1Char('-'))
            clean += c;
    }
    return clean.isEmpty() ? QStringLiteral("manual") : clean.left(40);
}

// Keeps the newest time of each of the most recent `periods` distinct periods.
void keepNewestPerPeriod(const QList<QDateTime> &newestFirst, int periods,
                         const std::function<qint64(const QDateTime &)> &period, QSet<qint64> &keptMsecs)
{
    QSet<qint64> seen;
    for (const QDateTime &time : newestFirst) {
        const qint64 key = period(time);
        if (seen.contains(key))
            continue;
        if (seen.size() == periods)
            break;
        seen.insert(key);
        keptMsecs.insert(time.toMSecsSinceEpoch());
    }
}

} // namespace

BackupManager::BackupManager(const QString &databasePath)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
    , m_directory(StoragePaths::backupDirectory(databasePath))
    , m_stem(QFileInfo(databasePath).completeBaseName())
{
}

QString BackupManager::fileNameFor(const QDateTime &time, const QString &reason) const
{
    return m_stem + QLatin1Char('-') + time.toString(timeFormat) + QLatin1Char('-') + sanitizedReason(reason)
        + QLatin1String(".db");
}

Result<QString> BackupManager::createBackup(const Database &db, const QString &reason) const
{
    if (!QDir().mkpath(m_directory))
        return Error(ErrorCode::Io, tr("The backups folder could not be created."), m_directory);
    QDateTime now = QDateTime::currentDateTime();
    QString target = m_directory + QLatin1Char('/') + fileNameFor(now, reason);
    while (QFileInfo::exists(target)) { // two backups within one millisecond
        now = now.addMSecs(1);
        target = m_directory + QLatin1Char('/') + fileNameFor(now, reason);
    }
    const QString partial = target + QLatin1String(".partial");
    QFile::remove(partial);
    if (Status copied = db.copyTo(partial); !copied) {
        AppLog::error(QStringLiteral("backup of ") + m_databasePath, copied.error());
        return copied.error();
    }
    if (Status verified = Database::verifyFile(partial); !verified) {
        QFile::remove(partial);
        AppLog::error(QStringLiteral("backup verification of ") + partial, verified.error());
        return Error(verified.error().code(), tr("The backup failed its integrity check and was discarded."),
                     verified.error().toLogString());
    }
    if (Status moved = FileSync::moveNoReplace(partial, target); !moved) {
        QFile::remove(partial);
        return moved.error();
    }
    AppLog::info(QStringLiteral("backup of %1 written to %2").arg(m_databasePath, target));
    return target;
}

Status BackupManager::exportTo(const Database &db, const QString &target)
{
    const QFileInfo info(target);
    if (info.exists())
        return Error(ErrorCode::FileExists, tr("A file with this name already exists; it was not overwritten."), target);
    if (!QFileInfo(info.absolutePath()).isDir())
        return Error(ErrorCode::MissingFolder, tr("The folder for the backup does not exist."), info.absolutePath());
    const QString partial = info.absoluteFilePath() + QLatin1String(".partial");
    QFile::remove(partial);
    if (Status copied = db.copyTo(partial); !copied)
        return copied;
    if (Status verified = Database::verifyFile(partial); !verified) {
        QFile::remove(partial);
        return verified;
    }
    if (Status moved = FileSync::moveNoReplace(partial, info.absoluteFilePath()); !moved) {
        QFile::remove(partial);
        return moved;
    }
    AppLog::info(QStringLiteral("backup of %1 written to %2").arg(db.path(), target));
    return {};
}

QList<BackupInfo> BackupManager::list() const
{
    static const QRegularExpression pattern(QStringLiteral("^(.*)-(\\d{8}-\\d{9})-([a-z0-9-]+)\\.db$"));
    QList<BackupInfo> backups;
    const QFileInfoList files = QDir(m_directory).entryInfoList({QStringLiteral("*.db")}, QDir::Files);
    for (const QFileInfo &file : files) {
        const auto match = pattern.match(file.fileName());
        if (!match.hasMatch() || match.captured(1) != m_stem)
            continue;
        const QDateTime time = QDateTime::fromString(match.captured(2), timeFormat);
        if (!time.isValid())
            continue;
        backups.append({file.absoluteFilePath(), time, match.captured(3), file.size()});
    }
    std::sort(backups.begin(), backups.end(),
              [](const BackupInfo &a, const BackupInfo &b) { return a.createdAt > b.createdAt; });
    return backups;
}

QDateTime BackupManager::lastBackupTime() const
{
    const QList<BackupInfo> backups = list();
    return backups.isEmpty() ? QDateTime() : backups.first().createdAt;
}

QList<QDateTime> BackupManager::keptByPolicy(QList<QDateTime> times)
{
    std::sort(times.begin(), times.end(), std::greater<QDateTime>());
    QSet<qint64> kept;
    keepNewestPerPeriod(times, keptDays, [](const QDateTime &t) { return t.date().toJulianDay(); }, kept);
    keepNewestPerPeriod(times, keptWeeks, [](const QDateTime &t) {
        int year = 0;
        const int week = t.date().weekNumber(&year);
        return qint64(year) * 100 + week;
    }, kept);
    keepNewestPerPeriod(times, keptMonths, [](const QDateTime &t) {
        return qint64(t.date().year()) * 100 + t.date().month();
    }, kept);
    QList<QDateTime> result;
    for (const QDateTime &time : std::as_const(times)) {
        if (kept.contains(time.toMSecsSinceEpoch()))
            result << time;
    }
    return result;
}

bool BackupManager::isSafetyBackup(const BackupInfo &backup, const QDateTime &now)
{
    return backup.reason.startsWith(QLatin1String("before-")) && backup.createdAt.daysTo(now) < keptSafetyDays;
}

int BackupManager::rotate(const QDateTime &now) const
{
    const QList<BackupInfo> backups = list();
    // The contents before an upgrade or a restore stay for a while whatever
    // is written after them the same day; the policy picks among the rest.
    QList<QDateTime> times;
    for (const BackupInfo &backup : backups) {
        if (backup.createdAt <= now && !isSafetyBackup(backup, now))
            times << backup.createdAt;
    }
    const QList<QDateTime> kept = keptByPolicy(times);
    int removed = 0;
    for (const BackupInfo &backup : backups) {
        if (backup.createdAt > now || isSafetyBackup(backup, now) || kept.contains(backup.createdAt))
            continue;
        if (QFile::remove(backup.filePath))
            ++removed;
    }
    if (removed > 0)
        AppLog::info(QStringLiteral("rotated out %1 old backups of %2").arg(removed).arg(m_databasePath));
    return removed;
}

Status BackupManager::restore(Database &db, const QString &backupPath) const
{
    if (db.isReadOnly())
        return Error(ErrorCode::ReadOnly, db.readOnlyMessage());
    auto plan = prepareRestore(db, backupPath);
    if (!plan)
        return plan.error();
    return finishRestore(db, plan.value());
}

Result<RestorePlan> BackupManager::prepareRestore(const Database &db, const QString &backupPath) const
{
    if (Status verified = Database::verifyFile(backupPath); !verified) {
        AppLog::error(QStringLiteral("restore from ") + backupPath, verified.error());
        return Error(verified.error().code(),
                     tr("This backup cannot be restored: %1").arg(verified.error().message()),
                     verified.error().detail());
    }
    RestorePlan plan;
    plan.backupPath = backupPath;
    auto safety = createBackup(db, QStringLiteral("before-restore"));
    if (!safety)
        return Error(safety.error().code(),
                     tr("Nothing was restored, because the current register could not be backed up first."),
                     safety.error().toLogString());
    plan.safetyBackup = safety.value();
    auto staging = Database::prepareReplacement(m_databasePath, backupPath);
    if (!staging) {
        AppLog::error(QStringLiteral("restore from ") + backupPath, staging.error());
        return staging.error();
    }
    plan.staging = staging.value();
    return plan;
}

Status BackupManager::finishRestore(Database &db, const RestorePlan &plan) const
{
    if (Status replaced = db.replaceWithPrepared(plan.staging); !replaced) {
        AppLog::error(QStringLiteral("restore from ") + plan.backupPath, replaced.error());
        return replaced;
    }
    AppLog::info(QStringLiteral("restored %1 from %2 (previous contents in %3)")
                     .arg(m_databasePath, plan.backupPath, plan.safetyBackup));
    return {};
}

QString BackupManager::occasion(const QString &reason)
{
    if (reason == QLatin1String("daily"))
        return tr("Daily");
    if (reason == QLatin1String("manual"))
        return tr("Made by hand");
    if (reason == QLatin1String("before-restore"))
        return tr("Before a restore");
    static const QLatin1String upgrade("before-upgrade-to-v");
    if (reason.startsWith(upgrade)) {
        bool number = false;
        const int version = reason.mid(upgrade.size()).toInt(&number);
        if (number)
            return tr("Before the upgrade to schema version %1").arg(version);
    }
    return reason;
}

bool BackupManager::isDailyBackupDue(const QDateTime &now) const
{
    const QDateTime last = lastBackupTime();
    return !last.isValid() || last.secsTo(now) >= 24 * 3600;
}

Result<QString> BackupManager::takeDailyBackup(const Database &db) const
{
    const QDateTime now = QDateTime::currentDateTime();
    if (!isDailyBackupDue(now))
        return QString();
    auto backup = createBackup(db, QStringLiteral("daily"));
    if (backup)
        rotate(now);
    return backup;
}
