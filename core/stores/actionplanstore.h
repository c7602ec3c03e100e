// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionplan.h"
#include "budgetline.h"
#include "language.h"
#include "recordlister.h"
#include "store.h"
#include "validation.h"

#include <functional>
#include <optional>

// Action plans with their priorities and activities. Activities are saved
// with their plan (rows keep their ids across saves, so visits and
// attachments linked to an activity stay linked) and are searchable on their
// own (RecordKind::Activity) as well as through their plan (RecordKind::Plan).
class ActionPlanStore : public Store
{
    Q_DECLARE_TR_FUNCTIONS(ActionPlanStore)

public:
    using Store::Store;

    Result<ActionPlan> get(qint64 id) const;
    // Issues of an activity carry its row in the field key, e.g.
    // "activities[2].progress", so that a form can point at the row.
    Validation validate(const ActionPlan &plan) const;
    // Inserts (id 0) or updates the plan, its priorities and activities
    // (updated by id, new ones inserted, missing ones deleted), with audit
    // entries and search index, in one transaction. Assigns the ids.
    Result<qint64> save(ActionPlan &plan);
    Status saveWithin(ActionPlan &plan);
    // Deletes the plan and its activities, with their tasks and attachments.
    Status remove(qint64 id);
    // The action plans naming an organisation (as the partner): their search
    // entries hold its names, so a rename re-indexes each (reindexWithin(), in
    // the caller's transaction).
    Result<QList<qint64>> idsNaming(qint64 organizationId) const;
    Status reindexWithin(qint64 id);

    // Next year's plan from this one, not saved (see ActionPlan::forNextYear).
    Result<ActionPlan> copyForNextYear(qint64 planId) const;
    // Saves copyForNextYear(); refused when the partner already has a plan for that year.
    Result<qint64> startNextYear(qint64 planId);
    // The partner's plan for a year, if there is one.
    Result<std::optional<qint64>> planFor(qint64 partnerId, int year) const;
    // The plan an activity belongs to (for search hits on activities).
    Result<qint64> planOfActivity(qint64 activityId) const;

    // Planned and spent money and mean progress per theme and currency
    // (activities without a theme in a line of their own, key ""), sorted by
    // the theme's name in the language.
    Result<QList<BudgetLine>> totalsByTheme(qint64 planId, Language language = Language::SerbianLatin) const;
    // The same per funding source (compared ignoring case and diacritics) and currency.
    Result<QList<BudgetLine>> totalsByFundingSource(qint64 planId) const;
    // The same for activities as they are (not yet saved: an editor's values,
    // so that its totals follow the typing).
    Result<QList<BudgetLine>> totalsByTheme(const QList<PlanActivity> &activities,
                                            Language language = Language::SerbianLatin) const;
    static QList<BudgetLine> totalsByFundingSource(const QList<PlanActivity> &activities);

    Result<ListPage> list(const ListQuery &query) const;
    static ListSpec listSpec();

private:
    static ActionPlan normalized(const ActionPlan &plan);
    void validateActivity(Validation &v, int row, const PlanActivity &activity, const QList<qint64> &ownIds) const;
    Result<QList<PlanActivity>> activitiesOf(qint64 planId) const;
    Status writePlanRow(ActionPlan &plan);
    Status writePriorities(const ActionPlan &plan);
    Status writeActivities(ActionPlan &plan, const QList<PlanActivity> &before);
    Status writeActivity(qint64 planId, int position, PlanActivity &activity, const PlanActivity *before);
    Status deleteActivity(qint64 planId, const PlanActivity &activity);
    Status indexPlan(const ActionPlan &plan);
    Status indexActivity(const ActionPlan &plan, const PlanActivity &activity);
    QStringList partnerNames(qint64 partnerId) const;
    QStringList themeNames(qint64 themeId) const;
    static QList<BudgetLine> totals(const QList<PlanActivity> &activities,
                                    const std::function<std::pair<QString, QString>(const PlanActivity &)> &group,
                                    const QString &ungroupedLabel);
};
