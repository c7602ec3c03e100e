// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "csvimport.h"
#include "database.h"

#include <QCommandLineParser>

QString ImportCommand::name() const
{
    return QStringLiteral("import");
}

QString ImportCommand::summary() const
{
    return tr("import rows of KIND from a CSV file: all rows or none");
}

void ImportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("KIND"), CsvImport::kinds().join(QStringLiteral(", ")));
    parser.addPositionalArgument(QStringLiteral("FILE.csv"), tr("The file to import."));
    parser.addOption({QStringLiteral("encoding"), tr("UTF-8, windows-1250 or windows-1251 (default: detected)."), QStringLiteral("E")});
    parser.addOption({QStringLiteral("delimiter"), tr("\",\", \";\" or \"tab\" (default: detected)."), QStringLiteral("D")});
    parser.addOption({QStringLiteral("dry-run"), tr("Check the file and report, but write nothing.")});
    parser.addOption({QStringLiteral("update"), tr("Update records that already exist instead of skipping them.")});
}

int ImportCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return fail(context, tr("import needs KIND and FILE.csv"), ExitUsage);
    if (!CsvImport::kinds().contains(args.at(0)))
        return fail(context, tr("unknown kind \"%1\"; use one of: %2").arg(args.at(0), CsvImport::kinds().join(QStringLiteral(", "))),
                    ExitUsage);
    auto content = CsvSource::read(args.at(1), parser.value(QStringLiteral("encoding")), parser.value(QStringLiteral("delimiter")));
    if (!content)
        return fail(context, content.error().message());
    OpenOptions options;
    options.autoBackup = false;
    auto opened = Database::open(context.databasePath, options);
    if (!opened)
        return fail(context, opened.error().message());
    ImportOptions importOptions;
    importOptions.dryRun = parser.isSet(QStringLiteral("dry-run"));
    importOptions.updateExisting = parser.isSet(QStringLiteral("update"));
    auto summary = CsvImport::run(*opened.value(), args.at(0), content.value(), importOptions);
    if (!summary)
        return fail(context, summary.error().message());
    if (!summary.value().problems.isEmpty()) {
        for (const ImportProblem &problem : summary.value().problems)
            context.err << problem.toString() << '\n';
        return fail(context, tr("%n problem(s) found; nothing was imported.", nullptr, int(summary.value().problems.size())));
    }
    context.out << (importOptions.dryRun ? tr("Dry run, nothing written: ") : QString())
                << tr("%1 added, %2 updated, %3 skipped as duplicates.")
                       .arg(summary.value().added)
                       .arg(summary.value().updated)
                       .arg(summary.value().duplicates)
                << Qt::endl;
    return ExitSuccess;
}
