// SPDX-License-Identifier: GPL-3.0-or-later
#include "undohistory.h"

#include "database.h"
#include "recordchangecommand.h"
#include "snapshotstore.h"

#include <QUndoStack>

namespace {

// How many changes can be undone; each holds two copies of a record.
constexpr int undoLimit = 100;

} // namespace

UndoHistory::UndoHistory(QObject *parent)
    : QObject(parent)
    , m_stack(new QUndoStack(this))
{
    m_stack->setUndoLimit(undoLimit);
}

void UndoHistory::setDatabase(Database *db)
{
    m_stack->clear();
    m_db = db;
}

void UndoHistory::clear()
{
    m_stack->clear();
}

std::optional<RecordSnapshot> UndoHistory::capture(RecordKind kind, qint64 id, RecordSnapshot::Scope scope) const
{
    if (!m_db || id <= 0) {
        RecordSnapshot empty;
        empty.kind = kind;
        empty.id = id;
        empty.scope = scope;
        return empty;
    }
    auto snapshot = SnapshotStore(*m_db).capture(kind, id, scope);
    if (!snapshot)
        return std::nullopt;
    return snapshot.take();
}

Result<RecordSnapshot> UndoHistory::restore(const RecordSnapshot &target)
{
    if (!m_db)
        return Error(ErrorCode::NotFound, tr("No register is open."));
    auto replaced = SnapshotStore(*m_db).restore(target);
    if (!replaced)
        emit failed(replaced.error().message());
    else
        emit recordRestored(target.kind, target.id);
    return replaced;
}

QString UndoHistory::labelOf(const RecordSnapshot &snapshot)
{
    const QString label = snapshot.label();
    return label.isEmpty() ? RecordKinds::singular(snapshot.kind) : label;
}

void UndoHistory::recordSaved(const std::optional<RecordSnapshot> &before, RecordKind kind, qint64 id)
{
    if (!m_db || m_db->isReadOnly() || !before)
        return;
    RecordSnapshot previous = *before;
    const bool created = !previous.exists();
    if (created) {
        // Undoing a creation deletes the record with whatever came to hang on it.
        previous.kind = kind;
        previous.id = id;
        previous.scope = RecordSnapshot::Scope::WithDependents;
    }
    std::optional<RecordSnapshot> after = capture(kind, id, previous.scope);
    if (!after || (!created && after->hasSameRows(previous)))
        return; // unreadable, or nothing undo could put back (a file attached: files are not in the history)
    const QString label = labelOf(*after);
    const QString text = created ? tr("Create “%1”").arg(label) : tr("Edit “%1”").arg(label);
    m_stack->push(new RecordChangeCommand(text, std::move(previous), std::move(*after),
                                          [this](const RecordSnapshot &target) { return restore(target); }));
}

void UndoHistory::recordDeleted(const RecordSnapshot &before)
{
    if (!m_db || !before.exists())
        return;
    RecordSnapshot after;
    after.kind = before.kind;
    after.id = before.id;
    after.scope = RecordSnapshot::Scope::WithDependents;
    m_stack->push(new RecordChangeCommand(tr("Delete “%1”").arg(labelOf(before)), before, std::move(after),
                                          [this](const RecordSnapshot &target) { return restore(target); }));
}

void UndoHistory::undo()
{
    m_stack->undo();
}

void UndoHistory::redo()
{
    m_stack->redo();
}
