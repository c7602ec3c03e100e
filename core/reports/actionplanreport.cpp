// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionplanreport.h"

#include "actionplanstore.h"
#include "database.h"
#include "referencedata.h"
#include "reportdocument.h"
#include "reportlookup.h"
#include "sqlsupport.h"

namespace {

QString activityText(const PlanActivity &a, const ReportText &t)
{
    if (a.indicator.isEmpty())
        return a.title;
    return a.title + QLatin1Char('\n') + t.label(QT_TRANSLATE_NOOP("Report", "Indicator: %1")).arg(a.indicator);
}

void addPriorities(ReportDocument &report, const ActionPlan &plan, ReportLookup &names)
{
    const ReportText &t = report.text();
    report.addHeading(t.label(QT_TRANSLATE_NOOP("Report", "Priorities")));
    QList<QStringList> rows;
    for (qint64 theme : plan.priorityThemeIds) {
        int count = 0;
        for (const PlanActivity &a : plan.activities)
            count += a.themeId == theme ? 1 : 0;
        rows << QStringList{t.number(rows.size() + 1), names.theme(theme), t.number(count)};
    }
    report.addTable({t.label(QT_TRANSLATE_NOOP("Report", "No.")), t.label(QT_TRANSLATE_NOOP("Report", "Priority")),
                     t.label(QT_TRANSLATE_NOOP("Report", "Activities"))},
                    rows, {8, 72, 20}, t.label(QT_TRANSLATE_NOOP("Report", "No priorities recorded.")));
}

void addActivities(ReportDocument &report, const ActionPlan &plan, ReportLookup &names)
{
    const ReportText &t = report.text();
    report.addHeading(t.label(QT_TRANSLATE_NOOP("Report", "Activities")));
    QList<QStringList> rows;
    for (const PlanActivity &a : plan.activities) {
        rows << QStringList{t.number(rows.size() + 1),
                            activityText(a, t),
                            a.themeId > 0 ? names.theme(a.themeId) : QString(),
                            a.responsible,
                            t.period(a.startsOn, a.endsOn),
                            t.money(a.budgetMinor, a.currency),
                            a.fundingSource};
    }
    report.addTable({t.label(QT_TRANSLATE_NOOP("Report", "No.")), t.label(QT_TRANSLATE_NOOP("Report", "Activity")),
                     t.label(QT_TRANSLATE_NOOP("Report", "Theme")), t.label(QT_TRANSLATE_NOOP("Report", "Responsible")),
                     t.label(QT_TRANSLATE_NOOP("Report", "Timing")), t.label(QT_TRANSLATE_NOOP("Report", "Budget")),
                     t.label(QT_TRANSLATE_NOOP("Report", "Funding source"))},
                    rows, {5, 20, 17, 13, 15, 12, 18}, t.label(QT_TRANSLATE_NOOP("Report", "No activities recorded.")));
}

void addBudget(ReportDocument &report, const Database &db, const ActionPlan &plan)
{
    const ReportText &t = report.text();
    report.addHeading(t.label(QT_TRANSLATE_NOOP("Report", "Budget by funding source")));
    QList<QStringList> rows;
    for (const BudgetLine &line : ActionPlanStore(db).totalsByFundingSource(plan.id).valueOr({})) {
        const QString source
            = line.key.isEmpty() ? t.label(QT_TRANSLATE_NOOP("Report", "No funding source")) : line.label;
        rows << QStringList{source, t.number(line.activityCount), t.money(line.plannedMinor, line.currency)};
    }
    ReportTableOptions options;
    const auto totals = ActionPlanReport::totalsByCurrency(plan);
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        options.totalRows.insert(int(rows.size()));
        rows << QStringList{t.label(QT_TRANSLATE_NOOP("Report", "Total")), QString(),
                            t.money(it.value().first, it.key())};
    }
    report.addTable({t.label(QT_TRANSLATE_NOOP("Report", "Funding source")),
                     t.label(QT_TRANSLATE_NOOP("Report", "Activities")),
                     t.label(QT_TRANSLATE_NOOP("Report", "Budget"))},
                    rows, {56, 16, 28}, t.label(QT_TRANSLATE_NOOP("Report", "No budget recorded.")), options);
}

QString skgoName(const Database &db, ReportLookup &names)
{
    auto id = Sql::scalar(db.connection(), QStringLiteral("SELECT id FROM organizations WHERE reference_key = ?"),
                          {ReferenceData::skgoKey()});
    return id ? names.organization(id.value().toLongLong()) : QString();
}

} // namespace

QMap<QString, QPair<qint64, qint64>> ActionPlanReport::totalsByCurrency(const ActionPlan &plan)
{
    QMap<QString, QPair<qint64, qint64>> totals;
    for (const PlanActivity &a : plan.activities) {
        auto &total = totals[a.currency];
        total.first += a.budgetMinor;
        total.second += a.spentMinor;
    }
    return totals;
}

void ActionPlanReport::addPlanHeader(ReportDocument &report, const ActionPlan &plan, ReportLookup &names)
{
    const ReportText &t = report.text();
    report.addTitleBlock({plan.title}); // typed text: printed as typed
    report.addFacts({
        {t.label(QT_TRANSLATE_NOOP("Report", "Partner")), names.organization(plan.partnerId)},
        {t.label(QT_TRANSLATE_NOOP("Report", "Year")), QString::number(plan.year)},
        {t.label(QT_TRANSLATE_NOOP("Report", "Status")), t.term(Vocab::PlanStatus, plan.status)},
        {t.label(QT_TRANSLATE_NOOP("Report", "Signed")), t.date(plan.signedOn)},
    });
    if (!plan.notes.isEmpty())
        report.addParagraph(plan.notes);
}

Result<std::unique_ptr<ReportDocument>> ActionPlanReport::build(const Database &db, qint64 planId, Language language)
{
    auto loaded = ActionPlanStore(db).get(planId);
    if (!loaded)
        return loaded.error();
    const ActionPlan &plan = loaded.value();
    auto report = std::make_unique<ReportDocument>(
        ReportText(language).label(QT_TRANSLATE_NOOP("Report", "Action plan")), language);
    const ReportText &t = report->text();
    ReportLookup names(db, t);
    addPlanHeader(*report, plan, names);
    addPriorities(*report, plan, names);
    addActivities(*report, plan, names);
    addBudget(*report, db, plan);
    report->addHeading(t.label(QT_TRANSLATE_NOOP("Report", "Signatures")));
    QStringList parties{skgoName(db, names), names.organization(plan.partnerId)};
    parties.removeAll(QString());
    report->addSignatureBlock(parties);
    return report;
}
