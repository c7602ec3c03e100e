// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

// The message shown right under a form field when its value is refused
// (plain text, red, hidden when empty), or a warning (dark yellow).
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    explicit FieldMessage(QWidget *parent = nullptr);
    void showError(const QString &text);
    void showWarning(const QString &text);
    void clearMessage();
};
