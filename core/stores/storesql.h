// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

class QSqlDatabase;

// Small SQL helpers the stores of records with child rows share.
namespace StoreSql {

// An id for a nullable reference column: NULL when 0.
QVariant nullableId(qint64 id);
// How many of the ids exist in table (a fixed name, never user input; id column "id").
Result<int> countExisting(const QSqlDatabase &db, const QString &table, const QSet<qint64> &ids);
// Runs one statement per row of values (child rows: parties, themes...).
Status runEach(const QSqlDatabase &db, const QString &sql, const QList<QVariantList> &rows);
// Runs several statements with the same values.
Status runAll(const QSqlDatabase &db, const QStringList &statements, const QVariantList &values);

} // namespace StoreSql
