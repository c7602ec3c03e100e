// SPDX-License-Identifier: GPL-3.0-or-later
#include "initiativestore.h"

#include "dates.h"
#include "organizationstore.h"
#include "partnershipstore.h"
#include "searchindex.h"
#include "sortkey.h"
#include "sqlsupport.h"
#include "storesupport.h"
#include "vocabulary.h"

#include <QSet>

#include <algorithm>

namespace {

using StoreSupport::countKnown;
using StoreSupport::exists;
using StoreSupport::nullableId;
using StoreSupport::placeholders;
using StoreSupport::toVariants;

const QString selectColumns = QStringLiteral(
    "SELECT id, title, requester_id, origin, sought_kind, sought_size, description, stage, staff_in_charge, "
    "opened_on, closed_on, partnership_id, notes FROM initiatives");

// The columns writeRow() writes, in the order of its values.
const QStringList columns
    = {QStringLiteral("title"),       QStringLiteral("sort_key"),    QStringLiteral("requester_id"),
       QStringLiteral("origin"),      QStringLiteral("sought_kind"), QStringLiteral("sought_size"),
       QStringLiteral("description"), QStringLiteral("stage"),       QStringLiteral("staff_in_charge"),
       QStringLiteral("opened_on"),   QStringLiteral("closed_on"),   QStringLiteral("partnership_id"),
       QStringLiteral("notes")};

Initiative fromRow(const QSqlQuery &q)
{
    Initiative i;
    i.id = q.value(0).toLongLong();
    i.title = q.value(1).toString();
    i.requesterId = q.value(2).toLongLong();
    i.origin = q.value(3).toString();
    i.soughtKind = q.value(4).toString();
    i.soughtSize = q.value(5).toString();
    i.description = q.value(6).toString();
    i.stage = q.value(7).toString();
    i.staffInCharge = q.value(8).toString();
    i.openedOn = Dates::fromSql(q.value(9));
    i.closedOn = Dates::fromSql(q.value(10));
    i.partnershipId = q.value(11).toLongLong();
    i.notes = q.value(12).toString();
    return i;
}

} // namespace

Result<Initiative> InitiativeStore::get(qint64 id) const
{
    auto initiative
        = fetchOne(selectColumns + QStringLiteral(" WHERE id = ?"), id, QStringLiteral("initiative"), fromRow);
    if (!initiative)
        return initiative;
    if (Status loaded = loadChildren(initiative.value()); !loaded)
        return loaded.error();
    return initiative;
}

Status InitiativeStore::loadChildren(Initiative &i) const
{
    auto countries = Sql::run(db(), QStringLiteral("SELECT country FROM initiative_countries WHERE initiative_id = ? "
                                                   "ORDER BY country"), {i.id});
    if (!countries)
        return countries.error();
    while (countries.value().next())
        i.soughtCountries << countries.value().value(0).toString();
    auto themes = StoreSupport::ids(
        db(), QStringLiteral("SELECT theme_id FROM initiative_themes WHERE initiative_id = ? ORDER BY theme_id"),
        {i.id});
    if (!themes)
        return themes.error();
    i.soughtThemeIds = themes.take();
    auto candidates = Sql::run(db(), QStringLiteral("SELECT organization_id, note FROM initiative_candidates "
                                                    "WHERE initiative_id = ? ORDER BY rowid"), {i.id});
    if (!candidates)
        return candidates.error();
    while (candidates.value().next())
        i.candidates.append({candidates.value().value(0).toLongLong(), candidates.value().value(1).toString()});
    auto history = Sql::run(db(), QStringLiteral("SELECT stage, changed_on, note FROM initiative_stage_history "
                                                 "WHERE initiative_id = ? ORDER BY changed_on, id"), {i.id});
    if (!history)
        return history.error();
    QSqlQuery &h = history.value();
    while (h.next())
        i.stageHistory.append({h.value(0).toString(), Dates::fromSql(h.value(1)), h.value(2).toString()});
    return {};
}

