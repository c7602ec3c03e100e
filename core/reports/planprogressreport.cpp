// SPDX-License-Identifier: GPL-3.0-or-later
#include "planprogressreport.h"

#include "actionplanreport.h"
#include "actionplanstore.h"
#include "database.h"
#include "reportdocument.h"
#include "reportlookup.h"

#include <QSet>

namespace {

QString percent(const ReportText &t, double value)
{
    return t.locale().toString(value, 'f', 0) + QLatin1Char('%');
}

QString spentShare(const ReportText &t, qint64 planned, qint64 spent)
{
    return planned > 0 ? percent(t, 100.0 * double(spent) / double(planned)) : QString();
}

void addSummary(ReportDocument &report, const ActionPlan &plan)
{
    const ReportText &t = report.text();
    report.addHeading(t.label(QT_TRANSLATE_NOOP("Report", "Summary")));
    QList<QPair<QString, QString>> facts;
    facts << qMakePair(t.label(QT_TRANSLATE_NOOP("Report", "Activities")), t.number(plan.activities.size()));
    double progress = 0;
    for (const QString &status : Vocabulary::keys(Vocab::ActivityStatus)) {
        int count = 0;
        for (const PlanActivity &a : plan.activities)
            count += a.status == status ? 1 : 0;
        if (count > 0)
            facts << qMakePair(t.term(Vocab::ActivityStatus, status), t.number(count));
    }
    for (const PlanActivity &a : plan.activities)
        progress += a.progress;
    if (!plan.activities.isEmpty())
        facts << qMakePair(t.label(QT_TRANSLATE_NOOP("Report", "Average progress")),
                           percent(t, progress / double(plan.activities.size())));
    report.addFacts(facts);
}

void addActivities(ReportDocument &report, const ActionPlan &plan)
{
    const ReportText &t = report.text();
    report.addHeading(t.label(QT_TRANSLATE_NOOP("Report", "Progress by activity")));
    QList<QStringList> rows;
    BarChart chart;
    chart.title = t.label(QT_TRANSLATE_NOOP("Report", "Progress by activity"));
    chart.valueSuffix = QStringLiteral("%");
    for (const PlanActivity &a : plan.activities) {
        const QString number = t.number(rows.size() + 1);
        rows << QStringList{number,
                            a.title,
                            t.term(Vocab::ActivityStatus, a.status),
                            percent(t, a.progress),
                            t.money(a.budgetMinor, a.currency),
                            t.money(a.spentMinor, a.currency),
                            a.result};
        chart.labels << number + QStringLiteral(". ") + a.title;
        chart.values << a.progress;
    }
    const QString empty = t.label(QT_TRANSLATE_NOOP("Report", "No activities recorded."));
    report.addTable({t.label(QT_TRANSLATE_NOOP("Report", "No.")), t.label(QT_TRANSLATE_NOOP("Report", "Activity")),
                     t.label(QT_TRANSLATE_NOOP("Report", "Status")), t.label(QT_TRANSLATE_NOOP("Report", "Progress")),
                     t.label(QT_TRANSLATE_NOOP("Report", "Planned")), t.label(QT_TRANSLATE_NOOP("Report", "Spent")),
                     t.label(QT_TRANSLATE_NOOP("Report", "Result"))},
                    rows, {5, 26, 12, 13, 15, 15, 14}, empty);
    report.addChart(chart, empty);
}

void addBudgetLines(ReportDocument &report, const QList<BudgetLine> &lines, const QString &groupHeader,
                    const QString &ungrouped)
{
    const ReportText &t = report.text();
    QList<QStringList> rows;
    for (const BudgetLine &line : lines) {
        rows << QStringList{line.key.isEmpty() ? ungrouped : line.label,       t.number(line.activityCount),
                            t.money(line.plannedMinor, line.currency),         t.money(line.spentMinor, line.currency),
                            spentShare(t, line.plannedMinor, line.spentMinor), percent(t, line.averageProgress)};
    }
    report.addTable({groupHeader, t.label(QT_TRANSLATE_NOOP("Report", "Activities")),
                     t.label(QT_TRANSLATE_NOOP("Report", "Planned")), t.label(QT_TRANSLATE_NOOP("Report", "Spent")),
                     t.label(QT_TRANSLATE_NOOP("Report", "Spent of planned")),
                     t.label(QT_TRANSLATE_NOOP("Report", "Average progress"))},
                    rows, {30, 12, 16, 16, 13, 13}, t.label(QT_TRANSLATE_NOOP("Report", "No activities recorded.")));
}

void addByTheme(ReportDocument &report, const Database &db, const ActionPlan &plan)
{
    const ReportText &t = report.text();
    report.addHeading(t.label(QT_TRANSLATE_NOOP("Report", "Summary by theme")));
    const QList<BudgetLine> lines = ActionPlanStore(db).totalsByTheme(plan.id, t.language()).valueOr({});
    const QString ungrouped = t.label(QT_TRANSLATE_NOOP("Report", "No theme"));
    addBudgetLines(report, lines, t.label(QT_TRANSLATE_NOOP("Report", "Theme")), ungrouped);
    QSet<QString> currencies;
    for (const BudgetLine &line : lines)
        currencies.insert(line.currency);
    BarChart chart;
    chart.title = t.label(QT_TRANSLATE_NOOP("Report", "Average progress by theme"));
    chart.valueSuffix = QStringLiteral("%");
    for (const BudgetLine &line : lines) {
        const QString name = line.key.isEmpty() ? ungrouped : line.label;
        chart.labels << (currencies.size() > 1 ? QStringLiteral("%1 (%2)").arg(name, line.currency) : name);
        chart.values << line.averageProgress;
    }
    report.addChart(chart, t.label(QT_TRANSLATE_NOOP("Report", "No activities recorded.")));
}

void addTotals(ReportDocument &report, const ActionPlan &plan)
{
    const ReportText &t = report.text();
    report.addHeading(t.label(QT_TRANSLATE_NOOP("Report", "Planned and spent in total")));
    QList<QStringList> rows;
    const auto totals = ActionPlanReport::totalsByCurrency(plan);
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        rows << QStringList{it.key(), t.money(it.value().first, it.key()), t.money(it.value().second, it.key()),
                            spentShare(t, it.value().first, it.value().second)};
    }
    report.addTable({t.label(QT_TRANSLATE_NOOP("Report", "Currency")), t.label(QT_TRANSLATE_NOOP("Report", "Planned")),
                     t.label(QT_TRANSLATE_NOOP("Report", "Spent")),
                     t.label(QT_TRANSLATE_NOOP("Report", "Spent of planned"))},
                    rows, {16, 30, 30, 24}, t.label(QT_TRANSLATE_NOOP("Report", "No budget recorded.")));
}

} // namespace

Result<std::unique_ptr<ReportDocument>> PlanProgressReport::build(const Database &db, qint64 planId, Language language)
{
    auto loaded = ActionPlanStore(db).get(planId);
    if (!loaded)
        return loaded.error();
    const ActionPlan &plan = loaded.value();
    auto report = std::make_unique<ReportDocument>(
        ReportText(language).label(QT_TRANSLATE_NOOP("Report", "Action plan implementation report")), language);
    const ReportText &t = report->text();
    ReportLookup names(db, t);
    ActionPlanReport::addPlanHeader(*report, plan, names);
    addSummary(*report, plan);
    addActivities(*report, plan);
    addByTheme(*report, db, plan);
    report->addHeading(t.label(QT_TRANSLATE_NOOP("Report", "Summary by funding source")));
    addBudgetLines(*report, ActionPlanStore(db).totalsByFundingSource(plan.id).valueOr({}),
                   t.label(QT_TRANSLATE_NOOP("Report", "Funding source")),
                   t.label(QT_TRANSLATE_NOOP("Report", "No funding source")));
    addTotals(*report, plan);
    return report;
}
