// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "membership.h"
#include "recordeditor.h"

#include <memory>

class DateField;
class EditorForm;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class RecordPicker;

// SKGO's membership in an international organisation: the organisation,
// our role, since when (and until when), the bodies we sit in, and the
// delegates in an editable table (person, body, member or substitute,
// mandate); a delegate not yet in the contacts becomes one on save. Mandates ending within
// MembershipStore::mandateEndingDays are highlighted, with the date in the row's tooltip.
class MembershipEditor : public RecordEditor
{
    Q_OBJECT

public:
    enum DelegateColumn { PersonColumn, BodyColumn, RoleColumn, FromColumn, UntilColumn };

    explicit MembershipEditor(QWidget *parent = nullptr);
    ~MembershipEditor() override;

    void setDatabase(Database *db) override;
    void load(qint64 id) override;
    qint64 recordId() const override { return m_original.id; }
    Status save() override;
    void revert() override;
    bool isDirty() const override { return m_dirty; }
    void setReadOnly(bool readOnly) override;

    // Adds a delegate row (a new one: delegate id 0); with personId 0 and a
    // name, the person becomes a new contact when the membership is saved.
    void addDelegate(const Delegate &delegate, const QString &newName = {});
    QTableWidget *delegatesTable() const { return m_delegates; }
    // Whether a row of the table is highlighted as a mandate ending soon.
    bool isRowHighlighted(int row) const;

private:
    void buildForm();
    void show(const Membership &membership);
    Membership collect() const;
    qint64 chosenOrganization() const;
    void addPickedDelegate();
    void refreshDelegateState();
    void setDirty(bool dirty);
    QString personName(qint64 id) const;
    QString newName(int row) const;

    Database *m_db = nullptr;
    Membership m_original;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_readOnly = false;
    qint64 m_organizationId = 0; // the organisation whose name the picker shows
    QString m_organizationName;

    RecordPicker *m_organization;
    QLineEdit *m_role;
    DateField *m_since;
    DateField *m_until;
    QLabel *m_bodies;
    QTableWidget *m_delegates;
    QLabel *m_ending;
    RecordPicker *m_personPicker;
    QLineEdit *m_body;
    DateField *m_mandateFrom;
    DateField *m_mandateUntil;
    QPushButton *m_addDelegate;
    QPushButton *m_removeDelegate;
    QPlainTextEdit *m_notes;
    QPushButton *m_save;
    QPushButton *m_revert;
    std::unique_ptr<EditorForm> m_form;
};
