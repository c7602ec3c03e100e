// SPDX-License-Identifier: GPL-3.0-or-later
#include "partnershipcsv.h"

#include "csvcells.h"
#include "database.h"
#include "dates.h"
#include "organizationstore.h"
#include "partnershipstore.h"
#include "searchfolding.h"
#include "searchindex.h"
#include "sqlsupport.h"
#include "themestore.h"

namespace {

// A partnership is the same when its title matches in any script, diacritics or case.
qint64 existingPartnership(const Database &db, const QString &title)
{
    auto hits = SearchIndex::search(db.connection(), title, 100, RecordKind::Partnership);
    if (!hits)
        return 0;
    const QString folded = SearchFolding::fold(title);
    for (const SearchHit &hit : hits.value()) {
        if (SearchFolding::fold(hit.title) == folded)
            return hit.id;
    }
    return 0;
}

} // namespace

PartnershipCsv::PartnershipCsv(Database &db)
    : m_db(db)
{
}

QList<CsvColumn> PartnershipCsv::columns() const
{
    return {{QStringLiteral("title"), true},       {QStringLiteral("kind"), true},      {QStringLiteral("status"), true},
            {QStringLiteral("parties"), true},     {QStringLiteral("started_on"), false}, {QStringLiteral("ended_on"), false},
            {QStringLiteral("themes"), false},     {QStringLiteral("notes"), false}};
}

bool PartnershipCsv::prepare(const CsvRow &row, QList<ImportProblem> &problems)
{
    CsvCells cells(m_db, row, problems);
    Staged staged;
    Partnership &p = staged.partnership;
    p.title = cells.text(QStringLiteral("title"), true);
    p.kind = cells.term(QStringLiteral("kind"), Vocab::PartnershipKind, true);
    p.status = cells.term(QStringLiteral("status"), Vocab::PartnershipStatus, true);
    for (qint64 id : cells.organizations(QStringLiteral("parties")))
        p.parties.append(PartnershipParty{id, QString()});
    p.startedOn = cells.date(QStringLiteral("started_on"));
    p.endedOn = cells.date(QStringLiteral("ended_on"));
    p.themeIds = cells.themes(QStringLiteral("themes"));
    p.notes = cells.text(QStringLiteral("notes"));
    if (!cells.ok())
        return false;
    const Validation validation = PartnershipStore(m_db).validate(p);
    for (const ValidationIssue &issue : validation.errors()) {
        QString column = QStringLiteral("title");
        if (issue.field.startsWith(QLatin1String("part")))
            column = QStringLiteral("parties");
        else if (issue.field.startsWith(QLatin1String("end")))
            column = QStringLiteral("ended_on");
        cells.problem(column, issue.message);
    }
    if (!cells.ok())
        return false;
    const QString key = SearchFolding::fold(p.title);
    staged.duplicateInFile = m_seen.contains(key);
    m_seen.insert(key);
    staged.existingId = existingPartnership(m_db, p.title);
    m_staged << staged;
    return true;
}

int PartnershipCsv::stagedDuplicates() const
{
    return int(std::count_if(m_staged.cbegin(), m_staged.cend(),
                             [](const Staged &s) { return s.existingId != 0 || s.duplicateInFile; }));
}

int PartnershipCsv::stagedUpdates() const
{
    return int(std::count_if(m_staged.cbegin(), m_staged.cend(),
                             [](const Staged &s) { return s.existingId != 0 && !s.duplicateInFile; }));
}

Status PartnershipCsv::apply(bool updateExisting, ImportSummary &summary)
{
    PartnershipStore store(m_db);
    for (Staged &staged : m_staged) {
        if (staged.duplicateInFile || (staged.existingId != 0 && !updateExisting)) {
            ++summary.duplicates;
            continue;
        }
        Partnership &p = staged.partnership;
        if (staged.existingId != 0) {
            // Keep what the file does not carry: committee, timeline, status history.
            auto existing = store.get(staged.existingId);
            if (!existing)
                return existing.error();
            p.id = staged.existingId;
            p.committee = existing.value().committee;
            p.timeline = existing.value().timeline;
            p.statusHistory = existing.value().statusHistory;
        }
        if (Status saved = store.saveWithin(p); !saved)
            return saved;
        ++(staged.existingId != 0 ? summary.updated : summary.added);
    }
    return {};
}

Result<QList<QStringList>> PartnershipCsv::exportRows() const
{
    auto ids = Sql::run(m_db.connection(), QStringLiteral("SELECT id FROM partnerships ORDER BY sort_key, id"));
    if (!ids)
        return ids.error();
    const PartnershipStore partnerships(m_db);
    const OrganizationStore organizations(m_db);
    const ThemeStore themes(m_db);
    QList<QStringList> rows;
    while (ids.value().next()) {
        auto p = partnerships.get(ids.value().value(0).toLongLong());
        if (!p)
            return p.error();
        QStringList parties;
        for (const PartnershipParty &party : p.value().parties)
            parties << organizations.referenceName(party.organizationId);
        QStringList themeNames;
        for (qint64 theme : p.value().themeIds)
            themeNames << themes.get(theme).valueOr(Theme()).nameSrLatn;
        rows << QStringList{p.value().title, p.value().kind, p.value().status, parties.join(QLatin1Char('|')),
                            Dates::toSql(p.value().startedOn).toString(), Dates::toSql(p.value().endedOn).toString(),
                            themeNames.join(QLatin1Char('|')), p.value().notes};
    }
    return rows;
}
