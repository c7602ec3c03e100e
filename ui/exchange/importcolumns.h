// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

// What the import wizard calls the kinds of records and the import columns
// (whose names CLI.md fixes): a label in the user's language, and the names a
// spreadsheet's header may use for a column (its English and translated labels).
class ImportColumns
{
    Q_DECLARE_TR_FUNCTIONS(ImportColumns)

public:
    static QString kindLabel(const QString &kind);
    static QString label(const QString &column);
    // Import column → other header names that mean it, for CsvColumnMapping::guess.
    static QHash<QString, QStringList> aliases(const QStringList &columns);
};
