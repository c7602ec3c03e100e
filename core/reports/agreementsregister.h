// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language.h"
#include "result.h"

#include <QDate>

#include <memory>

class Database;
class ReportDocument;

// Report 5: every agreement with its parties, signing date and validity.
// Agreements whose validity ends within 90 days, or has ended, are marked
// in their row and counted in the summary.
class AgreementsRegister
{
public:
    static constexpr int expiryWarningDays = 90;
    static Result<std::unique_ptr<ReportDocument>> build(const Database &db, Language language,
                                                         const QDate &today = QDate::currentDate());
};
