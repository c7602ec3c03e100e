// SPDX-License-Identifier: GPL-3.0-or-later
#include "error.h"

#include <utility>

Error::Error(ErrorCode code, QString message, QString detail)
    : m_code(code)
    , m_message(std::move(message))
    , m_detail(std::move(detail))
{
}

QString Error::toLogString() const
{
    QString text = codeName(m_code) + QLatin1String(": ") + m_message;
    if (!m_detail.isEmpty())
        text += QLatin1String(" [") + m_detail + QLatin1Char(']');
    return text;
}

QString Error::codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return QStringLiteral("none");
    case ErrorCode::NotADatabase: return QStringLiteral("not-a-database");
    case ErrorCode::Damaged: return QStringLiteral("damaged");
    case ErrorCode::MissingFolder: return QStringLiteral("missing-folder");
    case ErrorCode::ReadOnly: return QStringLiteral("read-only");
    case ErrorCode::Locked: return QStringLiteral("locked");
    case ErrorCode::NewerSchema: return QStringLiteral("newer-schema");
    case ErrorCode::FileExists: return QStringLiteral("file-exists");
    case ErrorCode::NotFound: return QStringLiteral("not-found");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::Sql: return QStringLiteral("sql");
    case ErrorCode::Invalid: return QStringLiteral("invalid");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}
