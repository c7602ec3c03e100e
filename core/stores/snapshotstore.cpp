// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotstore.h"

#include "attachmentstore.h"
#include "database.h"
#include "organizationstore.h"
#include "searchindex.h"
#include "storesupport.h"
#include "taskstore.h"

#include <QMutex>
#include <QSet>
#include <QSqlRecord>

#include <optional>

namespace {

// Names from the schema, quoted as SQL identifiers.
QString identifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

std::optional<RecordKind> kindOfTable(const QString &table)
{
    for (RecordKind kind : RecordKinds::all()) {
        if (StoreSupport::tableOf(kind) == table)
            return kind;
    }
    return std::nullopt;
}

QString rowKey(const SnapshotRow &row)
{
    return row.table + QLatin1Char('#') + QString::number(row.rowId);
}

FieldMap auditFields(const RecordSnapshot &snapshot)
{
    FieldMap fields;
    if (!snapshot.exists())
        return fields;
    const SnapshotRow &row = snapshot.rows.first();
    for (qsizetype i = 0; i < row.columns.size(); ++i) {
        const QVariant &value = row.values.at(i);
        if (value.isNull() || value.typeId() == QMetaType::QByteArray)
            continue;
        fields.insert(row.columns.at(i), value.toString());
    }
    return fields;
}

} // namespace

SnapshotStore::SnapshotStore(const Database &db)
    : Store(db)
{
}

