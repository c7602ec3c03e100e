// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports.h"

#include "partnershipdossier.h"
#include "reportdocument.h"

QStringList Reports::kinds()
{
    return {QStringLiteral("partnership")};
}

bool Reports::needsId(const QString &kind)
{
    return kind == QLatin1String("partnership") || kind == QLatin1String("plan") || kind == QLatin1String("plan-progress")
        || kind == QLatin1String("visit") || kind == QLatin1String("signin");
}

bool Reports::needsYear(const QString &kind)
{
    return kind == QLatin1String("year");
}

Result<std::unique_ptr<ReportDocument>> Reports::build(const Database &db, const ReportRequest &request)
{
    if (needsId(request.kind) && request.id <= 0)
        return Error(ErrorCode::Invalid, tr("This report needs the record it is about."));
    if (needsYear(request.kind) && request.year <= 0)
        return Error(ErrorCode::Invalid, tr("This report needs a year."));
    if (request.kind == QLatin1String("partnership"))
        return PartnershipDossier::build(db, request.id, request.language);
    return Error(ErrorCode::Invalid, tr("Unknown report \"%1\".").arg(request.kind));
}
