// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarexport.h"

#include "database.h"
#include "dates.h"
#include "sqlsupport.h"

#include <QSaveFile>

namespace {

QString registerId(const Database &db)
{
    auto id = Sql::scalar(db.connection(), QStringLiteral("SELECT value FROM app_meta WHERE key = 'register_id'"));
    return id && !id.value().toString().isEmpty() ? id.value().toString() : QStringLiteral("register");
}

} // namespace

Result<QList<CalendarEvent>> CalendarExport::events(const Database &db, const QDate &from, const QDate &to)
{
    const QString domain = QLatin1Char('-') + registerId(db) + QStringLiteral("@saradnja.skgo.org");
    const QVariant fromValue = from.isValid() ? Dates::toSql(from) : QVariant(QStringLiteral("0000-01-01"));
    const QVariant toValue = to.isValid() ? Dates::toSql(to) : QVariant(QStringLiteral("9999-12-31"));
    QList<CalendarEvent> events;

    auto visits = Sql::run(db.connection(),
                           QStringLiteral("SELECT v.id, v.title, v.start_date, v.end_date, v.city, c.name_sr_latn, v.purpose, v.direction "
                                          "FROM visits v LEFT JOIN countries c ON c.code = v.country "
                                          "WHERE coalesce(v.end_date, v.start_date) >= ? AND v.start_date <= ? "
                                          "ORDER BY v.start_date, v.id"),
                           {fromValue, toValue});
    if (!visits)
        return visits.error();
    QSqlQuery &v = visits.value();
    while (v.next()) {
        CalendarEvent event;
        event.uid = QStringLiteral("visit-%1").arg(v.value(0).toLongLong()) + domain;
        event.summary = v.value(1).toString();
        event.start = Dates::fromSql(v.value(2));
        event.end = Dates::fromSql(v.value(3));
        QStringList place{v.value(4).toString(), v.value(5).toString()};
        place.removeAll(QString());
        event.location = place.join(QStringLiteral(", "));
        event.description = v.value(6).toString();
        event.category = tr("Visit");
        events << event;
    }

    auto tasks = Sql::run(db.connection(),
                          QStringLiteral("SELECT id, title, due_on, assignee, notes FROM tasks "
                                         "WHERE done = 0 AND due_on IS NOT NULL AND due_on >= ? AND due_on <= ? "
                                         "ORDER BY due_on, id"),
                          {fromValue, toValue});
    if (!tasks)
        return tasks.error();
    QSqlQuery &t = tasks.value();
    while (t.next()) {
        CalendarEvent event;
        event.uid = QStringLiteral("task-%1").arg(t.value(0).toLongLong()) + domain;
        event.summary = tr("Task: %1").arg(t.value(1).toString());
        event.start = Dates::fromSql(t.value(2));
        QStringList description;
        if (!t.value(3).toString().isEmpty())
            description << tr("Assignee: %1").arg(t.value(3).toString());
        if (!t.value(4).toString().isEmpty())
            description << t.value(4).toString();
        event.description = description.join(QLatin1Char('\n'));
        event.category = tr("Task");
        events << event;
    }
    return events;
}

Status CalendarExport::write(const Database &db, const QString &path, const QDate &from, const QDate &to)
{
    auto list = events(db, from, to);
    if (!list)
        return list.error();
    QSaveFile file(path);
    const QString failed = tr("The calendar file could not be written.");
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, failed, path + QLatin1String(": ") + file.errorString());
    file.write(ICalendarWriter::write(list.value()));
    if (!file.commit())
        return Error(ErrorCode::Io, failed, path + QLatin1String(": ") + file.errorString());
    return {};
}
