// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvimport.h"
#include "partnership.h"

#include <QSet>

// Partnerships in CSV: title, kind, status, parties (at least two, "|"),
// started_on, ended_on, themes ("|"), notes.
class PartnershipCsv : public CsvKindHandler
{
    Q_DECLARE_TR_FUNCTIONS(PartnershipCsv)

public:
    explicit PartnershipCsv(Database &db);

    QString kind() const override { return QStringLiteral("partnerships"); }
    QList<CsvColumn> columns() const override;
    bool prepare(const CsvRow &row, QList<ImportProblem> &problems) override;
    Status apply(bool updateExisting, ImportSummary &summary) override;
    int stagedDuplicates() const override;
    int stagedUpdates() const override;
    int stagedRows() const override { return int(m_staged.size()); }
    Result<QList<QStringList>> exportRows() const override;

private:
    struct Staged
    {
        Partnership partnership;
        qint64 existingId = 0;
        bool duplicateInFile = false;
    };
    Database &m_db;
    QList<Staged> m_staged;
    QSet<QString> m_seen;
};
