// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitstore.h"

#include "dates.h"
#include "searchindex.h"
#include "sortkey.h"
#include "sqlsupport.h"
#include "storesupport.h"
#include "vocabulary.h"

#include <QSet>

namespace {

using StoreSupport::exists;
using StoreSupport::nullableId;
using StoreSupport::nullableText;

const QString selectColumns = QStringLiteral(
    "SELECT id, title, direction, kind, start_date, end_date, city, country, purpose, outcome, partnership_id, "
    "agreement_id, activity_id, notes FROM visits");

// The columns writeRow() writes, in the order of its values.
const QStringList columns
    = {QStringLiteral("title"),       QStringLiteral("sort_key"),       QStringLiteral("direction"),
       QStringLiteral("kind"),        QStringLiteral("start_date"),     QStringLiteral("end_date"),
       QStringLiteral("city"),        QStringLiteral("country"),        QStringLiteral("purpose"),
       QStringLiteral("outcome"),     QStringLiteral("partnership_id"), QStringLiteral("agreement_id"),
       QStringLiteral("activity_id"), QStringLiteral("notes")};

Visit fromRow(const QSqlQuery &q)
{
    Visit v;
    v.id = q.value(0).toLongLong();
    v.title = q.value(1).toString();
    v.direction = q.value(2).toString();
    v.kind = q.value(3).toString();
    v.startDate = Dates::fromSql(q.value(4));
    v.endDate = Dates::fromSql(q.value(5));
    v.city = q.value(6).toString();
    v.country = q.value(7).toString();
    v.purpose = q.value(8).toString();
    v.outcome = q.value(9).toString();
    v.partnershipId = q.value(10).toLongLong();
    v.agreementId = q.value(11).toLongLong();
    v.activityId = q.value(12).toLongLong();
    v.notes = q.value(13).toString();
    return v;
}

// The SQL list of the names of a visit's organisations in one role.
QString namesInRole(const QString &role)
{
    return QStringLiteral("(SELECT group_concat(@name(o), '; ') FROM visit_organizations vo "
                          "JOIN organizations o ON o.id = vo.organization_id "
                          "WHERE vo.visit_id = v.id AND vo.role = '%1')")
        .arg(role);
}

} // namespace

Result<Visit> VisitStore::get(qint64 id) const
{
    auto visit = fetchOne(selectColumns + QStringLiteral(" WHERE id = ?"), id, QStringLiteral("visit"), fromRow);
    if (!visit)
        return visit;
    if (Status loaded = loadChildren(visit.value()); !loaded)
        return loaded.error();
    return visit;
}

Status VisitStore::loadChildren(Visit &v) const
{
    auto orgs = Sql::run(db(), QStringLiteral("SELECT organization_id, role FROM visit_organizations WHERE visit_id = ? "
                                              "ORDER BY rowid"), {v.id});
    if (!orgs)
        return orgs.error();
    while (orgs.value().next())
        v.organizations.append({orgs.value().value(0).toLongLong(), orgs.value().value(1).toString()});
    auto people = Sql::run(db(), QStringLiteral("SELECT id, person_id, organization_id, role FROM visit_participants "
                                                "WHERE visit_id = ? ORDER BY position, id"), {v.id});
    if (!people)
        return people.error();
    QSqlQuery &p = people.value();
    while (p.next())
        v.participants.append({p.value(0).toLongLong(), p.value(1).toLongLong(), p.value(2).toLongLong(),
                               p.value(3).toString()});
    auto items = Sql::run(db(), QStringLiteral("SELECT day, time, item, place FROM visit_programme WHERE visit_id = ? "
                                               "ORDER BY position, id"), {v.id});
    if (!items)
        return items.error();
    QSqlQuery &i = items.value();
    while (i.next())
        v.programme.append({Dates::fromSql(i.value(0)), i.value(1).toString(), i.value(2).toString(), i.value(3).toString()});
    return {};
}

