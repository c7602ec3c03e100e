// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordkind.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;

struct SearchHit
{
    RecordKind kind = RecordKind::Organization;
    qint64 id = 0;
    QString title;
    double score = 0; // lower is better (FTS5 bm25)
};

// One search over every kind of record, insensitive to case, script and
// diacritics: the stores feed it folded tokens (SearchFolding) in the same
// transaction as each change; queries are folded the same way and every
// word matches as a prefix. Backed by SQLite FTS5.
class SearchIndex
{
public:
    // Replaces the entry of a record. names are weighted above other texts.
    static Status update(const QSqlDatabase &db, RecordKind kind, qint64 id, const QString &title,
                         const QStringList &names, const QStringList &texts);
    static Status remove(const QSqlDatabase &db, RecordKind kind, qint64 id);
    // Rewrites the index so that removed entries leave no trace in it: FTS5
    // keeps a deleted entry's tokens in the old segments (a delete only adds
    // a marker) until those segments merge. This is FTS5's 'optimize', which
    // merges every segment into one: it reads and writes the WHOLE index
    // (every entry of every record, not just the deleted ones), in the
    // caller's transaction, so its time and the rollback journal grow with
    // the size of the register. Only for the right to erasure
    // (PersonStore::erase); never call it on an ordinary delete. (FTS5's
    // 'secure-delete' option would avoid the rewrite but needs SQLite 3.42;
    // the platform has 3.40.)
    static Status purgeDeleted(const QSqlDatabase &db);

    // Best first. An empty or punctuation-only query finds nothing.
    static Result<QList<SearchHit>> search(const QSqlDatabase &db, const QString &query, int limit = 50,
                                           std::optional<RecordKind> kind = std::nullopt);
    // The ids of records of one kind that match, for list filters (as an SQL
    // fragment "id IN (...)" is not possible with bound values, lists use matchExpression()).
    static QString matchExpression(const QString &query);
    // The title a record is listed under in search results; empty when the
    // record has no entry (it does not exist).
    static Result<QString> title(const QSqlDatabase &db, RecordKind kind, qint64 id);
    static qint64 rowIdFor(RecordKind kind, qint64 id);
};
