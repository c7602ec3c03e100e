// SPDX-License-Identifier: GPL-3.0-or-later
#include "person.h"

#include "audittext.h"

QMap<QString, QString> Person::auditFields() const
{
    return {
        {QStringLiteral("full_name"), fullName},
        {QStringLiteral("organization_id"), AuditText::number(organizationId)},
        {QStringLiteral("position"), position},
        {QStringLiteral("email"), email},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("languages"), languages},
        {QStringLiteral("notes"), notes},
    };
}