Validation VisitStore::validate(const Visit &visit) const
{
    Validation v;
    v.requireText(QStringLiteral("title"), visit.title, tr("The title"));
    if (!Vocabulary::contains(Vocab::VisitDirection, visit.direction))
        v.addError(QStringLiteral("direction"), tr("Choose the direction of the visit."));
    if (!Vocabulary::contains(Vocab::VisitKind, visit.kind))
        v.addError(QStringLiteral("kind"), tr("Choose the kind of visit."));
    v.requireDate(QStringLiteral("start_date"), visit.startDate, tr("The start date"));
    v.checkDateOrder(QStringLiteral("end_date"), visit.startDate, visit.endDate);
    if (!visit.country.isEmpty()
        && StoreSupport::countKnown(db(), QStringLiteral("countries"), QStringLiteral("code"), {visit.country}) != 1)
        v.addError(QStringLiteral("country"), tr("\"%1\" is not a known ISO 3166 country code.").arg(visit.country));
    validateProgramme(visit, v);
    validateReferences(visit, v);
    return v;
}

void VisitStore::validateProgramme(const Visit &visit, Validation &v) const
{
    for (const Visit::ProgrammeItem &item : visit.programme) {
        if (item.item.trimmed().isEmpty()) {
            v.addError(QStringLiteral("programme"), tr("Every programme item needs a description."));
            return;
        }
        if (!item.day.isValid()) {
            v.addError(QStringLiteral("programme"), tr("Every programme item needs a day."));
            return;
        }
        if (visit.startDate.isValid() && (item.day < visit.startDate || item.day > visit.lastDay())) {
            v.addError(QStringLiteral("programme"), tr("The programme day %1 is outside the dates of the visit.")
                                                        .arg(item.day.toString(Qt::ISODate)));
            return;
        }
    }
}

void VisitStore::validateReferences(const Visit &visit, Validation &v) const
{
    QSet<QPair<qint64, QString>> seen;
    for (const Visit::VisitOrganization &o : visit.organizations) {
        if (!Vocabulary::contains(Vocab::VisitOrganizationRole, o.role))
            v.addError(QStringLiteral("organizations"), tr("An organisation must be a host or a guest."));
        else if (!exists(db(), QStringLiteral("organizations"), o.organizationId))
            v.addError(QStringLiteral("organizations"), tr("A host or guest organisation no longer exists."));
        else if (seen.contains({o.organizationId, o.role}))
            v.addError(QStringLiteral("organizations"), tr("An organisation is listed twice in the same role."));
        seen.insert({o.organizationId, o.role});
    }
    for (const Visit::Participant &p : visit.participants) {
        if ((p.personId && !exists(db(), QStringLiteral("people"), p.personId))
            || (p.organizationId && !exists(db(), QStringLiteral("organizations"), p.organizationId))) {
            v.addError(QStringLiteral("participants"), tr("A participant or their organisation no longer exists."));
            break;
        }
    }
    if (visit.partnershipId && !exists(db(), QStringLiteral("partnerships"), visit.partnershipId))
        v.addError(QStringLiteral("partnership_id"), tr("The linked partnership no longer exists."));
    if (visit.agreementId && !exists(db(), QStringLiteral("agreements"), visit.agreementId))
        v.addError(QStringLiteral("agreement_id"), tr("The linked agreement no longer exists."));
    if (visit.activityId && !exists(db(), QStringLiteral("plan_activities"), visit.activityId))
        v.addError(QStringLiteral("activity_id"), tr("The linked plan activity no longer exists."));
}

Result<qint64> VisitStore::save(Visit &visit)
{
    return saveRecord(visit, &VisitStore::saveWithin);
}

