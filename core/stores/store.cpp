// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include "database.h"

Store::Store(const Database &db)
    : m_connectionName(db.connectionName())
    , m_readOnly(db.isReadOnly())
    , m_readOnlyMessage(db.readOnlyMessage())
{
}

Status Store::checkWritable() const
{
    if (m_readOnly)
        return Error(ErrorCode::ReadOnly, m_readOnlyMessage);
    return {};
}

Error Store::notFound(const QString &what, qint64 id)
{
    return Error(ErrorCode::NotFound, tr("The record no longer exists; it may have been deleted."),
                 QStringLiteral("%1 %2").arg(what).arg(id));
}
