// SPDX-License-Identifier: GPL-3.0-or-later
#include "organizationstore.h"

#include "actionplanstore.h"
#include "agreementstore.h"
#include "audittrail.h"
#include "initiativestore.h"
#include "membershipstore.h"
#include "partnershipstore.h"
#include "personstore.h"
#include "searchfolding.h"
#include "searchindex.h"
#include "sortkey.h"
#include "sqlsupport.h"
#include "storesupport.h"
#include "visitstore.h"
#include "vocabulary.h"

#include <QRegularExpression>
#include <QSqlError>

#include <functional>

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, kind, name, name_cyrillic, name_sr, name_en, acronym, country, district, parent_city, city, address, "
    "email, phone, website, liaison_person_id, reference_key, notes FROM organizations");

// The columns save() writes, in the order of its values.
const QStringList columns
    = {QStringLiteral("kind"),          QStringLiteral("name"),     QStringLiteral("name_cyrillic"),
       QStringLiteral("name_sr"),       QStringLiteral("name_en"),  QStringLiteral("acronym"),
       QStringLiteral("country"),       QStringLiteral("district"), QStringLiteral("parent_city"),
       QStringLiteral("city"),          QStringLiteral("address"),  QStringLiteral("email"),
       QStringLiteral("phone"),         QStringLiteral("website"),  QStringLiteral("liaison_person_id"),
       QStringLiteral("reference_key"), QStringLiteral("notes"),    QStringLiteral("sort_key")};

// The names an organisation is searched by; other records' search entries hold them too.
QStringList names(const Organization &o)
{
    return {o.name.trimmed(), o.nameCyrillic.trimmed(), o.nameSr.trimmed(), o.nameEn.trimmed(), o.acronym.trimmed()};
}

// Re-indexes every record of a store whose search entry holds the organisation's names.
template<typename S>
Status reindexNaming(S store, qint64 organizationId)
{
    auto ids = store.idsNaming(organizationId);
    if (!ids)
        return ids.error();
    for (qint64 id : std::as_const(ids.value())) {
        if (Status reindexed = store.reindexWithin(id); !reindexed)
            return reindexed;
    }
    return {};
}

Organization fromRow(const QSqlQuery &q)
{
    Organization o;
    o.id = q.value(0).toLongLong();
    o.kind = q.value(1).toString();
    o.name = q.value(2).toString();
    o.nameCyrillic = q.value(3).toString();
    o.nameSr = q.value(4).toString();
    o.nameEn = q.value(5).toString();
    o.acronym = q.value(6).toString();
    o.country = q.value(7).toString();
    o.district = q.value(8).toString();
    o.parentCity = q.value(9).toString();
    o.city = q.value(10).toString();
    o.address = q.value(11).toString();
    o.email = q.value(12).toString();
    o.phone = q.value(13).toString();
    o.website = q.value(14).toString();
    o.liaisonPersonId = q.value(15).toLongLong();
    o.referenceKey = q.value(16).toString();
    o.notes = q.value(17).toString();
    return o;
}

} // namespace

Result<Organization> OrganizationStore::get(qint64 id) const
{
    return fetchOne(selectColumns + QStringLiteral(" WHERE id = ?"), id, QStringLiteral("organization"), fromRow);
}

Result<QList<qint64>> OrganizationStore::findAllByName(const QString &name, const QString &country, qint64 exceptId) const
{
    const QString folded = SearchFolding::fold(name);
    QList<qint64> same;
    if (folded.isEmpty())
        return same;
    auto hits = SearchIndex::search(db(), name, 200, RecordKind::Organization);
    if (!hits)
        return hits.error();
    for (const SearchHit &hit : hits.value()) {
        if (hit.id == exceptId)
            continue;
        auto other = get(hit.id);
        if (!other)
            continue;
        const Organization &o = other.value();
        if (!country.isEmpty() && o.country != country)
            continue;
        if (SearchFolding::fold(o.name) == folded || SearchFolding::fold(o.nameCyrillic) == folded
            || (!o.nameSr.isEmpty() && SearchFolding::fold(o.nameSr) == folded))
            same << o.id;
    }
    return same;
}

