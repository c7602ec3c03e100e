// SPDX-License-Identifier: GPL-3.0-or-later
#include "partnershipstore.h"

#include "audittrail.h"
#include "dates.h"
#include "searchindex.h"
#include "sortkey.h"
#include "sqlsupport.h"
#include "storesupport.h"
#include "vocabulary.h"

#include <QHash>
#include <QSet>
#include <QSqlError>

#include <algorithm>

namespace {

const QString selectColumns
    = QStringLiteral("SELECT id, title, kind, status, started_on, ended_on, notes FROM partnerships");

// The date of the latest activity of partnership p (NULL when none), as ISO text.
const QString lastActivitySql = QStringLiteral(
    "nullif(max(coalesce((SELECT max(t.occurred_on) FROM timeline_entries t WHERE t.partnership_id = p.id), ''), "
    "coalesce((SELECT max(v.start_date) FROM visits v WHERE v.partnership_id = p.id), ''), "
    "coalesce((SELECT max(a.signed_on) FROM agreements a WHERE a.partnership_id = p.id), '')), '')");

// Whether partnership p needs care; the one '?' is the cut-off date.
const QString careCondition = QStringLiteral("(p.status <> 'ended' AND coalesce(") + lastActivitySql
                              + QStringLiteral(", p.started_on, substr(p.created_at, 1, 10)) < ?)");

const QString partiesSql = QStringLiteral(
    "(SELECT group_concat(name, ', ') FROM (SELECT @name(o) AS name FROM partnership_parties pp "
    "JOIN organizations o ON o.id = pp.organization_id WHERE pp.partnership_id = p.id ORDER BY pp.position))");

Partnership fromRow(const QSqlQuery &q)
{
    Partnership p;
    p.id = q.value(0).toLongLong();
    p.title = q.value(1).toString();
    p.kind = q.value(2).toString();
    p.status = q.value(3).toString();
    p.startedOn = Dates::fromSql(q.value(4));
    p.endedOn = Dates::fromSql(q.value(5));
    p.notes = q.value(6).toString();
    return p;
}

QString cutoff(int thresholdMonths, const QDate &today)
{
    return today.addMonths(-qMax(0, thresholdMonths)).toString(Qt::ISODate);
}

} // namespace

Result<Partnership> PartnershipStore::get(qint64 id) const
{
    auto partnership
        = fetchOne(selectColumns + QStringLiteral(" WHERE id = ?"), id, QStringLiteral("partnership"), fromRow);
    if (!partnership)
        return partnership;
    if (Status loaded = loadChildren(partnership.value()); !loaded)
        return loaded.error();
    return partnership;
}

Status PartnershipStore::loadChildren(Partnership &p) const
{
    auto parties = Sql::run(db(),
                            QStringLiteral("SELECT organization_id, role FROM partnership_parties "
                                           "WHERE partnership_id = ? ORDER BY position"),
                            {p.id});
    if (!parties)
        return parties.error();
    while (parties.value().next())
        p.parties.append({parties.value().value(0).toLongLong(), parties.value().value(1).toString()});
    auto themes = StoreSupport::ids(
        db(), QStringLiteral("SELECT theme_id FROM partnership_themes WHERE partnership_id = ? ORDER BY theme_id"),
        {p.id});
    if (!themes)
        return themes.error();
    p.themeIds = themes.take();
    auto members = Sql::run(db(),
                            QStringLiteral("SELECT person_id, name, role FROM partnership_committee "
                                           "WHERE partnership_id = ? ORDER BY position, id"),
                            {p.id});
    if (!members)
        return members.error();
    while (members.value().next())
        p.committee.append({members.value().value(0).toLongLong(), members.value().value(1).toString(),
                            members.value().value(2).toString()});
    auto timeline = Sql::run(db(),
                             QStringLiteral("SELECT id, occurred_on, description FROM timeline_entries "
                                            "WHERE partnership_id = ? ORDER BY occurred_on, id"),
                             {p.id});
    if (!timeline)
        return timeline.error();
    while (timeline.value().next())
        p.timeline.append({timeline.value().value(0).toLongLong(), Dates::fromSql(timeline.value().value(1)),
                           timeline.value().value(2).toString()});
    auto history = Sql::run(db(),
                            QStringLiteral("SELECT status, changed_on, note FROM partnership_status_history "
                                           "WHERE partnership_id = ? ORDER BY changed_on, id"),
                            {p.id});
    if (!history)
        return history.error();
    while (history.value().next())
        p.statusHistory.append({history.value().value(0).toString(), Dates::fromSql(history.value().value(1)),
                                history.value().value(2).toString()});
    return {};
}

