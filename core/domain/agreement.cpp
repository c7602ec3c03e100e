// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreement.h"

#include "audittext.h"

#include <QStringList>

bool Agreement::isExpiringWithin(int days, const QDate &today) const
{
    const bool signedOrInForce = status == QLatin1String("signed") || status == QLatin1String("in_force");
    return signedOrInForce && validUntil.isValid() && today.isValid() && validUntil >= today
           && validUntil <= today.addDays(qMax(0, days));
}

QMap<QString, QString> Agreement::auditFields() const
{
    QStringList partyItems;
    for (const AgreementParty &party : parties) {
        QString item = QStringLiteral("org:%1").arg(party.organizationId);
        if (!party.signatoryPosition.trimmed().isEmpty())
            item += QStringLiteral(" (") + party.signatoryPosition.trimmed() + QLatin1Char(')');
        partyItems << item;
    }
    return {
        {QStringLiteral("title"), title},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("status"), status},
        {QStringLiteral("signed_on"), signedOn.toString(Qt::ISODate)},
        {QStringLiteral("signed_place"), signedPlace},
        {QStringLiteral("valid_from"), validFrom.toString(Qt::ISODate)},
        {QStringLiteral("valid_until"), validUntil.toString(Qt::ISODate)},
        {QStringLiteral("renewal"), renewal},
        {QStringLiteral("languages"), languages},
        {QStringLiteral("partnership_id"), AuditText::number(partnershipId)},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("parties"), AuditText::list(partyItems)},
    };
}
