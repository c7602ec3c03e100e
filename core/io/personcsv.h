// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvimport.h"
#include "person.h"

#include <QSet>

// People in CSV: full_name, organization, position, email, phone, languages, notes.
class PersonCsv : public CsvKindHandler
{
    Q_DECLARE_TR_FUNCTIONS(PersonCsv)

public:
    explicit PersonCsv(Database &db);

    QString kind() const override { return QStringLiteral("people"); }
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
        Person person;
        qint64 existingId = 0;
        bool duplicateInFile = false;
    };
    Database &m_db;
    QList<Staged> m_staged;
    QSet<QString> m_seen;
};
