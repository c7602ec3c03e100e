// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatecommand.h"

#include "database.h"
#include "generate/datagenerator.h"
#include "generate/generationscale.h"
#include "referencedata.h"
#include "sampledata.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>

namespace {

const QString divisorOption = QStringLiteral("divisor");

} // namespace

QString GenerateCommand::name() const
{
    return QStringLiteral("generate");
}

QString GenerateCommand::summary() const
{
    return tr("write a new register of generated data: small (the example data), medium or large");
}

void GenerateCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("SIZE"), tr("small, medium or large"));
    // For quick trials and the tests: every count of the scale divided by N.
    QCommandLineOption divisor(divisorOption, tr("Divide every count of the size by N."), QStringLiteral("N"));
    divisor.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(divisor);
}

int GenerateCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return fail(context, tr("generate needs one size: small, medium or large"), ExitUsage);
    int divisor = 1;
    if (parser.isSet(divisorOption)) {
        bool ok = false;
        divisor = parser.value(divisorOption).toInt(&ok);
        if (!ok || divisor < 1)
            return fail(context, tr("--divisor needs a whole number of at least 1"), ExitUsage);
    }
    const auto scale = GenerationScale::named(args.first(), divisor);
    if (!scale)
        return fail(context, tr("unknown size \"%1\"; use small, medium or large").arg(args.first()), ExitUsage);
    if (QFileInfo::exists(context.databasePath))
        return fail(context, tr("%1 already exists; generate writes a new register only").arg(context.databasePath));

    QElapsedTimer timer;
    timer.start();
    QTextStream &out = context.out;
    auto db = Database::create(context.databasePath, [&scale, &out](Database &created) {
        Status loaded = ReferenceData::load(created);
        if (!loaded)
            return loaded;
        if (scale->exampleData)
            return SampleData::load(created);
        DataGenerator generator(created, *scale);
        return generator.run([&out](const QString &line) { out << line << Qt::endl; });
    });
    if (!db)
        return fail(context, db.error().message());
    context.out << tr("Created %1 (%2, schema version %3) in %4 s.")
                       .arg(context.databasePath, scale->name)
                       .arg(db.value()->schemaVersion())
                       .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                << Qt::endl;
    return ExitSuccess;
}
