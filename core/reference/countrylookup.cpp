// SPDX-License-Identifier: GPL-3.0-or-later
#include "countrylookup.h"

#include "database.h"
#include "searchfolding.h"
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
