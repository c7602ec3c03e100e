// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordcounts.h"

#include "database.h"
#include "recordkind.h"
#include "sqlsupport.h"

#include <QHash>

namespace {

struct CountedTable
{
    const char *kind;
    const char *table; // a fixed table name from this list, never user text
    int sinceVersion;
};

// The record kinds in the order `check` prints them.
constexpr CountedTable countedTables[] = {
    {"organization", "organizations", 2},
    {"person", "people", 2},
    {"partnership", "partnerships", 2},
    {"initiative", "initiatives", 2},
    {"agreement", "agreements", 2},
    {"visit", "visits", 2},
    {"plan", "action_plans", 2},
    {"activity", "plan_activities", 2},
    {"membership", "memberships", 2},
    {"task", "tasks", 2},
    {"attachment", "attachments", 2},
    {"theme", "themes", 1},
    {"country", "countries", 1},
};

} // namespace

Result<QList<RecordCount>> RecordCounts::count(const Database &db)
{
    QHash<QString, QString> labels = {
        {QStringLiteral("attachment"), tr("Attachments")},
        {QStringLiteral("country"), tr("Countries")},
        {QStringLiteral("theme"), tr("Themes")},
    };
    for (RecordKind kind : RecordKinds::all())
        labels.insert(RecordKinds::key(kind), RecordKinds::plural(kind));
    QList<RecordCount> counts;
    const int version = db.schemaVersion();
    for (const CountedTable &table : countedTables) {
        if (table.sinceVersion > version)
            continue;
        auto n = Sql::scalar(db.connection(),
                             QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table.table));
        if (!n)
            return n.error();
        const QString kind = QString::fromLatin1(table.kind);
        counts.append({kind, labels.value(kind, kind), n.value().toLongLong()});
    }
    return counts;
}
