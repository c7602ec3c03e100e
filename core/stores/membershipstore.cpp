// SPDX-License-Identifier: GPL-3.0-or-later
#include "membershipstore.h"

#include "audittrail.h"
#include "dates.h"
#include "searchindex.h"
#include "sqlsupport.h"
#include "storesupport.h"

#include <QSet>

namespace {

using StoreSupport::nullableId;

Membership fromRow(const QSqlQuery &q)
{
    Membership m;
    m.id = q.value(0).toLongLong();
    m.organizationId = q.value(1).toLongLong();
    m.role = q.value(2).toString();
    m.memberSince = Dates::fromSql(q.value(3));
    m.memberUntil = Dates::fromSql(q.value(4));
    m.notes = q.value(5).toString();
    return m;
}

QString rowField(int row, const char *field)
{
    return QStringLiteral("delegates[%1].%2").arg(row).arg(QLatin1String(field));
}

} // namespace

Result<QList<Delegate>> MembershipStore::delegatesOf(qint64 membershipId) const
{
    auto query = Sql::run(db(),
                          QStringLiteral("SELECT id, person_id, body, mandate_from, mandate_until, substitute "
                                         "FROM membership_delegates WHERE membership_id = ? ORDER BY position, id"),
                          {membershipId});
    if (!query)
        return query.error();
    QList<Delegate> delegates;
    QSqlQuery &q = query.value();
    while (q.next()) {
        Delegate d;
        d.id = q.value(0).toLongLong();
        d.personId = q.value(1).toLongLong();
        d.body = q.value(2).toString();
        d.mandateFrom = Dates::fromSql(q.value(3));
        d.mandateUntil = Dates::fromSql(q.value(4));
        d.substitute = q.value(5).toInt() != 0;
        delegates << d;
    }
    return delegates;
}

Result<Membership> MembershipStore::get(qint64 id) const
{
    auto membership = fetchOne(QStringLiteral("SELECT id, organization_id, role, member_since, member_until, notes "
                                              "FROM memberships WHERE id = ?"),
                               id, QStringLiteral("membership"), fromRow);
    if (!membership)
        return membership;
    auto delegates = delegatesOf(id);
    if (!delegates)
        return delegates.error();
    membership.value().delegates = delegates.take();
    return membership;
}

Membership MembershipStore::normalized(const Membership &membership)
{
    Membership n = membership;
    n.role = membership.role.trimmed();
    for (Delegate &d : n.delegates)
        d.body = d.body.trimmed();
    return n;
}

Validation MembershipStore::validate(const Membership &m) const
{
    Validation v;
    if (m.organizationId <= 0) {
        v.addError(QStringLiteral("organization_id"), tr("Choose the international organisation."));
    } else {
        auto kind = Sql::scalar(db(), QStringLiteral("SELECT kind FROM organizations WHERE id = ?"), {m.organizationId});
        if (kind && !kind.value().isValid())
            v.addError(QStringLiteral("organization_id"), tr("The organisation no longer exists; choose another one."));
        else if (kind && kind.value().toString() != QLatin1String("international_organization")
                 && kind.value().toString() != QLatin1String("association"))
            v.addWarning(QStringLiteral("organization_id"), tr("This organisation is not an international organisation."));
    }
    v.checkDateOrder(QStringLiteral("member_until"), m.memberSince, m.memberUntil);
    QList<qint64> ownIds;
    if (m.id > 0) {
        ownIds = StoreSupport::ids(db(), QStringLiteral("SELECT id FROM membership_delegates WHERE membership_id = ?"),
                                   {m.id})
                     .valueOr({});
    }
    QSet<qint64> seen;
    for (int row = 0; row < m.delegates.size(); ++row) {
        const Delegate &d = m.delegates.at(row);
        validateDelegate(v, row, d, ownIds);
        if (d.id > 0 && seen.contains(d.id))
            v.addError(rowField(row, "id"), tr("The same delegate appears twice in the membership."));
        seen.insert(d.id);
    }
    if (!v.hasErrors()) {
        auto same = Sql::scalar(db(),
                                QStringLiteral("SELECT count(*) FROM memberships WHERE organization_id = ? AND id <> ? "
                                               "AND (member_until IS NULL OR member_until >= ?)"),
                                {m.organizationId, m.id, Dates::toSql(QDate::currentDate())});
        if (same && same.value().toInt() > 0 && m.isActiveOn(QDate::currentDate()))
            v.addWarning(QStringLiteral("organization_id"), tr("SKGO already has a current membership in this organisation."));
    }
    return v;
}