Result<SnapshotStore::Referrers> SnapshotStore::referrers() const
{
    static QMutex mutex;
    static QHash<int, Referrers> byVersion;
    const int version = database().schemaVersion();
    {
        const QMutexLocker locker(&mutex);
        if (auto known = byVersion.constFind(version); known != byVersion.cend())
            return *known;
    }
    Referrers result;
    auto tables = Sql::run(db(), QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%'"));
    if (!tables)
        return tables.error();
    QStringList names;
    while (tables.value().next())
        names << tables.value().value(0).toString();
    for (const QString &table : std::as_const(names)) {
        auto keys = Sql::run(db(), QStringLiteral("SELECT \"table\", \"from\", \"to\", on_delete "
                                                  "FROM pragma_foreign_key_list(?)"),
                             {table});
        if (!keys)
            return keys.error();
        while (keys.value().next()) {
            const QString onDelete = keys.value().value(3).toString();
            if (onDelete != QLatin1String("CASCADE") && onDelete != QLatin1String("SET NULL"))
                continue;
            QString parentColumn = keys.value().value(2).toString();
            if (parentColumn.isEmpty())
                parentColumn = QStringLiteral("id");
            result[keys.value().value(0).toString()].append(
                {table, keys.value().value(1).toString(), parentColumn, onDelete == QLatin1String("CASCADE")});
        }
    }
    const QMutexLocker locker(&mutex);
    byVersion.insert(version, result);
    return result;
}

Result<QList<SnapshotRow>> SnapshotStore::selectRows(const QString &table, const QString &column,
                                                     const QVariant &value) const
{
    auto query = Sql::run(db(), QStringLiteral("SELECT rowid AS snapshot_rowid, * FROM %1 WHERE %2 = ? ORDER BY rowid")
                                    .arg(identifier(table), identifier(column)),
                          {value});
    if (!query)
        return query.error();
    QList<SnapshotRow> rows;
    while (query.value().next()) {
        const QSqlRecord record = query.value().record();
        SnapshotRow row{table, query.value().value(0).toLongLong(), {}, {}};
        for (int i = 1; i < record.count(); ++i) {
            row.columns << record.fieldName(i);
            row.values << query.value().value(i);
        }
        rows << row;
    }
    return rows;
}

Result<RecordSnapshot> SnapshotStore::capture(RecordKind kind, qint64 id, RecordSnapshot::Scope scope) const
{
    RecordSnapshot snapshot;
    snapshot.kind = kind;
    snapshot.id = id;
    snapshot.scope = scope;
    auto schema = referrers();
    if (!schema)
        return schema.error();
    if (Status rows = captureRows(snapshot, schema.value()); !rows)
        return rows.error();
    if (!snapshot.exists())
        return snapshot;
    if (scope == RecordSnapshot::Scope::WithDependents) {
        if (Status dependents = captureDependents(snapshot); !dependents)
            return dependents.error();
    }
    if (Status entries = captureSearchEntries(snapshot); !entries)
        return entries.error();
    return snapshot;
}

// The record's row, then breadth-first every row its cascade reaches; the
// SET NULL references to any of them from rows outside become links.
Status SnapshotStore::captureRows(RecordSnapshot &snapshot, const Referrers &referrers) const
{
    auto own = selectRows(StoreSupport::tableOf(snapshot.kind), QStringLiteral("id"), snapshot.id);
    if (!own)
        return own.error();
    snapshot.rows = own.value();
    QSet<QString> seen;
    for (const SnapshotRow &row : std::as_const(snapshot.rows))
        seen.insert(rowKey(row));
    QList<SnapshotLink> links;
    for (qsizetype i = 0; i < snapshot.rows.size(); ++i) {
        const SnapshotRow parent = snapshot.rows.at(i);
        for (const ForeignKey &key : referrers.value(parent.table)) {
            const QVariant parentValue = parent.value(key.parentColumn);
            if (parentValue.isNull())
                continue;
            auto children = selectRows(key.childTable, key.childColumn, parentValue);
            if (!children)
                return children.error();
            for (const SnapshotRow &child : std::as_const(children.value())) {
                if (!key.cascades) {
                    links.append({child.table, key.childColumn, child.rowId, parentValue});
                } else if (!seen.contains(rowKey(child))) {
                    seen.insert(rowKey(child));
                    snapshot.rows.append(child);
                }
            }
        }
    }
    // A reference from a row the snapshot holds comes back with that row.
    for (const SnapshotLink &link : std::as_const(links)) {
        if (!seen.contains(link.table + QLatin1Char('#') + QString::number(link.rowId)))
            snapshot.links.append(link);
    }
    return {};
}

// Tasks and attachments about the record or any of its rows that are
// records themselves (a plan's activities), and attachments of those tasks.
Status SnapshotStore::captureDependents(RecordSnapshot &snapshot) const
{
    QList<SnapshotRow> owners = snapshot.rows;
    for (qsizetype i = 0; i < owners.size(); ++i) {
        const SnapshotRow owner = owners.at(i);
        const std::optional<RecordKind> kind = kindOfTable(owner.table);
        if (!kind)
            continue;
        for (const QString &table : {QStringLiteral("tasks"), QStringLiteral("attachments")}) {
            auto rows = Sql::run(db(), QStringLiteral("SELECT id FROM %1 WHERE record_kind = ? AND record_id = ? ORDER BY id")
                                           .arg(identifier(table)),
                                 {RecordKinds::key(*kind), owner.value(QStringLiteral("id"))});
            if (!rows)
                return rows.error();
            QList<qint64> ids;
            while (rows.value().next())
                ids << rows.value().value(0).toLongLong();
            for (qint64 id : std::as_const(ids)) {
                auto row = selectRows(table, QStringLiteral("id"), id);
                if (!row)
                    return row.error();
                snapshot.dependents << row.value();
                if (table == QLatin1String("tasks"))
                    owners << row.value();
            }
        }
    }
    return {};
}

Status SnapshotStore::captureSearchEntries(RecordSnapshot &snapshot) const
{
    for (const QList<SnapshotRow> *rows : {&snapshot.rows, &snapshot.dependents}) {
        for (const SnapshotRow &row : *rows) {
            const std::optional<RecordKind> kind = kindOfTable(row.table);
            if (!kind)
                continue;
            auto entry = selectRows(QStringLiteral("search_index"), QStringLiteral("rowid"),
                                    SearchIndex::rowIdFor(*kind, row.value(QStringLiteral("id")).toLongLong()));
            if (!entry)
                return entry.error();
            snapshot.searchEntries << entry.value();
        }
    }
    return {};
}

Result<RecordSnapshot> SnapshotStore::restore(const RecordSnapshot &target)
{
    RecordSnapshot replaced;
    const Status done = writeInTransaction([&]() -> Status {
        auto current = capture(target.kind, target.id, target.scope);
        if (!current)
            return current.error();
        // Rows go back in any order; the keys are checked at commit.
        if (Status deferred = Sql::exec(db(), QStringLiteral("PRAGMA defer_foreign_keys = ON")); !deferred)
            return deferred;
        const Status changed = target.exists() ? putBackWithin(target, current.value()) : removeWithin(current.value());
        if (!changed)
            return changed;
        if (target.kind == RecordKind::Organization && target.exists()) {
            if (Status reindexed = OrganizationStore(database()).reindexRecordsNaming(target.id); !reindexed)
                return reindexed;
        }
        replaced = current.value();
        return {};
    });
    if (!done) {
        if (done.error().code() == ErrorCode::ReadOnly || done.error().code() == ErrorCode::Locked)
            return done.error();
        return Error(done.error().code(),
                     tr("The change could not be undone or redone: the records it depends on have changed since."),
                     done.error().detail());
    }
    return replaced;
}

Status SnapshotStore::removeWithin(const RecordSnapshot &current)
{
    if (!current.exists())
        return {};
    // What hangs on the record's rows that are records themselves (a plan's
    // activities): their tasks, attachments and search entries.
    for (const SnapshotRow &row : current.rows.mid(1)) {
        const std::optional<RecordKind> kind = kindOfTable(row.table);
        if (!kind)
            continue;
        const qint64 id = row.value(QStringLiteral("id")).toLongLong();
        if (Status tasks = TaskStore::removeForRecordWithin(db(), *kind, id); !tasks)
            return tasks;
        if (Status files = AttachmentStore::removeForRecordWithin(db(), *kind, id); !files)
            return files;
        if (Status entry = SearchIndex::remove(db(), *kind, id); !entry)
            return entry;
    }
    return deleteRecordWithin(current.kind, current.id, auditFields(current), tr("The record could not be deleted."));
}

Status SnapshotStore::putBackWithin(const RecordSnapshot &target, const RecordSnapshot &current)
{
    const SnapshotRow &own = target.rows.first();
    if (current.exists()) {
        // Children go and come back; the record's own row is updated in
        // place, so that rows elsewhere that must not lose it keep it.
        for (qsizetype i = current.rows.size() - 1; i >= 1; --i) {
            if (Status deleted = deleteRow(current.rows.at(i)); !deleted)
                return deleted;
        }
        if (target.scope == RecordSnapshot::Scope::WithDependents) {
            for (const SnapshotRow &row : current.dependents) {
                if (Status deleted = deleteRow(row); !deleted)
                    return deleted;
            }
        }
        QStringList assignments;
        for (const QString &column : own.columns)
            assignments << identifier(column) + QStringLiteral(" = ?");
        auto updated = Sql::run(db(), QStringLiteral("UPDATE %1 SET %2 WHERE rowid = ?")
                                          .arg(identifier(own.table), assignments.join(QLatin1String(", "))),
                                own.values + QVariantList{current.rows.first().rowId});
        if (!updated)
            return updated.error();
    } else if (Status inserted = insertRow(own); !inserted) {
        return inserted;
    }
    for (const QList<SnapshotRow> *rows : {&target.rows, &target.dependents}) {
        for (const SnapshotRow &row : *rows) {
            if (&row == &own)
                continue;
            if (Status inserted = insertRow(row); !inserted)
                return inserted;
        }
    }
    for (const SnapshotLink &link : target.links) {
        auto relinked = Sql::run(db(), QStringLiteral("UPDATE %1 SET %2 = ? WHERE rowid = ? AND %2 IS NULL")
                                           .arg(identifier(link.table), identifier(link.column)),
                                 {link.value, link.rowId});
        if (!relinked)
            return relinked.error();
    }
    if (Status entries = replaceSearchEntries(target, current); !entries)
        return entries;
    return AuditTrail::record(db(), target.kind, target.id, current.exists() ? AuditAction::Update : AuditAction::Insert,
                              auditFields(current), auditFields(target));
}

Status SnapshotStore::insertRow(const SnapshotRow &row)
{
    QStringList columns;
    for (const QString &column : row.columns)
        columns << identifier(column);
    QVariantList values = row.values;
    // A row without an id of its own (a party of a partnership) gets its old
    // rowid back too, when no row has taken it since: the rows come back as
    // they were, in their order.
    if (!row.columns.contains(QLatin1String("id"))) {
        auto taken = Sql::scalar(db(), QStringLiteral("SELECT count(*) FROM %1 WHERE rowid = ?").arg(identifier(row.table)),
                                 {row.rowId});
        if (!taken)
            return taken.error();
        if (taken.value().toInt() == 0) {
            columns.prepend(QStringLiteral("rowid"));
            values.prepend(row.rowId);
        }
    }
    auto inserted = Sql::run(db(), QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                       .arg(identifier(row.table), columns.join(QLatin1String(", ")),
                                            StoreSupport::placeholders(columns.size())),
                             values);
    return inserted ? Status() : Status(inserted.error());
}

Status SnapshotStore::deleteRow(const SnapshotRow &row)
{
    auto deleted = Sql::run(db(), QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(identifier(row.table)), {row.rowId});
    return deleted ? Status() : Status(deleted.error());
}

Status SnapshotStore::replaceSearchEntries(const RecordSnapshot &target, const RecordSnapshot &current)
{
    for (const SnapshotRow &entry : current.searchEntries) {
        if (Status deleted = deleteRow(entry); !deleted)
            return deleted;
    }
    for (const SnapshotRow &entry : target.searchEntries) {
        auto inserted = Sql::run(db(), QStringLiteral("INSERT INTO search_index (rowid, kind, record_id, title, name, body) "
                                                      "VALUES (?, ?, ?, ?, ?, ?)"),
                                 QVariantList{entry.rowId} + entry.values);
        if (!inserted)
            return inserted.error();
    }
    return {};
}
