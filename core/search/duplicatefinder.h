// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordkind.h"
#include "result.h"

#include <QList>
#include <QString>

class Database;

struct DuplicatePair
{
    RecordKind kind = RecordKind::Organization;
    qint64 firstId = 0;
    qint64 secondId = 0;
    QString firstName;
    QString secondName;
};

// Finds likely duplicate organisations (same name in any script or
// diacritics, generic words such as "Opština" or "City of" aside, same
// country) and people (same name, same organisation or either without one).
class DuplicateFinder
{
public:
    static Result<QList<DuplicatePair>> organizations(const Database &db);
    static Result<QList<DuplicatePair>> people(const Database &db);
    // The comparison key: folded, without generic words ("opstina cacak" -> "cacak").
    static QString nameKey(const QString &name);
};
