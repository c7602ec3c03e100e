// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language.h"
#include "result.h"

#include <memory>

class Database;
class ReportDocument;

// Report 3b: how an action plan was carried out — status and progress of
// every activity, planned against spent money, summaries by theme and by
// funding source (amounts per currency, never added across currencies).
class PlanProgressReport
{
public:
    static Result<std::unique_ptr<ReportDocument>> build(const Database &db, qint64 planId, Language language);
};