Status VisitStore::saveWithin(Visit &v)
{
    const Validation validation = validate(v);
    if (validation.hasErrors())
        return validation.toError();
    FieldMap before;
    if (Status written = writeRow(v, before); !written)
        return written;
    if (Status children = writeChildren(v); !children)
        return children;
    if (Status audited = AuditTrail::recordSave(db(), RecordKind::Visit, v.id, before, v.auditFields()); !audited)
        return audited;
    return indexVisit(v);
}

Status VisitStore::writeRow(Visit &v, FieldMap &before)
{
    if (v.id != 0) {
        auto old = get(v.id);
        if (!old)
            return old.error();
        before = old.value().auditFields();
    }
    return StoreSupport::writeRow(db(), QStringLiteral("visits"), columns,
                                  {Sql::text(v.title.trimmed()), SortKey::of(v.title), v.direction, v.kind,
                                   Dates::toSql(v.startDate), Dates::toSql(v.endDate), Sql::text(v.city.trimmed()),
                                   nullableText(v.country), Sql::text(v.purpose), Sql::text(v.outcome),
                                   nullableId(v.partnershipId), nullableId(v.agreementId), nullableId(v.activityId),
                                   Sql::text(v.notes)},
                                  v.id, tr("The visit could not be saved."));
}

Status VisitStore::writeChildren(Visit &v)
{
    const Status cleared
        = StoreSupport::clearChildren(db(),
                                      {QStringLiteral("visit_organizations"), QStringLiteral("visit_participants"),
                                       QStringLiteral("visit_programme")},
                                      QStringLiteral("visit_id"), v.id);
    if (!cleared)
        return cleared;
    QList<QVariantList> organizations, programme;
    for (const Visit::VisitOrganization &o : v.organizations)
        organizations.append({v.id, o.organizationId, o.role});
    if (Status inserted = StoreSupport::runEach(
            db(), QStringLiteral("INSERT INTO visit_organizations (visit_id, organization_id, role) VALUES (?, ?, ?)"),
            organizations);
        !inserted)
        return inserted;
    for (int position = 0; position < v.participants.size(); ++position) {
        Visit::Participant &p = v.participants[position];
        auto r = Sql::run(db(), QStringLiteral("INSERT INTO visit_participants (visit_id, person_id, organization_id, role, "
                                               "position) VALUES (?, ?, ?, ?, ?)"),
                          {v.id, nullableId(p.personId), nullableId(p.organizationId), Sql::text(p.role), position});
        if (!r)
            return r.error();
        p.id = r.value().lastInsertId().toLongLong();
    }
    for (int position = 0; position < v.programme.size(); ++position) {
        const Visit::ProgrammeItem &item = v.programme.at(position);
        programme.append({v.id, Dates::toSql(item.day), Sql::text(item.time), Sql::text(item.item.trimmed()),
                          Sql::text(item.place), position});
    }
    return StoreSupport::runEach(
        db(),
        QStringLiteral(
            "INSERT INTO visit_programme (visit_id, day, time, item, place, position) VALUES (?, ?, ?, ?, ?, ?)"),
        programme);
}

// Participants' names are deliberately not indexed: a person can be erased
// on request, and their name must then vanish from every visit's entry;
// indexing it here would mean re-indexing all their visits on erasure (and on
// every rename). Organisation names carry no personal data.
Status VisitStore::indexVisit(const Visit &v)
{
    QStringList texts{v.city, v.purpose, v.outcome, v.notes, v.country};
    auto orgs = StoreSupport::organizationNames(
        db(), QStringLiteral("id IN (SELECT organization_id FROM visit_organizations WHERE visit_id = ?)"), {v.id});
    if (!orgs)
        return orgs.error();
    const QStringList names = QStringList{v.title} + orgs.value();
    auto country = Sql::run(db(), QStringLiteral("SELECT name_en, name_sr_latn FROM countries WHERE code = ?"), {v.country});
    if (!country)
        return country.error();
    if (country.value().next())
        texts << country.value().value(0).toString() << country.value().value(1).toString();
    return SearchIndex::update(db(), RecordKind::Visit, v.id, v.title, names, texts);
}

