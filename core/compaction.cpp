// SPDX-License-Identifier: GPL-3.0-or-later
#include "compaction.h"

#include "applog.h"
#include "database.h"
#include "sqlsupport.h"
#include "storagepaths.h"
#include "writetransaction.h"

#include <QFileInfo>
#include <QLockFile>
#include <QSqlQuery>

namespace {

const QString atKey = QStringLiteral("compacted_at");
const QString sizeKey = QStringLiteral("compacted_size");
constexpr int busyTimeoutMs = 120000;

} // namespace

bool Compaction::isDue(qint64 size, const Record &last, const QDateTime &now)
{
    if (size < minimumSize)
        return false;
    if (!last.at.isValid() || last.size <= 0)
        return true;
    return size >= last.size + last.size / 4 || last.at.daysTo(now) >= 365;
}

bool Compaction::isDueFor(const QString &path, const QDateTime &now)
{
    const QFileInfo file(path);
    const qint64 size = file.size();
    if (size < minimumSize || Database::isOpenHere(path))
        return false;
    // One it could not write is left to whoever can (read-only, or another copy holds it).
    if (!file.isWritable() || !QFileInfo(file.absolutePath()).isWritable())
        return false;
    QLockFile lock(StoragePaths::lockFilePath(path));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return false;
    lock.unlock();
    auto reader = Database::openReader(path);
    if (!reader)
        return false;
    auto last = lastRecord(*reader.value());
    return last && isDue(size, last.value(), now);
}

Result<Compaction::Record> Compaction::lastRecord(const Database &db)
{
    auto query = Sql::run(db.connection(), QStringLiteral("SELECT key, value FROM app_meta WHERE key IN (?, ?)"),
                          {atKey, sizeKey});
    if (!query)
        return query.error();
    Record last;
    while (query.value().next()) {
        const QString value = query.value().value(1).toString();
        if (query.value().value(0).toString() == atKey)
            last.at = QDateTime::fromString(value, Qt::ISODate);
        else
            last.size = value.toLongLong();
    }
    return last;
}

Status Compaction::compact(Database &db)
{
    if (db.isReadOnly())
        return Error(ErrorCode::ReadOnly, db.readOnlyMessage());
    // VACUUM waits for readers to finish (a backup being taken copies the
    // whole file): longer than a save would wait. The value is a constant.
    if (Status waits = Sql::exec(db.connection(), QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs)); !waits)
        return waits;
    if (Status vacuumed = vacuum(db); !vacuumed)
        return Error(vacuumed.error().code(), tr("The register could not be compacted: %1").arg(vacuumed.error().message()),
                     vacuumed.error().toLogString());
    return {};
}

Status Compaction::vacuum(Database &db)
{
    if (Status vacuumed = Sql::exec(db.connection(), QStringLiteral("VACUUM")); !vacuumed)
        return vacuumed;
    // Compacted; without its record it is only compacted again sooner.
    if (Status recorded = record(db); !recorded)
        AppLog::warning(QStringLiteral("%1: compaction not recorded: %2").arg(db.path(), recorded.error().toLogString()));
    return {};
}

Status Compaction::record(Database &db)
{
    const QSqlDatabase connection = db.connection();
    auto pages = Sql::scalar(connection, QStringLiteral("PRAGMA page_count"));
    if (!pages)
        return pages.error();
    auto pageSize = Sql::scalar(connection, QStringLiteral("PRAGMA page_size"));
    if (!pageSize)
        return pageSize.error();
    const qint64 size = pages.value().toLongLong() * pageSize.value().toLongLong();
    WriteTransaction tx(connection);
    if (!tx.isActive())
        return tx.error();
    const QString sql = QStringLiteral("INSERT OR REPLACE INTO app_meta (key, value) VALUES (?, ?)");
    if (auto at = Sql::run(connection, sql, {atKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}); !at)
        return at.error();
    if (auto bytes = Sql::run(connection, sql, {sizeKey, QString::number(size)}); !bytes)
        return bytes.error();
    if (Status committed = tx.commit(); !committed)
        return committed;
    AppLog::info(QStringLiteral("%1 compacted: %2 bytes").arg(db.path()).arg(size));
    return {};
}

Status Compaction::compactFile(const QString &path)
{
    OpenOptions options;
    options.autoBackup = false;
    auto opened = Database::open(path, options);
    if (!opened)
        return opened.error();
    if (opened.value()->isReadOnly()) // another copy holds it: its owner compacts it
        return {};
    return compact(*opened.value());
}

QString Compaction::failedNote(const Error &error)
{
    return tr("%1 It works as it is, and is compacted again at a later opening.").arg(error.message());
}
