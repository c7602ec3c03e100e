// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordkind.h"

const QList<RecordKind> &RecordKinds::all()
{
    static const QList<RecordKind> kinds = {RecordKind::Organization, RecordKind::Person,    RecordKind::Partnership,
                                            RecordKind::Initiative,   RecordKind::Agreement, RecordKind::Visit,
                                            RecordKind::Plan,         RecordKind::Activity,  RecordKind::Membership,
                                            RecordKind::Task};
    return kinds;
}

QString RecordKinds::key(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Organization: return QStringLiteral("organization");
    case RecordKind::Person: return QStringLiteral("person");
    case RecordKind::Partnership: return QStringLiteral("partnership");
    case RecordKind::Initiative: return QStringLiteral("initiative");
    case RecordKind::Agreement: return QStringLiteral("agreement");
    case RecordKind::Visit: return QStringLiteral("visit");
    case RecordKind::Plan: return QStringLiteral("plan");
    case RecordKind::Activity: return QStringLiteral("activity");
    case RecordKind::Membership: return QStringLiteral("membership");
    case RecordKind::Task: return QStringLiteral("task");
    }
    return {};
}

std::optional<RecordKind> RecordKinds::fromKey(const QString &key)
{
    for (RecordKind kind : all()) {
        if (RecordKinds::key(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString RecordKinds::singular(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Organization: return tr("Organization");
    case RecordKind::Person: return tr("Person");
    case RecordKind::Partnership: return tr("Partnership");
    case RecordKind::Initiative: return tr("Initiative");
    case RecordKind::Agreement: return tr("Agreement");
    case RecordKind::Visit: return tr("Visit");
    case RecordKind::Plan: return tr("Action plan");
    case RecordKind::Activity: return tr("Plan activity");
    case RecordKind::Membership: return tr("Membership");
    case RecordKind::Task: return tr("Task");
    }
    return {};
}

QString RecordKinds::plural(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Organization: return tr("Organizations");
    case RecordKind::Person: return tr("People");
    case RecordKind::Partnership: return tr("Partnerships");
    case RecordKind::Initiative: return tr("Initiatives");
    case RecordKind::Agreement: return tr("Agreements");
    case RecordKind::Visit: return tr("Visits");
    case RecordKind::Plan: return tr("Action plans");
    case RecordKind::Activity: return tr("Plan activities");
    case RecordKind::Membership: return tr("Memberships");
    case RecordKind::Task: return tr("Tasks");
    }
    return {};
}
