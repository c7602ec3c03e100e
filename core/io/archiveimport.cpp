// SPDX-License-Identifier: GPL-3.0-or-later
#include "archiveimport.h"

#include "database.h"
#include "sqlsupport.h"
#include "writetransaction.h"
#include "zipreader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace {

using ArchiveFormat::TableShape;

struct ArchivedTable
{
    QString name;
    QString entry;
    qint64 rows = 0;
};

struct Manifest
{
    int schemaVersion = 0;
    QList<ArchivedTable> tables;
    qint64 totalRows = 0;
};

Result<QJsonObject> readJson(const ZipReader &zip, const QString &entry, qint64 maxSize)
{
    auto bytes = zip.read(entry, maxSize);
    if (!bytes)
        return bytes.error();
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(bytes.value(), &parsed);
    if (parsed.error != QJsonParseError::NoError || !document.isObject())
        return ArchiveFormat::damaged(QStringLiteral("%1: %2").arg(entry, parsed.errorString()));
    return document.object();
}

Result<Manifest> readManifest(const ZipReader &zip)
{
    auto read = readJson(zip, ArchiveFormat::manifestEntry(), ArchiveImport::MaxManifestSize);
    if (!read)
        return read.error().code() == ErrorCode::NotFound ? ArchiveFormat::damaged(QStringLiteral("no manifest"))
                                                          : read.error();
    const QJsonObject &json = read.value();
    if (json.value(QStringLiteral("format")).toString() != QLatin1String(ArchiveFormat::FormatName))
        return ArchiveFormat::damaged(QStringLiteral("format is not %1").arg(QLatin1String(ArchiveFormat::FormatName)));
    const int formatVersion = json.value(QStringLiteral("format_version")).toInt();
    Manifest manifest;
    manifest.schemaVersion = json.value(QStringLiteral("schema_version")).toInt();
    if (formatVersion > ArchiveFormat::FormatVersion || manifest.schemaVersion > Database::latestSchemaVersion())
        return Error(ErrorCode::NewerSchema,
                     ArchiveImport::tr("The archive was made by a newer version of Saradnja. Update Saradnja to read it."),
                     QStringLiteral("format %1, schema %2").arg(formatVersion).arg(manifest.schemaVersion));
    if (formatVersion < 1 || manifest.schemaVersion < Database::latestSchemaVersion())
        return Error(ErrorCode::Invalid,
                     ArchiveImport::tr("The archive was made by an older version of Saradnja that this one cannot read."),
                     QStringLiteral("format %1, schema %2").arg(formatVersion).arg(manifest.schemaVersion));
    const QJsonArray tables = json.value(QStringLiteral("tables")).toArray();
    for (const QJsonValue &value : tables) {
        const QJsonObject table = value.toObject();
        ArchivedTable entry{table.value(QStringLiteral("name")).toString(), table.value(QStringLiteral("entry")).toString(),
                            table.value(QStringLiteral("rows")).toInteger(-1)};
        if (entry.name.isEmpty() || entry.rows < 0 || !zip.contains(entry.entry))
            return ArchiveFormat::damaged(QStringLiteral("manifest entry for table '%1'").arg(entry.name));
        manifest.totalRows += entry.rows;
        manifest.tables << entry;
    }
    return manifest;
}

class Importer
{
public:
    Importer(const QSqlDatabase &db, const ZipReader &zip, const ArchiveFormat::Progress &progress, qint64 total)
        : m_db(db), m_zip(zip), m_progress(progress), m_total(total)
    {}

    Status readTable(const TableShape &shape, const ArchivedTable &archived, ArchiveSummary &summary)
    {
        auto read = readJson(m_zip, archived.entry, ArchiveImport::MaxEntrySize);
        if (!read)
            return read.error();
        const QJsonObject &json = read.value();
        QStringList columns;
        for (const QJsonValue &column : json.value(QStringLiteral("columns")).toArray())
            columns << column.toString();
        if (json.value(QStringLiteral("table")).toString() != shape.name || columns.isEmpty())
            return ArchiveFormat::damaged(QStringLiteral("%1: header").arg(archived.entry));
        QStringList quoted;
        for (const QString &column : std::as_const(columns)) {
            if (!shape.columns.contains(column))
                return ArchiveFormat::damaged(QStringLiteral("%1: no column '%2' in this schema").arg(shape.name, column));
            quoted << ArchiveFormat::quoteIdentifier(column);
        }
        const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
        if (rows.size() != archived.rows)
            return ArchiveFormat::damaged(QStringLiteral("%1: %2 rows, manifest says %3")
                                              .arg(shape.name).arg(rows.size()).arg(archived.rows));

        const QString table = ArchiveFormat::quoteIdentifier(shape.name);
        // What the new file's own creation put there (app_meta) gives way to the archive.
        if (Status emptied = Sql::exec(m_db, QStringLiteral("DELETE FROM ") + table); !emptied)
            return emptied;
        QSqlQuery insert(m_db);
        const QString placeholders = QStringList(columns.size(), QStringLiteral("?")).join(QLatin1String(", "));
        if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(table, quoted.join(QLatin1String(", ")), placeholders)))
            return Sql::toError(insert.lastError(), ArchiveImport::tr("The archive could not be read into the register."));
        const bool holdsFiles = shape.name == QLatin1String(ArchiveFormat::AttachmentTable);
        const qsizetype contentColumn = columns.indexOf(QLatin1String(ArchiveFormat::AttachmentContentColumn));
        const qsizetype hashColumn = columns.indexOf(QLatin1String("sha256"));
        for (const QJsonValue &rowValue : rows) {
            const QJsonArray row = rowValue.toArray();
            if (row.size() != columns.size())
                return ArchiveFormat::damaged(QStringLiteral("%1: a row of %2 values").arg(shape.name).arg(row.size()));
            for (int i = 0; i < row.size(); ++i) {
                Result<QVariant> value = holdsFiles && i == contentColumn
                                             ? attachment(row.at(i), hashColumn >= 0 ? row.at(hashColumn).toString() : QString())
                                             : ArchiveFormat::fromJson(row.at(i));
                if (!value)
                    return value.error();
                insert.bindValue(i, value.value());
            }
            if (!insert.exec())
                return Sql::toError(insert.lastError(), ArchiveImport::tr("The archive holds a record this register refuses."));
            if (holdsFiles)
                ++summary.attachments;
            if (Status going = advance(); !going)
                return going;
        }
        summary.rows += rows.size();
        ++summary.tables;
        return {};
    }

