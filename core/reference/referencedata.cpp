// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencedata.h"

#include "csvtable.h"
#include "database.h"
#include "organizationstore.h"
#include "sqlsupport.h"
#include "writetransaction.h"

#include <QFile>
#include <QHash>

namespace {

// A reference CSV as rows keyed by its header names.
Result<QList<QHash<QString, QString>>> readTable(const QString &name)
{
    QFile file(QStringLiteral(":/reference/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, ReferenceData::tr("The reference data is missing from this build."), name);
    const QList<CsvRecord> records = CsvTable::parse(QString::fromUtf8(file.readAll()));
    QList<QHash<QString, QString>> rows;
    if (records.isEmpty())
        return rows;
    const QStringList header = records.first().fields;
    for (qsizetype r = 1; r < records.size(); ++r) {
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < header.size(); ++c)
            row.insert(header.at(c), records.at(r).fields.value(c));
        rows << row;
    }
    return rows;
}

} // namespace

Status ReferenceData::load(Database &db)
{
    WriteTransaction transaction(db.connection());
    if (!transaction.isActive())
        return transaction.error();
    for (auto step : {&ReferenceData::loadCountries, &ReferenceData::loadThemes, &ReferenceData::loadLocalGovernments,
                      &ReferenceData::loadInternationalOrganizations, &ReferenceData::loadSkgo}) {
        if (Status loaded = step(db); !loaded)
            return loaded;
    }
    return transaction.commit();
}

Status ReferenceData::loadCountries(Database &db)
{
    auto rows = readTable(QStringLiteral("countries.csv"));
    if (!rows)
        return rows.error();
    for (const auto &row : rows.value()) {
        auto inserted = Sql::run(db.connection(),
                                 QStringLiteral("INSERT OR REPLACE INTO countries (code, name_en, name_sr_latn, name_sr_cyrl) "
                                                "VALUES (?, ?, ?, ?)"),
                                 {row.value(QStringLiteral("code")), row.value(QStringLiteral("name_en")),
                                  row.value(QStringLiteral("name_sr_latn")), row.value(QStringLiteral("name_sr_cyrl"))});
        if (!inserted)
            return inserted.error();
    }
    return {};
}

Status ReferenceData::loadThemes(Database &db)
{
    auto rows = readTable(QStringLiteral("themes.csv"));
    if (!rows)
        return rows.error();
    for (const auto &row : rows.value()) {
        auto inserted = Sql::run(db.connection(),
                                 QStringLiteral("INSERT OR IGNORE INTO themes (key, name_en, name_sr_latn, name_sr_cyrl) "
                                                "VALUES (?, ?, ?, ?)"),
                                 {row.value(QStringLiteral("key")), row.value(QStringLiteral("name_en")),
                                  row.value(QStringLiteral("name_sr_latn")), row.value(QStringLiteral("name_sr_cyrl"))});
        if (!inserted)
            return inserted.error();
    }
    return {};
}

Status ReferenceData::loadLocalGovernments(Database &db)
{
    auto rows = readTable(QStringLiteral("local_governments.csv"));
    if (!rows)
        return rows.error();
    OrganizationStore store(db);
    for (const auto &row : rows.value()) {
        Organization o;
        o.kind = row.value(QStringLiteral("kind"));
        o.name = row.value(QStringLiteral("name_latin"));
        o.nameCyrillic = row.value(QStringLiteral("name_cyrillic"));
        o.country = QStringLiteral("RS");
        o.district = row.value(QStringLiteral("district"));
        o.parentCity = row.value(QStringLiteral("city"));
        o.city = o.parentCity.isEmpty() ? o.name : o.parentCity;
        o.referenceKey = QStringLiteral("lsg:") + o.name + (o.parentCity.isEmpty() ? QString() : QLatin1Char('@') + o.parentCity);
        if (Status saved = store.saveWithin(o); !saved)
            return saved;
    }
    return {};
}

Status ReferenceData::loadInternationalOrganizations(Database &db)
{
    auto rows = readTable(QStringLiteral("international_organizations.csv"));
    if (!rows)
        return rows.error();
    OrganizationStore store(db);
    for (const auto &row : rows.value()) {
        Organization o;
        o.kind = QStringLiteral("international_organization");
        o.name = row.value(QStringLiteral("name_en"));
        o.nameEn = o.name;
        o.nameSr = row.value(QStringLiteral("name_sr_latn"));
        o.acronym = row.value(QStringLiteral("acronym_en"));
        o.country = row.value(QStringLiteral("country"));
        o.website = row.value(QStringLiteral("website"));
        o.referenceKey = QStringLiteral("io:") + row.value(QStringLiteral("key"));
        if (Status saved = store.saveWithin(o); !saved)
            return saved;
    }
    return {};
}

Status ReferenceData::loadSkgo(Database &db)
{
    Organization skgo;
    skgo.kind = QStringLiteral("association");
    skgo.name = QStringLiteral("Stalna konferencija gradova i opština – Savez gradova i opština Srbije");
    skgo.nameCyrillic = QStringLiteral("Стална конференција градова и општина – Савез градова и општина Србије");
    skgo.nameEn = QStringLiteral("Standing Conference of Towns and Municipalities – National Association of Local Authorities in Serbia");
    skgo.acronym = QStringLiteral("SKGO");
    skgo.country = QStringLiteral("RS");
    skgo.city = QStringLiteral("Beograd");
    skgo.address = QStringLiteral("Makedonska 22, Beograd");
    skgo.website = QStringLiteral("https://www.skgo.org");
    skgo.referenceKey = skgoKey();
    OrganizationStore store(db);
    return store.saveWithin(skgo);
}
