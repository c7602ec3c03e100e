// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

class QSqlDatabase;

// A write transaction as a scope guard. It begins with BEGIN IMMEDIATE, so it
// takes the write lock at once and waits (busy timeout) for another writer
// instead of failing half-way; it rolls back in its destructor unless
// commit() succeeded. QSqlDatabase::transaction() would send a deferred BEGIN.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();

    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // Whether BEGIN succeeded; when it did not, error() says why.
    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }

    Status commit();
    void rollback();

private:
    QString m_connectionName;
    bool m_active = false;
    Error m_error;
};
