// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordsnapshot.h"
#include "result.h"

#include <QUndoCommand>

#include <functional>

// One change to one record, as the undo stack keeps it: the record as it was
// before the change and as it was after. Undo puts the first back, redo the
// second; each time the state it replaces is taken anew in the same
// transaction, so later changes elsewhere are not lost by a redo. The change
// itself was made before the command was pushed, so the first redo does
// nothing. A command that cannot run (the restorer failed and changed
// nothing) makes itself obsolete, and the stack drops it.
class RecordChangeCommand : public QUndoCommand
{
public:
    // Puts a snapshot back and returns what it replaced (SnapshotStore::restore).
    using Restorer = std::function<Result<RecordSnapshot>(const RecordSnapshot &)>;

    RecordChangeCommand(const QString &text, RecordSnapshot before, RecordSnapshot after, Restorer restorer);

    void undo() override;
    void redo() override;

private:
    void apply(RecordSnapshot &target, RecordSnapshot &other);

    RecordSnapshot m_before;
    RecordSnapshot m_after;
    Restorer m_restorer;
    bool m_applied = true;
};
