// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittext.h"

namespace AuditText {

QString number(qint64 value)
{
    return value ? QString::number(value) : QString();
}

QString list(const QStringList &items)
{
    return items.join(QStringLiteral("; "));
}

QString refs(const QString &prefix, const QList<qint64> &ids)
{
    QStringList items;
    for (qint64 id : ids)
        items << prefix + QString::number(id);
    return list(items);
}

} // namespace AuditText