Validation PartnershipStore::validate(const Partnership &p) const
{
    Validation v;
    v.requireText(QStringLiteral("title"), p.title, tr("The title"));
    if (!Vocabulary::contains(Vocab::PartnershipKind, p.kind))
        v.addError(QStringLiteral("kind"), tr("Choose the kind of partnership."));
    if (!Vocabulary::contains(Vocab::PartnershipStatus, p.status))
        v.addError(QStringLiteral("status"), tr("Choose the status of the partnership."));
    v.checkDateOrder(QStringLiteral("ended_on"), p.startedOn, p.endedOn);
    validateParties(p, v);
    validateChildren(p, v);
    return v;
}

void PartnershipStore::validateParties(const Partnership &p, Validation &v) const
{
    QSet<qint64> distinct;
    int unset = 0;
    for (const PartnershipParty &party : p.parties) {
        if (party.organizationId > 0)
            distinct.insert(party.organizationId);
        else
            ++unset;
    }
    const QString field = QStringLiteral("parties");
    if (unset > 0)
        v.addError(field, tr("Choose the organisation of every party."));
    if (distinct.size() < 2)
        v.addError(field, tr("A partnership needs at least two different parties."));
    else if (distinct.size() + unset < p.parties.size())
        v.addError(field, tr("An organisation is listed more than once among the parties."));
    const int existing = StoreSupport::countKnown(db(), QStringLiteral("organizations"), QStringLiteral("id"),
                                                  StoreSupport::toVariants(distinct));
    if (existing >= 0 && existing < distinct.size())
        v.addError(field, tr("One of the parties no longer exists; choose another organisation."));
}

void PartnershipStore::validateChildren(const Partnership &p, Validation &v) const
{
    const QSet<qint64> themes(p.themeIds.cbegin(), p.themeIds.cend());
    const int existingThemes = StoreSupport::countKnown(db(), QStringLiteral("themes"), QStringLiteral("id"),
                                                        StoreSupport::toVariants(themes));
    if (themes.contains(0) || (existingThemes >= 0 && existingThemes < themes.size()))
        v.addError(QStringLiteral("themes"), tr("One of the themes no longer exists."));
    QSet<qint64> people;
    for (const CommitteeMember &member : p.committee) {
        if (member.personId > 0)
            people.insert(member.personId);
        else if (member.name.trimmed().isEmpty() && member.role.trimmed().isEmpty()) // role only: anonymous (erased)
            v.addError(QStringLiteral("committee"), tr("Every committee member needs a name or a contact."));
    }
    const int existingPeople = StoreSupport::countKnown(db(), QStringLiteral("people"), QStringLiteral("id"),
                                                        StoreSupport::toVariants(people));
    if (existingPeople >= 0 && existingPeople < people.size())
        v.addError(QStringLiteral("committee"), tr("A committee member's contact no longer exists."));
    for (const TimelineEntry &entry : p.timeline) {
        if (!entry.occurredOn.isValid() || entry.description.trimmed().isEmpty()) {
            v.addError(QStringLiteral("timeline"), tr("Every timeline entry needs a date and a description."));
            break;
        }
    }
    for (const StatusChange &change : p.statusHistory) {
        if (!change.changedOn.isValid() || !Vocabulary::contains(Vocab::PartnershipStatus, change.status)) {
            v.addError(QStringLiteral("status_history"), tr("Every status change needs a status and a date."));
            break;
        }
    }
}

Result<qint64> PartnershipStore::save(Partnership &partnership)
{
    return saveRecord(partnership, &PartnershipStore::saveWithin);
}

void PartnershipStore::recordStatusChange(Partnership &p, const QString &previousStatus) const
{
    if (p.status == previousStatus)
        return;
    // A history the caller supplied that already ends in this status (entered data, imports) is kept as is.
    if (!p.statusHistory.isEmpty() && p.statusHistory.constLast().status == p.status)
        return;
    const QDate today = QDate::currentDate();
    const bool recorded = std::any_of(p.statusHistory.cbegin(), p.statusHistory.cend(), [&](const StatusChange &c) {
        return c.status == p.status && c.changedOn == today;
    });
    if (!recorded)
        p.statusHistory.append({p.status, today, {}});
}

