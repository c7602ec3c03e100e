// SPDX-License-Identifier: GPL-3.0-or-later
#include "writetransaction.h"

#include "applog.h"
#include "sqlsupport.h"

#include <QCoreApplication>
#include <QSqlDatabase>

WriteTransaction::WriteTransaction(const QSqlDatabase &db)
    : m_connectionName(db.connectionName())
{
    const Status begun = Sql::exec(db, QStringLiteral("BEGIN IMMEDIATE"));
    m_active = begun.ok();
    if (!m_active)
        m_error = begun.error();
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

Status WriteTransaction::commit()
{
    if (!m_active)
        return m_error.isError()
            ? m_error
            : Error(ErrorCode::Sql,
                    QCoreApplication::translate("WriteTransaction", "The change could not be saved."),
                    QStringLiteral("commit without an active transaction"));
    const Status committed = Sql::exec(QSqlDatabase::database(m_connectionName, false),
                                       QStringLiteral("COMMIT"));
    if (!committed) {
        AppLog::error(QStringLiteral("commit"), committed.error());
        rollback();
        return committed;
    }
    m_active = false;
    return {};
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    const Status rolledBack = Sql::exec(QSqlDatabase::database(m_connectionName, false),
                                        QStringLiteral("ROLLBACK"));
    if (!rolledBack)
        AppLog::error(QStringLiteral("rollback"), rolledBack.error());
}
