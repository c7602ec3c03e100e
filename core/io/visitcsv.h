// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "countrylookup.h"
#include "csvimport.h"
#include "visit.h"

#include <QSet>

#include <optional>

// Visits in CSV: title, direction, kind, start_date, end_date, city, country,
// host, guests ("|" lists of organisations), participants ("|" names; a name
// that matches no person adds a new person), purpose, outcome.
class VisitCsv : public CsvKindHandler
{
    Q_DECLARE_TR_FUNCTIONS(VisitCsv)

public:
    explicit VisitCsv(Database &db);

    QString kind() const override { return QStringLiteral("visits"); }
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
        Visit visit;
        QStringList newPeople; // participants to add as people first
        qint64 existingId = 0;
        bool duplicateInFile = false;
    };
    Database &m_db;
    std::optional<CountryLookup> m_countries;
    QList<Staged> m_staged;
    QSet<QString> m_seen;
};
