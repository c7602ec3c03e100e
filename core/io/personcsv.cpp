// SPDX-License-Identifier: GPL-3.0-or-later
#include "personcsv.h"

#include "csvcells.h"
#include "database.h"
#include "organizationstore.h"
#include "personstore.h"
#include "searchfolding.h"
#include "sqlsupport.h"

namespace {

// A person is the same when the folded name and the organisation match.
qint64 existingPerson(const Database &db, const Person &person)
{
    auto query = Sql::run(db.connection(),
                          QStringLiteral("SELECT id, full_name FROM people WHERE erased_at IS NULL AND "
                                         "coalesce(organization_id, 0) = ?"),
                          {person.organizationId});
    if (!query)
        return 0;
    const QString folded = SearchFolding::fold(person.fullName);
    while (query.value().next()) {
        if (SearchFolding::fold(query.value().value(1).toString()) == folded)
            return query.value().value(0).toLongLong();
    }
    return 0;
}

} // namespace

PersonCsv::PersonCsv(Database &db)
    : m_db(db)
{
}

QList<CsvColumn> PersonCsv::columns() const
{
    return {{QStringLiteral("full_name"), true}, {QStringLiteral("organization"), false}, {QStringLiteral("position"), false},
            {QStringLiteral("email"), false},    {QStringLiteral("phone"), false},        {QStringLiteral("languages"), false},
            {QStringLiteral("notes"), false}};
}

bool PersonCsv::prepare(const CsvRow &row, QList<ImportProblem> &problems)
{
    CsvCells cells(m_db, row, problems);
    Staged staged;
    Person &p = staged.person;
    p.fullName = cells.text(QStringLiteral("full_name"), true);
    const QList<qint64> organizations = cells.organizations(QStringLiteral("organization"));
    if (organizations.size() > 1)
        cells.problem(QStringLiteral("organization"), tr("a person belongs to one organisation"));
    p.organizationId = organizations.value(0);
    p.position = cells.text(QStringLiteral("position"));
    p.email = cells.text(QStringLiteral("email"));
    p.phone = cells.text(QStringLiteral("phone"));
    p.languages = cells.text(QStringLiteral("languages"));
    p.notes = cells.text(QStringLiteral("notes"));
    if (!cells.ok())
        return false;
    const Validation validation = PersonStore(m_db).validate(p);
    for (const ValidationIssue &issue : validation.errors())
        cells.problem(issue.field == QLatin1String("email") ? issue.field : QStringLiteral("full_name"), issue.message);
    if (!cells.ok())
        return false;
    const QString key = QString::number(p.organizationId) + QLatin1Char('|') + SearchFolding::fold(p.fullName);
    staged.duplicateInFile = m_seen.contains(key);
    m_seen.insert(key);
    staged.existingId = existingPerson(m_db, p);
    m_staged << staged;
    return true;
}

int PersonCsv::stagedDuplicates() const
{
    return int(std::count_if(m_staged.cbegin(), m_staged.cend(),
                             [](const Staged &s) { return s.existingId != 0 || s.duplicateInFile; }));
}

int PersonCsv::stagedUpdates() const
{
    return int(std::count_if(m_staged.cbegin(), m_staged.cend(),
                             [](const Staged &s) { return s.existingId != 0 && !s.duplicateInFile; }));
}

Status PersonCsv::apply(bool updateExisting, ImportSummary &summary)
{
    PersonStore store(m_db);
    for (Staged &staged : m_staged) {
        if (staged.duplicateInFile || (staged.existingId != 0 && !updateExisting)) {
            ++summary.duplicates;
            continue;
        }
        staged.person.id = staged.existingId;
        if (Status saved = store.saveWithin(staged.person); !saved)
            return saved;
        ++(staged.existingId != 0 ? summary.updated : summary.added);
    }
    return {};
}

Result<QList<QStringList>> PersonCsv::exportRows() const
{
    auto query = Sql::run(m_db.connection(),
                          QStringLiteral("SELECT full_name, organization_id, position, email, phone, languages, notes "
                                         "FROM people WHERE erased_at IS NULL ORDER BY sort_key, id"));
    if (!query)
        return query.error();
    const OrganizationStore organizations(m_db);
    QList<QStringList> rows;
    QSqlQuery &q = query.value();
    while (q.next()) {
        rows << QStringList{q.value(0).toString(),
                            q.value(1).isNull() ? QString() : organizations.referenceName(q.value(1).toLongLong()),
                            q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                            q.value(6).toString()};
    }
    return rows;
}