void MembershipStore::validateDelegate(Validation &v, int row, const Delegate &d, const QList<qint64> &ownIds) const
{
    if (d.personId > 0 && !StoreSupport::exists(db(), QStringLiteral("people"), d.personId))
        v.addError(rowField(row, "person_id"), tr("Delegate %1 names a person who no longer exists.").arg(row + 1));
    else if (d.personId <= 0 && d.id == 0)
        v.addError(rowField(row, "person_id"), tr("Choose the person for delegate %1.").arg(row + 1));
    v.checkDateOrder(rowField(row, "mandate_until"), d.mandateFrom, d.mandateUntil);
    if (d.id > 0 && !ownIds.contains(d.id))
        v.addError(rowField(row, "id"), tr("Delegate %1 belongs to another membership or no longer exists.").arg(row + 1));
}

Result<qint64> MembershipStore::save(Membership &membership)
{
    return saveRecord(membership, &MembershipStore::saveWithin);
}

Status MembershipStore::saveWithin(Membership &input)
{
    Membership m = normalized(input);
    const Validation validation = validate(m);
    if (validation.hasErrors())
        return validation.toError();
    FieldMap before;
    QList<Delegate> delegatesBefore;
    if (m.id > 0) {
        auto old = get(m.id);
        if (!old)
            return old.error();
        before = old.value().auditFields();
        delegatesBefore = old.value().delegates;
    }
    if (Status written = writeMembershipRow(m); !written)
        return written;
    if (Status written = writeDelegates(m, delegatesBefore); !written)
        return written;
    if (Status audited = AuditTrail::recordSave(db(), RecordKind::Membership, m.id, before, m.auditFields()); !audited)
        return audited;
    if (Status indexed = indexMembership(m); !indexed)
        return indexed;
    input = m;
    return {};
}

Status MembershipStore::writeMembershipRow(Membership &m)
{
    return StoreSupport::writeRow(db(), QStringLiteral("memberships"),
                                  {QStringLiteral("organization_id"), QStringLiteral("role"),
                                   QStringLiteral("member_since"), QStringLiteral("member_until"),
                                   QStringLiteral("notes")},
                                  {m.organizationId, Sql::text(m.role), Dates::toSql(m.memberSince),
                                   Dates::toSql(m.memberUntil), Sql::text(m.notes)},
                                  m.id, tr("The membership could not be saved."));
}

