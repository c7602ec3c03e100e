// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorecommand.h"

#include "backupmanager.h"
#include "database.h"

#include <QCommandLineParser>
#include <QFileInfo>

QString RestoreCommand::name() const
{
    return QStringLiteral("restore");
}

QString RestoreCommand::summary() const
{
    return tr("replace the register with a backup, after backing up the current file");
}

void RestoreCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("BACKUP"), tr("The backup file to restore."));
}

int RestoreCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return fail(context, tr("restore needs exactly one argument: the backup file"), ExitUsage);
    const QString backup = QFileInfo(args.first()).absoluteFilePath();
    OpenOptions options;
    options.migrate = false;
    options.autoBackup = false;
    auto opened = Database::open(context.databasePath, options);
    if (!opened)
        return fail(context, opened.error().message());
    Database &db = *opened.value();
    if (db.isReadOnly())
        return fail(context, db.readOnlyMessage());
    const BackupManager backups(db.path());
    if (Status restored = backups.restore(db, backup); !restored)
        return fail(context, restored.error().message());
    const QList<BackupInfo> list = backups.list();
    context.out << tr("Restored %1 from %2.").arg(db.path(), backup) << Qt::endl;
    if (!list.isEmpty())
        context.out << tr("The previous contents were saved to %1").arg(list.first().filePath) << Qt::endl;
    return ExitSuccess;
}
