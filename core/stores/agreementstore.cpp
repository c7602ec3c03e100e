// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementstore.h"

#include "audittrail.h"
#include "dates.h"
#include "searchindex.h"
#include "sortkey.h"
#include "sqlsupport.h"
#include "storesupport.h"
#include "vocabulary.h"

#include <QSet>

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, title, kind, status, signed_on, signed_place, valid_from, valid_until, renewal, languages, "
    "partnership_id, notes FROM agreements");

const QString partiesSql = QStringLiteral(
    "(SELECT group_concat(name, ', ') FROM (SELECT @name(o) AS name FROM agreement_parties ap "
    "JOIN organizations o ON o.id = ap.organization_id WHERE ap.agreement_id = a.id ORDER BY ap.position))");

// The columns saveWithin() writes, in the order of its values.
const QStringList columns
    = {QStringLiteral("title"),      QStringLiteral("sort_key"),       QStringLiteral("kind"),
       QStringLiteral("status"),     QStringLiteral("signed_on"),      QStringLiteral("signed_place"),
       QStringLiteral("valid_from"), QStringLiteral("valid_until"),    QStringLiteral("renewal"),
       QStringLiteral("languages"),  QStringLiteral("partnership_id"), QStringLiteral("notes")};

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
    auto agreement
        = fetchOne(selectColumns + QStringLiteral(" WHERE id = ?"), id, QStringLiteral("agreement"), fromRow);
    if (!agreement)
        return agreement;
    if (Status loaded = loadParties(agreement.value()); !loaded)
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
    else if (a.signedOn.isValid() && a.validUntil.isValid() && a.validUntil < a.signedOn)
        v.addError(QStringLiteral("valid_until"), tr("The agreement cannot expire before it was signed."));
    if (isSignedStatus(a.status) && !a.signedOn.isValid())
        v.addError(QStringLiteral("signed_on"), tr("A signed agreement needs the date it was signed."));
    if (a.partnershipId != 0) {
        const int known
            = StoreSupport::countKnown(db(), QStringLiteral("partnerships"), QStringLiteral("id"), {a.partnershipId});
        if (known == 0)
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
    const int existing = StoreSupport::countKnown(db(), QStringLiteral("organizations"), QStringLiteral("id"),
                                                  StoreSupport::toVariants(distinct));
    if (existing >= 0 && existing < distinct.size())
        v.addError(field, tr("One of the parties no longer exists; choose another organisation."));
}

Result<qint64> AgreementStore::save(Agreement &agreement)
{
    return saveRecord(agreement, &AgreementStore::saveWithin);
}

Status AgreementStore::saveWithin(Agreement &a)
{
    const Validation validation = validate(a);
    if (validation.hasErrors())
        return validation.toError();
    a.title = a.title.trimmed();
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
                              StoreSupport::nullableId(a.partnershipId),
                              Sql::text(a.notes)};
    const QString failed = tr("The agreement could not be saved.");
    FieldMap before;
    if (a.id != 0) {
        auto old = get(a.id);
        if (!old)
            return old.error();
        before = old.value().auditFields();
    }
    if (Status written = StoreSupport::writeRow(db(), QStringLiteral("agreements"), columns, values, a.id, failed);
        !written)
        return written;
    if (Status parties = saveParties(a); !parties)
        return Error(parties.error().code(), failed, parties.error().detail());
    if (Status audited = AuditTrail::recordSave(db(), RecordKind::Agreement, a.id, before, a.auditFields()); !audited)
        return audited;
    return indexAgreement(a);
}

Status AgreementStore::saveParties(const Agreement &a)
{
    const Status cleared = StoreSupport::clearChildren(db(), {QStringLiteral("agreement_parties")},
                                                       QStringLiteral("agreement_id"), a.id);
    if (!cleared)
        return cleared;
    QList<QVariantList> rows;
    for (qsizetype i = 0; i < a.parties.size(); ++i) {
        const AgreementParty &party = a.parties.at(i);
        rows.append({a.id, party.organizationId, Sql::text(party.signatory.trimmed()),
                     Sql::text(party.signatoryPosition.trimmed()), int(i)});
    }
    return StoreSupport::runEach(
        db(),
        QStringLiteral("INSERT INTO agreement_parties (agreement_id, organization_id, signatory, "
                       "signatory_position, position) VALUES (?, ?, ?, ?, ?)"),
        rows);
}

Status AgreementStore::indexAgreement(const Agreement &a)
{
    auto parties = StoreSupport::organizationNames(
        db(), QStringLiteral("id IN (SELECT organization_id FROM agreement_parties WHERE agreement_id = ?)"), {a.id});
    if (!parties)
        return parties.error();
    const QStringList names = QStringList{a.title} + parties.value();
    QStringList texts{a.signedPlace, a.notes};
    for (const AgreementParty &party : a.parties)
        texts << party.signatory << party.signatoryPosition;
    return SearchIndex::update(db(), RecordKind::Agreement, a.id, a.title, names, texts);
}

Status AgreementStore::remove(qint64 id)
{
    return removeRecord(
        RecordKind::Agreement, id, [&] { return auditFieldsOf(get(id)); }, tr("The agreement could not be deleted."));
}

Status AgreementStore::reindexWithin(qint64 id)
{
    auto agreement = get(id);
    return agreement ? indexAgreement(agreement.value()) : Status(agreement.error());
}

Result<QList<qint64>> AgreementStore::idsNaming(qint64 organizationId) const
{
    return StoreSupport::ids(db(),
                             QStringLiteral("SELECT DISTINCT agreement_id FROM agreement_parties "
                                            "WHERE organization_id = ? ORDER BY agreement_id"),
                             {organizationId});
}

Result<QList<qint64>> AgreementStore::expiringWithin(int days, const QDate &today) const
{
    return StoreSupport::ids(db(),
                             QStringLiteral("SELECT id FROM agreements WHERE status IN ('signed', 'in_force') "
                                            "AND valid_until BETWEEN ? AND ? ORDER BY valid_until, id"),
                             {Dates::toSql(today), Dates::toSql(today.addDays(qMax(0, days)))});
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
