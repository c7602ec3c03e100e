// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordeditor.h"
#include "visit.h"

#include <memory>

class DateField;
class EditorForm;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class FoldingCompleter;
class RecordPicker;
class TaskPanel;

// A visit, laid out for the keyboard: every field follows the previous one
// in Tab order; in the host, guest and participant fields Enter adds what
// was typed (a participant not yet in the contacts becomes one on save).
class VisitEditor : public RecordEditor
{
    Q_OBJECT

public:
    explicit VisitEditor(QWidget *parent = nullptr);
    ~VisitEditor() override;

    void setDatabase(Database *db) override;
    void load(qint64 id) override;
    qint64 recordId() const override { return m_original.id; }
    Status save() override;
    void revert() override;
    bool isDirty() const override { return m_dirty; }
    void setReadOnly(bool readOnly) override;

    // Adds a host or guest organisation (no-op when already listed in that role).
    void addOrganization(qint64 organizationId, const QString &role);
    // Adds a participant: a contact (personId > 0) or a new name.
    void addParticipant(qint64 personId, const QString &name, const QString &role);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildForm();
    QWidget *organizationBox(RecordPicker *picker, QListWidget *list, const QString &role);
    void show(const Visit &visit);
    Visit collect() const;
    void addPickedParticipant();
    void addProgrammeRow(const Visit::ProgrammeItem &item);
    void setDirty(bool dirty);
    QString organizationName(qint64 id) const;

    Database *m_db = nullptr;
    Visit m_original;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_readOnly = false;

    QLineEdit *m_title;
    QComboBox *m_direction;
    QComboBox *m_kind;
    DateField *m_start;
    DateField *m_end;
    QLineEdit *m_city;
    QComboBox *m_country;
    RecordPicker *m_hostPicker;
    QListWidget *m_hosts;
    RecordPicker *m_guestPicker;
    QListWidget *m_guests;
    RecordPicker *m_personPicker;
    QLineEdit *m_personRole;
    QTableWidget *m_participants;
    QPushButton *m_removeParticipant;
    QTableWidget *m_programme;
    QPushButton *m_addProgramme;
    QPushButton *m_removeProgramme;
    QPlainTextEdit *m_purpose;
    QPlainTextEdit *m_outcome;
    TaskPanel *m_tasks;
    FoldingCompleter *m_places;
    QPushButton *m_save;
    QPushButton *m_revert;
    std::unique_ptr<EditorForm> m_form;
};
