// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMap>
#include <QString>

// One activity of an action plan: what is done, by whom, when, with what
// money and with what result. Amounts are in minor units (cents) of an ISO
// 4217 currency; plans may mix currencies (EUR from the embassy, RSD from a
// municipality), so amounts are only ever added within one currency.
struct PlanActivity
{
    qint64 id = 0;         // stable across saves of its plan
    QString title;
    qint64 themeId = 0;    // 0: none
    QString responsible;
    QDate startsOn;
    QDate endsOn;
    qint64 budgetMinor = 0;
    qint64 spentMinor = 0;
    QString currency = QStringLiteral("EUR");
    QString fundingSource;
    QString status = QStringLiteral("planned"); // Vocab::ActivityStatus
    int progress = 0;      // 0–100
    QString indicator;
    QString result;

    // This activity as the first one of next year's plan: planned, nothing
    // spent or achieved yet, dates one year later, no id.
    PlanActivity forNextYear() const;
    QMap<QString, QString> auditFields() const;
};
