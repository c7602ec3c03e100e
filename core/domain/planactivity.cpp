// SPDX-License-Identifier: GPL-3.0-or-later
#include "planactivity.h"

#include "audittext.h"

PlanActivity PlanActivity::forNextYear() const
{
    PlanActivity next = *this;
    next.id = 0;
    next.status = QStringLiteral("planned");
    next.progress = 0;
    next.spentMinor = 0;
    next.result.clear();
    next.startsOn = startsOn.isValid() ? startsOn.addYears(1) : QDate();
    next.endsOn = endsOn.isValid() ? endsOn.addYears(1) : QDate();
    return next;
}

QMap<QString, QString> PlanActivity::auditFields() const
{
    return {
        {QStringLiteral("title"), title},
        {QStringLiteral("theme_id"), AuditText::number(themeId)},
        {QStringLiteral("responsible"), responsible},
        {QStringLiteral("starts_on"), startsOn.toString(Qt::ISODate)},
        {QStringLiteral("ends_on"), endsOn.toString(Qt::ISODate)},
        {QStringLiteral("budget_minor"), QString::number(budgetMinor)},
        {QStringLiteral("spent_minor"), QString::number(spentMinor)},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("funding_source"), fundingSource},
        {QStringLiteral("status"), status},
        {QStringLiteral("progress"), QString::number(progress)},
        {QStringLiteral("indicator"), indicator},
        {QStringLiteral("result"), result},
    };
}
