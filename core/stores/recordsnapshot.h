// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordkind.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

// One row of a table as it was: its rowid, its columns and their values.
struct SnapshotRow
{
    QString table;
    qint64 rowId = 0;
    QStringList columns;
    QVariantList values;

    QVariant value(const QString &column) const;
};

// A reference another row held to the record (or to a row of it) and loses
// when the record is deleted (ON DELETE SET NULL): a visit's partnership.
struct SnapshotLink
{
    QString table;
    QString column;
    qint64 rowId = 0;
    QVariant value;
};

// A record as it stood at one moment, whole: its own row, every row that
// hangs on it (its parties, themes, history, activities... everything its
// ON DELETE CASCADE reaches), the references to it that a delete would clear,
// its search entries and, when asked, the tasks and attachments about it.
// Taken and put back by SnapshotStore; the desktop app's undo and redo are
// made of these. A snapshot of a record that does not exist is empty.
struct RecordSnapshot
{
    enum class Scope {
        Record,         // the record and what hangs on it (an edit)
        WithDependents, // also its tasks and attachments (a delete, a creation)
    };

    RecordKind kind = RecordKind::Organization;
    qint64 id = 0;
    Scope scope = Scope::Record;
    QList<SnapshotRow> rows;       // the record's own row first, parents before children
    QList<SnapshotRow> dependents; // tasks and attachments about it (Scope::WithDependents)
    QList<SnapshotLink> links;
    QList<SnapshotRow> searchEntries;

    bool exists() const { return !rows.isEmpty(); }
    // The same rows with the same values (an edit that changed nothing the
    // snapshot holds, e.g. a file attached to the record).
    bool hasSameRows(const RecordSnapshot &other) const;
    // The record's title or name as saved (empty when it has neither), for undo texts.
    QString label() const;
};
