// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The kinds of records, with the stable keys used by the CLI (search output),
// the audit trail, tasks and attachments.
enum class RecordKind {
    Organization,
    Person,
    Partnership,
    Initiative,
    Agreement,
    Visit,
    Plan,
    Activity,
    Membership,
    Task,
};

class RecordKinds
{
    Q_DECLARE_TR_FUNCTIONS(RecordKinds)

public:
    static const QList<RecordKind> &all();
    static QString key(RecordKind kind);
    static std::optional<RecordKind> fromKey(const QString &key);
    // Translated singular and plural names, e.g. "Partnership" / "Partnerships".
    static QString singular(RecordKind kind);
    static QString plural(RecordKind kind);
};
