// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordsnapshot.h"
#include "store.h"

#include <QHash>

// Takes and restores RecordSnapshots: the storage side of undo and redo.
// It reads the shape of the schema (foreign keys and their ON DELETE rules)
// from SQLite itself, so a new child table is covered without a change here.
// Table and column names come from the schema; every value is bound.
class SnapshotStore : public Store
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotStore)

public:
    explicit SnapshotStore(const Database &db);

    // The record as it stands now (an empty snapshot when it does not exist).
    Result<RecordSnapshot> capture(RecordKind kind, qint64 id,
                                   RecordSnapshot::Scope scope = RecordSnapshot::Scope::Record) const;
    // Makes the record what target says, in one write transaction: deletes it
    // (with its tasks and attachments) when target is empty, puts it back with
    // the same id, children, references and search entries otherwise, and
    // writes the audit entry. Returns the state it replaced, taken in the same
    // transaction with target's scope (what a redo puts back). Fails, changing
    // nothing, when the register has moved on so that target no longer fits
    // (a record it refers to was deleted since).
    Result<RecordSnapshot> restore(const RecordSnapshot &target);

private:
    struct ForeignKey
    {
        QString childTable;
        QString childColumn;
        QString parentColumn;
        bool cascades = false; // ON DELETE CASCADE; otherwise SET NULL (others are not followed)
    };

    using Referrers = QHash<QString, QList<ForeignKey>>; // parent table -> the foreign keys followed to it
    // The foreign keys of the register's schema, read once per schema version
    // (every register at one version has the same tables) and kept.
    Result<Referrers> referrers() const;
    Status captureRows(RecordSnapshot &snapshot, const Referrers &referrers) const;
    Status captureDependents(RecordSnapshot &snapshot) const;
    Status captureSearchEntries(RecordSnapshot &snapshot) const;
    Result<QList<SnapshotRow>> selectRows(const QString &table, const QString &column, const QVariant &value) const;

    Status removeWithin(const RecordSnapshot &current);
    Status putBackWithin(const RecordSnapshot &target, const RecordSnapshot &current);
    Status insertRow(const SnapshotRow &row);
    Status deleteRow(const SnapshotRow &row);
    Status replaceSearchEntries(const RecordSnapshot &target, const RecordSnapshot &current);

};