Validation InitiativeStore::validate(const Initiative &i) const
{
    Validation v;
    v.requireText(QStringLiteral("title"), i.title, tr("The title"));
    if (i.requesterId <= 0)
        v.addError(QStringLiteral("requester_id"), tr("Choose the organisation that asked for a partner."));
    if (!Vocabulary::contains(Vocab::InitiativeOrigin, i.origin))
        v.addError(QStringLiteral("origin"), tr("Choose where the initiative comes from."));
    if (!Vocabulary::contains(Vocab::InitiativeStage, i.stage))
        v.addError(QStringLiteral("stage"), tr("Choose the stage of the initiative."));
    if (!i.soughtKind.isEmpty() && !Vocabulary::contains(Vocab::PartnershipKind, i.soughtKind))
        v.addError(QStringLiteral("sought_kind"), tr("Choose the kind of partnership sought."));
    v.requireDate(QStringLiteral("opened_on"), i.openedOn, tr("The opening date"));
    v.checkDateOrder(QStringLiteral("closed_on"), i.openedOn, i.closedOn);
    for (const Initiative::StageChange &change : i.stageHistory) {
        if (!Vocabulary::contains(Vocab::InitiativeStage, change.stage) || !change.changedOn.isValid()) {
            v.addError(QStringLiteral("stage_history"), tr("Every stage change needs a known stage and a date."));
            break;
        }
    }
    validateReferences(i, v);
    return v;
}

void InitiativeStore::validateReferences(const Initiative &i, Validation &v) const
{
    if (i.requesterId > 0 && !exists(db(), QStringLiteral("organizations"), i.requesterId))
        v.addError(QStringLiteral("requester_id"), tr("The requesting organisation no longer exists."));
    if (i.partnershipId > 0 && !exists(db(), QStringLiteral("partnerships"), i.partnershipId))
        v.addError(QStringLiteral("partnership_id"), tr("The resulting partnership no longer exists."));
    const QSet<QString> countries(i.soughtCountries.cbegin(), i.soughtCountries.cend());
    if (countKnown(db(), QStringLiteral("countries"), QStringLiteral("code"), toVariants(i.soughtCountries))
        != countries.size())
        v.addError(QStringLiteral("sought_countries"), tr("Every country sought must be a known ISO 3166 country code."));
    const QSet<qint64> themes(i.soughtThemeIds.cbegin(), i.soughtThemeIds.cend());
    if (countKnown(db(), QStringLiteral("themes"), QStringLiteral("id"), toVariants(i.soughtThemeIds)) != themes.size())
        v.addError(QStringLiteral("sought_themes"), tr("A theme sought no longer exists."));
    QList<qint64> candidateIds;
    for (const Initiative::Candidate &candidate : i.candidates)
        candidateIds << candidate.organizationId;
    const QSet<qint64> distinctCandidates(candidateIds.cbegin(), candidateIds.cend());
    if (distinctCandidates.size() != candidateIds.size())
        v.addError(QStringLiteral("candidates"), tr("An organisation is listed twice as a candidate."));
    else if (countKnown(db(), QStringLiteral("organizations"), QStringLiteral("id"), toVariants(candidateIds))
             != candidateIds.size())
        v.addError(QStringLiteral("candidates"), tr("A candidate organisation no longer exists."));
    if (i.requesterId > 0 && distinctCandidates.contains(i.requesterId))
        v.addError(QStringLiteral("candidates"), tr("The requesting organisation cannot be its own candidate."));
}

Result<qint64> InitiativeStore::save(Initiative &initiative)
{
    return saveRecord(initiative, &InitiativeStore::saveWithin);
}

Status InitiativeStore::saveWithin(Initiative &i)
{
    if (i.isClosed() && !i.closedOn.isValid())
        i.closedOn = QDate::currentDate();
    else if (!i.isClosed())
        i.closedOn = QDate();
    const Validation validation = validate(i);
    if (validation.hasErrors())
        return validation.toError();
    FieldMap before;
    if (Status written = writeRow(i, before); !written)
        return written;
    if (Status children = writeChildren(i); !children)
        return children;
    if (Status audited = AuditTrail::recordSave(db(), RecordKind::Initiative, i.id, before, i.auditFields()); !audited)
        return audited;
    return indexInitiative(i);
}

