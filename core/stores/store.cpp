// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include "attachmentstore.h"
#include "database.h"
#include "searchindex.h"
#include "sqlsupport.h"
#include "storesupport.h"
#include "taskstore.h"
#include "writetransaction.h"

Store::Store(const Database &db)
    : m_database(&db)
    , m_connectionName(db.connectionName())
    , m_readOnly(db.isReadOnly())
    , m_readOnlyMessage(db.readOnlyMessage())
{
}

Status Store::checkWritable() const
{
    if (m_readOnly)
        return Error(ErrorCode::ReadOnly, m_readOnlyMessage);
    return {};
}

Error Store::notFound(const QString &what, qint64 id)
{
    return Error(ErrorCode::NotFound, tr("The record no longer exists; it may have been deleted."),
                 QStringLiteral("%1 %2").arg(what).arg(id));
}

Status Store::writeInTransaction(const std::function<Status()> &work)
{
    if (Status writable = checkWritable(); !writable)
        return writable;
    WriteTransaction transaction(db());
    if (!transaction.isActive())
        return transaction.error();
    if (Status done = work(); !done)
        return done;
    return transaction.commit();
}

Status Store::removeRecord(RecordKind kind, qint64 id, const std::function<Result<FieldMap>()> &prepare,
                           const QString &failed)
{
    return writeInTransaction([&]() -> Status {
        auto before = prepare();
        if (!before)
            return before.error();
        return deleteRecordWithin(kind, id, before.value(), failed);
    });
}

Status Store::deleteRecordWithin(RecordKind kind, qint64 id, const FieldMap &before, const QString &failed)
{
    if (Status tasks = TaskStore::removeForRecordWithin(db(), kind, id); !tasks)
        return tasks;
    if (Status files = AttachmentStore::removeForRecordWithin(db(), kind, id); !files)
        return files;
    return deleteRowWithin(db(), kind, id, before, failed);
}

Status Store::deleteRowWithin(const QSqlDatabase &db, RecordKind kind, qint64 id, const FieldMap &before,
                              const QString &failed)
{
    auto removed = Sql::run(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(StoreSupport::tableOf(kind)), {id});
    if (!removed)
        return Error(removed.error().code(), failed, removed.error().detail());
    if (Status audited = AuditTrail::record(db, kind, id, AuditAction::Delete, before, {}); !audited)
        return audited;
    return SearchIndex::remove(db, kind, id);
}
