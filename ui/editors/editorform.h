// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation.h"

#include <QHash>
#include <QList>
#include <QString>

class FieldMessage;
class QFormLayout;
class QWidget;

// The messages of a form: a FieldMessage under each field that can be
// refused, keyed by the store's validate() field keys.
class EditorForm
{
public:
    // Lays the form out as every editor's (growing fields, labels on the right).
    EditorForm(QFormLayout *form, QWidget *owner, QString fallbackKey);

    // Adds a row; with a key, the field gets a message under it.
    void addRow(const QString &label, QWidget *field, const QString &key = {});
    // Adds a field across the whole width (a table), its title on a line of
    // its own above it; with a key, the message goes under the field.
    void addWideRow(const QString &title, QWidget *field, const QString &key = {});
    // Shows each issue under its field (or the fallback field); clears the others.
    void show(const QList<ValidationIssue> &issues);
    void showError(const QString &key, const QString &message);
    void clear();
    FieldMessage *message(const QString &key) const { return m_messages.value(key); }

private:
    QFormLayout *m_form;
    QWidget *m_owner;
    QString m_fallbackKey;
    QHash<QString, FieldMessage *> m_messages;
};
