// SPDX-License-Identifier: GPL-3.0-or-later
#include "initiative.h"

#include <algorithm>

namespace {

const QStringList &usualPath()
{
    static const QStringList path = {QStringLiteral("received"),     QStringLiteral("searching"),
                                     QStringLiteral("partners_proposed"), QStringLiteral("contact_made"),
                                     QStringLiteral("negotiating"),  QStringLiteral("agreement_signed")};
    return path;
}

QString idList(const QString &prefix, QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    QStringList parts;
    for (qint64 id : std::as_const(ids))
        parts << prefix + QString::number(id);
    return parts.join(QStringLiteral("; "));
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
        {QStringLiteral("requester_id"), requesterId ? QString::number(requesterId) : QString()},
        {QStringLiteral("origin"), origin},
        {QStringLiteral("sought_countries"), countries.join(QStringLiteral("; "))},
        {QStringLiteral("sought_themes"), idList(QStringLiteral("theme:"), soughtThemeIds)},
        {QStringLiteral("sought_kind"), soughtKind},
        {QStringLiteral("sought_size"), soughtSize},
        {QStringLiteral("description"), description},
        {QStringLiteral("stage"), stage},
        {QStringLiteral("staff_in_charge"), staffInCharge},
        {QStringLiteral("opened_on"), openedOn.toString(Qt::ISODate)},
        {QStringLiteral("closed_on"), closedOn.toString(Qt::ISODate)},
        {QStringLiteral("partnership_id"), partnershipId ? QString::number(partnershipId) : QString()},
        {QStringLiteral("candidates"), idList(QStringLiteral("org:"), candidateIds)},
        {QStringLiteral("stage_history"), history.join(QStringLiteral("; "))},
        {QStringLiteral("notes"), notes},
    };
}
