// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalendarwriter.h"

namespace {

constexpr int maxOctets = 75;

QByteArray dateValue(const QDate &date)
{
    return date.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

void addLine(QByteArray &out, const QByteArray &line)
{
    out += ICalendarWriter::fold(line);
    out += "\r\n";
}

void addText(QByteArray &out, const char *name, const QString &value)
{
    if (!value.isEmpty())
        addLine(out, QByteArray(name) + ':' + ICalendarWriter::escapeText(value).toUtf8());
}

} // namespace

QString ICalendarWriter::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\'))
            escaped += QLatin1String("\\\\");
        else if (c == QLatin1Char(';'))
            escaped += QLatin1String("\\;");
        else if (c == QLatin1Char(','))
            escaped += QLatin1String("\\,");
        else if (c == QLatin1Char('\r'))
            continue;
        else if (c == QLatin1Char('\n'))
            escaped += QLatin1String("\\n");
        else if (c.category() == QChar::Other_Control)
            escaped += QLatin1Char(' ');
        else
            escaped += c;
    }
    return escaped;
}

QByteArray ICalendarWriter::fold(const QByteArray &line)
{
    QByteArray folded;
    int used = 0; // octets on the current physical line
    for (qsizetype i = 0; i < line.size();) {
        // The length of the UTF-8 sequence starting here.
        const auto lead = static_cast<unsigned char>(line.at(i));
        qsizetype length = 1;
        if (lead >= 0xF0)
            length = 4;
        else if (lead >= 0xE0)
            length = 3;
        else if (lead >= 0xC0)
            length = 2;
        length = std::min(length, line.size() - i);
        if (used + length > maxOctets) {
            folded += "\r\n ";
            used = 1;
        }
        folded += line.mid(i, length);
        used += int(length);
        i += length;
    }
    return folded;
}

QByteArray ICalendarWriter::write(const QList<CalendarEvent> &events, const QDateTime &stamp)
{
    QByteArray out;
    addLine(out, "BEGIN:VCALENDAR");
    addLine(out, "VERSION:2.0");
    addLine(out, "PRODID:-//SKGO//Saradnja//SR");
    addLine(out, "CALSCALE:GREGORIAN");
    addLine(out, "METHOD:PUBLISH");
    const QByteArray dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    for (const CalendarEvent &event : events) {
        addLine(out, "BEGIN:VEVENT");
        addText(out, "UID", event.uid);
        addLine(out, "DTSTAMP:" + dtstamp);
        addLine(out, "DTSTART;VALUE=DATE:" + dateValue(event.start));
        const QDate last = event.end.isValid() && event.end >= event.start ? event.end : event.start;
        addLine(out, "DTEND;VALUE=DATE:" + dateValue(last.addDays(1)));
        addText(out, "SUMMARY", event.summary);
        addText(out, "LOCATION", event.location);
        addText(out, "DESCRIPTION", event.description);
        addText(out, "CATEGORIES", event.category);
        addLine(out, "TRANSP:TRANSPARENT");
        addLine(out, "END:VEVENT");
    }
    addLine(out, "END:VCALENDAR");
    return out;
}
