// SPDX-License-Identifier: GPL-3.0-or-later
#include "yearinreview.h"

#include "agreementstore.h"
#include "database.h"
#include "initiativestore.h"
#include "partnershipstore.h"
#include "reportdocument.h"
#include "reportlookup.h"
#include "sortkey.h"
#include "visitstore.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace {

constexpr int maxChartBars = 30;
enum Kind { Visits, Partnerships, Agreements, Opened, Closed, KindCount };

// One thing that happened in the year: when, with whom, and its row in the list.
struct Event
{
    QDate date;
    QStringList countries; // partner country codes; empty: not recorded
    QStringList row;
};

using Events = std::array<QList<Event>, KindCount>;

QString yearSql(const QString &table, const QString &column)
{
    return QStringLiteral("SELECT id FROM %1 WHERE substr(%2, 1, 4) = ? ORDER BY %2, sort_key, id").arg(table, column);
}

QList<qint64> partyIds(const QList<PartnershipParty> &parties)
{
    QList<qint64> ids;
    for (const PartnershipParty &p : parties)
        ids << p.organizationId;
    return ids;
}

Status loadVisits(const Database &db, const QString &year, ReportLookup &names, const ReportText &t, Events &events)
{
    VisitStore store(db);
    for (qint64 id : ReportLookup::ids(db, yearSql(QStringLiteral("visits"), QStringLiteral("start_date")), {year})) {
        auto v = store.get(id);
        if (!v)
            return v.error();
        QList<qint64> organizations;
        for (const Visit::VisitOrganization &o : v.value().organizations)
            organizations << o.organizationId;
        QStringList countries = names.partnerCountryCodes(organizations);
        const QString place = v.value().country;
        if (!place.isEmpty() && place != QLatin1String("RS") && !countries.contains(place)) {
            countries.removeAll(QStringLiteral("RS"));
            countries << place;
        } else if (countries.isEmpty() && !place.isEmpty()) {
            countries << place;
        }
        QStringList where{v.value().city, names.country(place)};
        where.removeAll(QString());
        events[Visits] << Event{
            v.value().startDate,
            countries,
            {t.period(v.value().startDate, v.value().endDate), v.value().title, where.join(QStringLiteral(", "))}};
    }
    return {};
}

Status loadPartnerships(const Database &db, const QString &year, ReportLookup &names, const ReportText &t,
                        Events &events)
{
    PartnershipStore store(db);
    for (qint64 id :
         ReportLookup::ids(db, yearSql(QStringLiteral("partnerships"), QStringLiteral("started_on")), {year})) {
        auto p = store.get(id);
        if (!p)
            return p.error();
        const QList<qint64> parties = partyIds(p.value().parties);
        events[Partnerships] << Event{p.value().startedOn,
                                      names.partnerCountryCodes(parties),
                                      {t.date(p.value().startedOn), p.value().title, names.organizations(parties)}};
    }
    return {};
}

Status loadAgreements(const Database &db, const QString &year, ReportLookup &names, const ReportText &t, Events &events)
{
    AgreementStore store(db);
    for (qint64 id :
         ReportLookup::ids(db, yearSql(QStringLiteral("agreements"), QStringLiteral("signed_on")), {year})) {
        auto a = store.get(id);
        if (!a)
            return a.error();
        QList<qint64> parties;
        for (const AgreementParty &party : a.value().parties)
            parties << party.organizationId;
        events[Agreements] << Event{a.value().signedOn,
                                    names.partnerCountryCodes(parties),
                                    {t.date(a.value().signedOn), a.value().title, names.organizations(parties)}};
    }
    return {};
}

Status loadInitiatives(const Database &db, const QString &year, Kind kind, ReportLookup &names, const ReportText &t,
                       Events &events)
{
    InitiativeStore store(db);
    const QString column = kind == Opened ? QStringLiteral("opened_on") : QStringLiteral("closed_on");
    for (qint64 id : ReportLookup::ids(db, yearSql(QStringLiteral("initiatives"), column), {year})) {
        auto i = store.get(id);
        if (!i)
            return i.error();
        QStringList countries = i.value().soughtCountries;
        countries.removeAll(QStringLiteral("RS"));
        if (countries.isEmpty())
            countries = names.partnerCountryCodes({i.value().requesterId});
        const QDate date = kind == Opened ? i.value().openedOn : i.value().closedOn;
        events[kind] << Event{date,
                              countries,
                              {t.date(date), i.value().title, names.organization(i.value().requesterId),
                               t.term(Vocab::InitiativeStage, i.value().stage)}};
    }
    return {};
}