Status PartnershipStore::saveWithin(Partnership &p)
{
    const Validation validation = validate(p);
    if (validation.hasErrors())
        return validation.toError();
    const bool inserting = p.id == 0;
    FieldMap before;
    QString previousStatus;
    QSet<qint64> previousEntries;
    if (!inserting) {
        auto old = get(p.id);
        if (!old)
            return old.error();
        before = old.value().auditFields();
        previousStatus = old.value().status;
        for (const TimelineEntry &entry : old.value().timeline)
            previousEntries.insert(entry.id);
    }
    normalize(p, previousEntries);
    recordStatusChange(p, previousStatus);
    if (Status written = writeRow(p); !written)
        return written;
    if (Status children = saveChildren(p, inserting); !children)
        return Error(children.error().code(), tr("The partnership could not be saved."), children.error().detail());
    if (Status audited = AuditTrail::recordSave(db(), RecordKind::Partnership, p.id, before, p.auditFields()); !audited)
        return audited;
    return indexPartnership(p);
}

void PartnershipStore::normalize(Partnership &p, const QSet<qint64> &storedEntryIds)
{
    // The stored order, so that reading the record back gives the same value.
    p.title = p.title.trimmed();
    std::stable_sort(p.timeline.begin(), p.timeline.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.occurredOn < b.occurredOn; });
    for (TimelineEntry &entry : p.timeline) {
        if (!storedEntryIds.contains(entry.id))
            entry.id = 0; // a new entry, or one copied from another partnership
    }
    std::sort(p.themeIds.begin(), p.themeIds.end());
    p.themeIds.erase(std::unique(p.themeIds.begin(), p.themeIds.end()), p.themeIds.end());
    std::stable_sort(p.statusHistory.begin(), p.statusHistory.end(),
                     [](const StatusChange &a, const StatusChange &b) { return a.changedOn < b.changedOn; });
}

Status PartnershipStore::writeRow(Partnership &p)
{
    return StoreSupport::writeRow(db(), QStringLiteral("partnerships"),
                                  {QStringLiteral("title"), QStringLiteral("sort_key"), QStringLiteral("kind"),
                                   QStringLiteral("status"), QStringLiteral("started_on"), QStringLiteral("ended_on"),
                                   QStringLiteral("notes")},
                                  {Sql::text(p.title), SortKey::of(p.title), p.kind, p.status,
                                   Dates::toSql(p.startedOn), Dates::toSql(p.endedOn), Sql::text(p.notes)},
                                  p.id, tr("The partnership could not be saved."));
}

Status PartnershipStore::saveChildren(Partnership &p, bool inserted)
{
    if (!inserted) { // delete and reinsert; a new record has no child rows yet
        const Status cleared
            = StoreSupport::clearChildren(db(),
                                          {QStringLiteral("partnership_parties"), QStringLiteral("partnership_themes"),
                                           QStringLiteral("partnership_committee"), QStringLiteral("timeline_entries"),
                                           QStringLiteral("partnership_status_history")},
                                          QStringLiteral("partnership_id"), p.id);
        if (!cleared)
            return cleared;
    }
    QList<QVariantList> parties, themes, members, history;
    for (qsizetype i = 0; i < p.parties.size(); ++i)
        parties.append({p.id, p.parties.at(i).organizationId, Sql::text(p.parties.at(i).role.trimmed()), int(i)});
    for (qint64 themeId : std::as_const(p.themeIds))
        themes.append({p.id, themeId});
    for (qsizetype i = 0; i < p.committee.size(); ++i) {
        const CommitteeMember &m = p.committee.at(i);
        members.append({p.id, StoreSupport::nullableId(m.personId), Sql::text(m.name.trimmed()),
                        Sql::text(m.role.trimmed()), int(i)});
    }
    for (const StatusChange &change : std::as_const(p.statusHistory))
        history.append({p.id, change.status, Dates::toSql(change.changedOn), Sql::text(change.note)});
    const QList<std::pair<QString, const QList<QVariantList> *>> inserts = {
        {QStringLiteral("INSERT INTO partnership_parties (partnership_id, organization_id, role, position) "
                        "VALUES (?, ?, ?, ?)"),
         &parties},
        {QStringLiteral("INSERT INTO partnership_themes (partnership_id, theme_id) VALUES (?, ?)"), &themes},
        {QStringLiteral("INSERT INTO partnership_committee (partnership_id, person_id, name, role, position) "
                        "VALUES (?, ?, ?, ?, ?)"),
         &members},
        {QStringLiteral("INSERT INTO partnership_status_history (partnership_id, status, changed_on, note) "
                        "VALUES (?, ?, ?, ?)"),
         &history},
    };
    for (const auto &[sql, rows] : inserts) {
        if (Status s = StoreSupport::runEach(db(), sql, *rows); !s)
            return s;
    }
    return saveTimeline(p);
}

