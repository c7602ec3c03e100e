// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// One all-day event of the calendar export.
struct CalendarEvent
{
    QString uid;      // stable: a re-export updates instead of duplicating
    QDate start;
    QDate end;        // inclusive last day; invalid for a one-day event
    QString summary;
    QString location;
    QString description;
    QString category;
};

// Writes iCalendar (RFC 5545): CRLF line ends, lines folded at 75 octets
// without splitting a UTF-8 character, TEXT values escaped, all-day events
// as DATE values with an exclusive DTEND.
class ICalendarWriter
{
public:
    static QByteArray write(const QList<CalendarEvent> &events, const QDateTime &stamp = QDateTime::currentDateTimeUtc());
    static QString escapeText(const QString &text);
    // Folds one content line (without its CRLF) into CRLF-separated physical lines.
    static QByteArray fold(const QByteArray &line);
};
