// SPDX-License-Identifier: GPL-3.0-or-later
#include "archiveexport.h"

#include "appidentity.h"
#include "database.h"
#include "sqlsupport.h"
#include "zipwriter.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

using ArchiveFormat::TableShape;

// Rows of all tables, for progress.
Result<qint64> countRows(const QSqlDatabase &db, const QList<TableShape> &tables)
{
    qint64 total = 0;
    for (const TableShape &table : tables) {
        auto count = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM ") + ArchiveFormat::quoteIdentifier(table.name));
        if (!count)
            return count.error();
        total += count.value().toLongLong();
    }
    return total;
}

class Exporter
{
public:
    Exporter(const QSqlDatabase &db, ZipWriter &zip, const ArchiveFormat::Progress &progress, qint64 total)
        : m_db(db), m_zip(zip), m_progress(progress), m_total(total)
    {}

    Status writeTable(const TableShape &table, ArchiveSummary &summary)
    {
        QStringList quoted;
        for (const QString &column : table.columns)
            quoted << ArchiveFormat::quoteIdentifier(column);
        QStringList order;
        for (const QString &column : table.orderBy)
            order << ArchiveFormat::quoteIdentifier(column);
        // Identifiers from the schema itself, never user text.
        auto query = Sql::run(m_db, QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                        .arg(quoted.join(QLatin1String(", ")),
                                             ArchiveFormat::quoteIdentifier(table.name), order.join(QLatin1String(", "))));
        if (!query)
            return query.error();
        const bool holdsFiles = table.name == QLatin1String(ArchiveFormat::AttachmentTable);
        const qsizetype contentColumn = table.columns.indexOf(QLatin1String(ArchiveFormat::AttachmentContentColumn));
        const qsizetype idColumn = table.columns.indexOf(QLatin1String("id"));
        const qsizetype nameColumn = table.columns.indexOf(QLatin1String("file_name"));
        QJsonArray rows;
        while (query.value().next()) {
            QJsonArray row;
            for (int i = 0; i < table.columns.size(); ++i) {
                const QVariant value = query.value().value(i);
                if (holdsFiles && i == contentColumn && idColumn >= 0 && nameColumn >= 0) {
                    const QString entry = ArchiveFormat::attachmentEntry(query.value().value(int(idColumn)).toLongLong(),
                                                                         query.value().value(int(nameColumn)).toString());
                    if (Status added = m_zip.add(entry, value.toByteArray()); !added)
                        return added;
                    row.append(QJsonObject{{QStringLiteral("file"), entry}});
                    ++summary.attachments;
                } else {
                    row.append(ArchiveFormat::toJson(value));
                }
            }
            rows.append(row);
            if (Status going = advance(); !going)
                return going;
        }
        const QJsonObject document{{QStringLiteral("table"), table.name},
                                   {QStringLiteral("columns"), QJsonArray::fromStringList(table.columns)},
                                   {QStringLiteral("rows"), rows}};
        summary.rows += rows.size();
        ++summary.tables;
        m_counts.insert(table.name, rows.size());
        return m_zip.add(ArchiveFormat::tableEntry(table.name), QJsonDocument(document).toJson(QJsonDocument::Compact));
    }

    qint64 count(const QString &table) const { return m_counts.value(table); }

private:
    Status advance()
    {
        ++m_done;
        if (m_progress && (m_done % 1000 == 0 || m_done == m_total) && !m_progress(m_done, m_total))
            return Error(ErrorCode::Cancelled, ArchiveExport::tr("The archive was not written."));
        return {};
    }

    const QSqlDatabase &m_db;
    ZipWriter &m_zip;
    const ArchiveFormat::Progress &m_progress;
    qint64 m_total;
    qint64 m_done = 0;
    QHash<QString, qint64> m_counts;
};

} // namespace

Result<ArchiveSummary> ArchiveExport::write(const Database &db, const QString &path,
                                            const ArchiveFormat::Progress &progress)
{
    if (QFileInfo::exists(path))
        return Error(ErrorCode::FileExists, tr("A file with this name already exists; it was not overwritten."), path);
    const QSqlDatabase connection = db.connection();
    // One read transaction: every table from the same moment.
    if (Status begun = Sql::exec(connection, QStringLiteral("BEGIN")); !begun)
        return begun.error();
    struct EndRead
    {
        const QSqlDatabase &db;
        ~EndRead() { Sql::exec(db, QStringLiteral("COMMIT")).ok(); }
    } endRead{connection};

    auto shapes = ArchiveFormat::tables(connection);
    if (!shapes)
        return shapes.error();
    auto total = countRows(connection, shapes.value());
    if (!total)
        return total.error();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, tr("The archive could not be written: %1").arg(file.errorString()), path);
    const QDateTime now = QDateTime::currentDateTime();
    ZipWriter zip(&file, now);
    Exporter exporter(connection, zip, progress, total.value());
    ArchiveSummary summary;
    QJsonArray tables;
    for (const ArchiveFormat::TableShape &shape : shapes.value()) {
        if (Status written = exporter.writeTable(shape, summary); !written)
            return written.error();
        tables.append(QJsonObject{{QStringLiteral("name"), shape.name},
                                  {QStringLiteral("entry"), ArchiveFormat::tableEntry(shape.name)},
                                  {QStringLiteral("rows"), exporter.count(shape.name)}});
    }
    const QJsonObject manifest{
        {QStringLiteral("format"), QLatin1String(ArchiveFormat::FormatName)},
        {QStringLiteral("format_version"), ArchiveFormat::FormatVersion},
        {QStringLiteral("schema_version"), db.schemaVersion()},
        {QStringLiteral("application"), QStringLiteral("Saradnja ") + AppIdentity::version()},
        {QStringLiteral("exported_at"), now.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("tables"), tables},
        {QStringLiteral("attachments"), summary.attachments},
    };
    if (Status added = zip.add(ArchiveFormat::manifestEntry(), QJsonDocument(manifest).toJson()); !added)
        return added.error();
    if (Status finished = zip.finish(); !finished)
        return finished.error();
    if (!file.commit())
        return Error(ErrorCode::Io, tr("The archive could not be written: %1").arg(file.errorString()), path);
    return summary;
}
