// SPDX-License-Identifier: GPL-3.0-or-later
#include "archiveformat.h"

#include "sqlsupport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace ArchiveFormat {

QString manifestEntry()
{
    return QStringLiteral("manifest.json");
}

QString tableEntry(const QString &table)
{
    return QStringLiteral("tables/%1.json").arg(table);
}

QString attachmentEntry(qint64 id, const QString &fileName)
{
    static const QRegularExpression forbidden(QStringLiteral("[\\x00-\\x1f\\x7f\\p{Cf}/\\\\:*?\"<>|]"));
    QString name = fileName;
    name.replace(forbidden, QStringLiteral("_"));
    while (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char(' ')))
        name.remove(0, 1);
    name = name.left(120).trimmed();
    if (name.isEmpty())
        name = QStringLiteral("file");
    return QStringLiteral("attachments/%1/%2").arg(id).arg(name);
}

QString quoteIdentifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

static Result<TableShape> shapeOf(const QSqlDatabase &db, const QString &table, bool isVirtual)
{
    auto info = Sql::run(db, QStringLiteral("SELECT name, pk FROM pragma_table_info(?) ORDER BY cid"), {table});
    if (!info)
        return info.error();
    TableShape shape;
    shape.name = table;
    QMap<int, QString> keys;
    while (info.value().next()) {
        shape.columns << info.value().value(0).toString();
        if (const int pk = info.value().value(1).toInt(); pk > 0)
            keys.insert(pk, info.value().value(0).toString());
    }
    if (isVirtual)
        shape.columns.prepend(QStringLiteral("rowid"));
    shape.orderBy = keys.isEmpty() ? QStringList{QStringLiteral("rowid")} : QStringList(keys.values());
    return shape;
}

Result<QList<TableShape>> tables(const QSqlDatabase &db)
{
    auto listed = Sql::run(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                              "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
    if (!listed)
        return listed.error();
    QList<QPair<QString, bool>> found;
    QStringList virtualTables;
    while (listed.value().next()) {
        const QString name = listed.value().value(0).toString();
        const bool isVirtual = listed.value().value(1).toString().startsWith(QLatin1String("CREATE VIRTUAL TABLE"),
                                                                             Qt::CaseInsensitive);
        found.append({name, isVirtual});
        if (isVirtual)
            virtualTables << name + QLatin1Char('_');
    }
    QList<TableShape> shapes;
    for (const auto &[name, isVirtual] : std::as_const(found)) {
        const bool shadow = std::any_of(virtualTables.cbegin(), virtualTables.cend(),
                                        [&name = name](const QString &prefix) { return name.startsWith(prefix); });
        if (shadow)
            continue;
        auto shape = shapeOf(db, name, isVirtual);
        if (!shape)
            return shape.error();
        shapes << shape.take();
    }
    return shapes;
}

QJsonValue toJson(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double: {
        const double real = value.toDouble();
        if (std::isinf(real))
            return QJsonObject{{QStringLiteral("real"), real > 0 ? QStringLiteral("inf") : QStringLiteral("-inf")}};
        return QJsonValue(real);
    }
    case QMetaType::QByteArray:
        return QJsonObject{{QStringLiteral("base64"), QString::fromLatin1(value.toByteArray().toBase64())}};
    default:
        return QJsonValue(value.toString());
    }
}

QByteArray nonNull(const QByteArray &bytes)
{
    return bytes.isNull() ? QByteArray("", 0) : bytes;
}

Result<QVariant> fromJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QVariant();
    case QJsonValue::String:
        return Sql::text(value.toString()); // '' stays '', never NULL
    case QJsonValue::Double:
        return value.toVariant(); // qlonglong for integers, double otherwise
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.size() == 1 && object.value(QStringLiteral("base64")).isString()) {
            auto decoded = QByteArray::fromBase64Encoding(object.value(QStringLiteral("base64")).toString().toLatin1(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
            if (decoded)
                return QVariant(nonNull(*decoded));
        }
        const QString real = object.value(QStringLiteral("real")).toString();
        if (object.size() == 1 && (real == QLatin1String("inf") || real == QLatin1String("-inf")))
            return QVariant(real.startsWith(QLatin1Char('-')) ? -HUGE_VAL : HUGE_VAL);
        break;
    }
    default:
        break;
    }
    return damaged(QStringLiteral("unexpected value in a table"));
}

Error damaged(const QString &detail)
{
    return Error(ErrorCode::Damaged,
                 QCoreApplication::translate("ArchiveFormat", "The file is not a Saradnja archive, or it is damaged."),
                 detail);
}

} // namespace ArchiveFormat
