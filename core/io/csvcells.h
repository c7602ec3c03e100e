// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvimport.h"
#include "vocabulary.h"

#include <QDate>
#include <QList>

class CountryLookup;
class Database;

// Reading typed values out of CSV cells, with a problem (line, column,
// translated message) for each bad one. Shared by the kinds' handlers.
class CsvCells
{
    Q_DECLARE_TR_FUNCTIONS(CsvCells)

public:
    // countries: a lookup the handler keeps for the whole file (loaded here when null).
    CsvCells(Database &db, const CsvRow &row, QList<ImportProblem> &problems, const CountryLookup *countries = nullptr);

    QString text(const QString &column, bool required = false);
    // YYYY-MM-DD or D.M.YYYY. (trailing dot optional); invalid when empty.
    QDate date(const QString &column, bool required = false);
    // A vocabulary key; the default when the cell is empty and not required.
    QString term(const QString &column, Vocab vocab, bool required, const QString &fallback = {});
    // Organisations named in a "|" list (see OrganizationStore::resolveReference).
    QList<qint64> organizations(const QString &column, const QString &country = {});
    QList<qint64> themes(const QString &column);
    QString country(const QString &column);
    bool ok() const { return m_problems.size() == m_before; }
    void problem(const QString &column, const QString &message);

private:
    Database &m_db;
    const CsvRow &m_row;
    QList<ImportProblem> &m_problems;
    qsizetype m_before;
    const CountryLookup *m_countries;
};
