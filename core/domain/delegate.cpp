// SPDX-License-Identifier: GPL-3.0-or-later
#include "delegate.h"

#include <QStringList>

bool Delegate::mandateEndsWithin(int days, const QDate &today) const
{
    return days >= 0 && today.isValid() && mandateUntil.isValid() && mandateUntil >= today
           && mandateUntil <= today.addDays(days);
}

QString Delegate::auditText() const
{
    QStringList parts;
    parts << (personId ? QStringLiteral("person:%1").arg(personId) : QStringLiteral("person:-"));
    if (!body.isEmpty())
        parts << body;
    if (mandateFrom.isValid() || mandateUntil.isValid())
        parts << mandateFrom.toString(Qt::ISODate) + QStringLiteral("..") + mandateUntil.toString(Qt::ISODate);
    if (substitute)
        parts << QStringLiteral("substitute");
    return parts.join(QLatin1Char(' '));
}
