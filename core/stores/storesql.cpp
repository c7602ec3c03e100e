// SPDX-License-Identifier: GPL-3.0-or-later
#include "storesql.h"

#include "sqlsupport.h"

#include <QStringList>

namespace StoreSql {

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

Result<int> countExisting(const QSqlDatabase &db, const QString &table, const QSet<qint64> &ids)
{
    if (ids.isEmpty())
        return 0;
    QVariantList values;
    QStringList marks;
    for (qint64 id : ids) {
        values << id;
        marks << QStringLiteral("?");
    }
    auto count = Sql::scalar(db,
                             QStringLiteral("SELECT count(*) FROM ") + table + QStringLiteral(" WHERE id IN (")
                                 + marks.join(QStringLiteral(", ")) + QLatin1Char(')'),
                             values);
    if (!count)
        return count.error();
    return count.value().toInt();
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

} // namespace StoreSql
