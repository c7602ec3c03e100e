// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordlister.h"

#include "searchindex.h"
#include "sqlsupport.h"

#include <QCoreApplication>
#include <QRegularExpression>

QString RecordLister::resolveNames(const QString &expression, Language language)
{
    static const QRegularExpression marker(QStringLiteral("@name\\((\\w+)\\)"));
    QString resolved = expression;
    const QString replacement = language == Language::SerbianCyrillic
        ? QStringLiteral("(CASE WHEN \\1.country = 'RS' AND \\1.name_cyrillic <> '' THEN \\1.name_cyrillic ELSE \\1.name END)")
        : QStringLiteral("\\1.name");
    return resolved.replace(marker, replacement);
}

Result<QString> RecordLister::whereClause(const ListSpec &spec, const ListQuery &query, QVariantList &values)
{
    QStringList conditions;
    for (auto it = query.filters.cbegin(); it != query.filters.cend(); ++it) {
        if (!it.value().isValid() || (it.value().typeId() == QMetaType::QString && it.value().toString().isEmpty()))
            continue;
        auto filter = std::find_if(spec.filters.cbegin(), spec.filters.cend(),
                                   [&](const ListFilter &f) { return f.key == it.key(); });
        if (filter == spec.filters.cend())
            return Error(ErrorCode::Invalid, QCoreApplication::translate("RecordLister", "The list cannot be filtered this way."),
                         QStringLiteral("unknown filter ") + it.key());
        conditions << QLatin1Char('(') + filter->condition + QLatin1Char(')');
        values << it.value();
    }
    const QString match = SearchIndex::matchExpression(query.text);
    if (!match.isEmpty()) {
        conditions << spec.idColumn
                + QStringLiteral(" IN (SELECT record_id FROM search_index WHERE search_index MATCH ? AND kind = ?)");
        values << match << RecordKinds::key(spec.kind);
    } else if (!query.text.trimmed().isEmpty()) {
        conditions << QStringLiteral("0"); // only punctuation: nothing matches
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Result<qint64> RecordLister::count(const QSqlDatabase &db, const ListSpec &spec, const ListQuery &query)
{
    QVariantList values;
    auto where = whereClause(spec, query, values);
    if (!where)
        return where.error();
    auto total = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM ") + spec.from + where.value(), values);
    if (!total)
        return total.error();
    return total.value().toLongLong();
}

Result<ListPage> RecordLister::fetch(const QSqlDatabase &db, const ListSpec &spec, const ListQuery &query)
{
    QVariantList values;
    auto where = whereClause(spec, query, values);
    if (!where)
        return where.error();

    ListPage page;
    QStringList selected{spec.idColumn};
    for (const ListColumn &column : spec.columns) {
        page.columnKeys << column.key;
        selected << resolveNames(column.expression, query.language);
    }
    const QString sortKey = query.sortKey.isEmpty() ? spec.defaultSortKey : query.sortKey;
    auto column = std::find_if(spec.columns.cbegin(), spec.columns.cend(),
                               [&](const ListColumn &c) { return c.key == sortKey; });
    if (column == spec.columns.cend())
        return Error(ErrorCode::Invalid, QCoreApplication::translate("RecordLister", "The list cannot be sorted this way."),
                     QStringLiteral("unknown sort column ") + sortKey);
    const QString direction = query.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString orderBy = (column->sortExpression.isEmpty() ? column->expression : column->sortExpression) + direction
        + QStringLiteral(", ") + spec.idColumn + direction;

    const QString sql = QStringLiteral("SELECT ") + selected.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + spec.from
        + where.value() + QStringLiteral(" ORDER BY ") + orderBy + QStringLiteral(" LIMIT ? OFFSET ?");
    QVariantList pageValues = values;
    pageValues << qMax(0, query.limit) << qMax(0, query.offset);
    auto rows = Sql::run(db, sql, pageValues);
    if (!rows)
        return rows.error();
    QSqlQuery &q = rows.value();
    while (q.next()) {
        page.ids << q.value(0).toLongLong();
        QVariantList row;
        row.reserve(spec.columns.size());
        for (int i = 1; i <= spec.columns.size(); ++i)
            row << q.value(i);
        page.rows << row;
    }
    auto total = count(db, spec, query);
    if (!total)
        return total.error();
    page.total = total.value();
    return page;
}
