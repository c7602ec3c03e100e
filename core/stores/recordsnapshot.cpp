// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordsnapshot.h"

QVariant SnapshotRow::value(const QString &column) const
{
    const qsizetype index = columns.indexOf(column);
    return index < 0 ? QVariant() : values.value(index);
}

bool RecordSnapshot::hasSameRows(const RecordSnapshot &other) const
{
    if (rows.size() != other.rows.size())
        return false;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const SnapshotRow &a = rows.at(i);
        const SnapshotRow &b = other.rows.at(i);
        if (a.table != b.table || a.rowId != b.rowId || a.columns != b.columns || a.values != b.values)
            return false;
    }
    return true;
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
