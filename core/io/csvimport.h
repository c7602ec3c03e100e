// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvsource.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class Database;

// One problem in an import file, in the user's language: "line N, column C: message".
struct ImportProblem
{
    int line = 0;
    int column = 0; // 1-based; 0 when the problem is the whole line
    QString message;
    QString toString() const;
};

struct ImportOptions
{
    bool dryRun = false;         // check everything, write nothing
    bool updateExisting = false; // update duplicates instead of skipping them
    // Which field of the file holds each import column (0-based), instead of
    // matching the header's names: file columns left out are ignored, and
    // problems still name the file's own columns (see CsvColumnMapping).
    std::optional<QHash<QString, int>> columns;
    // Called on the importing thread as rows are checked (done of total) and
    // once more before the commit; returning false cancels: nothing is written.
    std::function<bool(int done, int total)> progress;
};

struct ImportSummary
{
    int added = 0;
    int updated = 0;
    int duplicates = 0;
    QList<ImportProblem> problems;
    bool applied = false; // something was written
};

struct CsvColumn
{
    QString name;
    bool required = false;
};

// A data row of the file: its values by column name, and where they are.
class CsvRow
{
public:
    CsvRow(int line, QHash<QString, int> columns, QStringList fields);

    int line() const { return m_line; }
    QString value(const QString &column) const;
    // The cell split at "|", trimmed, empty items dropped.
    QStringList list(const QString &column) const;
    int columnNumber(const QString &column) const; // 1-based, 0 when absent
    bool has(const QString &column) const { return m_columns.contains(column); }

private:
    int m_line;
    QHash<QString, int> m_columns;
    QStringList m_fields;
};

// What one kind of record does with CSV: its columns, turning rows into
// pending changes (reporting problems by line and column) and writing them,
// and the rows of an export (the same columns, so export → import round-trips).
class CsvKindHandler
{
public:
    virtual ~CsvKindHandler() = default;
    virtual QString kind() const = 0; // organizations, people, partnerships, visits
    virtual QList<CsvColumn> columns() const = 0;
    // Checks and stages one row; returns false and adds problems when the row is bad.
    virtual bool prepare(const CsvRow &row, QList<ImportProblem> &problems) = 0;
    // Writes the staged rows inside the caller's write transaction.
    virtual Status apply(bool updateExisting, ImportSummary &summary) = 0;
    // How many staged rows are duplicates (for dry runs).
    virtual int stagedDuplicates() const = 0;
    // How many staged rows match a saved record (and are not repeated in the file): what an update rewrites.
    virtual int stagedUpdates() const = 0;
    virtual int stagedRows() const = 0;
    virtual Result<QList<QStringList>> exportRows() const = 0;
};

// All rows or none: the whole file is checked first; nothing is written
// unless every row is clean.
class CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(CsvImport)

public:
    static QStringList kinds();
    static std::unique_ptr<CsvKindHandler> handler(const QString &kind, Database &db);

    static Result<ImportSummary> run(Database &db, const QString &kind, const CsvContent &content,
                                     const ImportOptions &options);
    static Status exportTo(Database &db, const QString &kind, const QString &path);

private:
    // The file's columns by the header's names: each must be known, none twice.
    static QHash<QString, int> headerColumns(const QList<CsvColumn> &known, const CsvRecord &header,
                                             QList<ImportProblem> &problems);
    // The columns as ImportOptions::columns matched them to the file's.
    static QHash<QString, int> mappedColumns(const QList<CsvColumn> &known, const CsvRecord &header,
                                             const QHash<QString, int> &mapping, QList<ImportProblem> &problems);
};
