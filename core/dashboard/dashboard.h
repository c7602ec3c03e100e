// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language.h"
#include "recordkind.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

class Database;

struct DashboardItem
{
    RecordKind kind = RecordKind::Partnership;
    qint64 id = 0;
    QString title;
    QDate date; // the date that puts it on the dashboard (visit start, last activity, expiry, due)
};

// What needs attention today, computed in core from the stores' derived facts.
struct DashboardData
{
    QList<DashboardItem> upcomingVisits;         // next 60 days
    QList<DashboardItem> partnershipsNeedingCare; // no activity for longer than the threshold
    QList<DashboardItem> expiringAgreements;     // within 90 days
    QList<DashboardItem> overdueTasks;
    QList<QPair<QString, int>> initiativesByStage;    // stage key, open initiatives
    QList<QPair<QString, int>> partnershipsByCountry; // foreign country name, partnerships (top 10)
    QList<QPair<int, int>> visitsPerYear;             // last 10 years
    QList<QPair<QString, double>> planProgressByTheme; // theme, average progress of the latest year's plans
};

class Dashboard
{
    Q_DECLARE_TR_FUNCTIONS(Dashboard)

public:
    static constexpr int upcomingDays = 60;
    static constexpr int expiringDays = 90;

    static Result<DashboardData> compute(const Database &db, const QDate &today, int careMonths, Language language);
};
