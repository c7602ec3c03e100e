// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard.h"

#include "database.h"
#include "dates.h"
#include "partnershipstore.h"
#include "sqlsupport.h"

namespace {

QString countryColumn(Language language)
{
    switch (language) {
    case Language::English: return QStringLiteral("c.name_en");
    case Language::SerbianLatin: return QStringLiteral("c.name_sr_latn");
    case Language::SerbianCyrillic: return QStringLiteral("c.name_sr_cyrl");
    }
    return QStringLiteral("c.name_en");
}

QString themeColumn(Language language)
{
    switch (language) {
    case Language::English: return QStringLiteral("t.name_en");
    case Language::SerbianLatin: return QStringLiteral("t.name_sr_latn");
    case Language::SerbianCyrillic: return QStringLiteral("t.name_sr_cyrl");
    }
    return QStringLiteral("t.name_en");
}

Status items(const Database &db, RecordKind kind, const QString &sql, const QVariantList &values, QList<DashboardItem> &out)
{
    auto query = Sql::run(db.connection(), sql, values);
    if (!query)
        return query.error();
    while (query.value().next())
        out.append({kind, query.value().value(0).toLongLong(), query.value().value(1).toString(),
                    Dates::fromSql(query.value().value(2))});
    return {};
}

template<typename K, typename V>
Status pairs(const Database &db, const QString &sql, const QVariantList &values, QList<QPair<K, V>> &out)
{
    auto query = Sql::run(db.connection(), sql, values);
    if (!query)
        return query.error();
    while (query.value().next())
        out.append({query.value().value(0).value<K>(), query.value().value(1).value<V>()});
    return {};
}

} // namespace

Result<DashboardData> Dashboard::compute(const Database &db, const QDate &today, int careMonths, Language language)
{
    DashboardData data;
    const QVariant now = Dates::toSql(today);
    Status status = items(db, RecordKind::Visit,
                          QStringLiteral("SELECT id, title, start_date FROM visits WHERE start_date >= ? AND start_date <= ? "
                                         "ORDER BY start_date, id"),
                          {now, Dates::toSql(today.addDays(upcomingDays))}, data.upcomingVisits);
    if (status) {
        // The store's own rule for "needs care", so the dashboard and the partnership say the same.
        const PartnershipStore partnerships(db);
        auto care = partnerships.needingCareWithActivity(careMonths, today);
        if (!care)
            return care.error();
        for (const PartnershipStore::CareNeed &need : care.value())
            data.partnershipsNeedingCare.append({RecordKind::Partnership, need.id, need.title, need.lastActivity});
        std::sort(data.partnershipsNeedingCare.begin(), data.partnershipsNeedingCare.end(),
                  [](const DashboardItem &a, const DashboardItem &b) { return a.date < b.date; });
    }
    if (status)
        status = items(db, RecordKind::Agreement,
                       QStringLiteral("SELECT id, title, valid_until FROM agreements WHERE status IN ('signed', 'in_force') "
                                      "AND valid_until IS NOT NULL AND valid_until <= ? ORDER BY valid_until, id"),
                       {Dates::toSql(today.addDays(expiringDays))}, data.expiringAgreements);
    if (status)
        status = items(db, RecordKind::Task,
                       QStringLiteral("SELECT id, title, due_on FROM tasks WHERE done = 0 AND due_on < ? ORDER BY due_on, id"),
                       {now}, data.overdueTasks);
    if (status)
        status = pairs(db,
                       QStringLiteral("SELECT stage, count(*) FROM initiatives WHERE closed_on IS NULL GROUP BY stage "
                                      "ORDER BY CASE stage WHEN 'received' THEN 1 WHEN 'searching' THEN 2 "
                                      "WHEN 'partners_proposed' THEN 3 WHEN 'contact_made' THEN 4 WHEN 'negotiating' THEN 5 "
                                      "ELSE 6 END"),
                       {}, data.initiativesByStage);
    if (status)
        status = pairs(db,
                       QStringLiteral("SELECT ") + countryColumn(language)
                           + QStringLiteral(", count(DISTINCT pp.partnership_id) AS n FROM partnership_parties pp "
                                            "JOIN organizations o ON o.id = pp.organization_id "
                                            "JOIN countries c ON c.code = o.country WHERE o.country <> 'RS' "
                                            "GROUP BY o.country ORDER BY n DESC, 1 LIMIT 10"),
                       {}, data.partnershipsByCountry);
    if (status)
        status = pairs(db,
                       QStringLiteral("SELECT CAST(substr(start_date, 1, 4) AS INTEGER) AS y, count(*) FROM visits "
                                      "WHERE start_date >= ? GROUP BY y ORDER BY y"),
                       {QStringLiteral("%1-01-01").arg(today.year() - 9)}, data.visitsPerYear);
    if (status)
        status = pairs(db,
                       QStringLiteral("SELECT ") + themeColumn(language)
                           + QStringLiteral(", avg(a.progress) FROM plan_activities a JOIN action_plans p ON p.id = a.plan_id "
                                            "JOIN themes t ON t.id = a.theme_id "
                                            "WHERE p.year = (SELECT max(year) FROM action_plans) AND a.status <> 'cancelled' "
                                            "GROUP BY t.id ORDER BY 1"),
                       {}, data.planProgressByTheme);
    if (!status)
        return status.error();
    return data;
}
