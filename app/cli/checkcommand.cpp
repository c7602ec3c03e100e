// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"

#include "database.h"
#include "recordcounts.h"

#include <QCommandLineParser>

QString CheckCommand::name() const
{
    return QStringLiteral("check");
}

QString CheckCommand::summary() const
{
    return tr("run the full integrity check; print the schema version and record counts");
}

void CheckCommand::addOptions(QCommandLineParser &) const
{
}

int CheckCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    if (!parser.positionalArguments().isEmpty())
        return fail(context, tr("check takes no arguments"), ExitUsage);
    OpenOptions options;
    options.migrate = false;
    options.autoBackup = false;
    auto opened = Database::open(context.databasePath, options);
    if (!opened)
        return fail(context, opened.error().message());
    const Database &db = *opened.value();
    context.out << tr("Register: %1").arg(db.path()) << Qt::endl;
    context.out << tr("Schema version: %1 (this version of Saradnja writes %2)")
                       .arg(db.schemaVersion())
                       .arg(Database::latestSchemaVersion())
                << Qt::endl;
    if (Status integrity = db.integrityCheck(); !integrity) {
        context.out << tr("Integrity: FAILED") << Qt::endl;
        return fail(context, integrity.error().message() + QLatin1String(" (") + integrity.error().detail()
                                 + QLatin1Char(')'));
    }
    context.out << tr("Integrity: ok") << Qt::endl;
    auto counts = RecordCounts::count(db);
    if (!counts)
        return fail(context, counts.error().message());
    for (const RecordCount &count : counts.value())
        context.out << QStringLiteral("%1: %2").arg(count.label).arg(count.count) << Qt::endl;
    return ExitSuccess;
}
