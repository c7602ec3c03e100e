// SPDX-License-Identifier: GPL-3.0-or-later
#include "countrylookup.h"

#include "database.h"
#include "searchfolding.h"
#include "sortkey.h"
#include "sqlsupport.h"

Result<CountryLookup> CountryLookup::load(const Database &db)
{
    auto query = Sql::run(db.connection(), QStringLiteral("SELECT code, name_en, name_sr_latn, name_sr_cyrl FROM countries"));
    if (!query)
        return query.error();
    CountryLookup lookup;
    QSqlQuery &q = query.value();
    while (q.next()) {
        const QString code = q.value(0).toString();
        lookup.m_codes.insert(code.toLower(), code);
        for (int column = 1; column <= 3; ++column)
            lookup.m_codes.insert(SearchFolding::fold(q.value(column).toString()), code);
    }
    return lookup;
}

QString CountryLookup::codeFor(const QString &text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() == 2) {
        const QString code = m_codes.value(trimmed.toLower());
        if (!code.isEmpty())
            return code;
    }
    return m_codes.value(SearchFolding::fold(trimmed));
}

Result<QList<CountryLookup::Entry>> CountryLookup::all(const Database &db, Language language)
{
    const QString column = language == Language::English      ? QStringLiteral("name_en")
                           : language == Language::SerbianLatin ? QStringLiteral("name_sr_latn")
                                                                : QStringLiteral("name_sr_cyrl");
    // The column is one of three fixed names, never user text.
    auto query = Sql::run(db.connection(), QStringLiteral("SELECT code, ") + column + QStringLiteral(" FROM countries"));
    if (!query)
        return query.error();
    QList<Entry> entries;
    while (query.value().next())
        entries.append({query.value().value(0).toString(), query.value().value(1).toString()});
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return SortKey::of(a.name) < SortKey::of(b.name); });
    return entries;
}
