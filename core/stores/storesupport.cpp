// SPDX-License-Identifier: GPL-3.0-or-later
#include "storesupport.h"

#include "dates.h"
#include "sqlsupport.h"

namespace StoreSupport {

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), n);
    return marks.join(QStringLiteral(", "));
}

int countKnown(const QSqlDatabase &db, const QString &table, const QString &column, const QVariantList &values)
{
    if (values.isEmpty())
        return 0;
    auto known = Sql::scalar(db,
                             QStringLiteral("SELECT count(DISTINCT %1) FROM %2 WHERE %1 IN (%3)")
                                 .arg(column, table, placeholders(values.size())),
                             values);
    return known ? known.value().toInt() : -1;
}

bool exists(const QSqlDatabase &db, const QString &table, qint64 id)
{
    return countKnown(db, table, QStringLiteral("id"), {id}) == 1;
}

QString tableOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Organization: return QStringLiteral("organizations");
    case RecordKind::Person: return QStringLiteral("people");
    case RecordKind::Partnership: return QStringLiteral("partnerships");
    case RecordKind::Initiative: return QStringLiteral("initiatives");
    case RecordKind::Agreement: return QStringLiteral("agreements");
    case RecordKind::Visit: return QStringLiteral("visits");
    case RecordKind::Plan: return QStringLiteral("action_plans");
    case RecordKind::Activity: return QStringLiteral("plan_activities");
    case RecordKind::Membership: return QStringLiteral("memberships");
    case RecordKind::Task: return QStringLiteral("tasks");
    }
    return {};
}

bool recordExists(const QSqlDatabase &db, RecordKind kind, qint64 id)
{
    return exists(db, tableOf(kind), id);
}

Status runEach(const QSqlDatabase &db, const QString &sql, const QList<QVariantList> &rows)
{
    for (const QVariantList &values : rows) {
        auto done = Sql::run(db, sql, values);
        if (!done)
            return done.error();
    }
    return {};
}

Status runAll(const QSqlDatabase &db, const QStringList &statements, const QVariantList &values)
{
    for (const QString &sql : statements) {
        auto done = Sql::run(db, sql, values);
        if (!done)
            return done.error();
    }
    return {};
}

Status clearChildren(const QSqlDatabase &db, const QStringList &tables, const QString &parentColumn, qint64 id)
{
    QStringList statements;
    for (const QString &table : tables)
        statements << QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, parentColumn);
    return runAll(db, statements, {id});
}

Result<QList<qint64>> ids(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto query = Sql::run(db, sql, values);
    if (!query)
        return query.error();
    QList<qint64> result;
    while (query.value().next())
        result << query.value().value(0).toLongLong();
    return result;
}

Status writeRow(const QSqlDatabase &db, const QString &table, const QStringList &columns, const QVariantList &values,
                qint64 &id, const QString &failed)
{
    const QString now = Dates::timestampNow();
    if (id == 0) {
        auto inserted = Sql::run(db,
                                 QStringLiteral("INSERT INTO %1 (%2, created_at, updated_at) VALUES (%3)")
                                     .arg(table, columns.join(QStringLiteral(", ")), placeholders(columns.size() + 2)),
                                 QVariantList(values) << now << now);
        if (!inserted)
            return Error(inserted.error().code(), failed, inserted.error().detail());
        id = inserted.value().lastInsertId().toLongLong();
        return {};
    }
    auto updated = Sql::run(db,
                            QStringLiteral("UPDATE %1 SET %2 = ?, updated_at = ? WHERE id = ?")
                                .arg(table, columns.join(QStringLiteral(" = ?, "))),
                            QVariantList(values) << now << id);
    if (!updated)
        return Error(updated.error().code(), failed, updated.error().detail());
    return {};
}

Result<QStringList> organizationNames(const QSqlDatabase &db, const QString &condition, const QVariantList &values)
{
    auto rows = Sql::run(
        db,
        QStringLiteral("SELECT name, name_cyrillic, name_sr, name_en, acronym FROM organizations WHERE ") + condition,
        values);
    if (!rows)
        return rows.error();
    QStringList names;
    while (rows.value().next()) {
        for (int column = 0; column < 5; ++column)
            names << rows.value().value(column).toString();
    }
    return names;
}

} // namespace StoreSupport