// Inserts or updates the initiatives row; on update, fills before and
// appends the stage change when the stage moved.
Status InitiativeStore::writeRow(Initiative &i, FieldMap &before)
{
    if (i.id != 0) {
        auto old = get(i.id);
        if (!old)
            return old.error();
        before = old.value().auditFields();
        if (old.value().stage != i.stage && (i.stageHistory.isEmpty() || i.stageHistory.last().stage != i.stage))
            i.stageHistory.append({i.stage, QDate::currentDate(), {}});
    }
    return StoreSupport::writeRow(db(), QStringLiteral("initiatives"), columns,
                                  {Sql::text(i.title.trimmed()), SortKey::of(i.title), nullableId(i.requesterId),
                                   i.origin, Sql::text(i.soughtKind), Sql::text(i.soughtSize), Sql::text(i.description),
                                   i.stage, Sql::text(i.staffInCharge.trimmed()), Dates::toSql(i.openedOn),
                                   Dates::toSql(i.closedOn), nullableId(i.partnershipId), Sql::text(i.notes)},
                                  i.id, tr("The initiative could not be saved."));
}

Status InitiativeStore::writeChildren(const Initiative &i)
{
    const Status cleared = StoreSupport::clearChildren(
        db(),
        {QStringLiteral("initiative_countries"), QStringLiteral("initiative_themes"),
         QStringLiteral("initiative_candidates"), QStringLiteral("initiative_stage_history")},
        QStringLiteral("initiative_id"), i.id);
    if (!cleared)
        return cleared;
    QList<QVariantList> countries, themes, candidates, history;
    QStringList distinctCountries = i.soughtCountries;
    distinctCountries.removeDuplicates();
    for (const QString &country : std::as_const(distinctCountries))
        countries.append({i.id, country});
    for (qint64 theme : QSet<qint64>(i.soughtThemeIds.cbegin(), i.soughtThemeIds.cend()))
        themes.append({i.id, theme});
    for (const Initiative::Candidate &c : i.candidates)
        candidates.append({i.id, c.organizationId, Sql::text(c.note)});
    for (const Initiative::StageChange &change : i.stageHistory)
        history.append({i.id, change.stage, Dates::toSql(change.changedOn), Sql::text(change.note)});
    const QList<std::pair<QString, const QList<QVariantList> *>> inserts = {
        {QStringLiteral("INSERT INTO initiative_countries (initiative_id, country) VALUES (?, ?)"), &countries},
        {QStringLiteral("INSERT INTO initiative_themes (initiative_id, theme_id) VALUES (?, ?)"), &themes},
        {QStringLiteral("INSERT INTO initiative_candidates (initiative_id, organization_id, note) VALUES (?, ?, ?)"),
         &candidates},
        {QStringLiteral("INSERT INTO initiative_stage_history (initiative_id, stage, changed_on, note) "
                        "VALUES (?, ?, ?, ?)"),
         &history},
    };
    for (const auto &[sql, rows] : inserts) {
        if (Status inserted = StoreSupport::runEach(db(), sql, *rows); !inserted)
            return inserted;
    }
    return {};
}

Status InitiativeStore::indexInitiative(const Initiative &i)
{
    QStringList names{i.title};
    QStringList texts{i.description, i.soughtSize, i.staffInCharge, i.notes};
    auto requester = Sql::run(db(), QStringLiteral("SELECT name, name_cyrillic FROM organizations WHERE id = ?"),
                              {i.requesterId});
    if (!requester)
        return requester.error();
    if (requester.value().next())
        names << requester.value().value(0).toString() << requester.value().value(1).toString();
    if (!i.soughtCountries.isEmpty()) {
        auto countries = Sql::run(db(),
                                  QStringLiteral("SELECT name_en, name_sr_latn FROM countries WHERE code IN (%1)")
                                      .arg(placeholders(i.soughtCountries.size())),
                                  toVariants(i.soughtCountries));
        if (!countries)
            return countries.error();
        while (countries.value().next())
            texts << countries.value().value(0).toString() << countries.value().value(1).toString();
    }
    return SearchIndex::update(db(), RecordKind::Initiative, i.id, i.title, names, texts);
}

Status InitiativeStore::remove(qint64 id)
{
    return removeRecord(
        RecordKind::Initiative, id, [&] { return auditFieldsOf(get(id)); }, tr("The initiative could not be deleted."));
}

