// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections.h"

#include "actionplaneditor.h"
#include "actionplanstore.h"
#include "agreementstore.h"
#include "database.h"
#include "initiativestore.h"
#include "membershipstore.h"
#include "organizationeditor.h"
#include "organizationstore.h"
#include "partnershipeditor.h"
#include "partnershipstore.h"
#include "personeditor.h"
#include "personstore.h"
#include "sectionpage.h"
#include "taskstore.h"
#include "visiteditor.h"
#include "visitstore.h"

#include <QDate>

namespace {

using Format = ListColumnView::Format;

QList<SectionPage::FilterOption> termOptions(Vocab vocab)
{
    QList<SectionPage::FilterOption> options;
    for (const QString &key : Vocabulary::keys(vocab))
        options.append({Vocabulary::label(vocab, key), key});
    return options;
}

QList<SectionPage::FilterOption> yearOptions()
{
    QList<SectionPage::FilterOption> options;
    for (int year = QDate::currentDate().year() + 1; year >= 1990; --year)
        options.append({QString::number(year), year});
    return options;
}

QList<ListColumnView> columnsFor(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Partnership:
        return {{QStringLiteral("title"), Sections::tr("Title")},
                {QStringLiteral("kind"), Sections::tr("Kind"), Format::Term, Vocab::PartnershipKind},
                {QStringLiteral("status"), Sections::tr("Status"), Format::Term, Vocab::PartnershipStatus},
                {QStringLiteral("parties"), Sections::tr("Parties")},
                {QStringLiteral("started_on"), Sections::tr("Since"), Format::Date},
                {QStringLiteral("last_activity"), Sections::tr("Last activity"), Format::Date}};
    case RecordKind::Initiative:
        return {{QStringLiteral("title"), Sections::tr("Title")},
                {QStringLiteral("requester"), Sections::tr("Requested by")},
                {QStringLiteral("stage"), Sections::tr("Stage"), Format::Term, Vocab::InitiativeStage},
                {QStringLiteral("staff_in_charge"), Sections::tr("In charge")},
                {QStringLiteral("opened_on"), Sections::tr("Opened"), Format::Date},
                {QStringLiteral("days_in_stage"), Sections::tr("Days in stage"), Format::Number}};
    case RecordKind::Visit:
        return {{QStringLiteral("start_date"), Sections::tr("From"), Format::Date},
                {QStringLiteral("end_date"), Sections::tr("To"), Format::Date},
                {QStringLiteral("title"), Sections::tr("Title")},
                {QStringLiteral("direction"), Sections::tr("Direction"), Format::Term, Vocab::VisitDirection},
                {QStringLiteral("kind"), Sections::tr("Kind"), Format::Term, Vocab::VisitKind},
                {QStringLiteral("city"), Sections::tr("Place")},
                {QStringLiteral("country"), Sections::tr("Country")},
                {QStringLiteral("hosts"), Sections::tr("Hosts")},
                {QStringLiteral("guests"), Sections::tr("Guests")}};
    case RecordKind::Agreement:
        return {{QStringLiteral("title"), Sections::tr("Title")},
                {QStringLiteral("kind"), Sections::tr("Kind"), Format::Term, Vocab::AgreementKind},
                {QStringLiteral("parties"), Sections::tr("Parties")},
                {QStringLiteral("signed_on"), Sections::tr("Signed"), Format::Date},
                {QStringLiteral("valid_until"), Sections::tr("Valid until"), Format::Date},
                {QStringLiteral("status"), Sections::tr("Status"), Format::Term, Vocab::AgreementStatus}};
    case RecordKind::Plan:
        return {{QStringLiteral("year"), Sections::tr("Year")},
                {QStringLiteral("title"), Sections::tr("Title")},
                {QStringLiteral("partner"), Sections::tr("Partner")},
                {QStringLiteral("status"), Sections::tr("Status"), Format::Term, Vocab::PlanStatus},
                {QStringLiteral("activities"), Sections::tr("Activities"), Format::Number},
                {QStringLiteral("average_progress"), Sections::tr("Progress"), Format::Percent}};
    case RecordKind::Membership:
        return {{QStringLiteral("organization"), Sections::tr("Organisation")},
                {QStringLiteral("role"), Sections::tr("Role")},
                {QStringLiteral("member_since"), Sections::tr("Member since"), Format::Date},
                {QStringLiteral("delegates"), Sections::tr("Delegates"), Format::Number},
                {QStringLiteral("next_mandate_end"), Sections::tr("Next mandate ends"), Format::Date}};
    case RecordKind::Organization:
        return {{QStringLiteral("name"), Sections::tr("Name", "of an organisation")},
                {QStringLiteral("name_cyrillic"), Sections::tr("Name in Cyrillic"), Format::Text, std::nullopt, false},
                {QStringLiteral("kind"), Sections::tr("Kind"), Format::Term, Vocab::OrganizationKind},
                {QStringLiteral("country"), Sections::tr("Country")},
                {QStringLiteral("city"), Sections::tr("Seat")},
                {QStringLiteral("district"), Sections::tr("District")},
                {QStringLiteral("email"), Sections::tr("E-mail"), Format::Text, std::nullopt, false},
                {QStringLiteral("partnerships"), Sections::tr("Partnerships"), Format::Number}};
    case RecordKind::Person:
        return {{QStringLiteral("full_name"), Sections::tr("Name", "of a person")},
                {QStringLiteral("position"), Sections::tr("Position")},
                {QStringLiteral("organization"), Sections::tr("Organisation")},
                {QStringLiteral("email"), Sections::tr("E-mail")},
                {QStringLiteral("phone"), Sections::tr("Phone")},
                {QStringLiteral("languages"), Sections::tr("Languages"), Format::Text, std::nullopt, false}};
    case RecordKind::Task:
        return {{QStringLiteral("due_on"), Sections::tr("Due"), Format::Date},
                {QStringLiteral("title"), Sections::tr("Task")},
                {QStringLiteral("done"), Sections::tr("Done"), Format::YesNo},
                {QStringLiteral("assignee"), Sections::tr("Assignee")},
                {QStringLiteral("record_kind"), Sections::tr("About")}};
    case RecordKind::Activity:
        break;
    }
    return {};
}

} // namespace

