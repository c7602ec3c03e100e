// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audittrail.h"
#include "recordkind.h"
#include "recordlister.h"
#include "store.h"
#include "task.h"
#include "validation.h"

#include <QDate>

// Follow-up tasks. Saving a done task without a date marks it done today;
// saving an open task clears the date it was done.
class TaskStore : public Store
{
    Q_DECLARE_TR_FUNCTIONS(TaskStore)

public:
    using Store::Store;

    Result<Task> get(qint64 id) const;
    Validation validate(const Task &task) const;
    // Inserts (id 0) or updates, with audit entry and search index, in one transaction.
    Result<qint64> save(Task &task);
    Status saveWithin(Task &task);
    // Deletes the task with the tasks about it and its attachments.
    Status remove(qint64 id);
    // Deletes, inside the caller's transaction, the tasks about a record (and
    // the tasks about those, and so on), each with its attachments, an audit
    // Delete entry and without its search entry: for stores deleting that record.
    static Status removeForRecordWithin(const QSqlDatabase &db, RecordKind kind, qint64 recordId);

    Status setDone(qint64 id, bool done);
    // Open tasks due before today, the oldest first.
    Result<QList<qint64>> overdue(QDate today = QDate::currentDate()) const;
    // The tasks on one record: open ones first, by due date (undated last).
    Result<QList<Task>> forRecord(RecordKind kind, qint64 id) const;

    Result<ListPage> list(const ListQuery &query) const;
    static ListSpec listSpec();

private:
    Status writeRow(Task &task, FieldMap &before);
};