Status InitiativeStore::reindexWithin(qint64 id)
{
    auto initiative = get(id);
    return initiative ? indexInitiative(initiative.value()) : Status(initiative.error());
}

Result<QList<qint64>> InitiativeStore::idsNaming(qint64 organizationId) const
{
    return StoreSupport::ids(db(), QStringLiteral("SELECT id FROM initiatives WHERE requester_id = ? ORDER BY id"),
                             {organizationId});
}

Status InitiativeStore::moveToNextStage(qint64 id)
{
    if (Status writable = checkWritable(); !writable)
        return writable;
    auto initiative = get(id);
    if (!initiative)
        return initiative.error();
    Initiative &i = initiative.value();
    const QString next = Initiative::nextStage(i.stage);
    if (next.isEmpty())
        return Error(ErrorCode::Invalid, tr("The initiative is closed; it has no next stage."),
                     QStringLiteral("initiative %1 in stage %2").arg(id).arg(i.stage));
    i.stage = next;
    auto saved = save(i);
    if (!saved)
        return saved.error();
    return {};
}

Result<int> InitiativeStore::daysInStage(qint64 id, QDate today) const
{
    auto since = Sql::run(db(),
                          QStringLiteral("SELECT coalesce((SELECT max(h.changed_on) FROM initiative_stage_history h "
                                         "WHERE h.initiative_id = i.id AND h.stage = i.stage), i.opened_on) "
                                         "FROM initiatives i WHERE i.id = ?"),
                          {id});
    if (!since)
        return since.error();
    if (!since.value().next())
        return notFound(QStringLiteral("initiative"), id);
    return int(Dates::fromSql(since.value().value(0)).daysTo(today));
}

Result<QList<qint64>> InitiativeStore::suggestCandidates(qint64 initiativeId, int limit) const
{
    auto found = get(initiativeId);
    if (!found)
        return found.error();
    return suggestCandidatesFor(found.value(), limit);
}

Result<QList<qint64>> InitiativeStore::suggestCandidatesFor(const Initiative &i, int limit) const
{
    if (i.soughtCountries.isEmpty())
        return QList<qint64>();
    QString sql = QStringLiteral(
                      "SELECT o.id FROM organizations o WHERE o.country IN (%1) "
                      "AND o.kind NOT IN ('city', 'municipality', 'city_municipality') AND o.id <> ? "
                      "AND NOT EXISTS (SELECT 1 FROM partnership_parties mine JOIN partnership_parties theirs "
                      "ON theirs.partnership_id = mine.partnership_id "
                      "WHERE mine.organization_id = ? AND theirs.organization_id = o.id)")
                      .arg(placeholders(i.soughtCountries.size()));
    QVariantList values = toVariants(i.soughtCountries);
    values << i.requesterId << i.requesterId;
    QList<qint64> candidateIds;
    for (const Initiative::Candidate &candidate : i.candidates)
        candidateIds << candidate.organizationId;
    if (!candidateIds.isEmpty()) {
        sql += QStringLiteral(" AND o.id NOT IN (%1)").arg(placeholders(candidateIds.size()));
        values << toVariants(candidateIds);
    }
    if (!i.soughtThemeIds.isEmpty()) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM partnership_parties pp JOIN partnership_themes pt "
                              "ON pt.partnership_id = pp.partnership_id "
                              "WHERE pp.organization_id = o.id AND pt.theme_id IN (%1))")
                   .arg(placeholders(i.soughtThemeIds.size()));
        values << toVariants(i.soughtThemeIds);
    }
    sql += QStringLiteral(" ORDER BY o.kind = 'local_authority' DESC, o.sort_key, o.id LIMIT ?");
    values << qMax(0, limit);
    return StoreSupport::ids(db(), sql, values);
}

