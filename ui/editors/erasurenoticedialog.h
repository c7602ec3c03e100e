// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QPlainTextEdit;

// Shown after a person's data was erased: the notice to send to the person
// (what was erased, when, and what backups still hold), to copy or save as
// a text file.
class ErasureNoticeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ErasureNoticeDialog(const QString &notice, QWidget *parent = nullptr);

    QString notice() const;
    // Writes the notice as UTF-8 text; false (with a message box) when it cannot.
    bool saveTo(const QString &path);

private:
    void copy();
    void saveAs();

    QPlainTextEdit *m_text;
};
