// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "csvimport.h"
#include "database.h"

#include <QCommandLineParser>

QString ExportCommand::name() const
{
    return QStringLiteral("export");
}

QString ExportCommand::summary() const
{
    return tr("export all records of KIND as UTF-8 CSV with BOM, in the columns import reads");
}

void ExportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("KIND"), CsvImport::kinds().join(QStringLiteral(", ")));
    parser.addPositionalArgument(QStringLiteral("FILE.csv"), tr("The file to write."));
}

int ExportCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return fail(context, tr("export needs KIND and FILE.csv"), ExitUsage);
    if (!CsvImport::kinds().contains(args.at(0)))
        return fail(context, tr("unknown kind \"%1\"; use one of: %2").arg(args.at(0), CsvImport::kinds().join(QStringLiteral(", "))),
                    ExitUsage);
    OpenOptions options;
    options.access = AccessMode::ReadOnly;
    options.autoBackup = false;
    auto opened = Database::open(context.databasePath, options);
    if (!opened)
        return fail(context, opened.error().message());
    if (Status written = CsvImport::exportTo(*opened.value(), args.at(0), args.at(1)); !written)
        return fail(context, written.error().message());
    context.out << tr("Exported to %1").arg(args.at(1)) << Qt::endl;
    return ExitSuccess;
}
