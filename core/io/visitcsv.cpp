// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitcsv.h"

#include "csvcells.h"
#include "database.h"
#include "dates.h"
#include "organizationstore.h"
#include "personstore.h"
#include "searchfolding.h"
#include "sqlsupport.h"
#include "visitstore.h"

namespace {

// The ids of the (not erased) people with this name, in any script or diacritics.
QList<qint64> peopleNamed(const Database &db, const QString &name)
{
    QList<qint64> ids;
    auto query = Sql::run(db.connection(), QStringLiteral("SELECT id, full_name FROM people WHERE erased_at IS NULL"));
    if (!query)
        return ids;
    const QString folded = SearchFolding::fold(name);
    while (query.value().next()) {
        if (SearchFolding::fold(query.value().value(1).toString()) == folded)
            ids << query.value().value(0).toLongLong();
    }
    return ids;
}

qint64 existingVisit(const Database &db, const QString &title, const QDate &start)
{
    auto query = Sql::run(db.connection(), QStringLiteral("SELECT id, title FROM visits WHERE start_date = ?"),
                          {Dates::toSql(start)});
    if (!query)
        return 0;
    const QString folded = SearchFolding::fold(title);
    while (query.value().next()) {
        if (SearchFolding::fold(query.value().value(1).toString()) == folded)
            return query.value().value(0).toLongLong();
    }
    return 0;
}

} // namespace

VisitCsv::VisitCsv(Database &db)
    : m_db(db)
{
}

QList<CsvColumn> VisitCsv::columns() const
{
    return {{QStringLiteral("title"), true},      {QStringLiteral("direction"), true}, {QStringLiteral("kind"), false},
            {QStringLiteral("start_date"), true}, {QStringLiteral("end_date"), false}, {QStringLiteral("city"), false},
            {QStringLiteral("country"), false},   {QStringLiteral("host"), false},     {QStringLiteral("guests"), false},
            {QStringLiteral("participants"), false}, {QStringLiteral("purpose"), false}, {QStringLiteral("outcome"), false}};
}

bool VisitCsv::prepare(const CsvRow &row, QList<ImportProblem> &problems)
{
    if (!m_countries) {
        if (auto loaded = CountryLookup::load(m_db))
            m_countries = loaded.take();
    }
    CsvCells cells(m_db, row, problems, m_countries ? &*m_countries : nullptr);
    Staged staged;
    Visit &v = staged.visit;
    v.title = cells.text(QStringLiteral("title"), true);
    v.direction = cells.term(QStringLiteral("direction"), Vocab::VisitDirection, true);
    v.kind = cells.term(QStringLiteral("kind"), Vocab::VisitKind, false, QStringLiteral("delegation"));
    v.startDate = cells.date(QStringLiteral("start_date"), true);
    v.endDate = cells.date(QStringLiteral("end_date"));
    v.city = cells.text(QStringLiteral("city"));
    v.country = cells.country(QStringLiteral("country"));
    for (qint64 id : cells.organizations(QStringLiteral("host")))
        v.organizations.append(Visit::VisitOrganization{id, QStringLiteral("host")});
    for (qint64 id : cells.organizations(QStringLiteral("guests")))
        v.organizations.append(Visit::VisitOrganization{id, QStringLiteral("guest")});
    for (const QString &name : row.list(QStringLiteral("participants"))) {
        const QList<qint64> people = peopleNamed(m_db, name);
        if (people.size() > 1)
            cells.problem(QStringLiteral("participants"), tr("several people are named \"%1\"").arg(name));
        else if (people.size() == 1)
            v.participants.append(Visit::Participant{0, people.first(), 0, QString()});
        else
            staged.newPeople << name;
    }
    v.purpose = cells.text(QStringLiteral("purpose"));
    v.outcome = cells.text(QStringLiteral("outcome"));
    if (!cells.ok())
        return false;
    const Validation validation = VisitStore(m_db).validate(v);
    for (const ValidationIssue &issue : validation.errors()) {
        const QString column = row.has(issue.field) ? issue.field : QStringLiteral("title");
        cells.problem(column, issue.message);
    }
    if (!cells.ok())
        return false;
    const QString key = Dates::toSql(v.startDate).toString() + QLatin1Char('|') + SearchFolding::fold(v.title);
    staged.duplicateInFile = m_seen.contains(key);
    m_seen.insert(key);
    staged.existingId = existingVisit(m_db, v.title, v.startDate);
    m_staged << staged;
    return true;
}

int VisitCsv::stagedDuplicates() const
{
    return int(std::count_if(m_staged.cbegin(), m_staged.cend(),
                             [](const Staged &s) { return s.existingId != 0 || s.duplicateInFile; }));
}

int VisitCsv::stagedUpdates() const
{
    return int(std::count_if(m_staged.cbegin(), m_staged.cend(),
                             [](const Staged &s) { return s.existingId != 0 && !s.duplicateInFile; }));
}

Status VisitCsv::apply(bool updateExisting, ImportSummary &summary)
{
    VisitStore visits(m_db);
    PersonStore people(m_db);
    for (Staged &staged : m_staged) {
        if (staged.duplicateInFile || (staged.existingId != 0 && !updateExisting)) {
            ++summary.duplicates;
            continue;
        }
        Visit &v = staged.visit;
        for (const QString &name : std::as_const(staged.newPeople)) {
            const QList<qint64> known = peopleNamed(m_db, name); // added by an earlier row of this file
            if (!known.isEmpty()) {
                v.participants.append(Visit::Participant{0, known.first(), 0, QString()});
                continue;
            }
            Person person;
            person.fullName = name;
            if (Status saved = people.saveWithin(person); !saved)
                return saved;
            v.participants.append(Visit::Participant{0, person.id, 0, QString()});
        }
        if (staged.existingId != 0) {
            auto existing = visits.get(staged.existingId);
            if (!existing)
                return existing.error();
            v.id = staged.existingId;
            v.programme = existing.value().programme; // the file has no programme
        }
        if (Status saved = visits.saveWithin(v); !saved)
            return saved;
        ++(staged.existingId != 0 ? summary.updated : summary.added);
    }
    return {};
}

Result<QList<QStringList>> VisitCsv::exportRows() const
{
    auto ids = Sql::run(m_db.connection(), QStringLiteral("SELECT id FROM visits ORDER BY start_date, id"));
    if (!ids)
        return ids.error();
    const VisitStore visits(m_db);
    const OrganizationStore organizations(m_db);
    const PersonStore people(m_db);
    QList<QStringList> rows;
    while (ids.value().next()) {
        auto v = visits.get(ids.value().value(0).toLongLong());
        if (!v)
            return v.error();
        QStringList hosts;
        QStringList guests;
        for (const Visit::VisitOrganization &o : v.value().organizations)
            (o.role == QLatin1String("host") ? hosts : guests) << organizations.referenceName(o.organizationId);
        QStringList participants;
        for (const Visit::Participant &p : v.value().participants) {
            if (p.personId > 0)
                participants << people.get(p.personId).valueOr(Person()).fullName;
        }
        participants.removeAll(QString());
        rows << QStringList{v.value().title, v.value().direction, v.value().kind, Dates::toSql(v.value().startDate).toString(),
                            Dates::toSql(v.value().endDate).toString(), v.value().city, v.value().country,
                            hosts.join(QLatin1Char('|')), guests.join(QLatin1Char('|')), participants.join(QLatin1Char('|')),
                            v.value().purpose, v.value().outcome};
    }
    return rows;
}