QStringList kindHeaders(const ReportText &t)
{
    return {t.label(QT_TRANSLATE_NOOP("Report", "Visits")), t.label(QT_TRANSLATE_NOOP("Report", "New partnerships")),
            t.label(QT_TRANSLATE_NOOP("Report", "Agreements signed")),
            t.label(QT_TRANSLATE_NOOP("Report", "Initiatives opened")),
            t.label(QT_TRANSLATE_NOOP("Report", "Initiatives closed"))};
}

void addSummary(ReportDocument &report, const Events &events)
{
    const ReportText &t = report.text();
    report.addHeading(t.label(QT_TRANSLATE_NOOP("Report", "Summary")));
    const QStringList headers = kindHeaders(t);
    QList<QPair<QString, QString>> facts;
    for (int kind = 0; kind < KindCount; ++kind)
        facts << qMakePair(headers.at(kind), t.number(events[kind].size()));
    report.addFacts(facts);
}

void addByMonth(ReportDocument &report, const Events &events)
{
    const ReportText &t = report.text();
    report.addHeading(t.label(QT_TRANSLATE_NOOP("Report", "By month")));
    QList<QStringList> rows;
    BarChart chart;
    chart.title = t.label(QT_TRANSLATE_NOOP("Report", "Visits by month"));
    std::array<qint64, KindCount> totals{};
    for (int month = 1; month <= 12; ++month) {
        QStringList row{t.monthName(month)};
        for (int kind = 0; kind < KindCount; ++kind) {
            const auto count = std::count_if(events[kind].cbegin(), events[kind].cend(),
                                             [month](const Event &e) { return e.date.month() == month; });
            totals[kind] += count;
            row << t.number(count);
            if (kind == Visits) {
                chart.labels << row.first();
                chart.values << double(count);
            }
        }
        rows << row;
    }
    QStringList total{t.label(QT_TRANSLATE_NOOP("Report", "Total"))};
    for (qint64 count : totals)
        total << t.number(count);
    rows << total;
    ReportTableOptions options;
    options.totalRows.insert(12);
    report.addTable(QStringList{t.label(QT_TRANSLATE_NOOP("Report", "Month"))} + kindHeaders(t), rows,
                    {20, 16, 16, 16, 16, 16}, QString(), options);
    report.addChart(chart, QString());
}

struct CountryCounts
{
    QString name;
    std::array<qint64, KindCount> counts{};
    qint64 total = 0;
};

QList<CountryCounts> countByCountry(const Events &events, ReportLookup &names, const ReportText &t)
{
    QHash<QString, CountryCounts> byCode;
    for (int kind = 0; kind < KindCount; ++kind) {
        for (const Event &e : events[kind]) {
            const QStringList codes = e.countries.isEmpty() ? QStringList{QString()} : e.countries;
            for (const QString &code : codes) {
                CountryCounts &c = byCode[code];
                c.name = code.isEmpty() ? t.label(QT_TRANSLATE_NOOP("Report", "No country recorded"))
                                        : names.country(code);
                c.counts[kind] += 1;
                c.total += 1;
            }
        }
    }
    QList<CountryCounts> list = byCode.values();
    std::sort(list.begin(), list.end(), [](const CountryCounts &a, const CountryCounts &b) {
        return a.total != b.total ? a.total > b.total : SortKey::of(a.name) < SortKey::of(b.name);
    });
    return list;
}

