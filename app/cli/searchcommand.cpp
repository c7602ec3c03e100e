// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcommand.h"

#include "database.h"
#include "searchindex.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString SearchCommand::name() const
{
    return QStringLiteral("search");
}

QString SearchCommand::summary() const
{
    return tr("search all records in either script, with or without diacritics");
}

void SearchCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("QUERY"), tr("What to look for; every word matches as a prefix."));
    parser.addOption({QStringLiteral("json"), tr("Print a JSON array of {\"kind\", \"id\", \"title\"}.")});
    parser.addOption({QStringLiteral("limit"), tr("At most N hits (default 50)."), QStringLiteral("N"), QStringLiteral("50")});
}

int SearchCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return fail(context, tr("search needs a query"), ExitUsage);
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1)
        return fail(context, tr("--limit needs a positive number"), ExitUsage);
    OpenOptions options;
    options.access = AccessMode::ReadOnly;
    options.autoBackup = false;
    auto opened = Database::open(context.databasePath, options);
    if (!opened)
        return fail(context, opened.error().message());
    auto hits = SearchIndex::search(opened.value()->connection(), args.join(QLatin1Char(' ')), limit);
    if (!hits)
        return fail(context, hits.error().message());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SearchHit &hit : hits.value())
            array.append(QJsonObject{{QStringLiteral("kind"), RecordKinds::key(hit.kind)},
                                     {QStringLiteral("id"), hit.id},
                                     {QStringLiteral("title"), hit.title}});
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << Qt::endl;
        return ExitSuccess;
    }
    for (const SearchHit &hit : hits.value())
        context.out << RecordKinds::key(hit.kind) << '\t' << hit.id << '\t' << QString(hit.title).replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
    context.out.flush();
    return ExitSuccess;
}
