// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// One line of a plan's budget summary: the activities of one group (a theme,
// a funding source) in one currency. Amounts of different currencies are
// never added: a group with EUR and RSD activities gives two lines.
struct BudgetLine
{
    QString key;           // the group's stable key ("" for activities without one)
    QString label;         // the group's name for display
    QString currency;      // ISO 4217
    qint64 plannedMinor = 0;
    qint64 spentMinor = 0;
    double averageProgress = 0; // mean progress (0–100) of the line's activities
    int activityCount = 0;
};
