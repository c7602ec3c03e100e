// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionplanstore.h"

#include "audittrail.h"
#include "dates.h"
#include "searchfolding.h"
#include "searchindex.h"
#include "sortkey.h"
#include "sqlsupport.h"
#include "storesupport.h"
#include "theme.h"
#include "vocabulary.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

constexpr int firstYear = 1950;
constexpr int lastYear = 2200;

const QString activityColumns = QStringLiteral(
    "SELECT id, title, theme_id, responsible, starts_on, ends_on, budget_minor, spent_minor, currency, funding_source, "
    "status, progress, indicator, result FROM plan_activities");

PlanActivity activityFromRow(const QSqlQuery &q)
{
    PlanActivity a;
    a.id = q.value(0).toLongLong();
    a.title = q.value(1).toString();
    a.themeId = q.value(2).toLongLong();
    a.responsible = q.value(3).toString();
    a.startsOn = Dates::fromSql(q.value(4));
    a.endsOn = Dates::fromSql(q.value(5));
    a.budgetMinor = q.value(6).toLongLong();
    a.spentMinor = q.value(7).toLongLong();
    a.currency = q.value(8).toString();
    a.fundingSource = q.value(9).toString();
    a.status = q.value(10).toString();
    a.progress = q.value(11).toInt();
    a.indicator = q.value(12).toString();
    a.result = q.value(13).toString();
    return a;
}

using StoreSupport::nullableId;

ActionPlan planFromRow(const QSqlQuery &q)
{
    ActionPlan plan;
    plan.id = q.value(0).toLongLong();
    plan.year = q.value(1).toInt();
    plan.partnerId = q.value(2).toLongLong();
    plan.title = q.value(3).toString();
    plan.status = q.value(4).toString();
    plan.signedOn = Dates::fromSql(q.value(5));
    plan.notes = q.value(6).toString();
    return plan;
}

QString rowField(int row, const char *field)
{
    return QStringLiteral("activities[%1].%2").arg(row).arg(QLatin1String(field));
}

FieldMap activityAudit(qint64 planId, const PlanActivity &activity)
{
    FieldMap fields = activity.auditFields();
    fields.insert(QStringLiteral("plan_id"), QString::number(planId));
    return fields;
}

} // namespace

Result<QList<PlanActivity>> ActionPlanStore::activitiesOf(qint64 planId) const
{
    auto query = Sql::run(db(), activityColumns + QStringLiteral(" WHERE plan_id = ? ORDER BY position, id"), {planId});
    if (!query)
        return query.error();
    QList<PlanActivity> activities;
    while (query.value().next())
        activities << activityFromRow(query.value());
    return activities;
}

Result<ActionPlan> ActionPlanStore::get(qint64 id) const
{
    auto plan
        = fetchOne(QStringLiteral("SELECT id, year, partner_id, title, status, signed_on, notes FROM action_plans "
                                  "WHERE id = ?"),
                   id, QStringLiteral("action plan"), planFromRow);
    if (!plan)
        return plan;
    auto priorities = StoreSupport::ids(
        db(), QStringLiteral("SELECT theme_id FROM plan_priorities WHERE plan_id = ? ORDER BY rowid"), {id});
    if (!priorities)
        return priorities.error();
    plan.value().priorityThemeIds = priorities.take();
    auto activities = activitiesOf(id);
    if (!activities)
        return activities.error();
    plan.value().activities = activities.take();
    return plan;
}

ActionPlan ActionPlanStore::normalized(const ActionPlan &plan)
{
    ActionPlan n = plan;
    n.title = plan.title.trimmed();
    QList<qint64> priorities;
    for (qint64 themeId : plan.priorityThemeIds) {
        if (!priorities.contains(themeId))
            priorities << themeId;
    }
    n.priorityThemeIds = priorities;
    for (PlanActivity &a : n.activities) {
        a.title = a.title.trimmed();
        a.responsible = a.responsible.trimmed();
        a.fundingSource = a.fundingSource.trimmed();
        a.currency = a.currency.trimmed().toUpper();
    }
    return n;
}

