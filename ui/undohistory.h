// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordsnapshot.h"
#include "result.h"

#include <QObject>

#include <optional>

class Database;
class QAction;
class QUndoStack;

// The undo and redo of the open register: every save and delete made in the
// app becomes a RecordChangeCommand on one QUndoStack. Cleared when another
// register is opened or restored, and after an erasure (its data must not
// come back).
class UndoHistory : public QObject
{
    Q_OBJECT

public:
    explicit UndoHistory(QObject *parent = nullptr);

    void setDatabase(Database *db);
    QUndoStack *stack() const { return m_stack; }

    // The record as it stands: empty when there is no register or no such
    // record; nothing when it could not be read (then the change it would
    // belong to is left out of the history: an empty snapshot in its place
    // would make its undo a delete).
    std::optional<RecordSnapshot> capture(RecordKind kind, qint64 id,
                                          RecordSnapshot::Scope scope = RecordSnapshot::Scope::Record) const;
    // A save was made: before is the record as loaded (empty for a new one;
    // nothing when it could not be read, and then the save is not recorded).
    void recordSaved(const std::optional<RecordSnapshot> &before, RecordKind kind, qint64 id);
    // A record was deleted; before was taken with Scope::WithDependents.
    void recordDeleted(const RecordSnapshot &before);
    void clear();

    void undo();
    void redo();

signals:
    // An undo or redo changed this record (it may no longer exist).
    void recordRestored(RecordKind kind, qint64 id);
    void failed(const QString &message);

private:
    static QString labelOf(const RecordSnapshot &snapshot);
    Result<RecordSnapshot> restore(const RecordSnapshot &target);

    Database *m_db = nullptr;
    QUndoStack *m_stack;
};
