// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittrail.h"

#include "appidentity.h"
#include "dates.h"
#include "sqlsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>

namespace {

QMutex &actorMutex()
{
    static QMutex mutex;
    return mutex;
}

QString &configuredActor()
{
    static QString name;
    return name;
}

AuditAction actionFromKey(const QString &key)
{
    if (key == QLatin1String("insert"))
        return AuditAction::Insert;
    if (key == QLatin1String("delete"))
        return AuditAction::Delete;
    if (key == QLatin1String("erase"))
        return AuditAction::Erase;
    return AuditAction::Update;
}

} // namespace

void AuditTrail::setActor(const QString &name)
{
    QMutexLocker locker(&actorMutex());
    configuredActor() = name.trimmed();
}

QString AuditTrail::actor()
{
    QMutexLocker locker(&actorMutex());
    return configuredActor().isEmpty() ? AppIdentity::staffNameFallback() : configuredActor();
}

QString AuditTrail::actionKey(AuditAction action)
{
    switch (action) {
    case AuditAction::Insert: return QStringLiteral("insert");
    case AuditAction::Update: return QStringLiteral("update");
    case AuditAction::Delete: return QStringLiteral("delete");
    case AuditAction::Erase: return QStringLiteral("erase");
    }
    return {};
}

QList<FieldChange> AuditTrail::diff(const FieldMap &before, const FieldMap &after)
{
    QSet<QString> keys;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        keys.insert(it.key());
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        keys.insert(it.key());
    QStringList sorted(keys.cbegin(), keys.cend());
    sorted.sort();
    QList<FieldChange> changes;
    for (const QString &key : std::as_const(sorted)) {
        const QString old = before.value(key);
        const QString now = after.value(key);
        if (old != now)
            changes.append({key, old, now});
    }
    return changes;
}

Status AuditTrail::record(const QSqlDatabase &db, RecordKind kind, qint64 id, AuditAction action,
                          const FieldMap &before, const FieldMap &after)
{
    QJsonObject changes;
    if (action != AuditAction::Erase) {
        for (const FieldChange &change : diff(before, after))
            changes.insert(change.field, QJsonArray{change.before, change.after});
    }
    if (action == AuditAction::Update && changes.isEmpty())
        return {}; // nothing changed, nothing to record
    auto inserted = Sql::run(db,
                             QStringLiteral("INSERT INTO audit_log (changed_at, actor, action, record_kind, record_id, changes) "
                                            "VALUES (?, ?, ?, ?, ?, ?)"),
                             {Dates::timestampNow(), actor(), actionKey(action), RecordKinds::key(kind), id,
                              QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact))});
    if (!inserted)
        return inserted.error();
    return {};
}

Status AuditTrail::recordSave(const QSqlDatabase &db, RecordKind kind, qint64 id, const FieldMap &before,
                              const FieldMap &after)
{
    return record(db, kind, id, before.isEmpty() ? AuditAction::Insert : AuditAction::Update, before, after);
}

Result<QList<AuditEntry>> AuditTrail::forRecord(const QSqlDatabase &db, RecordKind kind, qint64 id)
{
    auto query = Sql::run(db,
                          QStringLiteral("SELECT id, changed_at, actor, action, changes FROM audit_log "
                                         "WHERE record_kind = ? AND record_id = ? ORDER BY id"),
                          {RecordKinds::key(kind), id});
    if (!query)
        return query.error();
    QList<AuditEntry> entries;
    QSqlQuery &q = query.value();
    while (q.next()) {
        AuditEntry entry;
        entry.id = q.value(0).toLongLong();
        entry.changedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        entry.actor = q.value(2).toString();
        entry.action = actionFromKey(q.value(3).toString());
        entry.kind = kind;
        entry.recordId = id;
        const QJsonObject changes = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
            const QJsonArray pair = it.value().toArray();
            entry.changes.append({it.key(), pair.at(0).toString(), pair.at(1).toString()});
        }
        entries << entry;
    }
    return entries;
}

Status AuditTrail::forgetDetails(const QSqlDatabase &db, RecordKind kind, qint64 id)
{
    auto updated = Sql::run(db, QStringLiteral("UPDATE audit_log SET changes = '{}' WHERE record_kind = ? AND record_id = ?"),
                            {RecordKinds::key(kind), id});
    if (!updated)
        return updated.error();
    return {};
}
