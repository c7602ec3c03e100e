// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordsnapshot.h"

QVariant SnapshotRow::value(const QString &column) const
{
    const qsizetype index = columns.indexOf(column);
    return index < 0 ? QVariant() : values.value(index);
}

QString RecordSnapshot::label() const
{
    if (!exists())
        return {};
    for (const char *column : {"title", "name", "full_name"}) {
        const QString text = rows.first().value(QLatin1String(column)).toString();
        if (!text.isEmpty())
            return text;
    }
    return {};
}
