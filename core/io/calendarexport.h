// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "icalendarwriter.h"
#include "result.h"

#include <QCoreApplication>

class Database;

// Visits and open tasks with due dates as calendar events, for Outlook and
// other calendars. UIDs are made of the register's id and the record's, so
// importing a new export updates the events instead of duplicating them.
class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)

public:
    // from/to (inclusive) limit the events; invalid dates mean no limit.
    static Result<QList<CalendarEvent>> events(const Database &db, const QDate &from = {}, const QDate &to = {});
    static Status write(const Database &db, const QString &path, const QDate &from = {}, const QDate &to = {});
};
