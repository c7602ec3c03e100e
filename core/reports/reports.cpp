// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports.h"

#include "actionplanreport.h"
#include "agreementsregister.h"
#include "partnershipdossier.h"
#include "partnershipsoverview.h"
#include "planprogressreport.h"
#include "reportdocument.h"
#include "signinsheets.h"
#include "visitreport.h"
#include "yearinreview.h"

QStringList Reports::kinds()
{
    return {QStringLiteral("partnership"), QStringLiteral("partnerships"), QStringLiteral("plan"), QStringLiteral("plan-progress"),
            QStringLiteral("visit"),       QStringLiteral("signin"),       QStringLiteral("agreements"), QStringLiteral("year")};
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
    if (!kinds().contains(request.kind))
        return Error(ErrorCode::Invalid, tr("Unknown report \"%1\".").arg(request.kind));
    if (needsId(request.kind) && request.id <= 0)
        return Error(ErrorCode::Invalid, tr("This report needs the record it is about."));
    if (needsYear(request.kind) && request.year <= 0)
        return Error(ErrorCode::Invalid, tr("This report needs a year."));
    const QString &kind = request.kind;
    const Language language = request.language;
    if (kind == QLatin1String("partnership"))
        return PartnershipDossier::build(db, request.id, language);
    if (kind == QLatin1String("partnerships"))
        return PartnershipsOverview::build(db, request.groupBy, language);
    if (kind == QLatin1String("plan"))
        return ActionPlanReport::build(db, request.id, language);
    if (kind == QLatin1String("plan-progress"))
        return PlanProgressReport::build(db, request.id, language);
    if (kind == QLatin1String("visit"))
        return VisitReport::build(db, request.id, language);
    if (kind == QLatin1String("signin"))
        return SignInSheets::build(db, request.id, language);
    if (kind == QLatin1String("agreements"))
        return AgreementsRegister::build(db, language);
    return YearInReview::build(db, request.year, language);
}