private:
    // An attachment's bytes, from its own entry, checked against its recorded SHA-256.
    Result<QVariant> attachment(const QJsonValue &reference, const QString &sha256) const
    {
        const QString entry = reference.toObject().value(QStringLiteral("file")).toString();
        if (entry.isEmpty())
            return ArchiveFormat::damaged(QStringLiteral("attachment without a file"));
        auto bytes = m_zip.read(entry, ArchiveImport::MaxEntrySize);
        if (!bytes)
            return bytes.error();
        const QString actual = QString::fromLatin1(QCryptographicHash::hash(bytes.value(), QCryptographicHash::Sha256).toHex());
        if (actual != sha256)
            return ArchiveFormat::damaged(QStringLiteral("%1: SHA-256 %2, recorded %3").arg(entry, actual, sha256));
        return QVariant(ArchiveFormat::nonNull(bytes.value()));
    }

    Status advance()
    {
        ++m_done;
        if (m_progress && (m_done % 1000 == 0 || m_done == m_total) && !m_progress(m_done, m_total))
            return Error(ErrorCode::Cancelled, ArchiveImport::tr("Nothing was imported."));
        return {};
    }

    const QSqlDatabase &m_db;
    const ZipReader &m_zip;
    const ArchiveFormat::Progress &m_progress;
    qint64 m_total;
    qint64 m_done = 0;
};

Status populate(const QSqlDatabase &db, const ZipReader &zip, const Manifest &manifest,
                const ArchiveFormat::Progress &progress, ArchiveSummary &summary)
{
    auto shapes = ArchiveFormat::tables(db);
    if (!shapes)
        return shapes.error();
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    // Rows go in table by table; their references are checked once all are in.
    if (Status deferred = Sql::exec(db, QStringLiteral("PRAGMA defer_foreign_keys = ON")); !deferred)
        return deferred;
    Importer importer(db, zip, progress, manifest.totalRows);
    for (const ArchivedTable &archived : manifest.tables) {
        const auto shape = std::find_if(shapes.value().cbegin(), shapes.value().cend(),
                                        [&](const TableShape &s) { return s.name == archived.name; });
        if (shape == shapes.value().cend())
            return ArchiveFormat::damaged(QStringLiteral("no table '%1' in this schema").arg(archived.name));
        if (Status read = importer.readTable(*shape, archived, summary); !read)
            return read;
    }
    Status committed = transaction.commit();
    if (!committed && committed.error().detail().contains(QLatin1String("FOREIGN KEY")))
        return Error(ErrorCode::Damaged,
                     ArchiveImport::tr("The archive holds references to records that are not in it; nothing was imported."),
                     committed.error().detail());
    return committed;
}

} // namespace

Result<ArchiveSummary> ArchiveImport::read(const QString &archivePath, const QString &databasePath,
                                           const ArchiveFormat::Progress &progress)
{
    QFile file(archivePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error(file.exists() ? ErrorCode::Io : ErrorCode::NotFound,
                     tr("The archive could not be opened: %1").arg(file.errorString()), archivePath);
    ZipReader zip(&file);
    if (Status opened = zip.open(); !opened)
        return opened.error();
    auto manifest = readManifest(zip);
    if (!manifest)
        return manifest.error();

    ArchiveSummary summary;
    auto created = Database::create(databasePath, [&](Database &db) {
        return populate(db.connection(), zip, manifest.value(), progress, summary);
    });
    if (!created)
        return created.error();
    if (Status checked = created.value()->integrityCheck(); !checked) {
        created.value().reset();
        QFile::remove(databasePath);
        return checked.error();
    }
    return summary;
}
