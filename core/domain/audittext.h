// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// How the value types write fields for the audit trail (auditFields()):
// one consistent text for absent references and child collections.
namespace AuditText {

// The number, or an empty text for 0 (no reference, no year).
QString number(qint64 value);
// Child items in one field: "org:12 (lead); org:40".
QString list(const QStringList &items);
// References by id, in the given order: "theme:3; theme:7".
QString refs(const QString &prefix, const QList<qint64> &ids);

} // namespace AuditText
