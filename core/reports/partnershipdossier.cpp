// SPDX-License-Identifier: GPL-3.0-or-later
#include "partnershipdossier.h"

#include "agreementstore.h"
#include "database.h"
#include "partnershipstore.h"
#include "reportdocument.h"
#include "reportlookup.h"
#include "taskstore.h"
#include "visitstore.h"

Result<std::unique_ptr<ReportDocument>> PartnershipDossier::build(const Database &db, qint64 partnershipId, Language language)
{
    PartnershipStore partnerships(db);
    auto loaded = partnerships.get(partnershipId);
    if (!loaded)
        return loaded.error();
    const Partnership &p = loaded.value();

    auto report = std::make_unique<ReportDocument>(ReportText(language).label(QT_TRANSLATE_NOOP("Report", "Partnership dossier")),
                                                   language);
    const ReportText &t = report->text();
    ReportLookup names(db, t);
    report->addTitleBlock({p.title}); // typed text: printed as typed, never transliterated

    const QDate last = partnerships.lastActivity(p.id).valueOr(QDate());
    const bool care = partnerships.needsCare(p.id).valueOr(false);
    report->addFacts({
        {t.label(QT_TRANSLATE_NOOP("Report", "Kind")), t.term(Vocab::PartnershipKind, p.kind)},
        {t.label(QT_TRANSLATE_NOOP("Report", "Status")), t.term(Vocab::PartnershipStatus, p.status)},
        {t.label(QT_TRANSLATE_NOOP("Report", "Started")), t.date(p.startedOn)},
        {t.label(QT_TRANSLATE_NOOP("Report", "Ended")), t.date(p.endedOn)},
        {t.label(QT_TRANSLATE_NOOP("Report", "Last activity")),
         last.isValid() ? t.date(last) : t.label(QT_TRANSLATE_NOOP("Report", "none recorded"))},
        {t.label(QT_TRANSLATE_NOOP("Report", "Needs care")), care ? t.label(QT_TRANSLATE_NOOP("Report", "yes: no activity for over a year")) : QString()},
    });
    if (!p.notes.isEmpty())
        report->addParagraph(p.notes);

    report->addHeading(t.label(QT_TRANSLATE_NOOP("Report", "Parties")));
    QList<QStringList> parties;
    for (const PartnershipParty &party : p.parties)
        parties << QStringList{names.organization(party.organizationId), names.organizationCountry(party.organizationId), party.role};
    report->addTable({t.label(QT_TRANSLATE_NOOP("Report", "Organisation")), t.label(QT_TRANSLATE_NOOP("Report", "Country")),
                      t.label(QT_TRANSLATE_NOOP("Report", "Role"))},
                     parties, {55, 25, 20}, t.label(QT_TRANSLATE_NOOP("Report", "No parties recorded.")));

    report->addHeading(t.label(QT_TRANSLATE_NOOP("Report", "Themes")));
    QStringList themes;
    for (qint64 theme : p.themeIds)
        themes << names.theme(theme);
    if (themes.isEmpty())
        report->addEmptyNote(t.label(QT_TRANSLATE_NOOP("Report", "No themes recorded.")));
    else
        report->addParagraph(themes.join(QStringLiteral(", ")));

    report->addHeading(t.label(QT_TRANSLATE_NOOP("Report", "Status history")));
    QList<QStringList> history;
    for (const StatusChange &change : p.statusHistory)
        history << QStringList{t.date(change.changedOn), t.term(Vocab::PartnershipStatus, change.status), change.note};
    report->addTable({t.label(QT_TRANSLATE_NOOP("Report", "Date")), t.label(QT_TRANSLATE_NOOP("Report", "Status")),
                      t.label(QT_TRANSLATE_NOOP("Report", "Note"))},
                     history, {18, 22, 60}, t.label(QT_TRANSLATE_NOOP("Report", "No status changes recorded.")));

    report->addHeading(t.label(QT_TRANSLATE_NOOP("Report", "Twinning committee")));
    QList<QStringList> committee;
    for (const CommitteeMember &member : p.committee)
        committee << QStringList{member.personId > 0 ? names.person(member.personId) : member.name, member.role};
    report->addTable({t.label(QT_TRANSLATE_NOOP("Report", "Name")), t.label(QT_TRANSLATE_NOOP("Report", "Role"))}, committee,
                     {45, 55}, t.label(QT_TRANSLATE_NOOP("Report", "No committee members recorded.")));

    report->addHeading(t.label(QT_TRANSLATE_NOOP("Report", "Timeline")));
    QList<QStringList> timeline;
    for (const TimelineEntry &entry : p.timeline)
        timeline << QStringList{t.date(entry.occurredOn), entry.description};
    report->addTable({t.label(QT_TRANSLATE_NOOP("Report", "Date")), t.label(QT_TRANSLATE_NOOP("Report", "Activity"))}, timeline,
                     {18, 82}, t.label(QT_TRANSLATE_NOOP("Report", "No activities recorded.")));

    report->addHeading(t.label(QT_TRANSLATE_NOOP("Report", "Agreements")));
    QList<QStringList> agreements;
    AgreementStore agreementStore(db);
    for (qint64 id : ReportLookup::ids(db, QStringLiteral("SELECT id FROM agreements WHERE partnership_id = ? ORDER BY signed_on, id"), {p.id})) {
        auto a = agreementStore.get(id);
        if (a)
            agreements << QStringList{a.value().title, t.term(Vocab::AgreementKind, a.value().kind), t.date(a.value().signedOn),
                                      t.date(a.value().validUntil), t.term(Vocab::AgreementStatus, a.value().status)};
    }
    report->addTable({t.label(QT_TRANSLATE_NOOP("Report", "Agreement")), t.label(QT_TRANSLATE_NOOP("Report", "Kind")),
                      t.label(QT_TRANSLATE_NOOP("Report", "Signed")), t.label(QT_TRANSLATE_NOOP("Report", "Valid until")),
                      t.label(QT_TRANSLATE_NOOP("Report", "Status"))},
                     agreements, {36, 18, 15, 15, 16}, t.label(QT_TRANSLATE_NOOP("Report", "No agreements recorded.")));

    report->addHeading(t.label(QT_TRANSLATE_NOOP("Report", "Visits")));
    QList<QStringList> visits;
    VisitStore visitStore(db);
    for (qint64 id : ReportLookup::ids(db, QStringLiteral("SELECT id FROM visits WHERE partnership_id = ? ORDER BY start_date, id"), {p.id})) {
        auto v = visitStore.get(id);
        if (v)
            visits << QStringList{t.period(v.value().startDate, v.value().endDate), v.value().title,
                                  t.term(Vocab::VisitDirection, v.value().direction), v.value().city};
    }
    report->addTable({t.label(QT_TRANSLATE_NOOP("Report", "Dates")), t.label(QT_TRANSLATE_NOOP("Report", "Visit")),
                      t.label(QT_TRANSLATE_NOOP("Report", "Direction")), t.label(QT_TRANSLATE_NOOP("Report", "Place"))},
                     visits, {24, 44, 14, 18}, t.label(QT_TRANSLATE_NOOP("Report", "No visits recorded.")));

    report->addHeading(t.label(QT_TRANSLATE_NOOP("Report", "Open tasks")));
    QList<QStringList> tasks;
    auto linked = TaskStore(db).forRecord(RecordKind::Partnership, p.id);
    if (linked) {
        for (const Task &task : linked.value()) {
            if (!task.done)
                tasks << QStringList{t.date(task.dueOn), task.title, task.assignee};
        }
    }
    report->addTable({t.label(QT_TRANSLATE_NOOP("Report", "Due")), t.label(QT_TRANSLATE_NOOP("Report", "Task")),
                      t.label(QT_TRANSLATE_NOOP("Report", "Assignee"))},
                     tasks, {18, 57, 25}, t.label(QT_TRANSLATE_NOOP("Report", "No open tasks.")));
    return report;
}
