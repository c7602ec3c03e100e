// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordeditor.h"
#include "task.h"

#include <memory>

class DateField;
class EditorForm;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class RecordPicker;

// A follow-up task: title, due date, done (and when), assignee, the record
// it is about (a kind, then the record picked by name in either script,
// with a button that opens it) and notes. An overdue task says so.
class TaskEditor : public RecordEditor
{
    Q_OBJECT

public:
    explicit TaskEditor(QWidget *parent = nullptr);
    ~TaskEditor() override;

    void setDatabase(Database *db) override;
    void load(qint64 id) override;
    qint64 recordId() const override { return m_original.id; }
    Status save() override;
    void revert() override;
    bool isDirty() const override { return m_dirty; }
    void setReadOnly(bool readOnly) override;

private:
    void buildForm();
    void show(const Task &task);
    void showAboutKind(const QString &kindKey);
    void showOverdue();
    Task collect() const;
    void setDirty(bool dirty);

    Database *m_db = nullptr;
    Task m_original;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_readOnly = false;

    QLineEdit *m_title;
    DateField *m_due;
    QLabel *m_overdue;
    QCheckBox *m_done;
    DateField *m_doneOn;
    QLineEdit *m_assignee;
    QComboBox *m_aboutKind;
    RecordPicker *m_about;
    QPushButton *m_openAbout;
    QPlainTextEdit *m_notes;
    QPushButton *m_save;
    QPushButton *m_revert;
    std::unique_ptr<EditorForm> m_form;
};
