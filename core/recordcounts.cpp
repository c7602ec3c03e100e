// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordcounts.h"

#include "database.h"
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
    {"country", "countries", 1},
    {"theme", "themes", 1},
};

} // namespace

Result<QList<RecordCount>> RecordCounts::count(const Database &db)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("country"), tr("Countries")},
        {QStringLiteral("theme"), tr("Themes")},
    };
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
