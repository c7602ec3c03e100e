// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "partnership.h"
#include "recordeditor.h"

#include <memory>

class DateField;
class EditorForm;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class RecordPicker;
class RelatedRecordsView;
class TaskPanel;

// A partnership: title, kind, status, dates, parties (organisations picked
// by name in either script), themes, the twinning committee, status history,
// a timeline with a one-line add, a badge saying when there was last any
// activity, its agreements and visits (opened from here) and its tasks.
class PartnershipEditor : public RecordEditor
{
    Q_OBJECT

public:
    explicit PartnershipEditor(QWidget *parent = nullptr);
    ~PartnershipEditor() override;

    void setDatabase(Database *db) override;
    void load(qint64 id) override;
    qint64 recordId() const override { return m_original.id; }
    Status save() override;
    void revert() override;
    bool isDirty() const override { return m_dirty; }
    void setReadOnly(bool readOnly) override;

    // Adds the organisation as a party (no-op when it is one already).
    void addParty(qint64 organizationId, const QString &role = {});

private:
    void buildForm();
    void show(const Partnership &partnership);
    void showParties(const QList<PartnershipParty> &parties);
    void showThemes(const QList<qint64> &themeIds);
    void showHistory(const QList<StatusChange> &history);
    void showTimeline(const QList<TimelineEntry> &timeline);
    void showCare();
    Partnership collect() const;
    void addPickedParty();
    void showCommittee(const QList<CommitteeMember> &committee);
    void addCommitteeMember();
    void showLinked();
    void addTimelineEntry();
    void setDirty(bool dirty);

    Database *m_db = nullptr;
    Partnership m_original;
    QList<TimelineEntry> m_timeline;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_readOnly = false;

    QLineEdit *m_title;
    QComboBox *m_kind;
    QComboBox *m_status;
    DateField *m_started;
    DateField *m_ended;
    QLabel *m_care;
    QTableWidget *m_parties;
    RecordPicker *m_partyPicker;
    QLineEdit *m_partyRole;
    QPushButton *m_addParty;
    QPushButton *m_removeParty;
    QListWidget *m_themes;
    QTableWidget *m_committee;
    RecordPicker *m_memberPicker;
    QLineEdit *m_memberRole;
    QPushButton *m_addMember;
    QPushButton *m_removeMember;
    RelatedRecordsView *m_linked;
    TaskPanel *m_tasks;
    QTableWidget *m_history;
    QTableWidget *m_timelineTable;
    DateField *m_entryDate;
    QLineEdit *m_entryText;
    QPlainTextEdit *m_notes;
    QPushButton *m_save;
    QPushButton *m_revert;
    std::unique_ptr<EditorForm> m_form;
};
