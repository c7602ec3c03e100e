// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

class DateField;
class QDialogButtonBox;
class QLabel;

// File ▸ Export Calendar…: which dates the calendar file covers (visits
// and open tasks with due dates). An empty date means no limit that way.
class CalendarExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CalendarExportDialog(QWidget *parent = nullptr);

    QDate from() const;
    QDate to() const;
    void setRange(const QDate &from, const QDate &to);

private:
    void updateState();

    DateField *m_from;
    DateField *m_to;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
