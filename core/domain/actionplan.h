// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planactivity.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

// A yearly action plan agreed with a partner (e.g. SKGO and the French
// Embassy): priorities (themes) and activities.
struct ActionPlan
{
    qint64 id = 0;
    int year = 0;
    qint64 partnerId = 0;  // the partner organisation (an embassy, a donor...)
    QString title;
    QString status = QStringLiteral("draft"); // Vocab::PlanStatus
    QDate signedOn;
    QString notes;
    QList<qint64> priorityThemeIds;
    QList<PlanActivity> activities; // in plan order

    // Next year's plan started from this one (not saved): same partner,
    // priorities and activities (see PlanActivity::forNextYear), year + 1,
    // draft, unsigned, no notes; the year in the title, if any, moves too.
    ActionPlan forNextYear() const;
    // Priorities and activities compactly, by id ("theme:3; theme:7").
    QMap<QString, QString> auditFields() const;
};
