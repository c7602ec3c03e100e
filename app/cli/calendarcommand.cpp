// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarcommand.h"

#include "calendarexport.h"
#include "database.h"
#include "dates.h"

#include <QCommandLineParser>

QString CalendarCommand::name() const
{
    return QStringLiteral("calendar");
}

QString CalendarCommand::summary() const
{
    return tr("export visits and open tasks with due dates as iCalendar (RFC 5545)");
}

void CalendarCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("out"), tr("The .ics file to write."), QStringLiteral("FILE.ics")});
    parser.addOption({QStringLiteral("from"), tr("Only events on or after DATE (YYYY-MM-DD or D.M.YYYY.)."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), tr("Only events on or before DATE."), QStringLiteral("DATE")});
}

int CalendarCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(QStringLiteral("out")))
        return fail(context, tr("calendar needs --out FILE.ics"), ExitUsage);
    QDate from;
    QDate to;
    for (const auto &[option, date] : {std::pair<QString, QDate *>{QStringLiteral("from"), &from},
                                       std::pair<QString, QDate *>{QStringLiteral("to"), &to}}) {
        if (!parser.isSet(option))
            continue;
        *date = Dates::parse(parser.value(option));
        if (!date->isValid())
            return fail(context, tr("--%1: \"%2\" is not a date").arg(option, parser.value(option)), ExitUsage);
    }
    OpenOptions options;
    options.access = AccessMode::ReadOnly;
    options.autoBackup = false;
    auto opened = Database::open(context.databasePath, options);
    if (!opened)
        return fail(context, opened.error().message());
    const QString out = parser.value(QStringLiteral("out"));
    if (Status written = CalendarExport::write(*opened.value(), out, from, to); !written)
        return fail(context, written.error().message());
    context.out << tr("Calendar written to %1").arg(out) << Qt::endl;
    return ExitSuccess;
}