Status PartnershipStore::saveTimeline(Partnership &p)
{
    for (TimelineEntry &entry : p.timeline) {
        auto inserted
            = Sql::run(db(),
                       QStringLiteral("INSERT INTO timeline_entries (id, partnership_id, occurred_on, description) "
                                      "VALUES (?, ?, ?, ?)"),
                       {StoreSupport::nullableId(entry.id), p.id, Dates::toSql(entry.occurredOn),
                        Sql::text(entry.description.trimmed())});
        if (!inserted)
            return inserted.error();
        entry.id = inserted.value().lastInsertId().toLongLong();
    }
    return {};
}

Status PartnershipStore::indexPartnership(const Partnership &p)
{
    auto parties = StoreSupport::organizationNames(
        db(), QStringLiteral("id IN (SELECT organization_id FROM partnership_parties WHERE partnership_id = ?)"),
        {p.id});
    if (!parties)
        return parties.error();
    const QStringList names = QStringList{p.title} + parties.value();
    QStringList texts{p.notes};
    auto themes = Sql::run(db(),
                           QStringLiteral("SELECT name_en, name_sr_latn, name_sr_cyrl FROM themes WHERE id IN "
                                          "(SELECT theme_id FROM partnership_themes WHERE partnership_id = ?)"),
                           {p.id});
    if (!themes)
        return themes.error();
    while (themes.value().next()) {
        for (int i = 0; i < 3; ++i)
            texts << themes.value().value(i).toString();
    }
    for (const TimelineEntry &entry : p.timeline)
        texts << entry.description;
    return SearchIndex::update(db(), RecordKind::Partnership, p.id, p.title, names, texts);
}

Status PartnershipStore::remove(qint64 id)
{
    return removeRecord(
        RecordKind::Partnership, id, [&] { return auditFieldsOf(get(id)); },
        tr("The partnership could not be deleted."));
}

Status PartnershipStore::reindexWithin(qint64 id)
{
    auto partnership = get(id);
    return partnership ? indexPartnership(partnership.value()) : Status(partnership.error());
}

Result<QList<qint64>> PartnershipStore::idsNaming(qint64 organizationId) const
{
    return StoreSupport::ids(db(),
                             QStringLiteral("SELECT DISTINCT partnership_id FROM partnership_parties "
                                            "WHERE organization_id = ? ORDER BY partnership_id"),
                             {organizationId});
}

Status PartnershipStore::addTimelineEntry(qint64 partnershipId, const QDate &date, const QString &description)
{
    return writeInTransaction([&]() -> Status {
        auto partnership = get(partnershipId);
        if (!partnership)
            return partnership.error();
        partnership.value().timeline.append({0, date, description});
        return saveWithin(partnership.value());
    });
}

