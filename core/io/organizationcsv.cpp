// SPDX-License-Identifier: GPL-3.0-or-later
#include "organizationcsv.h"

#include "database.h"
#include "organizationstore.h"
#include "searchfolding.h"
#include "sqlsupport.h"
#include "vocabulary.h"

OrganizationCsv::OrganizationCsv(Database &db)
    : m_db(db)
{
}

QList<CsvColumn> OrganizationCsv::columns() const
{
    return {{QStringLiteral("name"), true},   {QStringLiteral("name_cyrillic"), false}, {QStringLiteral("kind"), true},
            {QStringLiteral("country"), true}, {QStringLiteral("city"), false},         {QStringLiteral("email"), false},
            {QStringLiteral("phone"), false},  {QStringLiteral("website"), false},      {QStringLiteral("notes"), false}};
}

bool OrganizationCsv::prepare(const CsvRow &row, QList<ImportProblem> &problems)
{
    if (!m_countries) {
        auto loaded = CountryLookup::load(m_db);
        if (!loaded) {
            problems.append({row.line(), 0, loaded.error().message()});
            return false;
        }
        m_countries = loaded.take();
    }
    const int before = int(problems.size());
    Staged staged;
    Organization &o = staged.organization;
    o.name = row.value(QStringLiteral("name"));
    o.nameCyrillic = row.value(QStringLiteral("name_cyrillic"));
    o.kind = row.value(QStringLiteral("kind")).toLower();
    o.city = row.value(QStringLiteral("city"));
    o.email = row.value(QStringLiteral("email"));
    o.phone = row.value(QStringLiteral("phone"));
    o.website = row.value(QStringLiteral("website"));
    o.notes = row.value(QStringLiteral("notes"));
    if (o.kind == QLatin1String("city_municipality"))
        o.parentCity = o.city; // a city municipality's city is the city it belongs to
    for (const CsvColumn &column : columns()) {
        if (!row.value(column.name).isEmpty())
            staged.presentColumns.insert(column.name);
    }

    if (o.name.isEmpty())
        problems.append({row.line(), row.columnNumber(QStringLiteral("name")), tr("the name is required")});
    if (!Vocabulary::contains(Vocab::OrganizationKind, o.kind))
        problems.append({row.line(), row.columnNumber(QStringLiteral("kind")),
                         tr("unknown kind \"%1\"; use one of: %2")
                             .arg(row.value(QStringLiteral("kind")),
                                  Vocabulary::keys(Vocab::OrganizationKind).join(QStringLiteral(", ")))});
    const QString countryText = row.value(QStringLiteral("country"));
    o.country = m_countries->codeFor(countryText);
    if (o.country.isEmpty())
        problems.append({row.line(), row.columnNumber(QStringLiteral("country")),
                         countryText.isEmpty() ? tr("the country is required")
                                               : tr("unknown country \"%1\"").arg(countryText)});
    if (int(problems.size()) > before)
        return false;

    OrganizationStore store(m_db);
    const Validation validation = store.validate(o);
    for (const ValidationIssue &issue : validation.errors()) {
        const int column = row.columnNumber(issue.field);
        problems.append({row.line(), column > 0 ? column : row.columnNumber(QStringLiteral("name")), issue.message});
    }
    if (validation.hasErrors())
        return false;

    const QString key = o.country + QLatin1Char('|') + SearchFolding::fold(o.name);
    staged.duplicateInFile = m_seen.contains(key);
    m_seen.insert(key);
    auto existing = store.findAllByName(o.name, o.country);
    if (existing && !existing.value().isEmpty())
        staged.existingId = existing.value().first();
    m_staged.append(staged);
    return true;
}

int OrganizationCsv::stagedDuplicates() const
{
    return int(std::count_if(m_staged.cbegin(), m_staged.cend(),
                             [](const Staged &s) { return s.existingId != 0 || s.duplicateInFile; }));
}

int OrganizationCsv::stagedUpdates() const
{
    return int(std::count_if(m_staged.cbegin(), m_staged.cend(),
                             [](const Staged &s) { return s.existingId != 0 && !s.duplicateInFile; }));
}

Status OrganizationCsv::apply(bool updateExisting, ImportSummary &summary)
{
    OrganizationStore store(m_db);
    for (Staged &staged : m_staged) {
        if (staged.duplicateInFile) {
            ++summary.duplicates;
            continue;
        }
        if (staged.existingId == 0) {
            if (Status saved = store.saveWithin(staged.organization); !saved)
                return saved;
            ++summary.added;
            continue;
        }
        if (!updateExisting) {
            ++summary.duplicates;
            continue;
        }
        auto existing = store.get(staged.existingId);
        if (!existing)
            return existing.error();
        Organization merged = existing.value();
        const Organization &incoming = staged.organization;
        const auto take = [&](const QString &column, QString &target, const QString &value) {
            if (staged.presentColumns.contains(column))
                target = value;
        };
        take(QStringLiteral("name_cyrillic"), merged.nameCyrillic, incoming.nameCyrillic);
        take(QStringLiteral("kind"), merged.kind, incoming.kind);
        take(QStringLiteral("city"), merged.city, incoming.city);
        take(QStringLiteral("email"), merged.email, incoming.email);
        take(QStringLiteral("phone"), merged.phone, incoming.phone);
        take(QStringLiteral("website"), merged.website, incoming.website);
        take(QStringLiteral("notes"), merged.notes, incoming.notes);
        if (Status saved = store.saveWithin(merged); !saved)
            return saved;
        ++summary.updated;
    }
    return {};
}

Result<QList<QStringList>> OrganizationCsv::exportRows() const
{
    auto query = Sql::run(m_db.connection(),
                          QStringLiteral("SELECT name, name_cyrillic, kind, country, city, email, phone, website, notes "
                                         "FROM organizations ORDER BY sort_key, id"));
    if (!query)
        return query.error();
    QList<QStringList> rows;
    QSqlQuery &q = query.value();
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < 9; ++i)
            row << q.value(i).toString();
        rows << row;
    }
    return rows;
}
