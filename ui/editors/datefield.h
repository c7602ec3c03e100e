// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLineEdit>

// A date typed as D.M.YYYY. (or ISO), which may stay empty; the calendar
// button opens a month view whose weeks start on Monday.
class DateField : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);

    // The date, or an invalid date when the field is empty or not a date.
    QDate date() const;
    void setDate(const QDate &date);
    // Text that is not a date (the field is neither empty nor valid).
    bool hasInvalidText() const;

    static QString format(const QDate &date);

signals:
    // Emitted when the user changes the date (typing or the calendar).
    void dateEdited();

private:
    void showCalendar();
};
