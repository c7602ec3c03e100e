// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "organization.h"
#include "recordeditor.h"
#include "validation.h"

#include <QHash>

class FieldMessage;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

class OrganizationEditor : public RecordEditor
{
    Q_OBJECT

public:
    explicit OrganizationEditor(QWidget *parent = nullptr);

    void setDatabase(Database *db) override;
    void load(qint64 id) override;
    qint64 recordId() const override { return m_original.id; }
    Status save() override;
    void revert() override;
    bool isDirty() const override { return m_dirty; }
    void setReadOnly(bool readOnly) override;

private:
    void show(const Organization &organization);
    Organization collect() const;
    void setDirty(bool dirty);
    void showMessages(const QList<ValidationIssue> &issues);

    Database *m_db = nullptr;
    Organization m_original;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_readOnly = false;

    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_nameCyrillic;
    QLineEdit *m_nameSr;
    QLineEdit *m_nameEn;
    QLineEdit *m_acronym;
    QComboBox *m_country;
    QLineEdit *m_district;
    QLineEdit *m_parentCity;
    QLineEdit *m_city;
    QLineEdit *m_address;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_website;
    QPlainTextEdit *m_notes;
    QHash<QString, FieldMessage *> m_messages;
    QPushButton *m_save;
    QPushButton *m_revert;
};
