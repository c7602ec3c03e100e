// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvimport.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Which field of a file holds which import column (ImportOptions::columns),
// first guessed from the file's header: a header names a column by its name
// (any case; spaces or hyphens for underscores) or by one of its aliases
// (e.g. the labels the import wizard shows), diacritics and script ignored.
class CsvColumnMapping
{
public:
    // Import column → 0-based file column; columns no header names are left out,
    // and no file column is given to two import columns.
    static QHash<QString, int> guess(const QList<CsvColumn> &columns, const QStringList &header,
                                     const QHash<QString, QStringList> &aliases = {});
    // The form a header and a name are compared in.
    static QString normalized(const QString &name);
};
