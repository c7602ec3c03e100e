// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language.h"
#include "result.h"

#include <QMap>
#include <QPair>
#include <QString>

#include <memory>

class Database;
class ReportDocument;
class ReportLookup;
struct ActionPlan;

// Report 3a: an action plan as it is signed with the partner — priorities,
// activities (responsible, timing, budget, funding source), the budget by
// funding source and a signature block for SKGO and the partner.
class ActionPlanReport
{
public:
    static Result<std::unique_ptr<ReportDocument>> build(const Database &db, qint64 planId, Language language);

    // Shared with the implementation report: the plan's title block and facts.
    static void addPlanHeader(ReportDocument &report, const ActionPlan &plan, ReportLookup &names);
    // Planned and spent money per currency over all the plan's activities.
    static QMap<QString, QPair<qint64, qint64>> totalsByCurrency(const ActionPlan &plan);
};
