// SPDX-License-Identifier: GPL-3.0-or-later
#include "signinsheets.h"

#include "database.h"
#include "reportdocument.h"
#include "reportlookup.h"
#include "visitstore.h"

namespace {

constexpr double signingSpace = 9; // points above and below a row's text

struct Sheet
{
    qint64 organizationId = 0; // 0: participants with no organisation recorded
    QList<qint64> personIds;   // 0: an anonymous participant (a blank name to fill in)
};

// Hosts and guests first (even with no participant recorded), then the
// organisations only participants name, then those with none.
QList<Sheet> sheetsOf(const Visit &visit)
{
    QList<Sheet> sheets;
    const auto sheetFor = [&sheets](qint64 organizationId) -> Sheet & {
        for (Sheet &sheet : sheets) {
            if (sheet.organizationId == organizationId)
                return sheet;
        }
        sheets << Sheet{organizationId, {}};
        return sheets.last();
    };
    for (const Visit::VisitOrganization &o : visit.organizations)
        sheetFor(o.organizationId);
    for (const Visit::Participant &p : visit.participants) {
        if (p.organizationId > 0)
            sheetFor(p.organizationId).personIds << p.personId;
    }
    for (const Visit::Participant &p : visit.participants) {
        if (p.organizationId <= 0)
            sheetFor(0).personIds << p.personId;
    }
    if (sheets.isEmpty())
        sheets << Sheet{};
    return sheets;
}

void addSheet(ReportDocument &report, const Visit &visit, const Sheet &sheet, ReportLookup &names)
{
    const ReportText &t = report.text();
    const QString organization = sheet.organizationId > 0 ? names.organization(sheet.organizationId) : QString();
    report.addHeading(organization.isEmpty() ? t.label(QT_TRANSLATE_NOOP("Report", "Participants")) : organization);
    QStringList place{visit.city, names.country(visit.country)};
    place.removeAll(QString());
    report.addFacts({
        {t.label(QT_TRANSLATE_NOOP("Report", "Event")), visit.title},
        {t.label(QT_TRANSLATE_NOOP("Report", "Dates")), t.period(visit.startDate, visit.endDate)},
        {t.label(QT_TRANSLATE_NOOP("Report", "Place")), place.join(QStringLiteral(", "))},
    });
    report.addParagraph(
        t.label(QT_TRANSLATE_NOOP("Report", "By signing, participants confirm that they took part in the event.")));
    QList<QStringList> rows;
    for (qint64 person : sheet.personIds)
        rows << QStringList{t.number(rows.size() + 1), names.personName(person), organization, QString()};
    for (int i = 0; i < SignInSheets::blankRows; ++i)
        rows << QStringList{t.number(rows.size() + 1), QString(), QString(), QString()};
    ReportTableOptions options;
    options.rowSpacing = signingSpace;
    report.addTable({t.label(QT_TRANSLATE_NOOP("Report", "No.")), t.label(QT_TRANSLATE_NOOP("Report", "Name")),
                     t.label(QT_TRANSLATE_NOOP("Report", "Organisation")),
                     t.label(QT_TRANSLATE_NOOP("Report", "Signature"))},
                    rows, {7, 31, 27, 35}, QString(), options);
}

} // namespace

Result<std::unique_ptr<ReportDocument>> SignInSheets::build(const Database &db, qint64 visitId, Language language)
{
    auto loaded = VisitStore(db).get(visitId);
    if (!loaded)
        return loaded.error();
    const Visit &visit = loaded.value();
    auto report = std::make_unique<ReportDocument>(
        ReportText(language).label(QT_TRANSLATE_NOOP("Report", "Participants' sign-in sheets")), language);
    const ReportText &t = report->text();
    ReportLookup names(db, t);
    report->addTitleBlock(
        {visit.title, t.label(QT_TRANSLATE_NOOP("Report", "One sheet per organisation, each on its own page"))});
    bool first = true;
    for (const Sheet &sheet : sheetsOf(visit)) {
        if (!first)
            report->addPageBreak();
        first = false;
        addSheet(*report, visit, sheet, names);
    }
    return report;
}
