// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivecommand.h"

#include "archiveexport.h"
#include "archiveimport.h"
#include "database.h"

#include <QCommandLineParser>
#include <QFileInfo>

QString ArchiveCommand::name() const
{
    return QStringLiteral("archive");
}

QString ArchiveCommand::summary() const
{
    return tr("write the whole register, attachments included, into one portable archive (export), "
              "or build a new register from one (import)");
}

void ArchiveCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("export|import"), // not translated: the command's words
                                 tr("export: write the register given by --db into FILE (never overwritten); "
                                    "import: create the register given by --db, which must not exist yet, from FILE."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The archive (a ZIP file)."));
}

int ArchiveCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || (args.first() != QLatin1String("export") && args.first() != QLatin1String("import")))
        return fail(context, tr("use: archive export FILE, or archive import FILE"), ExitUsage);
    const QString archive = QFileInfo(args.at(1)).absoluteFilePath();

    if (args.first() == QLatin1String("import")) {
        auto imported = ArchiveImport::read(archive, context.databasePath);
        if (!imported)
            return fail(context, imported.error().message());
        context.out << tr("Created %1 from the archive (records: %2, attachments: %3).")
                           .arg(context.databasePath)
                           .arg(imported.value().rows)
                           .arg(imported.value().attachments)
                    << Qt::endl;
        return ExitSuccess;
    }

    OpenOptions options;
    options.autoBackup = false;
    auto opened = Database::open(context.databasePath, options);
    if (!opened)
        return fail(context, opened.error().message());
    auto written = ArchiveExport::write(*opened.value(), archive);
    if (!written)
        return fail(context, written.error().message());
    context.out << tr("Archive written to %1 (records: %2, attachments: %3).")
                       .arg(archive)
                       .arg(written.value().rows)
                       .arg(written.value().attachments)
                << Qt::endl;
    return ExitSuccess;
}
