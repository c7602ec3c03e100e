// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordkind.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantList>

class QSqlDatabase;

// Small SQL helpers the stores share: nullable ids, IN lists with the right
// number of bound values, existence checks for references.
namespace StoreSupport {

// The id, or SQL NULL for 0 (no reference).
QVariant nullableId(qint64 id);

// "?, ?, ?" for an IN list of n bound values.
QString placeholders(qsizetype n);

// How many distinct values of the list occur in table.column; -1 on a
// database error. table and column are written by the store, never user input.
int countKnown(const QSqlDatabase &db, const QString &table, const QString &column, const QVariantList &values);

// Whether table has a row with this id.
bool exists(const QSqlDatabase &db, const QString &table, qint64 id);

// The table that holds records of a kind ("visit" → visits).
QString tableOf(RecordKind kind);

// Whether the record of this kind and id exists.
bool recordExists(const QSqlDatabase &db, RecordKind kind, qint64 id);

template<typename T>
QVariantList toVariants(const QList<T> &values)
{
    QVariantList result;
    result.reserve(values.size());
    for (const T &value : values)
        result << QVariant::fromValue(value);
    return result;
}

} // namespace StoreSupport
