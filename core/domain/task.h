// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMap>
#include <QString>

// A dated follow-up, on its own or on any record (recordKind/recordId).
struct Task
{
    qint64 id = 0;
    QString title;
    QDate dueOn;
    bool done = false;
    QDate doneOn;        // set when done (today unless given), cleared when not
    QString assignee;    // staff member
    QString recordKind;  // a RecordKinds key ("visit", "initiative"...), or empty
    qint64 recordId = 0; // the record of that kind (0 with an empty kind)
    QString notes;

    // Not done and due before today.
    bool isOverdue(const QDate &today) const { return !done && dueOn.isValid() && dueOn < today; }
    QMap<QString, QString> auditFields() const;
};
