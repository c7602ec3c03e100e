// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

class QSqlDatabase;

// CHECK constraints written so that SQLite checks them cheaply.
//
// PRAGMA quick_check, run on every open, evaluates each table's CHECK
// constraints for every row, and SQLite 3.40 builds a temporary b-tree for an
// IN list of more than two constants each time it evaluates one. On the large
// generated register that doubled the quick check (visits alone: 114 ms of
// checking, 34 ms with the lists written out). The same condition written as
// a chain of comparisons, (kind = 'a' OR kind = 'b' …), accepts and refuses
// exactly the same values (NULL included: both give NULL, which a CHECK
// passes) and costs nothing to build.
class CheckConstraints
{
public:
    // The CREATE TABLE text with every `column IN (literal, …)` written as
    // `(column = literal OR …)`; text without such lists comes back unchanged.
    static QString withoutInLists(const QString &createTable);

    // Rewrites the stored definition of every table that has such a list
    // (schema migration 4). Only the text of the constraints changes, so no
    // row is copied: the definitions are edited in sqlite_schema (SQLite's
    // documented way for changes that leave the stored rows valid, "Making
    // Other Kinds Of Table Schema Changes") and the schema cookie is bumped
    // so that every connection reads them again. Must run inside the
    // caller's write transaction.
    static Status rewriteStoredTables(const QSqlDatabase &db);
};