Result<qint64> InitiativeStore::turnIntoPartnership(qint64 initiativeId, const QList<qint64> &partnerIds)
{
    qint64 partnershipId = 0;
    const Status turned = writeInTransaction([&]() -> Status {
        auto found = get(initiativeId);
        if (!found)
            return found.error();
        Initiative i = found.take();
        const QString detail = QStringLiteral("initiative %1 in stage %2").arg(initiativeId).arg(i.stage);
        if (i.stage != QLatin1String("agreement_signed"))
            return Error(ErrorCode::Invalid,
                         tr("Only an initiative whose agreement is signed can become a partnership."), detail);
        if (i.partnershipId > 0)
            return Error(ErrorCode::Invalid, tr("The initiative has already become a partnership."), detail);
        QList<qint64> candidateIds;
        for (const Initiative::Candidate &candidate : std::as_const(i.candidates))
            candidateIds << candidate.organizationId;
        if (partnerIds.isEmpty()
            || std::any_of(partnerIds.cbegin(), partnerIds.cend(), [&](qint64 id) { return !candidateIds.contains(id); }))
            return Error(ErrorCode::Invalid, tr("Choose the partner among the candidates."), detail);

        OrganizationStore organizations(database());
        Partnership p;
        p.kind = i.soughtKind.isEmpty() ? QStringLiteral("twinning") : i.soughtKind;
        p.status = QStringLiteral("active");
        p.startedOn = i.closedOn.isValid() ? i.closedOn : QDate::currentDate();
        p.themeIds = i.soughtThemeIds;
        p.notes = tr("Established from the initiative \"%1\".").arg(i.title);
        p.statusHistory = {{p.status, p.startedOn, tr("Agreement signed")}};
        QStringList names;
        QList<qint64> parties{i.requesterId};
        for (qint64 id : partnerIds) {
            if (!parties.contains(id))
                parties << id;
        }
        for (qint64 id : std::as_const(parties)) {
            auto organization = organizations.get(id);
            if (!organization)
                return organization.error();
            names << organization.value().name;
            p.parties.append(PartnershipParty{id, {}});
        }
        p.title = names.join(QStringLiteral(" – "));
        if (Status saved = PartnershipStore(database()).saveWithin(p); !saved)
            return saved;
        i.partnershipId = p.id;
        if (Status linked = saveWithin(i); !linked)
            return linked;
        partnershipId = p.id;
        return {};
    });
    if (!turned)
        return turned.error();
    return partnershipId;
}

ListSpec InitiativeStore::listSpec()
{
    ListSpec spec;
    spec.kind = RecordKind::Initiative;
    spec.from = QStringLiteral("initiatives i LEFT JOIN organizations r ON r.id = i.requester_id");
    spec.idColumn = QStringLiteral("i.id");
    spec.columns = {
        {QStringLiteral("title"), QStringLiteral("i.title"), QStringLiteral("i.sort_key")},
        {QStringLiteral("requester"), QStringLiteral("@name(r)"), QStringLiteral("r.sort_key")},
        {QStringLiteral("stage"), QStringLiteral("i.stage"), {}},
        {QStringLiteral("staff_in_charge"), QStringLiteral("i.staff_in_charge"), {}},
        {QStringLiteral("opened_on"), QStringLiteral("i.opened_on"), {}},
        {QStringLiteral("days_in_stage"),
         QStringLiteral("CAST(julianday('now', 'localtime', 'start of day') - julianday(coalesce("
                        "(SELECT max(h.changed_on) FROM initiative_stage_history h "
                        "WHERE h.initiative_id = i.id AND h.stage = i.stage), i.opened_on)) AS INTEGER)"),
         {}},
    };
    spec.filters = {
        {QStringLiteral("stage"), QStringLiteral("i.stage = ?")},
        {QStringLiteral("country"),
         QStringLiteral("i.id IN (SELECT initiative_id FROM initiative_countries WHERE country = ?)")},
        {QStringLiteral("theme"), QStringLiteral("i.id IN (SELECT initiative_id FROM initiative_themes WHERE theme_id = ?)")},
        {QStringLiteral("year"), QStringLiteral("CAST(strftime('%Y', i.opened_on) AS INTEGER) = CAST(? AS INTEGER)")},
        {QStringLiteral("open"), QStringLiteral("(i.closed_on IS NULL) = ?")},
    };
    spec.defaultSortKey = QStringLiteral("opened_on");
    return spec;
}

Result<ListPage> InitiativeStore::list(const ListQuery &query) const
{
    return RecordLister::fetch(db(), listSpec(), query);
}