Validation ActionPlanStore::validate(const ActionPlan &plan) const
{
    Validation v;
    if (plan.year < firstYear || plan.year > lastYear)
        v.addError(QStringLiteral("year"), tr("The year must be between %1 and %2.").arg(firstYear).arg(lastYear));
    v.requireText(QStringLiteral("title"), plan.title, tr("The title"));
    if (plan.partnerId <= 0)
        v.addError(QStringLiteral("partner_id"), tr("Choose the partner of the plan."));
    else if (!StoreSupport::exists(db(), QStringLiteral("organizations"), plan.partnerId))
        v.addError(QStringLiteral("partner_id"), tr("The partner no longer exists; choose another one."));
    if (!Vocabulary::contains(Vocab::PlanStatus, plan.status))
        v.addError(QStringLiteral("status"), tr("Choose the status of the plan."));
    for (qint64 themeId : plan.priorityThemeIds) {
        if (!StoreSupport::exists(db(), QStringLiteral("themes"), themeId)) {
            v.addError(QStringLiteral("priority_theme_ids"), tr("A priority names a theme that no longer exists."));
            break;
        }
    }
    QList<qint64> ownIds;
    if (plan.id > 0) {
        ownIds = StoreSupport::ids(db(), QStringLiteral("SELECT id FROM plan_activities WHERE plan_id = ?"), {plan.id})
                     .valueOr({});
    }
    QSet<qint64> seen;
    for (int row = 0; row < plan.activities.size(); ++row) {
        const PlanActivity &activity = plan.activities.at(row);
        validateActivity(v, row, activity, ownIds);
        if (activity.id > 0 && seen.contains(activity.id))
            v.addError(rowField(row, "id"), tr("The same activity appears twice in the plan."));
        seen.insert(activity.id);
    }
    if (!v.hasErrors()) {
        auto other = planFor(plan.partnerId, plan.year);
        if (other && other.value() && *other.value() != plan.id)
            v.addWarning(QStringLiteral("year"), tr("This partner already has an action plan for %1.").arg(plan.year));
    }
    return v;
}

void ActionPlanStore::validateActivity(Validation &v, int row, const PlanActivity &a, const QList<qint64> &ownIds) const
{
    if (a.title.trimmed().isEmpty())
        v.addError(rowField(row, "title"), tr("Activity %1 needs a title.").arg(row + 1));
    if (!Vocabulary::contains(Vocab::ActivityStatus, a.status))
        v.addError(rowField(row, "status"), tr("Choose the status of activity %1.").arg(row + 1));
    v.checkPercent(rowField(row, "progress"), a.progress);
    v.checkAmount(rowField(row, "budget_minor"), a.budgetMinor);
    v.checkAmount(rowField(row, "spent_minor"), a.spentMinor);
    v.checkCurrency(rowField(row, "currency"), a.currency.trimmed().toUpper());
    v.checkDateOrder(rowField(row, "ends_on"), a.startsOn, a.endsOn);
    if (a.themeId > 0 && !StoreSupport::exists(db(), QStringLiteral("themes"), a.themeId))
        v.addError(rowField(row, "theme_id"), tr("The theme of activity %1 no longer exists.").arg(row + 1));
    if (a.id > 0 && !ownIds.contains(a.id))
        v.addError(rowField(row, "id"), tr("Activity %1 belongs to another plan or no longer exists.").arg(row + 1));
    if (a.spentMinor > a.budgetMinor && a.budgetMinor >= 0 && a.spentMinor >= 0)
        v.addWarning(rowField(row, "spent_minor"), tr("Activity %1 has spent more than its budget.").arg(row + 1));
}

Result<qint64> ActionPlanStore::save(ActionPlan &plan)
{
    return saveRecord(plan, &ActionPlanStore::saveWithin);
}

Status ActionPlanStore::saveWithin(ActionPlan &input)
{
    ActionPlan plan = normalized(input);
    const Validation validation = validate(plan);
    if (validation.hasErrors())
        return validation.toError();
    FieldMap before;
    QList<PlanActivity> activitiesBefore;
    if (plan.id > 0) {
        auto old = get(plan.id);
        if (!old)
            return old.error();
        before = old.value().auditFields();
        activitiesBefore = old.value().activities;
    }
    if (Status written = writePlanRow(plan); !written)
        return written;
    if (Status written = writePriorities(plan); !written)
        return written;
    if (Status written = writeActivities(plan, activitiesBefore); !written)
        return written;
    if (Status audited = AuditTrail::recordSave(db(), RecordKind::Plan, plan.id, before, plan.auditFields()); !audited)
        return audited;
    if (Status indexed = indexPlan(plan); !indexed)
        return indexed;
    input = plan;
    return {};
}