Result<QDate> PartnershipStore::lastActivity(qint64 id) const
{
    auto query = Sql::run(
        db(), QStringLiteral("SELECT ") + lastActivitySql + QStringLiteral(" FROM partnerships p WHERE p.id = ?"),
        {id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return notFound(QStringLiteral("partnership"), id);
    return Dates::fromSql(query.value().value(0));
}

Result<bool> PartnershipStore::needsCare(qint64 id, int thresholdMonths, const QDate &today) const
{
    auto query = Sql::run(
        db(), QStringLiteral("SELECT ") + careCondition + QStringLiteral(" FROM partnerships p WHERE p.id = ?"),
        {cutoff(thresholdMonths, today), id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return notFound(QStringLiteral("partnership"), id);
    return query.value().value(0).toInt() != 0;
}

Result<QList<Partnership>> PartnershipStore::allWithPartiesAndThemes() const
{
    auto rows = Sql::run(db(), selectColumns + QStringLiteral(" ORDER BY sort_key, id"));
    if (!rows)
        return rows.error();
    QList<Partnership> all;
    QHash<qint64, qsizetype> index;
    while (rows.value().next()) {
        all.append(fromRow(rows.value()));
        index.insert(all.constLast().id, all.size() - 1);
    }
    auto parties = Sql::run(db(), QStringLiteral("SELECT partnership_id, organization_id, role FROM partnership_parties "
                                                 "ORDER BY partnership_id, position"));
    if (!parties)
        return parties.error();
    QSqlQuery &p = parties.value();
    while (p.next()) {
        const auto at = index.constFind(p.value(0).toLongLong());
        if (at != index.cend())
            all[*at].parties.append({p.value(1).toLongLong(), p.value(2).toString()});
    }
    auto themes = Sql::run(db(), QStringLiteral("SELECT partnership_id, theme_id FROM partnership_themes "
                                                "ORDER BY partnership_id, theme_id"));
    if (!themes)
        return themes.error();
    QSqlQuery &t = themes.value();
    while (t.next()) {
        const auto at = index.constFind(t.value(0).toLongLong());
        if (at != index.cend())
            all[*at].themeIds.append(t.value(1).toLongLong());
    }
    return all;
}

Result<QList<qint64>> PartnershipStore::needingCare(int thresholdMonths, const QDate &today) const
{
    auto care = needingCareWithActivity(thresholdMonths, today);
    if (!care)
        return care.error();
    QList<qint64> ids;
    for (const CareNeed &need : care.value())
        ids << need.id;
    return ids;
}

Result<QList<PartnershipStore::CareNeed>> PartnershipStore::needingCareWithActivity(int thresholdMonths,
                                                                                 const QDate &today) const
{
    auto query = Sql::run(db(),
                          QStringLiteral("SELECT p.id, p.title, ") + lastActivitySql
                              + QStringLiteral(" FROM partnerships p WHERE ") + careCondition
                              + QStringLiteral(" ORDER BY p.sort_key, p.id"),
                          {cutoff(thresholdMonths, today)});
    if (!query)
        return query.error();
    QList<CareNeed> care;
    QSqlQuery &q = query.value();
    while (q.next())
        care.append({q.value(0).toLongLong(), q.value(1).toString(), Dates::fromSql(q.value(2))});
    if (q.lastError().isValid())
        return Sql::toError(q.lastError(), tr("The partnerships could not be read."));
    return care;
}

ListSpec PartnershipStore::listSpec()
{
    ListSpec spec;
    spec.kind = RecordKind::Partnership;
    spec.from = QStringLiteral("partnerships p");
    spec.idColumn = QStringLiteral("p.id");
    spec.columns = {
        {QStringLiteral("title"), QStringLiteral("p.title"), QStringLiteral("p.sort_key")},
        {QStringLiteral("kind"), QStringLiteral("p.kind"), {}},
        {QStringLiteral("status"), QStringLiteral("p.status"), {}},
        {QStringLiteral("parties"), partiesSql, {}},
        {QStringLiteral("started_on"), QStringLiteral("p.started_on"), {}},
        {QStringLiteral("last_activity"), lastActivitySql, {}},
    };
    spec.filters = {
        {QStringLiteral("status"), QStringLiteral("p.status = ?")},
        {QStringLiteral("kind"), QStringLiteral("p.kind = ?")},
        {QStringLiteral("country"),
         QStringLiteral(
             "EXISTS (SELECT 1 FROM partnership_parties fp JOIN organizations fo ON fo.id = fp.organization_id "
             "WHERE fp.partnership_id = p.id AND fo.country = ?)")},
        {QStringLiteral("theme"),
         QStringLiteral(
             "EXISTS (SELECT 1 FROM partnership_themes ft WHERE ft.partnership_id = p.id AND ft.theme_id = ?)")},
        {QStringLiteral("organization"),
         QStringLiteral("EXISTS (SELECT 1 FROM partnership_parties fp WHERE fp.partnership_id = p.id "
                        "AND fp.organization_id = ?)")},
        {QStringLiteral("year"), QStringLiteral("substr(p.started_on, 1, 4) = CAST(? AS TEXT)")},
    };
    spec.defaultSortKey = QStringLiteral("title");
    return spec;
}

Result<ListPage> PartnershipStore::list(const ListQuery &query) const
{
    return RecordLister::fetch(db(), listSpec(), query);
}
