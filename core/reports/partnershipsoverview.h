// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language.h"
#include "result.h"

#include <QStringList>

#include <memory>

class Database;
class ReportDocument;

// Report 2: every partnership grouped by partner country, by Serbian local
// government, by theme or by status: a count per group with a bar chart,
// then the partnerships of each group.
class PartnershipsOverview
{
public:
    // "country" (the default when empty), "municipality", "theme", "status".
    static QStringList groupings();
    static Result<std::unique_ptr<ReportDocument>> build(const Database &db, const QString &groupBy, Language language);
};
