// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language.h"
#include "result.h"

#include <memory>

class Database;
class ReportDocument;

// Report 4: one visit — what, when, where, hosts and guests, the programme,
// the participants with their roles, the outcomes and the follow-up tasks.
class VisitReport
{
public:
    static Result<std::unique_ptr<ReportDocument>> build(const Database &db, qint64 visitId, Language language);
};
