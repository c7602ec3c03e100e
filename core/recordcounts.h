// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

struct RecordCount
{
    QString kind;  // stable key, e.g. "organization"
    QString label; // translated plural, e.g. "Organizations"
    qint64 count = 0;
};

// How many records of each kind a register holds (for `check` and the dashboard).
class RecordCounts
{
    Q_DECLARE_TR_FUNCTIONS(RecordCounts)

public:
    static Result<QList<RecordCount>> count(const Database &db);
};
