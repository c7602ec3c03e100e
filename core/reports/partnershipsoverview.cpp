// SPDX-License-Identifier: GPL-3.0-or-later
#include "partnershipsoverview.h"

#include "database.h"
#include "partnershipstore.h"
#include "reportdocument.h"
#include "reportlookup.h"
#include "sortkey.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace {

constexpr int maxChartBars = 30;

struct Group
{
    QString key; // empty: the partnerships with nothing to group by
    QString name;
    QList<int> members; // indexes into the partnerships
    int active = 0;
};

struct Grouping
{
    QString by;
    QList<Group> groups;
    int left = 0; // partnerships in no group (municipality: none is a party)
};

// The groups (key, name) a partnership belongs to.
QList<QPair<QString, QString>> groupsOf(const QString &by, const Partnership &p, ReportLookup &names,
                                        const ReportText &t)
{
    QList<QPair<QString, QString>> keys;
    if (by == QLatin1String("status")) {
        keys << qMakePair(p.status, t.term(Vocab::PartnershipStatus, p.status));
    } else if (by == QLatin1String("theme")) {
        for (qint64 theme : p.themeIds)
            keys << qMakePair(QString::number(theme), names.theme(theme));
    } else if (by == QLatin1String("municipality")) {
        for (const PartnershipParty &party : p.parties) {
            const Organization o = names.organizationRecord(party.organizationId);
            if (o.isSerbianLocalGovernment() && o.country == QLatin1String("RS"))
                keys << qMakePair(QString::number(o.id), names.organization(o.id));
        }
    } else {
        QList<qint64> organizations;
        for (const PartnershipParty &party : p.parties)
            organizations << party.organizationId;
        for (const QString &code : names.partnerCountryCodes(organizations))
            keys << qMakePair(code, names.country(code));
    }
    return keys;
}

QString ungroupedName(const QString &by, const ReportText &t)
{
    if (by == QLatin1String("theme"))
        return t.label(QT_TRANSLATE_NOOP("Report", "No theme"));
    return t.label(QT_TRANSLATE_NOOP("Report", "No country recorded"));
}

void sortGroups(const QString &by, QList<Group> &groups)
{
    if (by == QLatin1String("status")) {
        const QStringList order = Vocabulary::keys(Vocab::PartnershipStatus);
        std::stable_sort(groups.begin(), groups.end(), [&order](const Group &a, const Group &b) {
            return order.indexOf(a.key) < order.indexOf(b.key);
        });
        return;
    }
    std::stable_sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        if (a.key.isEmpty() != b.key.isEmpty())
            return b.key.isEmpty();
        if (a.members.size() != b.members.size())
            return a.members.size() > b.members.size();
        return SortKey::of(a.name) < SortKey::of(b.name);
    });
}

Grouping group(const QString &by, const QList<Partnership> &partnerships, ReportLookup &names, const ReportText &t)
{
    Grouping grouping;
    grouping.by = by;
    QHash<QString, int> indexOf;
    for (int i = 0; i < partnerships.size(); ++i) {
        auto keys = groupsOf(by, partnerships.at(i), names, t);
        if (keys.isEmpty() && by == QLatin1String("municipality")) {
            ++grouping.left;
            continue;
        }
        if (keys.isEmpty())
            keys << qMakePair(QString(), ungroupedName(by, t));
        for (const auto &[key, name] : keys) {
            if (!indexOf.contains(key)) {
                indexOf.insert(key, int(grouping.groups.size()));
                grouping.groups << Group{key, name, {}, 0};
            }
            Group &g = grouping.groups[indexOf.value(key)];
            g.members << i;
            if (partnerships.at(i).status == QLatin1String("active"))
                ++g.active;
        }
    }
    sortGroups(by, grouping.groups);
    return grouping;
}

QString groupHeader(const QString &by, const ReportText &t)
{
    if (by == QLatin1String("municipality"))
        return t.label(QT_TRANSLATE_NOOP("Report", "Local government"));
    if (by == QLatin1String("theme"))
        return t.label(QT_TRANSLATE_NOOP("Report", "Theme"));
    if (by == QLatin1String("status"))
        return t.label(QT_TRANSLATE_NOOP("Report", "Status"));
    return t.label(QT_TRANSLATE_NOOP("Report", "Country"));
}

QStringList scopeLines(const Grouping &grouping, const ReportText &t)
{
    const QString &by = grouping.by;
    QStringList lines;
    if (by == QLatin1String("municipality")) {
        lines << t.label(
            QT_TRANSLATE_NOOP("Report", "Grouped by Serbian local government (a party to the partnership)"));
        lines << t.label(QT_TRANSLATE_NOOP(
                             "Report", "Partnerships without a Serbian local government as a party: %1 (not listed)"))
                     .arg(t.number(grouping.left));
    } else if (by == QLatin1String("theme")) {
        lines << t.label(
            QT_TRANSLATE_NOOP("Report", "Grouped by theme; a partnership with several themes is listed under each"));
    } else if (by == QLatin1String("status")) {
        lines << t.label(QT_TRANSLATE_NOOP("Report", "Grouped by status"));
    } else {
        lines << t.label(QT_TRANSLATE_NOOP(
            "Report",
            "Grouped by partner country; a partnership with partners in several countries is listed under each"));
    }
    return lines;
}

