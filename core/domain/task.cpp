// SPDX-License-Identifier: GPL-3.0-or-later
#include "task.h"

#include "audittext.h"

QMap<QString, QString> Task::auditFields() const
{
    return {
        {QStringLiteral("title"), title},
        {QStringLiteral("due_on"), dueOn.toString(Qt::ISODate)},
        {QStringLiteral("done"), done ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("done_on"), doneOn.toString(Qt::ISODate)},
        {QStringLiteral("assignee"), assignee},
        {QStringLiteral("record_kind"), recordKind},
        {QStringLiteral("record_id"), AuditText::number(recordId)},
        {QStringLiteral("notes"), notes},
    };
}
