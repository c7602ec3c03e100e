// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language.h"
#include "recordkind.h"
#include "result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSqlDatabase;

// One column of a list: a stable key and the SQL expression behind it
// (written by the store, never from user input). In an expression,
// @name(x) stands for the name of the organisation row x as the list's
// language shows it: a Serbian organisation's Cyrillic name in a Cyrillic
// list, its name otherwise (foreign names never change).
struct ListColumn
{
    QString key;
    QString expression;
    // What ORDER BY uses for this column (defaults to the expression).
    QString sortExpression;
};

// A filter a list accepts: its key and an SQL condition with one '?' for the value.
struct ListFilter
{
    QString key;
    QString condition;
};

// What a store lists: table expression, columns, filters, default order.
struct ListSpec
{
    RecordKind kind = RecordKind::Organization;
    QString from;     // e.g. "organizations o LEFT JOIN countries c ON c.code = o.country"
    QString idColumn; // e.g. "o.id"
    QList<ListColumn> columns;
    QList<ListFilter> filters;
    QString defaultSortKey;
};

// What the user asks of a list: quick-filter text, filter values, order, page.
struct ListQuery
{
    QString text;
    QMap<QString, QVariant> filters;
    QString sortKey;
    Qt::SortOrder order = Qt::AscendingOrder;
    int offset = 0;
    int limit = 200;
    Language language = Language::SerbianLatin; // of names, see ListColumn
};

struct ListPage
{
    QStringList columnKeys;
    QList<qint64> ids;
    QList<QVariantList> rows;
    qint64 total = 0; // matching rows in all pages
};

// Fetches one page of a list: the filters and quick-filter text become
// bound conditions, the order a whitelisted column, the page LIMIT/OFFSET.
// A list of 100,000 rows never loads more than the page.
class RecordLister
{
public:
    // The expression with every @name(x) written out for the language.
    static QString resolveNames(const QString &expression, Language language);
    static Result<ListPage> fetch(const QSqlDatabase &db, const ListSpec &spec, const ListQuery &query);
    static Result<qint64> count(const QSqlDatabase &db, const ListSpec &spec, const ListQuery &query);

private:
    static Result<QString> whereClause(const ListSpec &spec, const ListQuery &query, QVariantList &values);
};
