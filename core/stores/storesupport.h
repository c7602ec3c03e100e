// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordkind.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

class QSqlDatabase;

// Small SQL helpers the stores share: nullable values, IN lists with the
// right number of bound values, existence checks for references, child rows
// and the insert-or-update of a record's own row. Table and column names are
// always written by the store, never taken from user input.
namespace StoreSupport {

// The id, or SQL NULL for 0 (no reference).
QVariant nullableId(qint64 id);
// The text, or SQL NULL when it is empty (nullable and UNIQUE columns).
QVariant nullableText(const QString &text);

// "?, ?, ?" for an IN list of n bound values.
QString placeholders(qsizetype n);

// How many distinct values of the list occur in table.column; -1 on a database error.
int countKnown(const QSqlDatabase &db, const QString &table, const QString &column, const QVariantList &values);

// Whether table has a row with this id (false on a database error).
bool exists(const QSqlDatabase &db, const QString &table, qint64 id);

// The table that holds records of a kind ("visit" → visits).
QString tableOf(RecordKind kind);

// Whether the record of this kind and id exists.
bool recordExists(const QSqlDatabase &db, RecordKind kind, qint64 id);

// Runs one statement per row of values (child rows: parties, themes...).
Status runEach(const QSqlDatabase &db, const QString &sql, const QList<QVariantList> &rows);
// Runs several statements with the same values.
Status runAll(const QSqlDatabase &db, const QStringList &statements, const QVariantList &values);
// Deletes the rows of each child table whose parentColumn is id (the
// "delete" of delete-and-reinsert).
Status clearChildren(const QSqlDatabase &db, const QStringList &tables, const QString &parentColumn, qint64 id);

// The first column of every row of sql, as ids.
Result<QList<qint64>> ids(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// Inserts the record's row (id 0: id becomes the new row's id; created_at
// and updated_at are set to now) or updates row id (updated_at set to now).
// values are bound in the order of columns; a failure carries the message failed.
Status writeRow(const QSqlDatabase &db, const QString &table, const QStringList &columns, const QVariantList &values,
                qint64 &id, const QString &failed);

// The names of the organisations that match condition (an SQL condition on
// organizations, e.g. "id IN (SELECT ...)", with values bound in order), for
// search entries: name, Cyrillic, Serbian and English names and acronym of each.
Result<QStringList> organizationNames(const QSqlDatabase &db, const QString &condition, const QVariantList &values);

template<typename Container>
QVariantList toVariants(const Container &values)
{
    QVariantList result;
    result.reserve(values.size());
    for (const auto &value : values)
        result << QVariant::fromValue(value);
    return result;
}

} // namespace StoreSupport
