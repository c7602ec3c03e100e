// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

class QSqlDatabase;

// The portable archive of a whole register (see docs/ARCHIVE.md): a ZIP file
// holding manifest.json, one JSON file per table (tables/NAME.json:
// {"table", "columns", "rows": [[value, ...], ...]}, rows in primary-key
// order) and every attachment's bytes as its own file
// (attachments/ID/NAME), referenced from the attachments table.
namespace ArchiveFormat {

inline constexpr char FormatName[] = "saradnja-archive";
inline constexpr int FormatVersion = 1;
QString manifestEntry();
QString tableEntry(const QString &table);
// The entry of attachment id, named after its file so that the archive
// opened by hand shows recognisable files; the name cannot climb out of
// its folder or hold characters that some systems forbid.
QString attachmentEntry(qint64 id, const QString &fileName);
// The column whose bytes are kept as files of their own.
inline constexpr char AttachmentTable[] = "attachments";
inline constexpr char AttachmentContentColumn[] = "content";

// Called as the work goes on; returning false stops it (ErrorCode::Cancelled).
using Progress = std::function<bool(qint64 done, qint64 total)>;

struct TableShape
{
    QString name;
    QStringList columns; // a virtual table's list starts with "rowid"
    QStringList orderBy; // primary-key columns, or rowid
};

// The tables that hold the register's data, by name, with their columns:
// every table but SQLite's own and the shadow tables of virtual tables
// (whose content comes with the virtual table).
Result<QList<TableShape>> tables(const QSqlDatabase &db);
// "name" quoted as an SQL identifier. Only for names read from the schema.
QString quoteIdentifier(const QString &name);

// A column value as JSON and back: null, integer, real and text as
// themselves, a blob as {"base64": ...}, an infinite real as {"real": "inf"}.
QJsonValue toJson(const QVariant &value);
// A value that toJson made; a file reference ({"file": ...}) is the caller's.
Result<QVariant> fromJson(const QJsonValue &value);

// An empty byte array that binds as an empty blob, not as NULL.
QByteArray nonNull(const QByteArray &bytes);

// The user's message for an archive that is not one, or is damaged.
Error damaged(const QString &detail);

} // namespace ArchiveFormat
