// SPDX-License-Identifier: GPL-3.0-or-later
#include "membership.h"

#include "audittext.h"

#include <QStringList>

bool Membership::isActiveOn(const QDate &day) const
{
    return !memberUntil.isValid() || memberUntil >= day;
}

QMap<QString, QString> Membership::auditFields() const
{
    QStringList delegateTexts;
    for (const Delegate &delegate : delegates)
        delegateTexts << delegate.auditText();
    return {
        {QStringLiteral("organization_id"), AuditText::number(organizationId)},
        {QStringLiteral("role"), role},
        {QStringLiteral("member_since"), memberSince.toString(Qt::ISODate)},
        {QStringLiteral("member_until"), memberUntil.toString(Qt::ISODate)},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("delegates"), AuditText::list(delegateTexts)},
    };
}
