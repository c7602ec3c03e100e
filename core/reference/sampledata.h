// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>

class Database;

// The example data of `init --sample`, built from the public facts in the
// product's source documents: SKGO's agreements with the associations of
// Montenegro, North Macedonia and Slovenia (2007) and Israel (2008), its
// cooperation with the associations of ten more countries, the Kragujevac–
// Suresnes and Sremska Mitrovica–Nevers partnerships (the latter
// reactivated), the 2020 action plan with the French Embassy and its six
// themes, memberships in CEMR and NALAS. What is invented to illustrate (a
// visit, people, activities) says so in its notes.
class SampleData
{
    Q_DECLARE_TR_FUNCTIONS(SampleData)

public:
    // Loads everything in one write transaction; needs the reference data.
    static Status load(Database &db);
    static QString exampleNote();
};
