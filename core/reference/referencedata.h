// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>

class Database;

// The reference data every new register starts with (resources/reference/):
// ISO 3166 countries in three languages, the theme vocabulary, all Serbian
// cities, municipalities and city municipalities, the international
// organisations SKGO works in, and SKGO itself.
class ReferenceData
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceData)

public:
    // Loads everything in one write transaction.
    static Status load(Database &db);
    // The reference key of SKGO's own organisation record.
    static QString skgoKey() { return QStringLiteral("skgo"); }

private:
    static Status loadCountries(Database &db);
    static Status loadThemes(Database &db);
    static Status loadLocalGovernments(Database &db);
    static Status loadInternationalOrganizations(Database &db);
    static Status loadSkgo(Database &db);
};
