// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audittrail.h"
#include "recordkind.h"
#include "result.h"
#include "sqlsupport.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class Database;

// What every store shares: the connection (by name), the read-only guard and
// the shape of a write. A store's public save/remove run one write
// transaction each; the ...Within() variants expect the caller's
// WriteTransaction (bulk loads).
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    explicit Store(const Database &db);

protected:
    QSqlDatabase db() const { return QSqlDatabase::database(m_connectionName, false); }
    // The register, for a store that works through other stores.
    const Database &database() const { return *m_database; }
    // An error when the register is read-only, else ok.
    Status checkWritable() const;
    static Error notFound(const QString &what, qint64 id);

    // The one row sql finds (its only '?' bound to id), made into a value by
    // fromRow; NotFound ("what id") when there is none.
    template<typename T>
    Result<T> fetchOne(const QString &sql, qint64 id, const QString &what, T (*fromRow)(const QSqlQuery &)) const
    {
        auto query = Sql::run(db(), sql, {id});
        if (!query)
            return query.error();
        if (!query.value().next())
            return notFound(what, id);
        T value = fromRow(query.value());
        query.value().finish();
        return value;
    }

    // Runs work in one write transaction (after the read-only check) and
    // commits it; nothing is kept when work fails.
    Status writeInTransaction(const std::function<Status()> &work);
    // The usual save(): saveWithin in one write transaction. The caller's
    // value (its id, trimmed fields, child ids) changes only when the change
    // is committed, so a failed save can simply be retried.
    template<typename S, typename T>
    Result<qint64> saveRecord(T &record, Status (S::*saveWithin)(T &))
    {
        T attempt = record;
        const Status saved = writeInTransaction([&] { return (static_cast<S *>(this)->*saveWithin)(attempt); });
        if (!saved)
            return saved.error();
        record = attempt;
        return record.id;
    }
    // The usual remove(): in one write transaction, prepare() reads the
    // record's audit fields (failing, e.g. NotFound, stops everything) and
    // deletes what the row's cascade does not cover; then deleteRecordWithin().
    Status removeRecord(RecordKind kind, qint64 id, const std::function<Result<FieldMap>()> &prepare,
                        const QString &failed);
    // Deletes a record inside the caller's transaction with all that hangs
    // on it, so that nothing is left pointing at it: the tasks about it
    // (TaskStore::removeForRecordWithin) and its attachments, then its row
    // (child rows go by ON DELETE CASCADE), its audit Delete entry (before:
    // its fields) and its search entry. A failed delete of the row carries failed.
    Status deleteRecordWithin(RecordKind kind, qint64 id, const FieldMap &before, const QString &failed);
    // The last steps of deleteRecordWithin: the row, the audit entry, the search entry.
    static Status deleteRowWithin(const QSqlDatabase &db, RecordKind kind, qint64 id, const FieldMap &before,
                                  const QString &failed);

    // A record's audit fields, or its error (for removeRecord's prepare).
    template<typename T>
    static Result<FieldMap> auditFieldsOf(const Result<T> &record)
    {
        if (!record)
            return record.error();
        return record.value().auditFields();
    }

private:
    const Database *m_database = nullptr;
    QString m_connectionName;
    bool m_readOnly = false;
    QString m_readOnlyMessage;
};