void addByCountry(ReportDocument &report, const Events &events, ReportLookup &names)
{
    const ReportText &t = report.text();
    report.addHeading(t.label(QT_TRANSLATE_NOOP("Report", "By country")));
    report.addParagraph(t.label(QT_TRANSLATE_NOOP(
        "Report", "The partner's country; a record with partners in several countries counts under each.")));
    QList<QStringList> rows;
    BarChart chart;
    chart.title = t.label(QT_TRANSLATE_NOOP("Report", "All activities by country"));
    for (const CountryCounts &c : countByCountry(events, names, t)) {
        QStringList row{c.name};
        for (qint64 count : c.counts)
            row << t.number(count);
        rows << row;
        if (chart.values.size() < maxChartBars) {
            chart.labels << c.name;
            chart.values << double(c.total);
        }
    }
    const QString empty = t.label(QT_TRANSLATE_NOOP("Report", "Nothing recorded for this year."));
    report.addTable(QStringList{t.label(QT_TRANSLATE_NOOP("Report", "Country"))} + kindHeaders(t), rows,
                    {20, 16, 16, 16, 16, 16}, empty);
    report.addChart(chart, empty);
}

void addLists(ReportDocument &report, const Events &events)
{
    const ReportText &t = report.text();
    const QStringList headings = kindHeaders(t);
    const QString date = t.label(QT_TRANSLATE_NOOP("Report", "Date"));
    const QList<QStringList> headers = {
        {t.label(QT_TRANSLATE_NOOP("Report", "Dates")), t.label(QT_TRANSLATE_NOOP("Report", "Visit")),
         t.label(QT_TRANSLATE_NOOP("Report", "Place"))},
        {date, t.label(QT_TRANSLATE_NOOP("Report", "Partnership")), t.label(QT_TRANSLATE_NOOP("Report", "Parties"))},
        {date, t.label(QT_TRANSLATE_NOOP("Report", "Agreement")), t.label(QT_TRANSLATE_NOOP("Report", "Parties"))},
        {date, t.label(QT_TRANSLATE_NOOP("Report", "Initiative")), t.label(QT_TRANSLATE_NOOP("Report", "Requested by")),
         t.label(QT_TRANSLATE_NOOP("Report", "Stage"))},
        {date, t.label(QT_TRANSLATE_NOOP("Report", "Initiative")), t.label(QT_TRANSLATE_NOOP("Report", "Requested by")),
         t.label(QT_TRANSLATE_NOOP("Report", "Stage"))},
    };
    const QList<QList<int>> widths = {{24, 50, 26}, {18, 40, 42}, {18, 44, 38}, {16, 40, 26, 18}, {16, 40, 26, 18}};
    const QStringList empty = {t.label(QT_TRANSLATE_NOOP("Report", "No visits recorded.")),
                               t.label(QT_TRANSLATE_NOOP("Report", "No new partnerships recorded.")),
                               t.label(QT_TRANSLATE_NOOP("Report", "No agreements signed.")),
                               t.label(QT_TRANSLATE_NOOP("Report", "No initiatives opened.")),
                               t.label(QT_TRANSLATE_NOOP("Report", "No initiatives closed."))};
    for (int kind = 0; kind < KindCount; ++kind) {
        report.addHeading(headings.at(kind));
        QList<QStringList> rows;
        for (const Event &e : events[kind])
            rows << e.row;
        report.addTable(headers.at(kind), rows, widths.at(kind), empty.at(kind));
    }
}

} // namespace

Result<std::unique_ptr<ReportDocument>> YearInReview::build(const Database &db, int year, Language language)
{
    const ReportText labels(language);
    auto report = std::make_unique<ReportDocument>(
        labels.label(QT_TRANSLATE_NOOP("Report", "Year in review %1")).arg(year), language);
    const ReportText &t = report->text();
    ReportLookup names(db, t);
    const QString y = QString::number(year).rightJustified(4, QLatin1Char('0'));
    Events events;
    for (const Status &loaded :
         {loadVisits(db, y, names, t, events), loadPartnerships(db, y, names, t, events),
          loadAgreements(db, y, names, t, events), loadInitiatives(db, y, Opened, names, t, events),
          loadInitiatives(db, y, Closed, names, t, events)}) {
        if (!loaded)
            return loaded.error();
    }
    report->addTitleBlock(
        {t.label(QT_TRANSLATE_NOOP("Report", "Year: %1")).arg(year),
         t.label(QT_TRANSLATE_NOOP("Report", "Visits (by first day), partnerships started, agreements signed, "
                                             "initiatives opened and closed in the year"))});
    addSummary(*report, events);
    addByMonth(*report, events);
    addByCountry(*report, events, names);
    addLists(*report, events);
    return report;
}
