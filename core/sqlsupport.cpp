// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlsupport.h"

#include <QCoreApplication>
#include <QSqlError>

namespace {

// SQLite primary result codes (sqlite3.h) that deserve their own message.
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteReadOnly = 8;
constexpr int sqliteIoErr = 10;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteFull = 13;
constexpr int sqliteCantOpen = 14;
constexpr int sqliteNotADb = 26;

// The translation context of this file's messages (a namespace cannot
// declare one itself).
struct SqlText
{
    Q_DECLARE_TR_FUNCTIONS(Sql)
};

} // namespace

namespace Sql {

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

Error toError(const QSqlError &error, const QString &userMessage)
{
    const QString detail = error.text();
    switch (sqliteCode(error)) {
    case sqliteNotADb:
        return Error(ErrorCode::NotADatabase, SqlText::tr("The file is not a Saradnja database."), detail);
    case sqliteCorrupt:
        return Error(ErrorCode::Damaged,
                     SqlText::tr("The database file is damaged. Restore it from a backup."), detail);
    case sqliteBusy:
    case sqliteLocked:
        return Error(ErrorCode::Locked,
                     SqlText::tr("The database is busy: another program is writing to it. Try again in a moment."),
                     detail);
    case sqliteReadOnly:
        return Error(ErrorCode::ReadOnly,
                     SqlText::tr("The database cannot be changed: the file or its folder is read-only."), detail);
    case sqliteFull:
        return Error(ErrorCode::Io, SqlText::tr("The disk is full. Nothing was saved."), detail);
    case sqliteIoErr:
    case sqliteCantOpen:
        return Error(ErrorCode::Io, SqlText::tr("The database file could not be read or written."), detail);
    default:
        return Error(ErrorCode::Sql, userMessage, detail);
    }
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return toError(query.lastError(), SqlText::tr("The database could not run a request."));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return toError(query.lastError(), SqlText::tr("The database could not run a request."));
    return query;
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto query = run(db, sql, values);
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    const QVariant result = q.next() ? q.value(0) : QVariant();
    if (q.lastError().isValid())
        return toError(q.lastError(), SqlText::tr("The database could not run a request."));
    q.finish();
    return result;
}

Status exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return toError(query.lastError(), SqlText::tr("The database could not run a request."));
    query.finish();
    return {};
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

QString quoteLiteral(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace Sql
