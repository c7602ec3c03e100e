// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionplan.h"

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
    QStringList priorities;
    for (qint64 themeId : priorityThemeIds)
        priorities << QStringLiteral("theme:%1").arg(themeId);
    QStringList activityIds;
    for (const PlanActivity &activity : activities)
        activityIds << QStringLiteral("activity:%1").arg(activity.id);
    return {
        {QStringLiteral("year"), year ? QString::number(year) : QString()},
        {QStringLiteral("partner_id"), partnerId ? QString::number(partnerId) : QString()},
        {QStringLiteral("title"), title},
        {QStringLiteral("status"), status},
        {QStringLiteral("signed_on"), signedOn.toString(Qt::ISODate)},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("priorities"), priorities.join(QStringLiteral("; "))},
        {QStringLiteral("activities"), activityIds.join(QStringLiteral("; "))},
    };
}
