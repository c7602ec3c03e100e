// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

class QSqlError;

// Small helpers every store uses: run a prepared statement with bound values
// and turn QSqlError into an Error with a translated message.
namespace Sql {

// SQLite's primary result code behind a QSqlError (0 when there is none).
int sqliteCode(const QSqlError &error);

// Maps a QSqlError to an Error. Corruption, "not a database", locks and
// read-only failures get their own codes and messages; anything else gets
// the caller's message.
Error toError(const QSqlError &error, const QString &userMessage);

// Prepares and runs sql with the values bound in order. The query is
// forward-only, so a finished read never holds a lock longer than needed.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// The first column of the first row, or an invalid QVariant when there is no row.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// For fixed statements with no values (pragmas, DDL).
Status exec(const QSqlDatabase &db, const QString &sql);

// A text value for a NOT NULL column: a null QString binds as SQL NULL, so
// it is bound as the empty string instead.
QVariant text(const QString &value);

// A string as an SQL literal, for the few statements SQLite cannot bind
// (VACUUM INTO's file name): single quotes doubled.
QString quoteLiteral(const QString &text);

} // namespace Sql
