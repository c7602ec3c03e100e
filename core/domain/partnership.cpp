// SPDX-License-Identifier: GPL-3.0-or-later
#include "partnership.h"

#include "audittext.h"

#include <QStringList>

namespace {

QString withRole(const QString &item, const QString &role)
{
    return role.trimmed().isEmpty() ? item : item + QStringLiteral(" (") + role.trimmed() + QLatin1Char(')');
}

} // namespace

QMap<QString, QString> Partnership::auditFields() const
{
    QStringList partyItems;
    for (const PartnershipParty &party : parties)
        partyItems << withRole(QStringLiteral("org:%1").arg(party.organizationId), party.role);
    QStringList memberItems;
    for (const CommitteeMember &member : committee)
        memberItems << withRole(
            member.personId ? QStringLiteral("person:%1").arg(member.personId) : QStringLiteral("member"), member.role);
    QStringList timelineItems;
    for (const TimelineEntry &entry : timeline)
        timelineItems << entry.occurredOn.toString(Qt::ISODate) + QStringLiteral(": ") + entry.description;
    QStringList historyItems;
    for (const StatusChange &change : statusHistory)
        historyItems << change.changedOn.toString(Qt::ISODate) + QLatin1Char(' ') + change.status;
    return {
        {QStringLiteral("title"), title},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("status"), status},
        {QStringLiteral("started_on"), startedOn.toString(Qt::ISODate)},
        {QStringLiteral("ended_on"), endedOn.toString(Qt::ISODate)},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("parties"), AuditText::list(partyItems)},
        {QStringLiteral("themes"), AuditText::refs(QStringLiteral("theme:"), themeIds)},
        {QStringLiteral("committee"), AuditText::list(memberItems)},
        {QStringLiteral("timeline"), AuditText::list(timelineItems)},
        {QStringLiteral("status_history"), AuditText::list(historyItems)},
    };
}
