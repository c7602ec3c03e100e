// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

class Database;

// What every store shares: the connection (by name) and the read-only guard.
// A store's public save/remove run one write transaction each; the
// ...Within() variants expect the caller's WriteTransaction (bulk loads).
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    explicit Store(const Database &db);

protected:
    QSqlDatabase db() const { return QSqlDatabase::database(m_connectionName, false); }
    // An error when the register is read-only, else ok.
    Status checkWritable() const;
    static Error notFound(const QString &what, qint64 id);

private:
    QString m_connectionName;
    bool m_readOnly = false;
    QString m_readOnlyMessage;
};