Status ActionPlanStore::writePlanRow(ActionPlan &plan)
{
    return StoreSupport::writeRow(db(), QStringLiteral("action_plans"),
                                  {QStringLiteral("year"), QStringLiteral("partner_id"), QStringLiteral("title"),
                                   QStringLiteral("status"), QStringLiteral("signed_on"), QStringLiteral("notes")},
                                  {plan.year, nullableId(plan.partnerId), plan.title, plan.status,
                                   Dates::toSql(plan.signedOn), Sql::text(plan.notes)},
                                  plan.id, tr("The action plan could not be saved."));
}

Status ActionPlanStore::writePriorities(const ActionPlan &plan)
{
    const Status cleared
        = StoreSupport::clearChildren(db(), {QStringLiteral("plan_priorities")}, QStringLiteral("plan_id"), plan.id);
    if (!cleared)
        return cleared;
    QList<QVariantList> rows;
    for (qint64 themeId : plan.priorityThemeIds)
        rows.append({plan.id, themeId});
    const Status inserted = StoreSupport::runEach(
        db(), QStringLiteral("INSERT INTO plan_priorities (plan_id, theme_id) VALUES (?, ?)"), rows);
    if (!inserted)
        return Error(inserted.error().code(), tr("The priorities of the plan could not be saved."),
                     inserted.error().detail());
    return {};
}

Status ActionPlanStore::writeActivities(ActionPlan &plan, const QList<PlanActivity> &before)
{
    QHash<qint64, const PlanActivity *> old;
    for (const PlanActivity &activity : before)
        old.insert(activity.id, &activity);
    QSet<qint64> kept;
    for (int position = 0; position < plan.activities.size(); ++position) {
        PlanActivity &activity = plan.activities[position];
        if (Status written = writeActivity(plan.id, position, activity, old.value(activity.id, nullptr)); !written)
            return written;
        kept.insert(activity.id);
    }
    for (const PlanActivity &activity : before) {
        if (kept.contains(activity.id))
            continue;
        if (Status deleted = deleteActivity(plan.id, activity); !deleted)
            return deleted;
    }
    for (const PlanActivity &activity : std::as_const(plan.activities)) {
        if (Status indexed = indexActivity(plan, activity); !indexed)
            return indexed;
    }
    return {};
}

