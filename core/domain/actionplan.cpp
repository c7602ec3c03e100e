// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionplan.h"

#include "audittext.h"

#include <QRegularExpression>
#include <QStringList>

ActionPlan ActionPlan::forNextYear() const
{
    ActionPlan next;
    next.year = year + 1;
    next.partnerId = partnerId;
    next.title = title;
    const QRegularExpression thisYear(QStringLiteral("(?<!\\d)%1(?!\\d)").arg(year));
    next.title.replace(thisYear, QString::number(year + 1));
    next.priorityThemeIds = priorityThemeIds;
    for (const PlanActivity &activity : activities)
        next.activities << activity.forNextYear();
    return next;
}

QMap<QString, QString> ActionPlan::auditFields() const
{
    QList<qint64> activityIds;
    for (const PlanActivity &activity : activities)
        activityIds << activity.id;
    return {
        {QStringLiteral("year"), AuditText::number(year)},
        {QStringLiteral("partner_id"), AuditText::number(partnerId)},
        {QStringLiteral("title"), title},
        {QStringLiteral("status"), status},
        {QStringLiteral("signed_on"), signedOn.toString(Qt::ISODate)},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("priorities"), AuditText::refs(QStringLiteral("theme:"), priorityThemeIds)},
        {QStringLiteral("activities"), AuditText::refs(QStringLiteral("activity:"), activityIds)},
    };
}