Validation OrganizationStore::validate(const Organization &o) const
{
    Validation v;
    v.requireText(QStringLiteral("name"), o.name, tr("The name"));
    if (!Vocabulary::contains(Vocab::OrganizationKind, o.kind))
        v.addError(QStringLiteral("kind"), tr("Choose the kind of organisation."));
    if (o.country.trimmed().isEmpty()) {
        v.addError(QStringLiteral("country"), tr("The country is required."));
    } else {
        if (StoreSupport::countKnown(db(), QStringLiteral("countries"), QStringLiteral("code"), {o.country}) == 0)
            v.addError(QStringLiteral("country"), tr("\"%1\" is not a known ISO 3166 country code.").arg(o.country));
    }
    if (o.isSerbianLocalGovernment() && !o.country.isEmpty() && o.country != QLatin1String("RS"))
        v.addError(QStringLiteral("country"), tr("A Serbian city or municipality must be in Serbia (RS)."));
    if (o.kind == QLatin1String("city_municipality") && o.parentCity.trimmed().isEmpty())
        v.addError(QStringLiteral("parent_city"), tr("A city municipality needs the city it belongs to."));
    v.checkEmail(QStringLiteral("email"), o.email);
    if (!o.name.trimmed().isEmpty() && !v.hasErrors()) {
        auto same = findAllByName(o.name, o.country, o.id);
        if (same && !same.value().isEmpty())
            v.addWarning(QStringLiteral("name"),
                         tr("An organisation with this name already exists in this country; is it a duplicate?"));
    }
    return v;
}

Result<qint64> OrganizationStore::save(Organization &organization)
{
    return saveRecord(organization, &OrganizationStore::saveWithin);
}

Status OrganizationStore::saveWithin(Organization &o)
{
    const Validation validation = validate(o);
    if (validation.hasErrors())
        return validation.toError();
    QVariantList values;
    for (const QString &text : {o.kind, o.name.trimmed(), o.nameCyrillic.trimmed(), o.nameSr.trimmed(), o.nameEn.trimmed(),
                                o.acronym.trimmed(), o.country, o.district, o.parentCity, o.city, o.address,
                                o.email.trimmed(), o.phone, o.website})
        values << Sql::text(text);
    values << StoreSupport::nullableId(o.liaisonPersonId) << StoreSupport::nullableText(o.referenceKey)
           << Sql::text(o.notes) << SortKey::of(o.name);
    FieldMap before;
    bool renamed = false;
    if (o.id != 0) {
        auto old = get(o.id);
        if (!old)
            return old.error();
        before = old.value().auditFields();
        renamed = names(old.value()) != names(o);
    }
    if (Status written = StoreSupport::writeRow(db(), QStringLiteral("organizations"), columns, values, o.id,
                                                tr("The organisation could not be saved."));
        !written)
        return written;
    if (Status audited = AuditTrail::recordSave(db(), RecordKind::Organization, o.id, before, o.auditFields());
        !audited)
        return audited;
    if (Status indexed = indexOrganization(o); !indexed)
        return indexed;
    return renamed ? reindexRecordsNaming(o.id) : Status();
}

Status OrganizationStore::reindexRecordsNaming(qint64 id)
{
    const std::function<Status()> reindexers[] = {
        [&] { return reindexNaming(PartnershipStore(database()), id); },
        [&] { return reindexNaming(AgreementStore(database()), id); },
        [&] { return reindexNaming(VisitStore(database()), id); },
        [&] { return reindexNaming(InitiativeStore(database()), id); },
        [&] { return reindexNaming(ActionPlanStore(database()), id); },
        [&] { return reindexNaming(MembershipStore(database()), id); },
        [&] { return reindexNaming(PersonStore(database()), id); },
    };
    for (const auto &reindex : reindexers) {
        if (Status done = reindex(); !done)
            return done;
    }
    return {};
}

Status OrganizationStore::indexOrganization(const Organization &o)
{
    QStringList texts{o.city, o.district, o.parentCity, o.email, o.website, o.notes, o.country};
    auto countryNames = Sql::run(db(), QStringLiteral("SELECT name_en, name_sr_latn FROM countries WHERE code = ?"), {o.country});
    if (countryNames && countryNames.value().next())
        texts << countryNames.value().value(0).toString() << countryNames.value().value(1).toString();
    return SearchIndex::update(db(), RecordKind::Organization, o.id, o.name, names(o), texts);
}

