// SPDX-License-Identifier: GPL-3.0-or-later
#include "visit.h"

#include "audittext.h"

#include <QStringList>

QMap<QString, QString> Visit::auditFields() const
{
    QStringList orgs;
    for (const VisitOrganization &o : organizations)
        orgs << QStringLiteral("org:%1 (%2)").arg(o.organizationId).arg(o.role);
    // People are named by id only: a person can be erased, the visit's audit stays.
    QStringList people;
    for (const Participant &p : participants) {
        QString text = p.personId ? QStringLiteral("person:%1").arg(p.personId) : QStringLiteral("anonymous");
        if (p.organizationId)
            text += QStringLiteral(" org:%1").arg(p.organizationId);
        if (!p.role.isEmpty())
            text += QStringLiteral(" (%1)").arg(p.role);
        people << text;
    }
    QStringList items;
    for (const ProgrammeItem &item : programme)
        items << QStringLiteral("%1 %2 %3 @ %4").arg(item.day.toString(Qt::ISODate), item.time, item.item, item.place);
    return {
        {QStringLiteral("title"), title},
        {QStringLiteral("direction"), direction},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("start_date"), startDate.toString(Qt::ISODate)},
        {QStringLiteral("end_date"), endDate.toString(Qt::ISODate)},
        {QStringLiteral("city"), city},
        {QStringLiteral("country"), country},
        {QStringLiteral("purpose"), purpose},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("partnership_id"), AuditText::number(partnershipId)},
        {QStringLiteral("agreement_id"), AuditText::number(agreementId)},
        {QStringLiteral("activity_id"), AuditText::number(activityId)},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("organizations"), AuditText::list(orgs)},
        {QStringLiteral("participants"), AuditText::list(people)},
        {QStringLiteral("programme"), AuditText::list(items)},
    };
}
