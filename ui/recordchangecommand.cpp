// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordchangecommand.h"

RecordChangeCommand::RecordChangeCommand(const QString &text, RecordSnapshot before, RecordSnapshot after,
                                         Restorer restorer)
    : QUndoCommand(text)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_restorer(std::move(restorer))
{
}

void RecordChangeCommand::undo()
{
    apply(m_before, m_after);
}

void RecordChangeCommand::redo()
{
    if (m_applied) { // pushed after the change was made
        m_applied = false;
        return;
    }
    apply(m_after, m_before);
}

void RecordChangeCommand::apply(RecordSnapshot &target, RecordSnapshot &other)
{
    auto replaced = m_restorer(target);
    if (!replaced) {
        setObsolete(true);
        return;
    }
    other = replaced.take();
}
