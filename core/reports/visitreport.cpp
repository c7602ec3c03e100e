// SPDX-License-Identifier: GPL-3.0-or-later
#include "visitreport.h"

#include "database.h"
#include "reportdocument.h"
#include "reportlookup.h"
#include "sqlsupport.h"
#include "taskstore.h"
#include "visitstore.h"

namespace {

QString titleOf(const Database &db, const QString &table, qint64 id)
{
    if (id <= 0)
        return {};
    // table is one of ours, never user input
    auto title = Sql::scalar(db.connection(), QStringLiteral("SELECT title FROM %1 WHERE id = ?").arg(table), {id});
    return title ? title.value().toString() : QString();
}

QString organizationsWithRole(const Visit &visit, const QString &role, ReportLookup &names)
{
    QList<qint64> ids;
    for (const Visit::VisitOrganization &o : visit.organizations) {
        if (o.role == role)
            ids << o.organizationId;
    }
    return names.organizations(ids);
}

void addFacts(ReportDocument &report, const Database &db, const Visit &v, ReportLookup &names)
{
    const ReportText &t = report.text();
    QStringList place{v.city, names.country(v.country)};
    place.removeAll(QString());
    report.addFacts({
        {t.label(QT_TRANSLATE_NOOP("Report", "Kind")), t.term(Vocab::VisitKind, v.kind)},
        {t.label(QT_TRANSLATE_NOOP("Report", "Direction")), t.term(Vocab::VisitDirection, v.direction)},
        {t.label(QT_TRANSLATE_NOOP("Report", "Dates")), t.period(v.startDate, v.endDate)},
        {t.label(QT_TRANSLATE_NOOP("Report", "Place")), place.join(QStringLiteral(", "))},
        {t.label(QT_TRANSLATE_NOOP("Report", "Hosts")), organizationsWithRole(v, QStringLiteral("host"), names)},
        {t.label(QT_TRANSLATE_NOOP("Report", "Guests")), organizationsWithRole(v, QStringLiteral("guest"), names)},
        {t.label(QT_TRANSLATE_NOOP("Report", "Partnership")),
         titleOf(db, QStringLiteral("partnerships"), v.partnershipId)},
        {t.label(QT_TRANSLATE_NOOP("Report", "Agreement")), titleOf(db, QStringLiteral("agreements"), v.agreementId)},
        {t.label(QT_TRANSLATE_NOOP("Report", "Action plan activity")),
         titleOf(db, QStringLiteral("plan_activities"), v.activityId)},
    });
}

void addTextSection(ReportDocument &report, const QString &heading, const QString &text, const QString &emptyText)
{
    report.addHeading(heading);
    if (text.trimmed().isEmpty())
        report.addEmptyNote(emptyText);
    else
        report.addParagraph(text);
}

void addProgramme(ReportDocument &report, const Visit &v)
{
    const ReportText &t = report.text();
    report.addHeading(t.label(QT_TRANSLATE_NOOP("Report", "Programme")));
    QList<QStringList> rows;
    for (const Visit::ProgrammeItem &item : v.programme)
        rows << QStringList{t.date(item.day), item.time, item.item, item.place};
    report.addTable({t.label(QT_TRANSLATE_NOOP("Report", "Day")), t.label(QT_TRANSLATE_NOOP("Report", "Time")),
                     t.label(QT_TRANSLATE_NOOP("Report", "Item")), t.label(QT_TRANSLATE_NOOP("Report", "Place"))},
                    rows, {20, 12, 48, 20}, t.label(QT_TRANSLATE_NOOP("Report", "No programme recorded.")));
}

void addParticipants(ReportDocument &report, const Visit &v, ReportLookup &names)
{
    const ReportText &t = report.text();
    report.addHeading(t.label(QT_TRANSLATE_NOOP("Report", "Participants")));
    QList<QStringList> rows;
    for (const Visit::Participant &p : v.participants)
        rows << QStringList{t.number(rows.size() + 1), names.person(p.personId), names.organization(p.organizationId),
                            p.role};
    report.addTable({t.label(QT_TRANSLATE_NOOP("Report", "No.")), t.label(QT_TRANSLATE_NOOP("Report", "Name")),
                     t.label(QT_TRANSLATE_NOOP("Report", "Organisation")),
                     t.label(QT_TRANSLATE_NOOP("Report", "Role"))},
                    rows, {6, 30, 36, 28}, t.label(QT_TRANSLATE_NOOP("Report", "No participants recorded.")));
}

void addTasks(ReportDocument &report, const Database &db, const Visit &v)
{
    const ReportText &t = report.text();
    report.addHeading(t.label(QT_TRANSLATE_NOOP("Report", "Follow-up tasks")));
    QList<QStringList> rows;
    for (const Task &task : TaskStore(db).forRecord(RecordKind::Visit, v.id).valueOr({})) {
        const QString state = task.done
                                  ? t.label(QT_TRANSLATE_NOOP("Report", "done %1")).arg(t.date(task.doneOn)).trimmed()
                                  : t.label(QT_TRANSLATE_NOOP("Report", "open"));
        rows << QStringList{t.date(task.dueOn), task.title, task.assignee, state};
    }
    report.addTable({t.label(QT_TRANSLATE_NOOP("Report", "Due")), t.label(QT_TRANSLATE_NOOP("Report", "Task")),
                     t.label(QT_TRANSLATE_NOOP("Report", "Assignee")), t.label(QT_TRANSLATE_NOOP("Report", "State"))},
                    rows, {17, 45, 20, 18}, t.label(QT_TRANSLATE_NOOP("Report", "No follow-up tasks recorded.")));
}

} // namespace

Result<std::unique_ptr<ReportDocument>> VisitReport::build(const Database &db, qint64 visitId, Language language)
{
    auto loaded = VisitStore(db).get(visitId);
    if (!loaded)
        return loaded.error();
    const Visit &v = loaded.value();
    auto report = std::make_unique<ReportDocument>(
        ReportText(language).label(QT_TRANSLATE_NOOP("Report", "Visit report")), language);
    const ReportText &t = report->text();
    ReportLookup names(db, t);
    report->addTitleBlock({v.title}); // typed text: printed as typed
    addFacts(*report, db, v, names);
    addTextSection(*report, t.label(QT_TRANSLATE_NOOP("Report", "Purpose")), v.purpose,
                   t.label(QT_TRANSLATE_NOOP("Report", "No purpose recorded.")));
    addProgramme(*report, v);
    addParticipants(*report, v, names);
    addTextSection(*report, t.label(QT_TRANSLATE_NOOP("Report", "Outcomes")), v.outcome,
                   t.label(QT_TRANSLATE_NOOP("Report", "No outcomes recorded.")));
    addTasks(*report, db, v);
    if (!v.notes.trimmed().isEmpty()) {
        report->addHeading(t.label(QT_TRANSLATE_NOOP("Report", "Notes")));
        report->addParagraph(v.notes);
    }
    return report;
}
