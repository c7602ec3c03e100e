// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language.h"
#include "result.h"

#include <memory>

class Database;
class ReportDocument;

// Report 1: everything about one partnership — parties, kind, status and its
// history, themes, committee, timeline, agreements, visits, open tasks.
class PartnershipDossier
{
public:
    static Result<std::unique_ptr<ReportDocument>> build(const Database &db, qint64 partnershipId, Language language);
};
