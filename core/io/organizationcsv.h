// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "countrylookup.h"
#include "csvimport.h"
#include "organization.h"

#include <QSet>

// Organisations in CSV: name, name_cyrillic, kind, country, city, email,
// phone, website, notes (see CLI.md).
class OrganizationCsv : public CsvKindHandler
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationCsv)

public:
    explicit OrganizationCsv(Database &db);

    QString kind() const override { return QStringLiteral("organizations"); }
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
        Organization organization;
        QSet<QString> presentColumns; // non-empty cells: what an update overwrites
        qint64 existingId = 0;        // a duplicate of a saved organisation
        bool duplicateInFile = false;
    };

    Database &m_db;
    std::optional<CountryLookup> m_countries;
    QList<Staged> m_staged;
    QSet<QString> m_seen; // country + folded name of staged rows
};
