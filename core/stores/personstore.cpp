// SPDX-License-Identifier: GPL-3.0-or-later
#include "personstore.h"

#include "audittrail.h"
#include "dates.h"
#include "searchindex.h"
#include "sortkey.h"
#include "sqlsupport.h"
#include "storesupport.h"

namespace {

const QString selectColumns
    = QStringLiteral("SELECT id, full_name, organization_id, position, email, phone, languages, notes FROM people");

Person fromRow(const QSqlQuery &q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.fullName = q.value(1).toString();
    p.organizationId = q.value(2).toLongLong();
    p.position = q.value(3).toString();
    p.email = q.value(4).toString();
    p.phone = q.value(5).toString();
    p.languages = q.value(6).toString();
    p.notes = q.value(7).toString();
    return p;
}

} // namespace

Result<Person> PersonStore::get(qint64 id) const
{
    return fetchOne(selectColumns + QStringLiteral(" WHERE id = ?"), id, QStringLiteral("person"), fromRow);
}

Validation PersonStore::validate(const Person &p) const
{
    Validation v;
    v.requireText(QStringLiteral("full_name"), p.fullName, tr("The name"));
    v.checkEmail(QStringLiteral("email"), p.email);
    if (p.organizationId != 0) {
        const int known
            = StoreSupport::countKnown(db(), QStringLiteral("organizations"), QStringLiteral("id"), {p.organizationId});
        if (known == 0)
            v.addError(QStringLiteral("organization_id"), tr("The organisation no longer exists; choose another one."));
    }
    return v;
}

Result<qint64> PersonStore::save(Person &person)
{
    return saveRecord(person, &PersonStore::saveWithin);
}

Status PersonStore::saveWithin(Person &p)
{
    const Validation validation = validate(p);
    if (validation.hasErrors())
        return validation.toError();
    p.fullName = p.fullName.trimmed();
    p.email = p.email.trimmed();
    FieldMap before;
    if (p.id != 0) {
        auto old = get(p.id);
        if (!old)
            return old.error();
        before = old.value().auditFields();
    }
    const Status written = StoreSupport::writeRow(
        db(), QStringLiteral("people"),
        {QStringLiteral("full_name"), QStringLiteral("sort_key"), QStringLiteral("organization_id"),
         QStringLiteral("position"), QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("languages"),
         QStringLiteral("notes")},
        {Sql::text(p.fullName), SortKey::of(p.fullName), StoreSupport::nullableId(p.organizationId),
         Sql::text(p.position.trimmed()), Sql::text(p.email), Sql::text(p.phone.trimmed()),
         Sql::text(p.languages.trimmed()), Sql::text(p.notes)},
        p.id, tr("The person could not be saved."));
    if (!written)
        return written;
    if (Status audited = AuditTrail::recordSave(db(), RecordKind::Person, p.id, before, p.auditFields()); !audited)
        return audited;
    return indexPerson(p);
}

Status PersonStore::indexPerson(const Person &p)
{
    QStringList texts{p.position};
    if (p.organizationId != 0) {
        auto names = StoreSupport::organizationNames(db(), QStringLiteral("id = ?"), {p.organizationId});
        if (!names)
            return names.error();
        texts << names.value();
    }
    return SearchIndex::update(db(), RecordKind::Person, p.id, p.fullName, {p.fullName}, texts);
}

Status PersonStore::remove(qint64 id)
{
    return removeRecord(
        RecordKind::Person, id, [&] { return auditFieldsOf(get(id)); }, tr("The person could not be deleted."));
}

Status PersonStore::reindexWithin(qint64 id)
{
    auto person = get(id);
    return person ? indexPerson(person.value()) : Status(person.error());
}

Result<QList<qint64>> PersonStore::idsNaming(qint64 organizationId) const
{
    return StoreSupport::ids(db(), QStringLiteral("SELECT id FROM people WHERE organization_id = ? ORDER BY id"),
                             {organizationId});
}

Status PersonStore::unlinkEverywhere(qint64 id)
{
    // A committee seat with a role stays as an anonymous member (its name
    // blanked), one without is deleted; visit participants stay as anonymous rows.
    return StoreSupport::runAll(
        db(),
        {QStringLiteral("DELETE FROM partnership_committee WHERE person_id = ? AND role = ''"),
         QStringLiteral("UPDATE partnership_committee SET name = '', person_id = NULL WHERE person_id = ?"),
         QStringLiteral("UPDATE visit_participants SET person_id = NULL WHERE person_id = ?"),
         QStringLiteral("UPDATE membership_delegates SET person_id = NULL WHERE person_id = ?"),
         QStringLiteral("UPDATE organizations SET liaison_person_id = NULL WHERE liaison_person_id = ?")},
        {id});
}

Status PersonStore::blankPersonalFields(qint64 id)
{
    const QString now = Dates::timestampNow();
    auto blanked = Sql::run(db(),
                            QStringLiteral("UPDATE people SET full_name = '', sort_key = '', organization_id = NULL, "
                                           "position = '', email = '', phone = '', languages = '', notes = '', "
                                           "erased_at = ?, updated_at = ? WHERE id = ?"),
                            {now, now, id});
    if (!blanked)
        return blanked.error();
    return {};
}

