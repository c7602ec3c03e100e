// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldmessage.h"

FieldMessage::FieldMessage(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    hide();
}

void FieldMessage::showError(const QString &text)
{
    setStyleSheet(QStringLiteral("color: #b00020;"));
    setText(text);
    setVisible(!text.isEmpty());
}

void FieldMessage::showWarning(const QString &text)
{
    setStyleSheet(QStringLiteral("color: #8a6d00;"));
    setText(text);
    setVisible(!text.isEmpty());
}

void FieldMessage::clearMessage()
{
    clear();
    hide();
}
