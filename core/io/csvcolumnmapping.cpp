// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvcolumnmapping.h"

#include "searchfolding.h"

QString CsvColumnMapping::normalized(const QString &name)
{
    QString text = SearchFolding::fold(name.trimmed());
    text.replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char(' '), QLatin1Char('_'));
    return text;
}

QHash<QString, int> CsvColumnMapping::guess(const QList<CsvColumn> &columns, const QStringList &header,
                                            const QHash<QString, QStringList> &aliases)
{
    QStringList files;
    files.reserve(header.size());
    for (const QString &field : header)
        files << normalized(field);
    QHash<QString, int> mapping;
    QList<bool> used(header.size(), false);
    // Exact names first, so that an alias never takes the column another import column is named by.
    for (const bool byAlias : {false, true}) {
        for (const CsvColumn &column : columns) {
            if (mapping.contains(column.name))
                continue;
            QStringList names;
            if (byAlias) {
                for (const QString &alias : aliases.value(column.name))
                    names << normalized(alias);
            } else {
                names << normalized(column.name);
            }
            for (int i = 0; i < files.size(); ++i) {
                if (!used.at(i) && !files.at(i).isEmpty() && names.contains(files.at(i))) {
                    mapping.insert(column.name, i);
                    used[i] = true;
                    break;
                }
            }
        }
    }
    return mapping;
}
