// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "samples.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

class Database;

// One line of the results: an operation, its times and its target.
struct BenchResult
{
    QString operation;
    Samples samples;
    QString target; // e.g. "median <= 20 ms"
    bool met = true;
    QString note; // e.g. "42 pages, 61.3 pages/s" or "ratio 35x"
};

// The operations of issue 8, timed through the same core code the app runs
// (Database::open, Dashboard, SearchIndex, VisitStore/RecordLister,
// PartnershipStore, VisitStore::save, Reports + ReportPdf), with the
// baselines: the same searches as a naive LIKE '%…%' scan, the same visits
// listing on a copy of its tables without their secondary indexes.
class BenchSuite
{
public:
    BenchSuite(QString databasePath, int iterations, QString workDir);
    ~BenchSuite();

    // Runs everything; a failure of the core code stops the run.
    Result<QList<BenchResult>> run();

private:
    // Opens path as the app does, the dashboard meanwhile. With *asGivenMedian
    // 0 (the register as given) it stores its median there; otherwise (the
    // compacted copy) it prints the ratio to it and the lines under it.
    Status openAndDashboard(QList<BenchResult> &results, const QString &path, double *asGivenMedian);
    // Copies the register to copyPath and compacts the copy as the app does (timed).
    Status compactCopy(QList<BenchResult> &results, const QString &copyPath);
    Status search(QList<BenchResult> &results);
    Status visitsList(QList<BenchResult> &results);
    Status loadPartnership(QList<BenchResult> &results);
    Status saveVisit(QList<BenchResult> &results);
    Status overviewPdf(QList<BenchResult> &results);
    Status buildUnindexedCopy(const QString &path);

    static Status timed(Samples &samples, const std::function<Status()> &work);

    QString m_path;
    int m_iterations;
    QString m_workDir;
    std::unique_ptr<Database> m_db;
};