Status VisitStore::remove(qint64 id)
{
    return removeRecord(
        RecordKind::Visit, id, [&] { return auditFieldsOf(get(id)); }, tr("The visit could not be deleted."));
}

Status VisitStore::reindexWithin(qint64 id)
{
    auto visit = get(id);
    return visit ? indexVisit(visit.value()) : Status(visit.error());
}

Result<QList<qint64>> VisitStore::idsNaming(qint64 organizationId) const
{
    return StoreSupport::ids(db(),
                             QStringLiteral("SELECT DISTINCT visit_id FROM visit_organizations "
                                            "WHERE organization_id = ? ORDER BY visit_id"),
                             {organizationId});
}

Result<QList<qint64>> VisitStore::upcoming(int days, QDate today) const
{
    return StoreSupport::ids(db(),
                             QStringLiteral("SELECT id FROM visits WHERE start_date >= ? AND start_date <= ? "
                                            "ORDER BY start_date, id"),
                             {Dates::toSql(today), Dates::toSql(today.addDays(qMax(0, days)))});
}

ListSpec VisitStore::listSpec()
{
    ListSpec spec;
    spec.kind = RecordKind::Visit;
    spec.from = QStringLiteral("visits v");
    spec.idColumn = QStringLiteral("v.id");
    spec.columns = {
        {QStringLiteral("start_date"), QStringLiteral("v.start_date"), {}},
        {QStringLiteral("end_date"), QStringLiteral("v.end_date"), {}},
        {QStringLiteral("title"), QStringLiteral("v.title"), QStringLiteral("v.sort_key")},
        {QStringLiteral("direction"), QStringLiteral("v.direction"), {}},
        {QStringLiteral("kind"), QStringLiteral("v.kind"), {}},
        {QStringLiteral("city"), QStringLiteral("v.city"), {}},
        {QStringLiteral("country"), QStringLiteral("v.country"), {}},
        {QStringLiteral("hosts"), namesInRole(QStringLiteral("host")), {}},
        {QStringLiteral("guests"), namesInRole(QStringLiteral("guest")), {}},
    };
    spec.filters = {
        {QStringLiteral("direction"), QStringLiteral("v.direction = ?")},
        {QStringLiteral("kind"), QStringLiteral("v.kind = ?")},
        {QStringLiteral("country"), QStringLiteral("v.country = ?")},
        // The expression of the indexes visits_year and visits_country_year (schema 0003): keep them the same.
        {QStringLiteral("year"), QStringLiteral("CAST(strftime('%Y', v.start_date) AS INTEGER) = CAST(? AS INTEGER)")},
        {QStringLiteral("partnership_id"), QStringLiteral("v.partnership_id = ?")},
        {QStringLiteral("organization"),
         QStringLiteral("v.id IN (SELECT visit_id FROM visit_organizations WHERE organization_id = ?)")},
        {QStringLiteral("from_date"), QStringLiteral("v.start_date >= ?")},
        {QStringLiteral("to_date"), QStringLiteral("v.start_date <= ?")},
    };
    spec.defaultSortKey = QStringLiteral("start_date");
    return spec;
}

Result<ListPage> VisitStore::list(const ListQuery &query) const
{
    return RecordLister::fetch(db(), listSpec(), query);
}

Result<QStringList> VisitStore::knownPlaces() const
{
    auto places = Sql::run(db(), QStringLiteral(
        "SELECT place FROM (SELECT city AS place FROM visits UNION SELECT city FROM organizations "
        "UNION SELECT name FROM organizations WHERE kind IN ('city', 'municipality', 'city_municipality')) "
        "WHERE place <> '' ORDER BY place"));
    if (!places)
        return places.error();
    QStringList texts;
    while (places.value().next())
        texts << places.value().value(0).toString();
    return texts;
}
