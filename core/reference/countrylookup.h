// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QHash>
#include <QString>

class Database;

// Finds a country by its ISO 3166 alpha-2 code or its name in English,
// Serbian Latin or Serbian Cyrillic, with or without diacritics.
class CountryLookup
{
public:
    static Result<CountryLookup> load(const Database &db);

    // The ISO code, or an empty string when unknown.
    QString codeFor(const QString &text) const;

private:
    QHash<QString, QString> m_codes; // folded name or code → code
};
