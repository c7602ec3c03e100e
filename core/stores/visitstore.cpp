// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitstore.h"

#include "dates.h"
#include "searchindex.h"
#include "sortkey.h"
#include "sqlsupport.h"
#include "storesupport.h"
#include "vocabulary.h"
#include "writetransaction.h"

#include <QSet>

namespace {

using StoreSupport::exists;
using StoreSupport::nullableId;

const QString selectColumns = QStringLiteral(
    "SELECT id, title, direction, kind, start_date, end_date, city, country, purpose, outcome, partnership_id, "
    "agreement_id, activity_id, notes FROM visits");

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

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// The SQL list of the names of a visit's organisations in one role.
QString namesInRole(const QString &role)
{
    return QStringLiteral("(SELECT group_concat(o.name, '; ') FROM visit_organizations vo "
                          "JOIN organizations o ON o.id = vo.organization_id "
                          "WHERE vo.visit_id = v.id AND vo.role = '%1')")
        .arg(role);
}

} // namespace

Result<Visit> VisitStore::get(qint64 id) const
{
    auto query = Sql::run(db(), selectColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return notFound(QStringLiteral("visit"), id);
    Visit visit = fromRow(query.value());
    query.value().finish();
    if (Status loaded = loadChildren(visit); !loaded)
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
    if (Status writable = checkWritable(); !writable)
        return writable.error();
    WriteTransaction transaction(db());
    if (!transaction.isActive())
        return transaction.error();
    if (Status saved = saveWithin(visit); !saved)
        return saved.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return visit.id;
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
    if (Status audited = AuditTrail::record(db(), RecordKind::Visit, v.id,
                                            before.isEmpty() ? AuditAction::Insert : AuditAction::Update, before,
                                            v.auditFields());
        !audited)
        return audited;
    return indexVisit(v);
}

Status VisitStore::writeRow(Visit &v, FieldMap &before)
{
    const QString now = Dates::timestampNow();
    QVariantList values{Sql::text(v.title.trimmed()), SortKey::of(v.title), v.direction, v.kind,
                        Dates::toSql(v.startDate), Dates::toSql(v.endDate), Sql::text(v.city.trimmed()),
                        nullableText(v.country), Sql::text(v.purpose), Sql::text(v.outcome), nullableId(v.partnershipId),
                        nullableId(v.agreementId), nullableId(v.activityId), Sql::text(v.notes)};
    const QString failed = tr("The visit could not be saved.");
    if (v.id == 0) {
        auto inserted = Sql::run(db(),
                                 QStringLiteral("INSERT INTO visits (title, sort_key, direction, kind, start_date, end_date, "
                                                "city, country, purpose, outcome, partnership_id, agreement_id, activity_id, "
                                                "notes, created_at, updated_at) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                 values << now << now);
        if (!inserted)
            return Error(inserted.error().code(), failed, inserted.error().detail());
        v.id = inserted.value().lastInsertId().toLongLong();
        return {};
    }
    auto old = get(v.id);
    if (!old)
        return old.error();
    before = old.value().auditFields();
    auto updated = Sql::run(db(),
                            QStringLiteral("UPDATE visits SET title = ?, sort_key = ?, direction = ?, kind = ?, "
                                           "start_date = ?, end_date = ?, city = ?, country = ?, purpose = ?, outcome = ?, "
                                           "partnership_id = ?, agreement_id = ?, activity_id = ?, notes = ?, "
                                           "updated_at = ? WHERE id = ?"),
                            values << now << v.id);
    if (!updated)
        return Error(updated.error().code(), failed, updated.error().detail());
    return {};
}

Status VisitStore::writeChildren(Visit &v)
{
    for (const QString &table : {QStringLiteral("visit_organizations"), QStringLiteral("visit_participants"),
                                 QStringLiteral("visit_programme")}) {
        auto cleared = Sql::run(db(), QStringLiteral("DELETE FROM %1 WHERE visit_id = ?").arg(table), {v.id});
        if (!cleared)
            return cleared.error();
    }
    for (const Visit::VisitOrganization &o : v.organizations) {
        if (auto r = Sql::run(db(), QStringLiteral("INSERT INTO visit_organizations (visit_id, organization_id, role) "
                                                   "VALUES (?, ?, ?)"), {v.id, o.organizationId, o.role});
            !r)
            return r.error();
    }
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
        if (auto r = Sql::run(db(), QStringLiteral("INSERT INTO visit_programme (visit_id, day, time, item, place, position) "
                                                   "VALUES (?, ?, ?, ?, ?, ?)"),
                              {v.id, Dates::toSql(item.day), Sql::text(item.time), Sql::text(item.item.trimmed()),
                               Sql::text(item.place), position});
            !r)
            return r.error();
    }
    return {};
}

// Participants' names are deliberately not indexed: a person can be erased
// on request, and their name must then vanish from every visit's entry;
// indexing it here would mean re-indexing all their visits on erasure (and on
// every rename). Organisation names carry no personal data.
Status VisitStore::indexVisit(const Visit &v)
{
    QStringList names{v.title};
    QStringList texts{v.city, v.purpose, v.outcome, v.notes, v.country};
    auto orgs = Sql::run(db(),
                         QStringLiteral("SELECT o.name, o.name_cyrillic, o.name_sr, o.name_en, o.acronym "
                                        "FROM visit_organizations vo JOIN organizations o ON o.id = vo.organization_id "
                                        "WHERE vo.visit_id = ?"),
                         {v.id});
    if (!orgs)
        return orgs.error();
    while (orgs.value().next()) {
        for (int column = 0; column < 5; ++column)
            names << orgs.value().value(column).toString();
    }
    auto country = Sql::run(db(), QStringLiteral("SELECT name_en, name_sr_latn FROM countries WHERE code = ?"), {v.country});
    if (!country)
        return country.error();
    if (country.value().next())
        texts << country.value().value(0).toString() << country.value().value(1).toString();
    return SearchIndex::update(db(), RecordKind::Visit, v.id, v.title, names, texts);
}

Status VisitStore::remove(qint64 id)
{
    if (Status writable = checkWritable(); !writable)
        return writable;
    WriteTransaction transaction(db());
    if (!transaction.isActive())
        return transaction.error();
    auto old = get(id);
    if (!old)
        return old.error();
    auto removed = Sql::run(db(), QStringLiteral("DELETE FROM visits WHERE id = ?"), {id});
    if (!removed)
        return Error(removed.error().code(), tr("The visit could not be deleted."), removed.error().detail());
    if (Status audited = AuditTrail::record(db(), RecordKind::Visit, id, AuditAction::Delete, old.value().auditFields(), {});
        !audited)
        return audited;
    if (Status unindexed = SearchIndex::remove(db(), RecordKind::Visit, id); !unindexed)
        return unindexed;
    return transaction.commit();
}

Result<QList<qint64>> VisitStore::upcoming(int days, QDate today) const
{
    auto rows = Sql::run(db(),
                         QStringLiteral("SELECT id FROM visits WHERE start_date >= ? AND start_date <= ? "
                                        "ORDER BY start_date, id"),
                         {Dates::toSql(today), Dates::toSql(today.addDays(qMax(0, days)))});
    if (!rows)
        return rows.error();
    QList<qint64> ids;
    while (rows.value().next())
        ids << rows.value().value(0).toLongLong();
    return ids;
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
