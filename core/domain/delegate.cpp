// SPDX-License-Identifier: GPL-3.0-or-later
#include "delegate.h"

#include <QStringList>

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
