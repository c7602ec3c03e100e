// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language.h"
#include "result.h"

#include <memory>

class Database;
class ReportDocument;

// Report 7: one year of international cooperation — visits, new
// partnerships, agreements signed, initiatives opened and closed — counted
// by month and by partner country, with charts, then listed.
class YearInReview
{
public:
    static Result<std::unique_ptr<ReportDocument>> build(const Database &db, int year, Language language);
};
