// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkconstraints.h"

#include "applog.h"
#include "sqlsupport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

namespace {

// A string literal ('' inside is a quote) or an integer.
const QString literal = QStringLiteral("(?:'(?:[^']|'')*'|-?\\d+)");

// PRAGMA writable_schema on for one scope, off again however it is left.
class WritableSchema
{
public:
    explicit WritableSchema(const QSqlDatabase &db)
        : m_db(db)
        , m_status(Sql::exec(db, QStringLiteral("PRAGMA writable_schema = ON")))
    {
    }
    ~WritableSchema()
    {
        if (!m_status)
            return;
        if (Status off = Sql::exec(m_db, QStringLiteral("PRAGMA writable_schema = OFF")); !off)
            AppLog::warning(QStringLiteral("writable_schema stays on: ") + off.error().toLogString());
    }
    WritableSchema(const WritableSchema &) = delete;
    WritableSchema &operator=(const WritableSchema &) = delete;

    const Status &status() const { return m_status; }

private:
    QSqlDatabase m_db;
    Status m_status;
};

} // namespace

QString CheckConstraints::withoutInLists(const QString &createTable)
{
    static const QRegularExpression inList(QStringLiteral("\\b(\\w+)\\s+IN\\s*\\(\\s*(%1(?:\\s*,\\s*%1)*)\\s*\\)")
                                               .arg(literal),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression oneLiteral(literal);
    QString result;
    qsizetype done = 0;
    for (auto match = inList.globalMatch(createTable); match.hasNext();) {
        const QRegularExpressionMatch list = match.next();
        const QString column = list.captured(1);
        QStringList comparisons;
        for (auto value = oneLiteral.globalMatch(list.captured(2)); value.hasNext();)
            comparisons << column + QStringLiteral(" = ") + value.next().captured(0);
        result += QStringView(createTable).mid(done, list.capturedStart(0) - done);
        result += QLatin1Char('(') + comparisons.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        done = list.capturedEnd(0);
    }
    result += QStringView(createTable).mid(done);
    return result;
}

Status CheckConstraints::rewriteStoredTables(const QSqlDatabase &db)
{
    const QString failed = QCoreApplication::translate("Migrations", "The database could not be upgraded.");
    auto tables = Sql::run(db, QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql IS NOT NULL"));
    if (!tables)
        return tables.error();
    QList<QPair<QString, QString>> changed;
    for (QSqlQuery &query = tables.value(); query.next();) {
        const QString sql = query.value(1).toString();
        const QString rewritten = withoutInLists(sql);
        if (rewritten != sql)
            changed.append({query.value(0).toString(), rewritten});
    }
    tables.value().finish();
    if (changed.isEmpty())
        return {};

    auto cookie = Sql::scalar(db, QStringLiteral("PRAGMA schema_version"));
    if (!cookie)
        return cookie.error();
    const WritableSchema writable(db);
    if (!writable.status())
        return writable.status();
    for (const auto &[name, sql] : std::as_const(changed)) {
        auto updated = Sql::run(db, QStringLiteral("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?"),
                                {sql, name});
        if (!updated)
            return Error(updated.error().code(), failed, updated.error().detail());
        if (updated.value().numRowsAffected() != 1)
            return Error(ErrorCode::Sql, failed, QStringLiteral("table %1 not rewritten").arg(name));
    }
    // PRAGMA values cannot be bound; the cookie is an integer SQLite gave us.
    return Sql::exec(db, QStringLiteral("PRAGMA schema_version = %1").arg(cookie.value().toLongLong() + 1));
}
