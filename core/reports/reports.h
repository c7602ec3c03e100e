// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language.h"
#include "result.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class Database;
class ReportDocument;

struct ReportRequest
{
    QString kind;      // see Reports::kinds()
    qint64 id = 0;     // the record, for reports of one record
    int year = 0;      // for the year in review
    QString groupBy;   // partnerships overview: country, municipality, theme, status
    Language language = Language::SerbianLatin;
};

// The catalogue of reports, shared by the desktop app, the CLI and the tests.
class Reports
{
    Q_DECLARE_TR_FUNCTIONS(Reports)

public:
    static QStringList kinds();
    // Whether the kind needs --id / --year.
    static bool needsId(const QString &kind);
    static bool needsYear(const QString &kind);
    static Result<std::unique_ptr<ReportDocument>> build(const Database &db, const ReportRequest &request);
};
