// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "person.h"
#include "recordeditor.h"

#include <memory>

class EditorForm;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class RecordPicker;

// A contact: name, organisation (picked by name in either script),
// position, e-mail, phone, languages and notes. "Erase personal data…"
// carries out the right to erasure: it says what will go, erases in one
// transaction and shows the notice to send to the person.
class PersonEditor : public RecordEditor
{
    Q_OBJECT

public:
    explicit PersonEditor(QWidget *parent = nullptr);
    ~PersonEditor() override;

    void setDatabase(Database *db) override;
    void load(qint64 id) override;
    qint64 recordId() const override { return m_original.id; }
    Status save() override;
    void revert() override;
    bool isDirty() const override { return m_dirty; }
    void setReadOnly(bool readOnly) override;

    // Asks (showing what will be erased), erases the person shown and opens
    // the notice; emits saved() with the erased id. Cancelled: nothing changes.
    Status erasePersonalData();
    // What the confirmation lists for the person shown.
    QString erasureSummary() const;

private:
    void show(const Person &person);
    Person collect() const;
    void updateActions();
    void setDirty(bool dirty);

    Database *m_db = nullptr;
    Person m_original;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_readOnly = false;

    QLineEdit *m_name;
    RecordPicker *m_organization;
    QLineEdit *m_position;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_languages;
    QPlainTextEdit *m_notes;
    QPushButton *m_erase;
    QPushButton *m_save;
    QPushButton *m_revert;
    std::unique_ptr<EditorForm> m_form;
};
