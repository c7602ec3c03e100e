// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordkind.h"
#include "recordsnapshot.h"

#include <QWidget>

class Database;
class DateField;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// The follow-up tasks of one record inside its editor: a list (done, due
// date, task, assignee) and one line to add a task with its due date.
// Adding a task or ticking it done writes at once (one transaction each, by
// TaskStore) — tasks are records of their own, not part of the record's Save.
class TaskPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TaskPanel(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    // The record the tasks are about; id 0 (not saved yet) disables adding.
    void showRecord(RecordKind kind, qint64 id);
    void setReadOnly(bool readOnly);
    // Adds a task from the fields of the add line; false (and a message) when it is not valid.
    bool addTask();

    QTableWidget *table() const { return m_table; }

signals:
    // A task was written: what it was before (empty for a new one), for undo.
    void taskSaved(qint64 taskId, const RecordSnapshot &before);
    void openTask(qint64 taskId);

private:
    void reload();
    void setDone(int row, bool done);
    void updateEnabled();

    Database *m_db = nullptr;
    RecordKind m_kind = RecordKind::Visit;
    qint64 m_id = 0;
    bool m_readOnly = false;
    bool m_loading = false;
    QTableWidget *m_table;
    QLineEdit *m_title;
    DateField *m_due;
    QLineEdit *m_assignee;
    QPushButton *m_add;
    QLabel *m_message;
};
