// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimport.h"

#include "csvwriter.h"
#include "database.h"
#include "organizationcsv.h"
#include "partnershipcsv.h"
#include "personcsv.h"
#include "visitcsv.h"
#include "writetransaction.h"

namespace {

bool isKnown(const QList<CsvColumn> &known, const QString &name)
{
    return std::any_of(known.cbegin(), known.cend(), [&](const CsvColumn &c) { return c.name == name; });
}

} // namespace

QString ImportProblem::toString() const
{
    if (column > 0)
        return CsvImport::tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
    return CsvImport::tr("line %1: %2").arg(line).arg(message);
}

CsvRow::CsvRow(int line, QHash<QString, int> columns, QStringList fields)
    : m_line(line)
    , m_columns(std::move(columns))
    , m_fields(std::move(fields))
{
}

QString CsvRow::value(const QString &column) const
{
    const int index = m_columns.value(column, -1);
    return index >= 0 ? m_fields.value(index).trimmed() : QString();
}

QStringList CsvRow::list(const QString &column) const
{
    QStringList items;
    const QStringList parts = value(column).split(QLatin1Char('|'));
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            items << part.trimmed();
    }
    return items;
}

int CsvRow::columnNumber(const QString &column) const
{
    const int index = m_columns.value(column, -1);
    return index + 1;
}

QStringList CsvImport::kinds()
{
    return {QStringLiteral("organizations"), QStringLiteral("people"), QStringLiteral("partnerships"), QStringLiteral("visits")};
}

std::unique_ptr<CsvKindHandler> CsvImport::handler(const QString &kind, Database &db)
{
    if (kind == QLatin1String("organizations"))
        return std::make_unique<OrganizationCsv>(db);
    if (kind == QLatin1String("people"))
        return std::make_unique<PersonCsv>(db);
    if (kind == QLatin1String("partnerships"))
        return std::make_unique<PartnershipCsv>(db);
    if (kind == QLatin1String("visits"))
        return std::make_unique<VisitCsv>(db);
    return nullptr;
}

Result<ImportSummary> CsvImport::run(Database &db, const QString &kind, const CsvContent &content,
                                     const ImportOptions &options)
{
    auto handler = CsvImport::handler(kind, db);
    if (!handler)
        return Error(ErrorCode::Invalid, tr("Unknown kind of records \"%1\".").arg(kind));
    ImportSummary summary;
    if (content.records.isEmpty()) {
        summary.problems.append({1, 0, tr("The file is empty.")});
        return summary;
    }

    // Header: every column known, every required one present; or the columns as mapped.
    const CsvRecord &header = content.records.first();
    const QList<CsvColumn> known = handler->columns();
    QHash<QString, int> columns = options.columns ? mappedColumns(known, header, *options.columns, summary.problems)
                                                  : headerColumns(known, header, summary.problems);
    for (const CsvColumn &column : known) {
        if (column.required && !columns.contains(column.name))
            summary.problems.append({header.line, 0,
                                     options.columns ? tr("the required column \"%1\" is not matched to a column of the file")
                                                           .arg(column.name)
                                                     : tr("the required column \"%1\" is missing").arg(column.name)});
    }
    if (!summary.problems.isEmpty())
        return summary;

    const int total = int(content.records.size()) - 1;
    const auto cancelled = [&options](int done, int all) { return options.progress && !options.progress(done, all); };
    for (qsizetype r = 1; r < content.records.size(); ++r) {
        const CsvRecord &record = content.records.at(r);
        if (record.fields.size() > header.fields.size()) {
            summary.problems.append({record.line, int(header.fields.size()) + 1,
                                     tr("the line has %1 fields, the header %2").arg(record.fields.size()).arg(header.fields.size())});
            continue;
        }
        handler->prepare(CsvRow(record.line, columns, record.fields), summary.problems);
        if (cancelled(int(r), total))
            return Error(ErrorCode::Cancelled, tr("The import was cancelled; nothing was written."));
    }
    if (!summary.problems.isEmpty())
        return summary;
    if (options.dryRun) {
        summary.duplicates = handler->stagedDuplicates();
        if (options.updateExisting) {
            summary.updated = handler->stagedUpdates();
            summary.duplicates -= summary.updated; // rows repeated within the file stay skipped
        }
        summary.added = handler->stagedRows() - summary.updated - summary.duplicates;
        return summary;
    }
    if (db.isReadOnly())
        return Error(ErrorCode::ReadOnly, db.readOnlyMessage());
    WriteTransaction transaction(db.connection());
    if (!transaction.isActive())
        return transaction.error();
    ImportSummary applied = summary;
    if (Status written = handler->apply(options.updateExisting, applied); !written)
        return written.error();
    if (cancelled(total, total))
        return Error(ErrorCode::Cancelled, tr("The import was cancelled; nothing was written."));
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    applied.applied = applied.added + applied.updated > 0;
    return applied;
}

QHash<QString, int> CsvImport::headerColumns(const QList<CsvColumn> &known, const CsvRecord &header,
                                             QList<ImportProblem> &problems)
{
    QHash<QString, int> columns;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (!isKnown(known, name))
            problems.append({header.line, i + 1, tr("unknown column \"%1\"").arg(header.fields.at(i).trimmed())});
        else if (columns.contains(name))
            problems.append({header.line, i + 1, tr("the column \"%1\" appears twice").arg(name)});
        else
            columns.insert(name, i);
    }
    return columns;
}

QHash<QString, int> CsvImport::mappedColumns(const QList<CsvColumn> &known, const CsvRecord &header,
                                             const QHash<QString, int> &mapping, QList<ImportProblem> &problems)
{
    QHash<QString, int> columns;
    QHash<int, QString> users; // file column → the import column matched to it
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        if (!isKnown(known, it.key()))
            problems.append({header.line, 0, tr("unknown column \"%1\"").arg(it.key())});
    }
    for (const CsvColumn &column : known) { // in the kind's order, for stable messages
        const auto found = mapping.constFind(column.name);
        if (found == mapping.cend() || found.value() < 0)
            continue;
        const int index = found.value();
        if (index >= header.fields.size())
            problems.append({header.line, index + 1, tr("the file has no column %1").arg(index + 1)});
        else if (users.contains(index))
            problems.append({header.line, index + 1,
                             tr("the column is matched to both \"%1\" and \"%2\"").arg(users.value(index), column.name)});
        else {
            users.insert(index, column.name);
            columns.insert(column.name, index);
        }
    }
    return columns;
}

Status CsvImport::exportTo(Database &db, const QString &kind, const QString &path)
{
    auto handler = CsvImport::handler(kind, db);
    if (!handler)
        return Error(ErrorCode::Invalid, tr("Unknown kind of records \"%1\".").arg(kind));
    auto rows = handler->exportRows();
    if (!rows)
        return rows.error();
    QStringList header;
    for (const CsvColumn &column : handler->columns())
        header << column.name;
    QList<QStringList> all{header};
    all << rows.value();
    return CsvWriter::write(path, all);
}
