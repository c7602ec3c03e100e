// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordkind.h"
#include "recordsnapshot.h"
#include "result.h"

#include <QWidget>

class Database;
class QLayout;
class QPushButton;

// The detail pane of a section: shows one record, edits it when the
// register is writable. Save and Revert act on the whole form; the page
// asks before dropping unsaved changes (switching records, closing).
class RecordEditor : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void setDatabase(Database *db) = 0;
    // Loads a saved record (id > 0) or starts a new one (id 0).
    virtual void load(qint64 id) = 0;
    virtual qint64 recordId() const = 0;
    // Validates and saves; shows messages next to the fields and returns the error when it fails.
    virtual Status save() = 0;
    virtual void revert() = 0;
    virtual bool isDirty() const = 0;
    virtual void setReadOnly(bool readOnly) = 0;

signals:
    void dirtyChanged(bool dirty);
    void saved(qint64 id);
    // The editor wrote another record at once (a follow-up task): what it was before, for undo.
    void relatedSaved(RecordKind kind, qint64 id, const RecordSnapshot &before);
    // The record's personal data was erased (the right to erasure): it is
    // gone, and no undo may bring it back, so the page clears the history.
    void erased(qint64 id);
    // The user asked to see another record (a linked visit, a task).
    void openRequested(RecordKind kind, qint64 id);

protected:
    // The layout every editor shares: the form in a vertical scroll area
    // (never sideways), Revert and Save (the default button) below it.
    void arrange(QLayout *form, QPushButton *revert, QPushButton *save);
};
