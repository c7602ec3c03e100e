// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementstore.h"

#include "audittrail.h"
#include "dates.h"
#include "searchindex.h"
#include "sortkey.h"
#include "sqlsupport.h"
#include "storesql.h"
#include "vocabulary.h"
#include "writetransaction.h"

#include <QSet>

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, title, kind, status, signed_on, signed_place, valid_from, valid_until, renewal, languages, "
    "partnership_id, notes FROM agreements");

const QString partiesSql = QStringLiteral(
    "(SELECT group_concat(name, ', ') FROM (SELECT o.name FROM agreement_parties ap "
    "JOIN organizations o ON o.id = ap.organization_id WHERE ap.agreement_id = a.id ORDER BY ap.position))");

Agreement fromRow(const QSqlQuery &q)
{
    Agreement a;
    a.id = q.value(0).toLongLong();
    a.title = q.value(1).toString();
    a.kind = q.value(2).toString();
    a.status = q.value(3).toString();
    a.signedOn = Dates::fromSql(q.value(4));
    a.signedPlace = q.value(5).toString();
    a.validFrom = Dates::fromSql(q.value(6));
    a.validUntil = Dates::fromSql(q.value(7));
    a.renewal = q.value(8).toString();
    a.languages = q.value(9).toString();
    a.partnershipId = q.value(10).toLongLong();
    a.notes = q.value(11).toString();
    return a;
}

bool isSignedStatus(const QString &status)
{
    return status == QLatin1String("signed") || status == QLatin1String("in_force");
}

} // namespace

