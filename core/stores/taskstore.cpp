// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskstore.h"

#include "attachmentstore.h"
#include "dates.h"
#include "searchindex.h"
#include "sqlsupport.h"
#include "storesupport.h"

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, title, due_on, done, done_on, assignee, record_kind, record_id, notes FROM tasks");

Task fromRow(const QSqlQuery &q)
{
    Task t;
    t.id = q.value(0).toLongLong();
    t.title = q.value(1).toString();
    t.dueOn = Dates::fromSql(q.value(2));
    t.done = q.value(3).toInt() != 0;
    t.doneOn = Dates::fromSql(q.value(4));
    t.assignee = q.value(5).toString();
    t.recordKind = q.value(6).toString();
    t.recordId = q.value(7).toLongLong();
    t.notes = q.value(8).toString();
    return t;
}

} // namespace

Result<Task> TaskStore::get(qint64 id) const
{
    return fetchOne(selectColumns + QStringLiteral(" WHERE id = ?"), id, QStringLiteral("task"), fromRow);
}

Validation TaskStore::validate(const Task &t) const
{
    Validation v;
    v.requireText(QStringLiteral("title"), t.title, tr("The title"));
    if (t.recordKind.isEmpty()) {
        if (t.recordId != 0)
            v.addError(QStringLiteral("record_kind"), tr("Choose the kind of record the task is about."));
        return v;
    }
    const auto kind = RecordKinds::fromKey(t.recordKind);
    if (!kind)
        v.addError(QStringLiteral("record_kind"), tr("\"%1\" is not a kind of record.").arg(t.recordKind));
    else if (t.recordId <= 0 || !StoreSupport::recordExists(db(), *kind, t.recordId))
        v.addError(QStringLiteral("record_id"), tr("The record the task is about no longer exists."));
    return v;
}

Result<qint64> TaskStore::save(Task &task)
{
    return saveRecord(task, &TaskStore::saveWithin);
}

Status TaskStore::saveWithin(Task &t)
{
    const Validation validation = validate(t);
    if (validation.hasErrors())
        return validation.toError();
    if (t.done && !t.doneOn.isValid())
        t.doneOn = QDate::currentDate();
    else if (!t.done)
        t.doneOn = QDate();
    FieldMap before;
    if (Status written = writeRow(t, before); !written)
        return written;
    if (Status audited = AuditTrail::recordSave(db(), RecordKind::Task, t.id, before, t.auditFields()); !audited)
        return audited;
    return SearchIndex::update(db(), RecordKind::Task, t.id, t.title, {t.title}, {t.assignee, t.notes});
}

Status TaskStore::writeRow(Task &t, FieldMap &before)
{
    if (t.id != 0) {
        auto old = get(t.id);
        if (!old)
            return old.error();
        before = old.value().auditFields();
    }
    return StoreSupport::writeRow(db(), QStringLiteral("tasks"),
                                  {QStringLiteral("title"), QStringLiteral("due_on"), QStringLiteral("done"),
                                   QStringLiteral("done_on"), QStringLiteral("assignee"), QStringLiteral("record_kind"),
                                   QStringLiteral("record_id"), QStringLiteral("notes")},
                                  {Sql::text(t.title.trimmed()), Dates::toSql(t.dueOn), t.done ? 1 : 0,
                                   Dates::toSql(t.doneOn), Sql::text(t.assignee.trimmed()), Sql::text(t.recordKind),
                                   StoreSupport::nullableId(t.recordKind.isEmpty() ? 0 : t.recordId),
                                   Sql::text(t.notes)},
                                  t.id, tr("The task could not be saved."));
}

Status TaskStore::remove(qint64 id)
{
    return removeRecord(
        RecordKind::Task, id, [&] { return auditFieldsOf(get(id)); }, tr("The task could not be deleted."));
}

Status TaskStore::removeForRecordWithin(const QSqlDatabase &db, RecordKind kind, qint64 recordId)
{
    // UNION (not UNION ALL) stops at tasks about each other; the record itself
    // is left to its caller when it is a task.
    const QString key = RecordKinds::key(kind);
    auto rows = Sql::run(db,
                         QStringLiteral("WITH RECURSIVE about(id) AS (SELECT id FROM tasks WHERE record_kind = ? "
                                        "AND record_id = ? UNION SELECT t.id FROM tasks t JOIN about a "
                                        "ON t.record_kind = 'task' AND t.record_id = a.id) ")
                             + selectColumns
                             + QStringLiteral(" WHERE id IN (SELECT id FROM about) AND NOT (? = 'task' AND id = ?) "
                                              "ORDER BY id"),
                         {key, recordId, key, recordId});
    if (!rows)
        return rows.error();
    QList<Task> tasks;
    while (rows.value().next())
        tasks << fromRow(rows.value());
    rows.value().finish();
    for (const Task &t : std::as_const(tasks)) {
        if (Status files = AttachmentStore::removeForRecordWithin(db, RecordKind::Task, t.id); !files)
            return files;
        if (Status removed
            = deleteRowWithin(db, RecordKind::Task, t.id, t.auditFields(), tr("The task could not be deleted."));
            !removed)
            return removed;
    }
    return {};
}

Status TaskStore::setDone(qint64 id, bool done)
{
    if (Status writable = checkWritable(); !writable)
        return writable;
    auto task = get(id);
    if (!task)
        return task.error();
    task.value().done = done;
    auto saved = save(task.value());
    if (!saved)
        return saved.error();
    return {};
}

Result<QList<qint64>> TaskStore::overdue(QDate today) const
{
    return StoreSupport::ids(db(),
                             QStringLiteral("SELECT id FROM tasks WHERE done = 0 AND due_on < ? ORDER BY due_on, id"),
                             {Dates::toSql(today)});
}

Result<QList<Task>> TaskStore::forRecord(RecordKind kind, qint64 id) const
{
    auto rows = Sql::run(db(),
                         selectColumns
                             + QStringLiteral(" WHERE record_kind = ? AND record_id = ? "
                                              "ORDER BY done, due_on IS NULL, due_on, id"),
                         {RecordKinds::key(kind), id});
    if (!rows)
        return rows.error();
    QList<Task> tasks;
    while (rows.value().next())
        tasks << fromRow(rows.value());
    return tasks;
}

ListSpec TaskStore::listSpec()
{
    ListSpec spec;
    spec.kind = RecordKind::Task;
    spec.from = QStringLiteral("tasks t");
    spec.idColumn = QStringLiteral("t.id");
    spec.columns = {
        {QStringLiteral("due_on"), QStringLiteral("t.due_on"), QStringLiteral("t.due_on IS NULL, t.due_on")},
        {QStringLiteral("title"), QStringLiteral("t.title"), {}},
        {QStringLiteral("done"), QStringLiteral("t.done"), {}},
        {QStringLiteral("assignee"), QStringLiteral("t.assignee"), {}},
        {QStringLiteral("record_kind"), QStringLiteral("t.record_kind"), {}},
    };
    spec.filters = {
        {QStringLiteral("done"), QStringLiteral("t.done = ?")},
        // The value is today's date.
        {QStringLiteral("overdue"), QStringLiteral("t.due_on < ? AND t.done = 0")},
        {QStringLiteral("record_kind"), QStringLiteral("t.record_kind = ?")},
        {QStringLiteral("assignee"), QStringLiteral("t.assignee = ?")},
    };
    spec.defaultSortKey = QStringLiteral("due_on");
    return spec;
}

Result<ListPage> TaskStore::list(const ListQuery &query) const
{
    return RecordLister::fetch(db(), listSpec(), query);
}