const QList<RecordKind> &Sections::order()
{
    static const QList<RecordKind> kinds = {RecordKind::Partnership, RecordKind::Initiative, RecordKind::Visit,
                                            RecordKind::Agreement,   RecordKind::Plan,       RecordKind::Membership,
                                            RecordKind::Organization, RecordKind::Person,    RecordKind::Task};
    return kinds;
}

SectionPage *Sections::create(RecordKind kind, QWidget *parent)
{
    auto *page = new SectionPage(kind, RecordKinds::plural(kind), columnsFor(kind), parent);
    const QList<SectionPage::FilterOption> years = yearOptions();
    switch (kind) {
    case RecordKind::Partnership:
        page->addFilter(QStringLiteral("status"), tr("Any status"), termOptions(Vocab::PartnershipStatus));
        page->addFilter(QStringLiteral("kind"), tr("Any kind"), termOptions(Vocab::PartnershipKind));
        page->addFilter(QStringLiteral("year"), tr("Any year"), years);
        page->setEditor(new PartnershipEditor(page));
        break;
    case RecordKind::Initiative:
        page->addFilter(QStringLiteral("stage"), tr("Any stage"), termOptions(Vocab::InitiativeStage));
        page->addFilter(QStringLiteral("year"), tr("Any year"), years);
        break;
    case RecordKind::Visit:
        page->setDefaultSort(0, Qt::DescendingOrder); // the latest visits first
        page->addFilter(QStringLiteral("direction"), tr("Any direction"), termOptions(Vocab::VisitDirection));
        page->addFilter(QStringLiteral("kind"), tr("Any kind"), termOptions(Vocab::VisitKind));
        page->addFilter(QStringLiteral("year"), tr("Any year"), years);
        page->setEditor(new VisitEditor(page));
        break;
    case RecordKind::Agreement:
        page->addFilter(QStringLiteral("status"), tr("Any status"), termOptions(Vocab::AgreementStatus));
        page->addFilter(QStringLiteral("kind"), tr("Any kind"), termOptions(Vocab::AgreementKind));
        page->addFilter(QStringLiteral("year"), tr("Any year"), years);
        break;
    case RecordKind::Plan:
        page->setDefaultSort(0, Qt::DescendingOrder); // this year's plans first
        page->addFilter(QStringLiteral("status"), tr("Any status"), termOptions(Vocab::PlanStatus));
        page->addFilter(QStringLiteral("year"), tr("Any year"), years);
        page->setEditor(new ActionPlanEditor(page));
        page->setEditorBelow(); // a short list; the activities table needs the width
        break;
    case RecordKind::Organization:
        page->addFilter(QStringLiteral("kind"), tr("Any kind"), termOptions(Vocab::OrganizationKind));
        page->setEditor(new OrganizationEditor(page));
        break;
    case RecordKind::Task:
        page->addFilter(QStringLiteral("done"), tr("Open and done", "tasks"), {{tr("Open", "tasks"), 0}, {tr("Done", "tasks"), 1}});
        break;
    case RecordKind::Person:
        page->setEditor(new PersonEditor(page));
        break;
    case RecordKind::Membership:
    case RecordKind::Activity:
        break;
    }
    return page;
}

RecordListModel::Source Sections::source(RecordKind kind, Database *db)
{
    if (!db)
        return {};
    switch (kind) {
    case RecordKind::Partnership: return [db](const ListQuery &q) { return PartnershipStore(*db).list(q); };
    case RecordKind::Initiative: return [db](const ListQuery &q) { return InitiativeStore(*db).list(q); };
    case RecordKind::Visit: return [db](const ListQuery &q) { return VisitStore(*db).list(q); };
    case RecordKind::Agreement: return [db](const ListQuery &q) { return AgreementStore(*db).list(q); };
    case RecordKind::Plan: return [db](const ListQuery &q) { return ActionPlanStore(*db).list(q); };
    case RecordKind::Membership: return [db](const ListQuery &q) { return MembershipStore(*db).list(q); };
    case RecordKind::Organization: return [db](const ListQuery &q) { return OrganizationStore(*db).list(q); };
    case RecordKind::Person: return [db](const ListQuery &q) { return PersonStore(*db).list(q); };
    case RecordKind::Task: return [db](const ListQuery &q) { return TaskStore(*db).list(q); };
    case RecordKind::Activity: break;
    }
    return {};
}
