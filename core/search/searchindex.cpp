// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "searchfolding.h"
#include "sqlsupport.h"

namespace {

constexpr int kindSlots = 16;

QString foldedTokens(const QStringList &texts)
{
    QStringList tokens;
    for (const QString &text : texts)
        tokens << SearchFolding::indexTokens(text);
    tokens.removeDuplicates();
    return tokens.join(QLatin1Char(' '));
}

} // namespace

qint64 SearchIndex::rowIdFor(RecordKind kind, qint64 id)
{
    return id * kindSlots + int(RecordKinds::all().indexOf(kind));
}

Status SearchIndex::update(const QSqlDatabase &db, RecordKind kind, qint64 id, const QString &title,
                           const QStringList &names, const QStringList &texts)
{
    if (Status removed = remove(db, kind, id); !removed)
        return removed;
    auto inserted = Sql::run(db,
                             QStringLiteral("INSERT INTO search_index (rowid, kind, record_id, title, name, body) "
                                            "VALUES (?, ?, ?, ?, ?, ?)"),
                             {rowIdFor(kind, id), RecordKinds::key(kind), id, title, foldedTokens(names),
                              foldedTokens(texts)});
    if (!inserted)
        return inserted.error();
    return {};
}

Status SearchIndex::remove(const QSqlDatabase &db, RecordKind kind, qint64 id)
{
    auto removed = Sql::run(db, QStringLiteral("DELETE FROM search_index WHERE rowid = ?"), {rowIdFor(kind, id)});
    if (!removed)
        return removed.error();
    return {};
}

// A full rewrite of the index (see the header): for erasure only.
Status SearchIndex::purgeDeleted(const QSqlDatabase &db)
{
    auto merged = Sql::run(db, QStringLiteral("INSERT INTO search_index (search_index) VALUES ('optimize')"));
    if (!merged)
        return merged.error();
    return {};
}

Result<QString> SearchIndex::title(const QSqlDatabase &db, RecordKind kind, qint64 id)
{
    auto title = Sql::scalar(db, QStringLiteral("SELECT title FROM search_index WHERE rowid = ?"), {rowIdFor(kind, id)});
    if (!title)
        return title.error();
    return title.value().toString();
}

QString SearchIndex::matchExpression(const QString &query)
{
    const QStringList tokens = SearchFolding::queryTokens(query);
    QStringList terms;
    for (const QString &token : tokens) {
        QString quoted = token;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms << QLatin1Char('"') + quoted + QLatin1String("\"*");
    }
    // Every word must match, in either column, as a prefix.
    return terms.join(QLatin1Char(' '));
}

Result<QList<SearchHit>> SearchIndex::search(const QSqlDatabase &db, const QString &query, int limit,
                                             std::optional<RecordKind> kind)
{
    const QString match = matchExpression(query);
    if (match.isEmpty())
        return QList<SearchHit>();
    QString sql = QStringLiteral("SELECT kind, record_id, title, bm25(search_index, 0, 0, 0, 10.0, 1.0) AS score "
                                 "FROM search_index WHERE search_index MATCH ?");
    QVariantList values{match};
    if (kind) {
        sql += QStringLiteral(" AND kind = ?");
        values << RecordKinds::key(*kind);
    }
    sql += QStringLiteral(" ORDER BY score, title LIMIT ?");
    values << limit;
    auto rows = Sql::run(db, sql, values);
    if (!rows)
        return rows.error();
    QList<SearchHit> hits;
    QSqlQuery &q = rows.value();
    while (q.next()) {
        const auto hitKind = RecordKinds::fromKey(q.value(0).toString());
        if (!hitKind)
            continue;
        hits.append({*hitKind, q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toDouble()});
    }
    return hits;
}