void addCounts(ReportDocument &report, const Grouping &grouping, int distinct)
{
    const ReportText &t = report.text();
    report.addHeading(t.label(QT_TRANSLATE_NOOP("Report", "Number of partnerships")));
    QList<QStringList> rows;
    BarChart chart;
    chart.title = t.label(QT_TRANSLATE_NOOP("Report", "Partnerships per group"));
    for (const Group &g : grouping.groups) {
        rows << QStringList{g.name, t.number(g.members.size()), t.number(g.active)};
        if (chart.values.size() < maxChartBars) {
            chart.labels << g.name;
            chart.values << double(g.members.size());
        }
    }
    if (grouping.groups.size() > maxChartBars)
        chart.title
            = t.label(QT_TRANSLATE_NOOP("Report", "Partnerships per group (the %1 largest groups)")).arg(maxChartBars);
    ReportTableOptions options;
    if (!rows.isEmpty()) {
        options.totalRows.insert(int(rows.size()));
        rows << QStringList{t.label(QT_TRANSLATE_NOOP("Report", "Partnerships in total")), t.number(distinct),
                            QString()};
    }
    const QString empty = t.label(QT_TRANSLATE_NOOP("Report", "No partnerships recorded."));
    report.addTable({groupHeader(grouping.by, t), t.label(QT_TRANSLATE_NOOP("Report", "Partnerships")),
                     t.label(QT_TRANSLATE_NOOP("Report", "Of which active"))},
                    grouping.groups.isEmpty() ? QList<QStringList>() : rows, {60, 20, 20}, empty, options);
    report.addChart(chart, empty);
}

QStringList partnershipRow(const Partnership &p, ReportLookup &names, const ReportText &t)
{
    QList<qint64> parties;
    for (const PartnershipParty &party : p.parties)
        parties << party.organizationId;
    return {p.title, names.organizations(parties), t.term(Vocab::PartnershipKind, p.kind),
            t.term(Vocab::PartnershipStatus, p.status), t.date(p.startedOn)};
}

void addLists(ReportDocument &report, const Grouping &grouping, const QList<Partnership> &partnerships,
              ReportLookup &names)
{
    const ReportText &t = report.text();
    report.addHeading(t.label(QT_TRANSLATE_NOOP("Report", "Partnerships by group")));
    if (grouping.groups.isEmpty())
        report.addEmptyNote(t.label(QT_TRANSLATE_NOOP("Report", "No partnerships recorded.")));
    const QStringList headers
        = {t.label(QT_TRANSLATE_NOOP("Report", "Partnership")), t.label(QT_TRANSLATE_NOOP("Report", "Parties")),
           t.label(QT_TRANSLATE_NOOP("Report", "Kind")), t.label(QT_TRANSLATE_NOOP("Report", "Status")),
           t.label(QT_TRANSLATE_NOOP("Report", "Since"))};
    for (const Group &g : grouping.groups) {
        report.addSubheading(QStringLiteral("%1 (%2)").arg(g.name, t.number(g.members.size())));
        QList<QStringList> rows;
        for (int index : g.members)
            rows << partnershipRow(partnerships.at(index), names, t);
        report.addTable(headers, rows, {23, 28, 20, 16, 13},
                        t.label(QT_TRANSLATE_NOOP("Report", "No partnerships recorded.")));
    }
}

} // namespace

QStringList PartnershipsOverview::groupings()
{
    return {QStringLiteral("country"), QStringLiteral("municipality"), QStringLiteral("theme"),
            QStringLiteral("status")};
}

Result<std::unique_ptr<ReportDocument>> PartnershipsOverview::build(const Database &db, const QString &groupBy,
                                                                    Language language)
{
    const QString by = groupBy.isEmpty() ? QStringLiteral("country") : groupBy;
    if (!groupings().contains(by))
        return Error(ErrorCode::Invalid, QCoreApplication::translate("Reports", "Partnerships can be grouped by: %1.")
                                             .arg(groupings().join(QStringLiteral(", "))));
    // Parties and themes are all the overview shows of each (not the timelines).
    auto all = PartnershipStore(db).allWithPartiesAndThemes();
    if (!all)
        return all.error();
    const QList<Partnership> &partnerships = all.value();
    auto report = std::make_unique<ReportDocument>(
        ReportText(language).label(QT_TRANSLATE_NOOP("Report", "Partnerships overview")), language);
    const ReportText &t = report->text();
    ReportLookup names(db, t);
    const Grouping grouping = group(by, partnerships, names, t);
    report->addTitleBlock(scopeLines(grouping, t));
    addCounts(*report, grouping, int(partnerships.size()) - grouping.left);
    addLists(*report, grouping, partnerships, names);
    return report;
}
