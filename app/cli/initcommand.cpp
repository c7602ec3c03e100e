// SPDX-License-Identifier: GPL-3.0-or-later
#include "initcommand.h"

#include "database.h"
#include "referencedata.h"
#include "sampledata.h"
#include "storagepaths.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

QString InitCommand::name() const
{
    return QStringLiteral("init");
}

QString InitCommand::summary() const
{
    return tr("create a new register with the reference data (--sample adds the example data)");
}

void InitCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("sample"), tr("Also add the example data.")});
}

int InitCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    if (!parser.positionalArguments().isEmpty())
        return fail(context, tr("init takes no arguments"), ExitUsage);
    if (context.databasePath == QFileInfo(StoragePaths::defaultDatabasePath()).absoluteFilePath())
        QDir().mkpath(StoragePaths::dataDirectory());
    const bool sample = parser.isSet(QStringLiteral("sample"));
    auto db = Database::create(context.databasePath, [sample](Database &created) {
        Status loaded = ReferenceData::load(created);
        if (loaded && sample)
            loaded = SampleData::load(created);
        return loaded;
    });
    if (!db)
        return fail(context, db.error().message());
    context.out << tr("Created %1 (schema version %2).").arg(context.databasePath).arg(db.value()->schemaVersion())
                << Qt::endl;
    return ExitSuccess;
}