Status ActionPlanStore::writeActivity(qint64 planId, int position, PlanActivity &a, const PlanActivity *before)
{
    const QVariantList values{position, a.title, nullableId(a.themeId), Sql::text(a.responsible), Dates::toSql(a.startsOn),
                              Dates::toSql(a.endsOn), a.budgetMinor, a.spentMinor, a.currency, Sql::text(a.fundingSource),
                              a.status, a.progress, Sql::text(a.indicator), Sql::text(a.result)};
    const QString failed = tr("The activity \"%1\" could not be saved.").arg(a.title);
    if (!before) {
        auto inserted = Sql::run(db(),
                                 QStringLiteral("INSERT INTO plan_activities (plan_id, position, title, theme_id, responsible, "
                                                "starts_on, ends_on, budget_minor, spent_minor, currency, funding_source, "
                                                "status, progress, indicator, result) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                 QVariantList{planId} + values);
        if (!inserted)
            return Error(inserted.error().code(), failed, inserted.error().detail());
        a.id = inserted.value().lastInsertId().toLongLong();
        return AuditTrail::record(db(), RecordKind::Activity, a.id, AuditAction::Insert, {}, activityAudit(planId, a));
    }
    auto updated = Sql::run(db(),
                            QStringLiteral("UPDATE plan_activities SET position = ?, title = ?, theme_id = ?, responsible = ?, "
                                           "starts_on = ?, ends_on = ?, budget_minor = ?, spent_minor = ?, currency = ?, "
                                           "funding_source = ?, status = ?, progress = ?, indicator = ?, result = ? "
                                           "WHERE id = ? AND plan_id = ?"),
                            QVariantList(values) << a.id << planId);
    if (!updated)
        return Error(updated.error().code(), failed, updated.error().detail());
    return AuditTrail::record(db(), RecordKind::Activity, a.id, AuditAction::Update, activityAudit(planId, *before),
                              activityAudit(planId, a));
}

Status ActionPlanStore::deleteActivity(qint64 planId, const PlanActivity &activity)
{
    return deleteRecordWithin(RecordKind::Activity, activity.id, activityAudit(planId, activity),
                              tr("The activity \"%1\" could not be deleted.").arg(activity.title));
}

QStringList ActionPlanStore::partnerNames(qint64 partnerId) const
{
    return StoreSupport::organizationNames(db(), QStringLiteral("id = ?"), {partnerId}).valueOr({});
}

QStringList ActionPlanStore::themeNames(qint64 themeId) const
{
    auto names = Sql::run(db(), QStringLiteral("SELECT name_en, name_sr_latn, name_sr_cyrl FROM themes WHERE id = ?"), {themeId});
    QStringList result;
    if (names && names.value().next()) {
        for (int i = 0; i < 3; ++i)
            result << names.value().value(i).toString();
    }
    return result;
}

Status ActionPlanStore::indexPlan(const ActionPlan &plan)
{
    QStringList texts{plan.notes, QString::number(plan.year)};
    for (qint64 themeId : plan.priorityThemeIds)
        texts << themeNames(themeId);
    for (const PlanActivity &activity : plan.activities)
        texts << activity.title;
    return SearchIndex::update(db(), RecordKind::Plan, plan.id, plan.title, QStringList{plan.title} + partnerNames(plan.partnerId),
                               texts);
}

Status ActionPlanStore::indexActivity(const ActionPlan &plan, const PlanActivity &a)
{
    QStringList texts{plan.title, a.indicator, a.result, a.responsible, a.fundingSource};
    if (a.themeId > 0)
        texts << themeNames(a.themeId);
    return SearchIndex::update(db(), RecordKind::Activity, a.id, a.title, {a.title}, texts);
}

Status ActionPlanStore::remove(qint64 id)
{
    const auto prepare = [&]() -> Result<FieldMap> {
        auto old = get(id);
        if (!old)
            return old.error();
        for (const PlanActivity &activity : old.value().activities) {
            if (Status deleted = deleteActivity(id, activity); !deleted)
                return deleted.error();
        }
        return old.value().auditFields();
    };
    return removeRecord(RecordKind::Plan, id, prepare, tr("The action plan could not be deleted."));
}

Status ActionPlanStore::reindexWithin(qint64 id)
{
    auto plan = get(id);
    return plan ? indexPlan(plan.value()) : Status(plan.error());
}

Result<QList<qint64>> ActionPlanStore::idsNaming(qint64 organizationId) const
{
    return StoreSupport::ids(db(), QStringLiteral("SELECT id FROM action_plans WHERE partner_id = ? ORDER BY id"),
                             {organizationId});
}

Result<ActionPlan> ActionPlanStore::copyForNextYear(qint64 planId) const
{
    auto plan = get(planId);
    if (!plan)
        return plan.error();
    return plan.value().forNextYear();
}

Result<std::optional<qint64>> ActionPlanStore::planFor(qint64 partnerId, int year) const
{
    auto found = Sql::scalar(db(), QStringLiteral("SELECT min(id) FROM action_plans WHERE partner_id = ? AND year = ?"),
                             {partnerId, year});
    if (!found)
        return found.error();
    if (found.value().isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(found.value().toLongLong());
}

Result<qint64> ActionPlanStore::startNextYear(qint64 planId)
{
    ActionPlan next;
    const Status started = writeInTransaction([&]() -> Status {
        auto copy = copyForNextYear(planId);
        if (!copy)
            return copy.error();
        next = copy.take();
        auto existing = planFor(next.partnerId, next.year);
        if (!existing)
            return existing.error();
        if (existing.value()) {
            const QStringList names = partnerNames(next.partnerId);
            return Error(ErrorCode::Invalid,
                         tr("An action plan with %1 for %2 already exists; open it instead of starting a new one.")
                             .arg(names.value(0), QString::number(next.year)),
                         QStringLiteral("action plan %1").arg(*existing.value()));
        }
        return saveWithin(next);
    });
    if (!started)
        return started.error();
    return next.id;
}

Result<qint64> ActionPlanStore::planOfActivity(qint64 activityId) const
{
    auto plan = Sql::scalar(db(), QStringLiteral("SELECT plan_id FROM plan_activities WHERE id = ?"), {activityId});
    if (!plan)
        return plan.error();
    if (plan.value().isNull())
        return notFound(QStringLiteral("plan activity"), activityId);
    return plan.value().toLongLong();
}

QList<BudgetLine> ActionPlanStore::totals(const QList<PlanActivity> &activities,
                                          const std::function<std::pair<QString, QString>(const PlanActivity &)> &group,
                                          const QString &ungroupedLabel)
{
    QList<BudgetLine> lines;
    QHash<QString, int> lineOf; // key + currency -> index in lines
    QList<qint64> progressSums;
    for (const PlanActivity &a : activities) {
        auto [key, label] = group(a);
        const QString currency = a.currency.trimmed().toUpper();
        const QString lineKey = key + QLatin1Char('\n') + currency;
        if (!lineOf.contains(lineKey)) {
            lineOf.insert(lineKey, int(lines.size()));
            BudgetLine line;
            line.key = key;
            line.label = key.isEmpty() ? ungroupedLabel : label;
            line.currency = currency;
            lines << line;
            progressSums << 0;
        }
        const int index = lineOf.value(lineKey);
        BudgetLine &line = lines[index];
        line.plannedMinor += a.budgetMinor;
        line.spentMinor += a.spentMinor;
        line.activityCount += 1;
        progressSums[index] += a.progress;
    }
    for (int i = 0; i < lines.size(); ++i)
        lines[i].averageProgress = double(progressSums.at(i)) / lines.at(i).activityCount;
    std::stable_sort(lines.begin(), lines.end(), [](const BudgetLine &a, const BudgetLine &b) {
        if (a.key.isEmpty() != b.key.isEmpty())
            return b.key.isEmpty(); // the ungrouped line last
        const QString left = SortKey::of(a.label);
        const QString right = SortKey::of(b.label);
        return left != right ? left < right : a.currency < b.currency;
    });
    return lines;
}

Result<QList<BudgetLine>> ActionPlanStore::totalsByTheme(qint64 planId, Language language) const
{
    auto plan = get(planId);
    if (!plan)
        return plan.error();
    return totalsByTheme(plan.value().activities, language);
}

Result<QList<BudgetLine>> ActionPlanStore::totalsByTheme(const QList<PlanActivity> &activities, Language language) const
{
    QHash<qint64, Theme> themes;
    auto rows = Sql::run(db(), QStringLiteral("SELECT id, key, name_en, name_sr_latn, name_sr_cyrl FROM themes"));
    if (!rows)
        return rows.error();
    while (rows.value().next()) {
        const QSqlQuery &q = rows.value();
        themes.insert(q.value(0).toLongLong(),
                      Theme{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                            q.value(4).toString()});
    }
    const auto byTheme = [&themes, language](const PlanActivity &a) -> std::pair<QString, QString> {
        if (a.themeId <= 0 || !themes.contains(a.themeId))
            return {};
        const Theme &theme = themes[a.themeId];
        return {theme.key.isEmpty() ? QStringLiteral("theme:%1").arg(theme.id) : theme.key, theme.name(language)};
    };
    return totals(activities, byTheme, tr("No theme"));
}

Result<QList<BudgetLine>> ActionPlanStore::totalsByFundingSource(qint64 planId) const
{
    auto plan = get(planId);
    if (!plan)
        return plan.error();
    return totalsByFundingSource(plan.value().activities);
}

QList<BudgetLine> ActionPlanStore::totalsByFundingSource(const QList<PlanActivity> &activities)
{
    const auto bySource = [](const PlanActivity &a) -> std::pair<QString, QString> {
        const QString source = a.fundingSource.trimmed();
        return {SearchFolding::fold(source), source};
    };
    return totals(activities, bySource, tr("No funding source"));
}

ListSpec ActionPlanStore::listSpec()
{
    ListSpec spec;
    spec.kind = RecordKind::Plan;
    spec.from = QStringLiteral("action_plans p LEFT JOIN organizations o ON o.id = p.partner_id");
    spec.idColumn = QStringLiteral("p.id");
    spec.columns = {
        {QStringLiteral("year"), QStringLiteral("p.year"), {}},
        {QStringLiteral("title"), QStringLiteral("p.title"), {}},
        {QStringLiteral("partner"), QStringLiteral("@name(o)"), QStringLiteral("o.sort_key")},
        {QStringLiteral("status"), QStringLiteral("p.status"), {}},
        {QStringLiteral("activities"), QStringLiteral("(SELECT count(*) FROM plan_activities a WHERE a.plan_id = p.id)"), {}},
        {QStringLiteral("average_progress"),
         QStringLiteral("(SELECT round(avg(a.progress), 1) FROM plan_activities a WHERE a.plan_id = p.id)"), {}},
    };
    spec.filters = {
        {QStringLiteral("year"), QStringLiteral("p.year = ?")},
        {QStringLiteral("status"), QStringLiteral("p.status = ?")},
        {QStringLiteral("partner"), QStringLiteral("p.partner_id = ?")},
    };
    spec.defaultSortKey = QStringLiteral("year");
    return spec;
}

Result<ListPage> ActionPlanStore::list(const ListQuery &query) const
{
    return RecordLister::fetch(db(), listSpec(), query);
}