Status MembershipStore::writeDelegates(Membership &m, const QList<Delegate> &before)
{
    const QString failed = tr("The delegates could not be saved.");
    QSet<qint64> kept;
    for (int position = 0; position < m.delegates.size(); ++position) {
        Delegate &d = m.delegates[position];
        const QVariantList values{nullableId(d.personId), Sql::text(d.body), Dates::toSql(d.mandateFrom),
                                  Dates::toSql(d.mandateUntil), d.substitute ? 1 : 0, position};
        if (d.id == 0) {
            auto inserted = Sql::run(db(),
                                     QStringLiteral("INSERT INTO membership_delegates (membership_id, person_id, body, "
                                                    "mandate_from, mandate_until, substitute, position) "
                                                    "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                     QVariantList{m.id} + values);
            if (!inserted)
                return Error(inserted.error().code(), failed, inserted.error().detail());
            d.id = inserted.value().lastInsertId().toLongLong();
        } else {
            auto updated = Sql::run(db(),
                                    QStringLiteral("UPDATE membership_delegates SET person_id = ?, body = ?, mandate_from = ?, "
                                                   "mandate_until = ?, substitute = ?, position = ? "
                                                   "WHERE id = ? AND membership_id = ?"),
                                    QVariantList(values) << d.id << m.id);
            if (!updated)
                return Error(updated.error().code(), failed, updated.error().detail());
        }
        kept.insert(d.id);
    }
    for (const Delegate &d : before) {
        if (kept.contains(d.id))
            continue;
        auto deleted = Sql::run(db(), QStringLiteral("DELETE FROM membership_delegates WHERE id = ? AND membership_id = ?"),
                                {d.id, m.id});
        if (!deleted)
            return Error(deleted.error().code(), failed, deleted.error().detail());
    }
    return {};
}

Status MembershipStore::indexMembership(const Membership &m)
{
    auto org = StoreSupport::organizationNames(db(), QStringLiteral("id = ?"), {m.organizationId});
    if (!org)
        return org.error();
    const QStringList &names = org.value();
    QStringList texts{m.role, m.notes};
    for (const Delegate &d : m.delegates)
        texts << d.body;
    // No delegate's name: people can be erased, and their names must go with them.
    return SearchIndex::update(db(), RecordKind::Membership, m.id, names.value(0), names, texts);
}

Status MembershipStore::remove(qint64 id)
{
    return removeRecord(
        RecordKind::Membership, id, [&] { return auditFieldsOf(get(id)); }, tr("The membership could not be deleted."));
}

Status MembershipStore::reindexWithin(qint64 id)
{
    auto membership = get(id);
    return membership ? indexMembership(membership.value()) : Status(membership.error());
}

Result<QList<qint64>> MembershipStore::idsNaming(qint64 organizationId) const
{
    return StoreSupport::ids(db(), QStringLiteral("SELECT id FROM memberships WHERE organization_id = ? ORDER BY id"),
                             {organizationId});
}

Result<QList<qint64>> MembershipStore::delegatesWithMandateEndingWithin(int days, QDate today) const
{
    if (days < 0 || !today.isValid())
        return QList<qint64>();
    return StoreSupport::ids(
        db(),
        QStringLiteral("SELECT d.id FROM membership_delegates d JOIN memberships m ON m.id = d.membership_id "
                       "WHERE d.mandate_until >= ? AND d.mandate_until <= ? "
                       "AND (m.member_until IS NULL OR m.member_until >= ?) "
                       "ORDER BY d.mandate_until, d.id"),
        {Dates::toSql(today), Dates::toSql(today.addDays(days)), Dates::toSql(today)});
}

Result<QList<qint64>> MembershipStore::membershipsWithMandateEndingWithin(int days, QDate today) const
{
    if (days < 0 || !today.isValid())
        return QList<qint64>();
    return StoreSupport::ids(
        db(),
        QStringLiteral("SELECT DISTINCT m.id FROM membership_delegates d JOIN memberships m ON m.id = d.membership_id "
                       "WHERE d.mandate_until >= ? AND d.mandate_until <= ? "
                       "AND (m.member_until IS NULL OR m.member_until >= ?) ORDER BY m.id"),
        {Dates::toSql(today), Dates::toSql(today.addDays(days)), Dates::toSql(today)});
}

Result<qint64> MembershipStore::membershipOfDelegate(qint64 delegateId) const
{
    auto membership = Sql::scalar(db(), QStringLiteral("SELECT membership_id FROM membership_delegates WHERE id = ?"), {delegateId});
    if (!membership)
        return membership.error();
    if (membership.value().isNull())
        return notFound(QStringLiteral("delegate"), delegateId);
    return membership.value().toLongLong();
}

ListSpec MembershipStore::listSpec()
{
    ListSpec spec;
    spec.kind = RecordKind::Membership;
    spec.from = QStringLiteral("memberships m JOIN organizations o ON o.id = m.organization_id");
    spec.idColumn = QStringLiteral("m.id");
    spec.columns = {
        {QStringLiteral("organization"), QStringLiteral("@name(o)"), QStringLiteral("o.sort_key")},
        {QStringLiteral("role"), QStringLiteral("m.role"), {}},
        {QStringLiteral("member_since"), QStringLiteral("m.member_since"), {}},
        {QStringLiteral("delegates"),
         QStringLiteral("(SELECT count(*) FROM membership_delegates d WHERE d.membership_id = m.id)"), {}},
        {QStringLiteral("next_mandate_end"),
         QStringLiteral("(SELECT min(d.mandate_until) FROM membership_delegates d WHERE d.membership_id = m.id "
                        "AND d.mandate_until >= date('now'))"),
         {}},
    };
    spec.filters = {
        {QStringLiteral("organization"), QStringLiteral("m.organization_id = ?")},
        {QStringLiteral("active"), QStringLiteral("(m.member_until IS NULL OR m.member_until >= date('now')) = ?")},
    };
    spec.defaultSortKey = QStringLiteral("organization");
    return spec;
}

Result<ListPage> MembershipStore::list(const ListQuery &query) const
{
    return RecordLister::fetch(db(), listSpec(), query);
}
