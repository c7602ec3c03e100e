// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections.h"

#include "actionplaneditor.h"
#include "actionplanstore.h"
#include "agreementeditor.h"
#include "agreementstore.h"
#include "apptranslator.h"
#include "countrylookup.h"
#include "dashboard.h"
#include "database.h"
#include "dates.h"
#include "initiativeeditor.h"
#include "initiativepipeline.h"
#include "initiativestore.h"
#include "membershipeditor.h"
#include "membershipstore.h"
#include "organizationeditor.h"
#include "organizationstore.h"
#include "partnershipeditor.h"
#include "partnershipstore.h"
#include "personeditor.h"
#include "personstore.h"
#include "sectionpage.h"
#include "taskeditor.h"
#include "taskstore.h"
#include "themestore.h"
#include "visiteditor.h"
#include "visitstore.h"

#include <QDate>
#include <QSet>

namespace {

using Format = ListColumnView::Format;

QList<SectionPage::FilterOption> termOptions(Vocab vocab)
{
    QList<SectionPage::FilterOption> options;
    for (const QString &key : Vocabulary::keys(vocab))
        options.append({Vocabulary::label(vocab, key), key});
    return options;
}

// Every country, named in the language of the interface.
QList<SectionPage::FilterOption> countryOptions(const Database &db)
{
    QList<SectionPage::FilterOption> options;
    for (const CountryLookup::Entry &country : CountryLookup::all(db, AppTranslator::current()).valueOr({}))
        options.append({country.name, country.code});
    return options;
}

QList<SectionPage::FilterOption> themeOptions(const Database &db)
{
    QList<SectionPage::FilterOption> options;
    const Language language = AppTranslator::current();
    for (const Theme &theme : ThemeStore(db).list(language).valueOr({}))
        options.append({theme.name(language), theme.id});
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

// The date in a column of a page's row, for an emphasis note.
QString dateIn(const ListPage &page, qsizetype row, const QString &key)
{
    const qsizetype column = page.columnKeys.indexOf(key);
    return column < 0 ? QString() : Dates::display(Dates::fromSql(page.rows.at(row).value(column)));
}

// Marks the rows of a page whose ids are in `marked`, with a note built from the row.
QHash<qint64, RowEmphasis> emphasize(const ListPage &page, const Result<QList<qint64>> &marked,
                                     const std::function<QString(qsizetype row)> &note)
{
    QHash<qint64, RowEmphasis> rows;
    if (!marked)
        return rows;
    const QSet<qint64> ids(marked.value().cbegin(), marked.value().cend());
    for (qsizetype row = 0; row < page.ids.size(); ++row) {
        if (ids.contains(page.ids.at(row)))
            rows.insert(page.ids.at(row), {RowEmphasis::Level::Warning, note(row)});
    }
    return rows;
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
        page->addFilter(QStringLiteral("country"), tr("Any country"), countryOptions);
        page->addFilter(QStringLiteral("theme"), tr("Any theme"), themeOptions);
        page->addFilter(QStringLiteral("year"), tr("Any year"), years);
        page->setEditor(new PartnershipEditor(page));
        break;
    case RecordKind::Initiative:
        page->addFilter(QStringLiteral("stage"), tr("Any stage"), termOptions(Vocab::InitiativeStage));
        page->addFilter(QStringLiteral("country"), tr("Any country"), countryOptions);
        page->addFilter(QStringLiteral("theme"), tr("Any theme"), themeOptions);
        page->addFilter(QStringLiteral("year"), tr("Any year"), years);
        page->setEditor(new InitiativeEditor(page));
        page->setOverview(new InitiativePipeline(page));
        break;
    case RecordKind::Visit:
        page->setDefaultSort(0, Qt::DescendingOrder); // the latest visits first
        page->addFilter(QStringLiteral("direction"), tr("Any direction"), termOptions(Vocab::VisitDirection));
        page->addFilter(QStringLiteral("kind"), tr("Any kind"), termOptions(Vocab::VisitKind));
        page->addFilter(QStringLiteral("country"), tr("Any country"), countryOptions);
        page->addFilter(QStringLiteral("year"), tr("Any year"), years);
        page->setEditor(new VisitEditor(page));
        break;
    case RecordKind::Agreement:
        page->addFilter(QStringLiteral("status"), tr("Any status"), termOptions(Vocab::AgreementStatus));
        page->addFilter(QStringLiteral("kind"), tr("Any kind"), termOptions(Vocab::AgreementKind));
        page->addFilter(QStringLiteral("country"), tr("Any country"), countryOptions);
        page->addFilter(QStringLiteral("year"), tr("Any year"), years);
        page->setRowEmphasis([](Database &db, const ListPage &list) {
            return emphasize(list, AgreementStore(db).expiringWithin(Dashboard::expiringDays), [&list](qsizetype row) {
                return tr("Expires on %1.").arg(dateIn(list, row, QStringLiteral("valid_until")));
            });
        });
        page->setEditor(new AgreementEditor(page));
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
        page->addFilter(QStringLiteral("country"), tr("Any country"), countryOptions);
        page->setEditor(new OrganizationEditor(page));
        break;
    case RecordKind::Task:
        page->addFilter(QStringLiteral("done"), tr("Open and done", "tasks"), {{tr("Open", "tasks"), 0}, {tr("Done", "tasks"), 1}});
        // The store's overdue filter takes today's date (the day the window opened).
        page->addFilter(QStringLiteral("overdue"), tr("Any due date", "tasks"),
                        {{tr("Overdue", "tasks"), QDate::currentDate().toString(Qt::ISODate)}});
        page->setEditor(new TaskEditor(page));
        break;
    case RecordKind::Membership:
        page->setRowEmphasis([](Database &db, const ListPage &list) {
            const auto ending = MembershipStore(db).membershipsWithMandateEndingWithin(MembershipStore::mandateEndingDays,
                                                                                       QDate::currentDate());
            return emphasize(list, ending, [&list](qsizetype row) {
                return tr("A delegate's mandate ends on %1.").arg(dateIn(list, row, QStringLiteral("next_mandate_end")));
            });
        });
        page->setEditor(new MembershipEditor(page));
        break;
    case RecordKind::Person:
        page->addFilter(QStringLiteral("country"), tr("Any country"), countryOptions);
        page->setEditor(new PersonEditor(page));
        break;
    case RecordKind::Activity:
        break;
    }
    return page;
}

RecordListModel::Source Sections::source(RecordKind kind, const Database *db)
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
