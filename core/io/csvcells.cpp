// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvcells.h"

#include "countrylookup.h"
#include "database.h"
#include "dates.h"
#include "organizationstore.h"
#include "themestore.h"

CsvCells::CsvCells(Database &db, const CsvRow &row, QList<ImportProblem> &problems, const CountryLookup *countries)
    : m_db(db)
    , m_row(row)
    , m_problems(problems)
    , m_before(problems.size())
    , m_countries(countries)
{
}

void CsvCells::problem(const QString &column, const QString &message)
{
    m_problems.append({m_row.line(), m_row.columnNumber(column), message});
}

QString CsvCells::text(const QString &column, bool required)
{
    const QString value = m_row.value(column);
    if (required && value.isEmpty())
        problem(column, tr("the %1 is required").arg(column));
    return value;
}

QDate CsvCells::date(const QString &column, bool required)
{
    const QString value = m_row.value(column);
    if (value.isEmpty()) {
        if (required)
            problem(column, tr("the %1 is required").arg(column));
        return {};
    }
    const QDate parsed = Dates::parse(value);
    if (!parsed.isValid())
        problem(column, tr("\"%1\" is not a date; write YYYY-MM-DD or D.M.YYYY.").arg(value));
    return parsed;
}

QString CsvCells::term(const QString &column, Vocab vocab, bool required, const QString &fallback)
{
    const QString value = m_row.value(column).toLower();
    if (value.isEmpty()) {
        if (required)
            problem(column, tr("the %1 is required").arg(column));
        return fallback;
    }
    if (!Vocabulary::contains(vocab, value))
        problem(column, tr("unknown %1 \"%2\"; use one of: %3")
                            .arg(column, m_row.value(column), Vocabulary::keys(vocab).join(QStringLiteral(", "))));
    return value;
}

QList<qint64> CsvCells::organizations(const QString &column, const QString &country)
{
    QList<qint64> ids;
    const OrganizationStore store(m_db);
    for (const QString &name : m_row.list(column)) {
        auto id = store.resolveReference(name, country);
        if (!id && !country.isEmpty())
            id = store.resolveReference(name); // a party from another country, named uniquely
        if (id)
            ids << id.value();
        else
            problem(column, id.error().message());
    }
    return ids;
}

QList<qint64> CsvCells::themes(const QString &column)
{
    QList<qint64> ids;
    const ThemeStore store(m_db);
    for (const QString &name : m_row.list(column)) {
        auto id = store.findByName(name);
        if (id && id.value())
            ids << *id.value();
        else
            problem(column, tr("unknown theme \"%1\"").arg(name));
    }
    return ids;
}

QString CsvCells::country(const QString &column)
{
    const QString value = m_row.value(column);
    if (value.isEmpty())
        return {};
    QString code;
    if (m_countries) {
        code = m_countries->codeFor(value);
    } else if (auto lookup = CountryLookup::load(m_db)) {
        code = lookup.value().codeFor(value);
    }
    if (code.isEmpty())
        problem(column, tr("unknown country \"%1\"").arg(value));
    return code;
}
