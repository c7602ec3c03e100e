// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordkind.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

class QSqlDatabase;

// A record as the audit trail sees it: field key -> value as text.
using FieldMap = QMap<QString, QString>;

enum class AuditAction { Insert, Update, Delete, Erase };

struct FieldChange
{
    QString field;
    QString before;
    QString after;
};

struct AuditEntry
{
    qint64 id = 0;
    QDateTime changedAt;
    QString actor;
    AuditAction action = AuditAction::Update;
    RecordKind kind = RecordKind::Organization;
    qint64 recordId = 0;
    QList<FieldChange> changes;
};

// Who changed what, when: written by the stores inside each change's own
// transaction, so an entry exists exactly when the change does.
class AuditTrail
{
public:
    // The configured staff name; when empty, the OS user.
    static void setActor(const QString &name);
    static QString actor();

    // Records the fields that differ between before and after (all non-empty
    // fields for an insert or a delete).
    static Status record(const QSqlDatabase &db, RecordKind kind, qint64 id, AuditAction action,
                         const FieldMap &before, const FieldMap &after);
    // The entry of a save: an insert when before is empty (a new record), else an update.
    static Status recordSave(const QSqlDatabase &db, RecordKind kind, qint64 id, const FieldMap &before,
                             const FieldMap &after);
    static Result<QList<AuditEntry>> forRecord(const QSqlDatabase &db, RecordKind kind, qint64 id);
    // Replaces the changes of every entry of a record with "{}" (erasure: keep the fact, not the data).
    static Status forgetDetails(const QSqlDatabase &db, RecordKind kind, qint64 id);

    static QList<FieldChange> diff(const FieldMap &before, const FieldMap &after);
    static QString actionKey(AuditAction action);
};