Result<Agreement> AgreementStore::get(qint64 id) const
{
    auto query = Sql::run(db(), selectColumns + QStringLiteral(" WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (!query.value().next())
        return notFound(QStringLiteral("agreement"), id);
    Agreement agreement = fromRow(query.value());
    query.value().finish();
    if (Status loaded = loadParties(agreement); !loaded)
        return loaded.error();
    return agreement;
}

Status AgreementStore::loadParties(Agreement &a) const
{
    auto parties = Sql::run(db(),
                            QStringLiteral("SELECT organization_id, signatory, signatory_position FROM "
                                           "agreement_parties WHERE agreement_id = ? ORDER BY position"),
                            {a.id});
    if (!parties)
        return parties.error();
    QSqlQuery &q = parties.value();
    while (q.next())
        a.parties.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return {};
}

Validation AgreementStore::validate(const Agreement &a) const
{
    Validation v;
    v.requireText(QStringLiteral("title"), a.title, tr("The title"));
    if (!Vocabulary::contains(Vocab::AgreementKind, a.kind))
        v.addError(QStringLiteral("kind"), tr("Choose the kind of agreement."));
    if (!Vocabulary::contains(Vocab::AgreementStatus, a.status))
        v.addError(QStringLiteral("status"), tr("Choose the status of the agreement."));
    if (!Vocabulary::contains(Vocab::Renewal, a.renewal))
        v.addError(QStringLiteral("renewal"), tr("Choose how the agreement is renewed."));
    if (a.validFrom.isValid() && a.validUntil.isValid() && a.validUntil < a.validFrom)
        v.addError(QStringLiteral("valid_until"), tr("The agreement cannot expire before it takes effect."));
    if (isSignedStatus(a.status) && !a.signedOn.isValid())
        v.addError(QStringLiteral("signed_on"), tr("A signed agreement needs the date it was signed."));
    if (a.partnershipId != 0) {
        auto known = StoreSql::countExisting(db(), QStringLiteral("partnerships"), {a.partnershipId});
        if (known && known.value() == 0)
            v.addError(QStringLiteral("partnership_id"), tr("The partnership no longer exists; choose another one."));
    }
    validateParties(a, v);
    return v;
}

void AgreementStore::validateParties(const Agreement &a, Validation &v) const
{
    QSet<qint64> distinct;
    int unset = 0;
    for (const AgreementParty &party : a.parties) {
        if (party.organizationId > 0)
            distinct.insert(party.organizationId);
        else
            ++unset;
    }
    const QString field = QStringLiteral("parties");
    if (unset > 0)
        v.addError(field, tr("Choose the organisation of every party."));
    const bool single = a.kind == QLatin1String("other");
    if (single && distinct.isEmpty())
        v.addError(field, tr("An agreement needs at least one party."));
    else if (!single && distinct.size() < 2)
        v.addError(field, tr("An agreement needs at least two different parties."));
    if (distinct.size() + unset < a.parties.size())
        v.addError(field, tr("An organisation is listed more than once among the parties."));
    auto existing = StoreSql::countExisting(db(), QStringLiteral("organizations"), distinct);
    if (existing && existing.value() < distinct.size())
        v.addError(field, tr("One of the parties no longer exists; choose another organisation."));
}

Result<qint64> AgreementStore::save(Agreement &agreement)
{
    if (Status writable = checkWritable(); !writable)
        return writable.error();
    WriteTransaction transaction(db());
    if (!transaction.isActive())
        return transaction.error();
    // The caller's value changes only when the change is committed.
    auto attempt = agreement;
    if (Status saved = saveWithin(attempt); !saved)
        return saved.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    agreement = attempt;
    return agreement.id;
}

Status AgreementStore::saveWithin(Agreement &a)
{
    const Validation validation = validate(a);
    if (validation.hasErrors())
        return validation.toError();
    a.title = a.title.trimmed();
    const QString now = Dates::timestampNow();
    const QVariantList values{Sql::text(a.title),
                              SortKey::of(a.title),
                              a.kind,
                              a.status,
                              Dates::toSql(a.signedOn),
                              Sql::text(a.signedPlace.trimmed()),
                              Dates::toSql(a.validFrom),
                              Dates::toSql(a.validUntil),
                              a.renewal,
                              Sql::text(a.languages.trimmed()),
                              StoreSql::nullableId(a.partnershipId),
                              Sql::text(a.notes)};
    const QString failed = tr("The agreement could not be saved.");
    FieldMap before;
    if (a.id == 0) {
        auto inserted = Sql::run(
            db(),
            QStringLiteral("INSERT INTO agreements (title, sort_key, kind, status, signed_on, "
                           "signed_place, valid_from, valid_until, renewal, languages, partnership_id, "
                           "notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            QVariantList(values) << now << now);
        if (!inserted)
            return Error(inserted.error().code(), failed, inserted.error().detail());
        a.id = inserted.value().lastInsertId().toLongLong();
    } else {
        auto old = get(a.id);
        if (!old)
            return old.error();
        before = old.value().auditFields();
        auto updated
            = Sql::run(db(),
                       QStringLiteral("UPDATE agreements SET title = ?, sort_key = ?, kind = ?, status = ?, "
                                      "signed_on = ?, signed_place = ?, valid_from = ?, valid_until = ?, "
                                      "renewal = ?, languages = ?, partnership_id = ?, notes = ?, updated_at = ? "
                                      "WHERE id = ?"),
                       QVariantList(values) << now << a.id);
        if (!updated)
            return Error(updated.error().code(), failed, updated.error().detail());
    }
    if (Status parties = saveParties(a); !parties)
        return Error(parties.error().code(), failed, parties.error().detail());
    if (Status audited
        = AuditTrail::record(db(), RecordKind::Agreement, a.id,
                             before.isEmpty() ? AuditAction::Insert : AuditAction::Update, before, a.auditFields());
        !audited)
        return audited;
    return indexAgreement(a);
}

Status AgreementStore::saveParties(const Agreement &a)
{
    auto cleared = Sql::run(db(), QStringLiteral("DELETE FROM agreement_parties WHERE agreement_id = ?"), {a.id});
    if (!cleared)
        return cleared.error();
    QList<QVariantList> rows;
    for (qsizetype i = 0; i < a.parties.size(); ++i) {
        const AgreementParty &party = a.parties.at(i);
        rows.append({a.id, party.organizationId, Sql::text(party.signatory.trimmed()),
                     Sql::text(party.signatoryPosition.trimmed()), int(i)});
    }
    return StoreSql::runEach(db(),
                             QStringLiteral("INSERT INTO agreement_parties (agreement_id, organization_id, signatory, "
                                            "signatory_position, position) VALUES (?, ?, ?, ?, ?)"),
                             rows);
}

Status AgreementStore::indexAgreement(const Agreement &a)
{
    QStringList names{a.title};
    auto parties = Sql::run(db(),
                            QStringLiteral("SELECT name, name_cyrillic, name_sr, name_en, acronym FROM organizations "
                                           "WHERE id IN (SELECT organization_id FROM agreement_parties "
                                           "WHERE agreement_id = ?)"),
                            {a.id});
    if (!parties)
        return parties.error();
    while (parties.value().next()) {
        for (int i = 0; i < 5; ++i)
            names << parties.value().value(i).toString();
    }
    QStringList texts{a.signedPlace, a.notes};
    for (const AgreementParty &party : a.parties)
        texts << party.signatory << party.signatoryPosition;
    return SearchIndex::update(db(), RecordKind::Agreement, a.id, a.title, names, texts);
}

Status AgreementStore::remove(qint64 id)
{
    if (Status writable = checkWritable(); !writable)
        return writable;
    WriteTransaction transaction(db());
    if (!transaction.isActive())
        return transaction.error();
    auto old = get(id);
    if (!old)
        return old.error();
    auto removed = Sql::run(db(), QStringLiteral("DELETE FROM agreements WHERE id = ?"), {id});
    if (!removed)
        return Error(removed.error().code(), tr("The agreement could not be deleted."), removed.error().detail());
    if (Status audited
        = AuditTrail::record(db(), RecordKind::Agreement, id, AuditAction::Delete, old.value().auditFields(), {});
        !audited)
        return audited;
    if (Status unindexed = SearchIndex::remove(db(), RecordKind::Agreement, id); !unindexed)
        return unindexed;
    return transaction.commit();
}

Result<QList<qint64>> AgreementStore::expiringWithin(int days, const QDate &today) const
{
    auto query = Sql::run(db(),
                          QStringLiteral("SELECT id FROM agreements WHERE status IN ('signed', 'in_force') "
                                         "AND valid_until BETWEEN ? AND ? ORDER BY valid_until, id"),
                          {Dates::toSql(today), Dates::toSql(today.addDays(qMax(0, days)))});
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query.value().next())
        ids << query.value().value(0).toLongLong();
    return ids;
}

ListSpec AgreementStore::listSpec()
{
    ListSpec spec;
    spec.kind = RecordKind::Agreement;
    spec.from = QStringLiteral("agreements a");
    spec.idColumn = QStringLiteral("a.id");
    spec.columns = {
        {QStringLiteral("title"), QStringLiteral("a.title"), QStringLiteral("a.sort_key")},
        {QStringLiteral("kind"), QStringLiteral("a.kind"), {}},
        {QStringLiteral("parties"), partiesSql, {}},
        {QStringLiteral("signed_on"), QStringLiteral("a.signed_on"), {}},
        {QStringLiteral("valid_until"), QStringLiteral("a.valid_until"), {}},
        {QStringLiteral("status"), QStringLiteral("a.status"), {}},
    };
    spec.filters = {
        {QStringLiteral("kind"), QStringLiteral("a.kind = ?")},
        {QStringLiteral("status"), QStringLiteral("a.status = ?")},
        {QStringLiteral("year"), QStringLiteral("substr(a.signed_on, 1, 4) = CAST(? AS TEXT)")},
        {QStringLiteral("country"),
         QStringLiteral(
             "EXISTS (SELECT 1 FROM agreement_parties fp JOIN organizations fo ON fo.id = fp.organization_id "
             "WHERE fp.agreement_id = a.id AND fo.country = ?)")},
        {QStringLiteral("organization"),
         QStringLiteral("EXISTS (SELECT 1 FROM agreement_parties fp WHERE fp.agreement_id = a.id "
                        "AND fp.organization_id = ?)")},
        {QStringLiteral("partnership"), QStringLiteral("a.partnership_id = ?")},
        {QStringLiteral("expiring_before"),
         QStringLiteral("a.status IN ('signed', 'in_force') AND a.valid_until <= ?")},
    };
    spec.defaultSortKey = QStringLiteral("title");
    return spec;
}

Result<ListPage> AgreementStore::list(const ListQuery &query) const
{
    return RecordLister::fetch(db(), listSpec(), query);
}
