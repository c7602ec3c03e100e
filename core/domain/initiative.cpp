// SPDX-License-Identifier: GPL-3.0-or-later
#include "initiative.h"

#include "audittext.h"

#include <algorithm>

namespace {

const QStringList &usualPath()
{
    static const QStringList path = {QStringLiteral("received"),     QStringLiteral("searching"),
                                     QStringLiteral("partners_proposed"), QStringLiteral("contact_made"),
                                     QStringLiteral("negotiating"),  QStringLiteral("agreement_signed")};
    return path;
}

QString sortedRefs(const QString &prefix, QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return AuditText::refs(prefix, ids);
}

} // namespace

bool Initiative::isClosedStage(const QString &stage)
{
    return stage == QLatin1String("agreement_signed") || stage == QLatin1String("closed_without_result");
}

QString Initiative::nextStage(const QString &stage)
{
    if (isClosedStage(stage))
        return {};
    const qsizetype index = usualPath().indexOf(stage);
    return index < 0 ? QString() : usualPath().at(index + 1);
}

QMap<QString, QString> Initiative::auditFields() const
{
    QStringList countries = soughtCountries;
    countries.sort();
    QList<qint64> candidateIds;
    for (const Candidate &candidate : candidates)
        candidateIds << candidate.organizationId;
    QStringList history;
    for (const StageChange &change : stageHistory)
        history << change.stage + QLatin1Char(' ') + change.changedOn.toString(Qt::ISODate);
    return {
        {QStringLiteral("title"), title},
        {QStringLiteral("requester_id"), AuditText::number(requesterId)},
        {QStringLiteral("origin"), origin},
        {QStringLiteral("sought_countries"), AuditText::list(countries)},
        {QStringLiteral("sought_themes"), sortedRefs(QStringLiteral("theme:"), soughtThemeIds)},
        {QStringLiteral("sought_kind"), soughtKind},
        {QStringLiteral("sought_size"), soughtSize},
        {QStringLiteral("description"), description},
        {QStringLiteral("stage"), stage},
        {QStringLiteral("staff_in_charge"), staffInCharge},
        {QStringLiteral("opened_on"), openedOn.toString(Qt::ISODate)},
        {QStringLiteral("closed_on"), closedOn.toString(Qt::ISODate)},
        {QStringLiteral("partnership_id"), AuditText::number(partnershipId)},
        {QStringLiteral("candidates"), sortedRefs(QStringLiteral("org:"), candidateIds)},
        {QStringLiteral("stage_history"), AuditText::list(history)},
        {QStringLiteral("notes"), notes},
    };
}
