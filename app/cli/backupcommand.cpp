// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcommand.h"

#include "backupmanager.h"
#include "database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>

QString BackupCommand::name() const
{
    return QStringLiteral("backup");
}

QString BackupCommand::summary() const
{
    return tr("write a consistent, checked copy (default: into the automatic backups folder)");
}

void BackupCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("out"), tr("Write the copy to FILE instead (never overwritten)."), QStringLiteral("FILE")});
}

int BackupCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    if (!parser.positionalArguments().isEmpty())
        return fail(context, tr("backup takes no arguments; use --out FILE"), ExitUsage);
    OpenOptions options;
    options.migrate = false;
    options.autoBackup = false;
    auto opened = Database::open(context.databasePath, options);
    if (!opened)
        return fail(context, opened.error().message());
    const Database &db = *opened.value();
    if (parser.isSet(QStringLiteral("out"))) {
        const QString target = QFileInfo(parser.value(QStringLiteral("out"))).absoluteFilePath();
        if (Status written = BackupManager::exportTo(db, target); !written)
            return fail(context, written.error().message());
        context.out << tr("Backup written to %1").arg(target) << Qt::endl;
        return ExitSuccess;
    }
    const BackupManager backups(db.path());
    auto written = backups.createBackup(db, QStringLiteral("manual"));
    if (!written)
        return fail(context, written.error().message());
    backups.rotate(QDateTime::currentDateTime());
    context.out << tr("Backup written to %1").arg(written.value()) << Qt::endl;
    return ExitSuccess;
}
