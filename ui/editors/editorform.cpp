// SPDX-License-Identifier: GPL-3.0-or-later
#include "editorform.h"

#include "fieldmessage.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

EditorForm::EditorForm(QFormLayout *form, QWidget *owner, QString fallbackKey)
    : m_form(form)
    , m_owner(owner)
    , m_fallbackKey(std::move(fallbackKey))
{
    // Every editor's form: fields take the width, labels on the right, at the top of tall fields.
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
}

void EditorForm::addRow(const QString &label, QWidget *field, const QString &key)
{
    if (key.isEmpty()) {
        m_form->addRow(label, field);
        return;
    }
    auto *box = new QWidget(m_owner);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    auto *message = new FieldMessage(box);
    message->setObjectName(key + QStringLiteral("_message"));
    column->addWidget(message);
    m_messages.insert(key, message);
    m_form->addRow(label, box);
}

void EditorForm::addWideRow(const QString &title, QWidget *field, const QString &key)
{
    auto *box = new QWidget(m_owner);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *heading = new QLabel(title, box);
    heading->setBuddy(field);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    column->addWidget(heading);
    column->addWidget(field);
    if (!key.isEmpty()) {
        auto *message = new FieldMessage(box);
        message->setObjectName(key + QStringLiteral("_message"));
        column->addWidget(message);
        m_messages.insert(key, message);
    }
    m_form->addRow(box);
}

void EditorForm::show(const QList<ValidationIssue> &issues)
{
    clear();
    for (const ValidationIssue &issue : issues) {
        FieldMessage *message = m_messages.value(issue.field, m_messages.value(m_fallbackKey));
        if (!message)
            continue;
        // Several issues on one field: one sentence per line.
        const QString text = message->text().isEmpty() ? issue.message : message->text() + QLatin1Char('\n') + issue.message;
        if (issue.warning)
            message->showWarning(text);
        else
            message->showError(text);
    }
}

void EditorForm::showError(const QString &key, const QString &message)
{
    show({{key, message, false}});
}

void EditorForm::clear()
{
    for (FieldMessage *message : std::as_const(m_messages))
        message->clearMessage();
}
