// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language.h"
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

    struct Entry
    {
        QString code;
        QString name;
    };
    // Every country with its name in the language, in that language's alphabetical order.
    static Result<QList<Entry>> all(const Database &db, Language language);

private:
    QHash<QString, QString> m_codes; // folded name or code → code
};