Status OrganizationStore::remove(qint64 id)
{
    QString name;
    const Status removed = removeRecord(
        RecordKind::Organization, id,
        [&]() -> Result<FieldMap> {
            auto old = get(id);
            if (old)
                name = old.value().name;
            return auditFieldsOf(old);
        },
        tr("The organisation could not be deleted."));
    if (!removed && removed.error().detail().contains(QLatin1String("FOREIGN KEY")))
        return Error(ErrorCode::Invalid,
                     tr("\"%1\" cannot be deleted: partnerships, agreements, visits or plans still name it.").arg(name),
                     removed.error().detail());
    return removed;
}

ListSpec OrganizationStore::listSpec()
{
    ListSpec spec;
    spec.kind = RecordKind::Organization;
    spec.from = QStringLiteral("organizations o LEFT JOIN countries c ON c.code = o.country");
    spec.idColumn = QStringLiteral("o.id");
    spec.columns = {
        {QStringLiteral("name"), QStringLiteral("@name(o)"), QStringLiteral("o.sort_key")},
        {QStringLiteral("name_cyrillic"), QStringLiteral("o.name_cyrillic"), {}},
        {QStringLiteral("kind"), QStringLiteral("o.kind"), {}},
        {QStringLiteral("country"), QStringLiteral("o.country"), {}},
        {QStringLiteral("country_name"), QStringLiteral("c.name_en"), {}},
        {QStringLiteral("city"), QStringLiteral("o.city"), {}},
        {QStringLiteral("district"), QStringLiteral("o.district"), {}},
        {QStringLiteral("email"), QStringLiteral("o.email"), {}},
        {QStringLiteral("partnerships"),
         QStringLiteral("(SELECT count(*) FROM partnership_parties pp WHERE pp.organization_id = o.id)"), {}},
    };
    spec.filters = {
        {QStringLiteral("kind"), QStringLiteral("o.kind = ?")},
        {QStringLiteral("country"), QStringLiteral("o.country = ?")},
        {QStringLiteral("district"), QStringLiteral("o.district = ?")},
        {QStringLiteral("serbian_local_government"),
         QStringLiteral("(o.kind IN ('city', 'municipality', 'city_municipality')) = ?")},
    };
    spec.defaultSortKey = QStringLiteral("name");
    return spec;
}

Result<ListPage> OrganizationStore::list(const ListQuery &query) const
{
    return RecordLister::fetch(db(), listSpec(), query);
}

Result<std::optional<qint64>> OrganizationStore::findByName(const QString &name, const QString &country) const
{
    auto same = findAllByName(name, country, 0);
    if (!same)
        return same.error();
    if (same.value().size() == 1)
        return std::optional<qint64>(same.value().first());
    return std::optional<qint64>();
}

Result<qint64> OrganizationStore::resolveReference(const QString &text, const QString &country) const
{
    static const QRegularExpression qualified(QStringLiteral("^(.+?)\\s*\\(([^()]+)\\)\\s*$"));
    auto same = findAllByName(text, country);
    if (!same)
        return same.error();
    if (same.value().size() == 1)
        return same.value().first();
    QList<qint64> candidates = same.value();
    if (candidates.isEmpty()) {
        const auto match = qualified.match(text);
        if (match.hasMatch()) {
            auto named = findAllByName(match.captured(1), country);
            if (!named)
                return named.error();
            const QString city = SearchFolding::fold(match.captured(2));
            for (qint64 id : named.value()) {
                auto o = get(id);
                if (o && (SearchFolding::fold(o.value().parentCity) == city || SearchFolding::fold(o.value().city) == city))
                    candidates << id;
            }
            if (candidates.size() == 1)
                return candidates.first();
        }
    }
    if (candidates.isEmpty())
        return Error(ErrorCode::NotFound, tr("no organisation \"%1\" is known").arg(text));
    return Error(ErrorCode::Invalid,
                 tr("\"%1\" names more than one organisation; add the city in brackets, e.g. \"Palilula (Niš)\"").arg(text));
}

QString OrganizationStore::referenceName(qint64 id) const
{
    auto organization = get(id);
    if (!organization)
        return {};
    const Organization &o = organization.value();
    auto same = findAllByName(o.name);
    if (!same || same.value().size() <= 1)
        return o.name;
    const QString city = o.parentCity.isEmpty() ? o.city : o.parentCity;
    return city.isEmpty() || city == o.name ? o.name : o.name + QStringLiteral(" (") + city + QLatin1Char(')');
}
