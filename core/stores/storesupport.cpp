// SPDX-License-Identifier: GPL-3.0-or-later
#include "storesupport.h"

#include "sqlsupport.h"

#include <QStringList>

namespace StoreSupport {

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
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

} // namespace StoreSupport