Status PersonStore::eraseTasksAndFiles(qint64 id)
{
    // Follow-ups and files about the person (and files on those follow-ups)
    // are personal data too.
    const QVariantList record{RecordKinds::key(RecordKind::Person), id};
    auto taskIds = StoreSupport::ids(
        db(), QStringLiteral("SELECT id FROM tasks WHERE record_kind = ? AND record_id = ?"), record);
    if (!taskIds)
        return taskIds.error();
    for (qint64 taskId : std::as_const(taskIds.value())) {
        auto files = Sql::run(db(), QStringLiteral("DELETE FROM attachments WHERE record_kind = ? AND record_id = ?"),
                              {RecordKinds::key(RecordKind::Task), taskId});
        if (!files)
            return files.error();
        if (Status forgotten = AuditTrail::forgetDetails(db(), RecordKind::Task, taskId); !forgotten)
            return forgotten;
        if (Status audited = AuditTrail::record(db(), RecordKind::Task, taskId, AuditAction::Erase, {}, {}); !audited)
            return audited;
        if (Status unindexed = SearchIndex::remove(db(), RecordKind::Task, taskId); !unindexed)
            return unindexed;
    }
    return StoreSupport::runAll(db(),
                                {QStringLiteral("DELETE FROM tasks WHERE record_kind = ? AND record_id = ?"),
                                 QStringLiteral("DELETE FROM attachments WHERE record_kind = ? AND record_id = ?")},
                                record);
}

Status PersonStore::erase(qint64 id)
{
    return writeInTransaction([&]() -> Status {
        if (auto existing = get(id); !existing)
            return existing.error();
        if (Status erased = eraseWithin(id); !erased)
            return Error(erased.error().code(), tr("The person could not be erased."), erased.error().detail());
        return {};
    });
}

Status PersonStore::eraseWithin(qint64 id)
{
    if (Status blanked = blankPersonalFields(id); !blanked)
        return blanked;
    if (Status unlinked = unlinkEverywhere(id); !unlinked)
        return unlinked;
    if (Status removed = eraseTasksAndFiles(id); !removed)
        return removed;
    if (Status unindexed = SearchIndex::remove(db(), RecordKind::Person, id); !unindexed)
        return unindexed;
    // Rewrites the whole search index so the person's tokens leave the file:
    // costly on a large register, acceptable for a rare erasure.
    if (Status compacted = SearchIndex::purgeDeleted(db()); !compacted)
        return compacted;
    if (Status forgotten = AuditTrail::forgetDetails(db(), RecordKind::Person, id); !forgotten)
        return forgotten;
    if (Status audited = AuditTrail::record(db(), RecordKind::Person, id, AuditAction::Erase, {}, {}); !audited)
        return audited;
    auto deleted = Sql::run(db(), QStringLiteral("DELETE FROM people WHERE id = ?"), {id});
    if (!deleted)
        return deleted.error();
    return {};
}

Result<PersonStore::ErasureScope> PersonStore::erasureScope(qint64 id) const
{
    if (auto existing = get(id); !existing)
        return existing.error();
    const QString person = RecordKinds::key(RecordKind::Person);
    const QString task = RecordKinds::key(RecordKind::Task);
    const QList<std::pair<int ErasureScope::*, std::pair<QString, QVariantList>>> counts = {
        {&ErasureScope::visits,
         {QStringLiteral("SELECT count(DISTINCT visit_id) FROM visit_participants WHERE person_id = ?"), {id}}},
        {&ErasureScope::committeeSeats,
         {QStringLiteral("SELECT count(*) FROM partnership_committee WHERE person_id = ?"), {id}}},
        {&ErasureScope::delegations, {QStringLiteral("SELECT count(*) FROM membership_delegates WHERE person_id = ?"), {id}}},
        {&ErasureScope::liaisons, {QStringLiteral("SELECT count(*) FROM organizations WHERE liaison_person_id = ?"), {id}}},
        {&ErasureScope::tasks,
         {QStringLiteral("SELECT count(*) FROM tasks WHERE record_kind = ? AND record_id = ?"), {person, id}}},
        {&ErasureScope::attachments,
         {QStringLiteral("SELECT count(*) FROM attachments WHERE (record_kind = ? AND record_id = ?) OR (record_kind = ? "
                         "AND record_id IN (SELECT id FROM tasks WHERE record_kind = ? AND record_id = ?))"),
          {person, id, task, person, id}}},
    };
    ErasureScope scope;
    for (const auto &[member, query] : counts) {
        auto counted = Sql::scalar(db(), query.first, query.second);
        if (!counted)
            return counted.error();
        scope.*member = counted.value().toInt();
    }
    return scope;
}

QString PersonStore::erasureNotice()
{
    return tr("The person's data has been erased from the register. Backups made before the erasure still "
              "contain it until they are rotated out (after about a year at the latest); copies exported "
              "earlier are not affected.");
}

ListSpec PersonStore::listSpec()
{
    ListSpec spec;
    spec.kind = RecordKind::Person;
    spec.from = QStringLiteral("people p LEFT JOIN organizations o ON o.id = p.organization_id");
    spec.idColumn = QStringLiteral("p.id");
    spec.columns = {
        {QStringLiteral("full_name"), QStringLiteral("p.full_name"), QStringLiteral("p.sort_key")},
        {QStringLiteral("position"), QStringLiteral("p.position"), {}},
        {QStringLiteral("organization"), QStringLiteral("@name(o)"), QStringLiteral("o.sort_key")},
        {QStringLiteral("email"), QStringLiteral("p.email"), {}},
        {QStringLiteral("phone"), QStringLiteral("p.phone"), {}},
        {QStringLiteral("languages"), QStringLiteral("p.languages"), {}},
    };
    spec.filters = {
        {QStringLiteral("organization"), QStringLiteral("p.organization_id = ?")},
        {QStringLiteral("country"), QStringLiteral("o.country = ?")},
    };
    spec.defaultSortKey = QStringLiteral("full_name");
    return spec;
}

Result<ListPage> PersonStore::list(const ListQuery &query) const
{
    return RecordLister::fetch(db(), listSpec(), query);
}
