// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QSqlDatabase;

// One numbered step of the schema. Its SQL lives in core/schema/NNNN_name.sql,
// embedded as a resource; the file may hold several statements. A step that
// SQL alone cannot express has code instead (or as well, run after the
// script), in the same transaction.
struct Migration
{
    int version = 0;
    QString scriptPath;
    std::function<Status(const QSqlDatabase &)> code = {};
};

// The ordered chain of schema upgrades. PRAGMA user_version holds the version
// of the file; version N is reached by running steps 1..N in order, each in
// its own write transaction that also sets user_version, so an interrupted
// upgrade leaves the file at the last complete version.
class Migrations
{
public:
    // The application id stamped into every Saradnja file ("SRDJ").
    static constexpr int applicationId = 0x5352444A;

    static const QList<Migration> &all();
    static int latestVersion();

    // Runs every step above the file's version up to targetVersion.
    static Status upgrade(const QSqlDatabase &db, int targetVersion,
                          const QList<Migration> &steps = all());

    // Splits a script into statements at ';' line ends, keeping a CREATE
    // TRIGGER body (which has its own semicolons) whole up to its END;.
    static QStringList splitStatements(const QString &script);

private:
    static Status applyStep(const QSqlDatabase &db, const Migration &step);
};
