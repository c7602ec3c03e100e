// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionplanstore.h"
#include "attachmentstore.h"
#include "audittrail.h"
#include "database.h"
#include "organizationstore.h"
#include "searchindex.h"
#include "sqlsupport.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace TestSupport;

class TestActionPlanStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_template;
    int m_count = 0;

    std::unique_ptr<Database> fresh()
    {
        const QString path = m_dir.filePath(QStringLiteral("r%1.db").arg(++m_count));
        if (!QFile::copy(m_template, path))
            qFatal("cannot copy the template register");
        return reopen(path);
    }

    static std::unique_ptr<Database> reopen(const QString &path, AccessMode access = AccessMode::ReadWrite)
    {
        OpenOptions options;
        options.access = access;
        options.autoBackup = false;
        auto db = Database::open(path, options);
        if (!db)
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.error().toLogString()));
        return db.take();
    }

    static qint64 themeId(const Database &db, const QString &key)
    {
        return Sql::scalar(db.connection(), QStringLiteral("SELECT id FROM themes WHERE key = ?"), {key}).value().toLongLong();
    }

    static qint64 count(const Database &db, const QString &table)
    {
        return Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM ") + table).value().toLongLong();
    }

    static qint64 embassy(const Database &db, const QString &name = QStringLiteral("Ambassade de France en Serbie"),
                          const QString &country = QStringLiteral("FR"))
    {
        Organization o;
        o.kind = QStringLiteral("embassy");
        o.name = name;
        o.nameSr = QStringLiteral("Ambasada ") + name;
        o.country = country;
        OrganizationStore store(db);
        auto saved = store.save(o);
        if (!saved)
            qFatal("cannot save the partner: %s", qPrintable(saved.error().toLogString()));
        return saved.value();
    }

    static PlanActivity activity(const QString &title, qint64 theme = 0, qint64 budget = 0, const QString &currency = QStringLiteral("EUR"))
    {
        PlanActivity a;
        a.title = title;
        a.themeId = theme;
        a.budgetMinor = budget;
        a.currency = currency;
        return a;
    }

    // The French Embassy's plan for 2020, with three activities.
    static ActionPlan samplePlan(const Database &db, qint64 partner)
    {
        ActionPlan plan;
        plan.year = 2020;
        plan.partnerId = partner;
        plan.title = QStringLiteral("Akcioni plan SKGO i Ambasade Francuske 2020");
        plan.status = QStringLiteral("signed");
        plan.signedOn = QDate(2020, 2, 14);
        plan.notes = QStringLiteral("Potpisan u Beogradu");
        plan.priorityThemeIds = {themeId(db, QStringLiteral("gender_equality")), themeId(db, QStringLiteral("rule_of_law"))};
        PlanActivity gender = activity(QStringLiteral("Rodna ravnopravnost u lokalnim samoupravama"),
                                       themeId(db, QStringLiteral("gender_equality")), 1500000);
        gender.responsible = QStringLiteral("Sektor za međunarodnu saradnju");
        gender.startsOn = QDate(2020, 2, 29);
        gender.endsOn = QDate(2020, 11, 30);
        gender.spentMinor = 400000;
        gender.fundingSource = QStringLiteral("Ambasada Francuske");
        gender.status = QStringLiteral("in_progress");
        gender.progress = 40;
        gender.indicator = QStringLiteral("Broj opština sa planom rodne ravnopravnosti");
        gender.result = QStringLiteral("Dvanaest opština usvojilo planove");
        PlanActivity law = activity(QStringLiteral("Obuka o vladavini prava"), themeId(db, QStringLiteral("rule_of_law")),
                                    250000000, QStringLiteral("RSD"));
        law.fundingSource = QStringLiteral("Budžet SKGO");
        PlanActivity youth = activity(QStringLiteral("Forum mladih"), 0, 300000);
        plan.activities = {gender, law, youth};
        return plan;
    }

    static QList<SearchHit> hits(const Database &db, const QString &query, RecordKind kind)
    {
        auto found = SearchIndex::search(db.connection(), query, 50, kind);
        if (!found)
            qFatal("search failed: %s", qPrintable(found.error().toLogString()));
        return found.value();
    }

    static bool finds(const Database &db, const QString &query, RecordKind kind, qint64 id)
    {
        const QList<SearchHit> found = hits(db, query, kind);
        return std::any_of(found.cbegin(), found.cend(), [id](const SearchHit &h) { return h.id == id; });
    }

    static QString change(const AuditEntry &entry, const QString &field, bool after = true)
    {
        for (const FieldChange &c : entry.changes) {
            if (c.field == field)
                return after ? c.after : c.before;
        }
        return QStringLiteral("<none>");
    }

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        QVERIFY(m_dir.isValid());
        m_template = createRegister(m_dir.path(), QStringLiteral("template.db"));
    }

    void savesAPlanWithItsActivities()
    {
        auto db = fresh();
        ActionPlanStore store(*db);
        ActionPlan plan = samplePlan(*db, embassy(*db));
        auto saved = store.save(plan);
        QVERIFY2(saved, qPrintable(saved.error().toLogString()));
        QVERIFY(plan.id > 0);
        QCOMPARE(saved.value(), plan.id);
        for (const PlanActivity &a : plan.activities)
            QVERIFY(a.id > 0);
        auto back = store.get(plan.id);
        QVERIFY(back);
        const ActionPlan &p = back.value();
        QCOMPARE(p.year, 2020);
        QCOMPARE(p.partnerId, plan.partnerId);
        QCOMPARE(p.title, plan.title);
        QCOMPARE(p.status, QStringLiteral("signed"));
        QCOMPARE(p.signedOn, QDate(2020, 2, 14));
        QCOMPARE(p.notes, plan.notes);
        QCOMPARE(p.priorityThemeIds, plan.priorityThemeIds);
        QCOMPARE(p.activities.size(), 3);
        const PlanActivity &g = p.activities.at(0);
        QCOMPARE(g.id, plan.activities.at(0).id);
        QCOMPARE(g.title, QStringLiteral("Rodna ravnopravnost u lokalnim samoupravama"));
        QCOMPARE(g.themeId, themeId(*db, QStringLiteral("gender_equality")));
        QCOMPARE(g.responsible, QStringLiteral("Sektor za međunarodnu saradnju"));
        QCOMPARE(g.startsOn, QDate(2020, 2, 29));
        QCOMPARE(g.endsOn, QDate(2020, 11, 30));
        QCOMPARE(g.budgetMinor, qint64(1500000));
        QCOMPARE(g.spentMinor, qint64(400000));
        QCOMPARE(g.currency, QStringLiteral("EUR"));
        QCOMPARE(g.fundingSource, QStringLiteral("Ambasada Francuske"));
        QCOMPARE(g.status, QStringLiteral("in_progress"));
        QCOMPARE(g.progress, 40);
        QCOMPARE(g.indicator, plan.activities.at(0).indicator);
        QCOMPARE(g.result, plan.activities.at(0).result);
        QCOMPARE(p.activities.at(1).currency, QStringLiteral("RSD"));
        QCOMPARE(p.activities.at(1).budgetMinor, qint64(250000000));
        QCOMPARE(p.activities.at(2).themeId, qint64(0));
        QCOMPARE(p.activities.at(2).status, QStringLiteral("planned"));
        QVERIFY(!p.activities.at(2).startsOn.isValid());
        QCOMPARE(store.planOfActivity(g.id).value(), plan.id);
        QCOMPARE(store.planOfActivity(987654).error().code(), ErrorCode::NotFound);
        QCOMPARE(store.get(987654).error().code(), ErrorCode::NotFound);
    }

    void everyRuleIsChecked()
    {
        auto db = fresh();
        ActionPlanStore store(*db);
        const qint64 partner = embassy(*db);
        const ActionPlan base = samplePlan(*db, partner);
        ActionPlan other = samplePlan(*db, partner);
        other.year = 2019;
        QVERIFY(store.save(other));
        const qint64 foreignActivity = other.activities.first().id;

        struct Case
        {
            const char *name;
            std::function<void(ActionPlan &)> change;
            QString field;
        };
        const QList<Case> cases = {
            {"year too early", [](ActionPlan &p) { p.year = 1949; }, QStringLiteral("year")},
            {"year too late", [](ActionPlan &p) { p.year = 2201; }, QStringLiteral("year")},
            {"no title", [](ActionPlan &p) { p.title = QStringLiteral("   "); }, QStringLiteral("title")},
            {"no partner", [](ActionPlan &p) { p.partnerId = 0; }, QStringLiteral("partner_id")},
            {"unknown partner", [](ActionPlan &p) { p.partnerId = 999999; }, QStringLiteral("partner_id")},
            {"bad status", [](ActionPlan &p) { p.status = QStringLiteral("approved"); }, QStringLiteral("status")},
            {"unknown priority", [](ActionPlan &p) { p.priorityThemeIds << 999999; }, QStringLiteral("priority_theme_ids")},
            {"activity without title", [](ActionPlan &p) { p.activities[0].title.clear(); }, QStringLiteral("activities[0].title")},
            {"progress over 100", [](ActionPlan &p) { p.activities[2].progress = 101; }, QStringLiteral("activities[2].progress")},
            {"negative progress", [](ActionPlan &p) { p.activities[1].progress = -1; }, QStringLiteral("activities[1].progress")},
            {"negative budget", [](ActionPlan &p) { p.activities[0].budgetMinor = -1; }, QStringLiteral("activities[0].budget_minor")},
            {"negative spending", [](ActionPlan &p) { p.activities[1].spentMinor = -500; }, QStringLiteral("activities[1].spent_minor")},
            {"not a currency", [](ActionPlan &p) { p.activities[2].currency = QStringLiteral("EURO"); }, QStringLiteral("activities[2].currency")},
            {"unknown currency", [](ActionPlan &p) { p.activities[2].currency = QStringLiteral("XYZ"); }, QStringLiteral("activities[2].currency")},
            {"ends before it starts",
             [](ActionPlan &p) {
                 p.activities[1].startsOn = QDate(2020, 5, 2);
                 p.activities[1].endsOn = QDate(2020, 5, 1);
             },
             QStringLiteral("activities[1].ends_on")},
            {"bad activity status", [](ActionPlan &p) { p.activities[2].status = QStringLiteral("started"); }, QStringLiteral("activities[2].status")},
            {"unknown activity theme", [](ActionPlan &p) { p.activities[1].themeId = 999999; }, QStringLiteral("activities[1].theme_id")},
            {"another plan's activity", [foreignActivity](ActionPlan &p) { p.activities[1].id = foreignActivity; },
             QStringLiteral("activities[1].id")},
        };
        const qint64 plans = count(*db, QStringLiteral("action_plans"));
        const qint64 activities = count(*db, QStringLiteral("plan_activities"));
        const qint64 audits = count(*db, QStringLiteral("audit_log"));
        for (const Case &c : cases) {
            ActionPlan plan = base;
            c.change(plan);
            const Validation v = store.validate(plan);
            QVERIFY2(!v.errorFor(c.field).isEmpty(), c.name);
            auto saved = store.save(plan);
            QVERIFY2(!saved, c.name);
            QCOMPARE(saved.error().code(), ErrorCode::Invalid);
            QVERIFY2(saved.error().detail().contains(c.field), c.name);
            QCOMPARE(plan.id, 0);
            QCOMPARE(count(*db, QStringLiteral("action_plans")), plans);
            QCOMPARE(count(*db, QStringLiteral("plan_activities")), activities);
            QCOMPARE(count(*db, QStringLiteral("audit_log")), audits);
        }
        // The boundaries are allowed; a lower-case currency is normalised.
        ActionPlan edge = base;
        edge.year = 1950;
        edge.activities[0].progress = 0;
        edge.activities[1].progress = 100;
        edge.activities[2].currency = QStringLiteral(" rsd ");
        edge.activities[2].startsOn = edge.activities[2].endsOn = QDate(2020, 6, 1);
        QVERIFY(store.validate(edge).errors().isEmpty());
        QVERIFY(store.save(edge));
        QCOMPARE(store.get(edge.id).value().activities.at(2).currency, QStringLiteral("RSD"));
        ActionPlan late = base;
        late.year = 2200;
        QVERIFY(store.save(late));
    }

    void warnsWithoutRefusing()
    {
        auto db = fresh();
        ActionPlanStore store(*db);
        const qint64 partner = embassy(*db);
        ActionPlan first = samplePlan(*db, partner);
        QVERIFY(store.save(first));
        QVERIFY(store.validate(first).warnings().isEmpty());
        ActionPlan second = samplePlan(*db, partner);
        second.activities[1].spentMinor = second.activities[1].budgetMinor + 1;
        const Validation v = store.validate(second);
        QVERIFY(!v.hasErrors());
        QCOMPARE(v.warnings().size(), 2);
        QCOMPARE(v.warnings().at(0).field, QStringLiteral("activities[1].spent_minor"));
        QCOMPARE(v.warnings().at(1).field, QStringLiteral("year")); // the partner already has a plan for 2020
        QVERIFY(store.save(second));
    }

    void activitiesKeepTheirIdsAcrossSaves()
    {
        auto db = fresh();
        ActionPlanStore store(*db);
        ActionPlan plan = samplePlan(*db, embassy(*db));
        QVERIFY(store.save(plan));
        const qint64 genderId = plan.activities.at(0).id;
        const qint64 lawId = plan.activities.at(1).id;
        const qint64 youthId = plan.activities.at(2).id;
        // A visit linked to an activity stays linked when the plan is saved again.
        QVERIFY(Sql::run(db->connection(),
                         QStringLiteral("INSERT INTO visits (title, direction, kind, start_date, activity_id, created_at, updated_at) "
                                        "VALUES ('Poseta', 'incoming', 'meeting', '2020-03-01', ?, 'x', 'x')"),
                         {lawId}));

        plan.activities[0].progress = 80;
        plan.activities[0].spentMinor = 900000;
        plan.activities.removeAt(2);                            // the youth forum is dropped
        plan.activities.prepend(activity(QStringLiteral("Konferencija o klimi"))); // a new first activity
        plan.activities.swapItemsAt(1, 2);                      // law before gender now
        auto saved = store.save(plan);
        QVERIFY2(saved, qPrintable(saved.error().toLogString()));
        const qint64 climateId = plan.activities.at(0).id;
        QVERIFY(climateId > 0);
        QVERIFY(climateId != genderId && climateId != lawId && climateId != youthId);

        const ActionPlan back = store.get(plan.id).value();
        QCOMPARE(back.activities.size(), 3);
        QCOMPARE(back.activities.at(0).id, climateId);
        QCOMPARE(back.activities.at(1).id, lawId);
        QCOMPARE(back.activities.at(2).id, genderId);
        QCOMPARE(back.activities.at(2).progress, 80);
        QCOMPARE(count(*db, QStringLiteral("plan_activities")), qint64(3));
        QCOMPARE(Sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM plan_activities WHERE id = ?"), {youthId})
                     .value()
                     .toInt(),
                 0);
        QCOMPARE(Sql::scalar(db->connection(), QStringLiteral("SELECT activity_id FROM visits")).value().toLongLong(), lawId);

        // Each activity has its own history.
        const auto genderLog = AuditTrail::forRecord(db->connection(), RecordKind::Activity, genderId).value();
        QCOMPARE(genderLog.size(), 2);
        QCOMPARE(genderLog.at(0).action, AuditAction::Insert);
        QCOMPARE(change(genderLog.at(0), QStringLiteral("plan_id")), QString::number(plan.id));
        QCOMPARE(genderLog.at(1).action, AuditAction::Update);
        QCOMPARE(change(genderLog.at(1), QStringLiteral("progress"), false), QStringLiteral("40"));
        QCOMPARE(change(genderLog.at(1), QStringLiteral("progress")), QStringLiteral("80"));
        QCOMPARE(change(genderLog.at(1), QStringLiteral("spent_minor")), QStringLiteral("900000"));
        const auto youthLog = AuditTrail::forRecord(db->connection(), RecordKind::Activity, youthId).value();
        QCOMPARE(youthLog.size(), 2);
        QCOMPARE(youthLog.at(1).action, AuditAction::Delete);
        QCOMPARE(change(youthLog.at(1), QStringLiteral("title"), false), QStringLiteral("Forum mladih"));
        const auto lawLog = AuditTrail::forRecord(db->connection(), RecordKind::Activity, lawId).value();
        QCOMPARE(lawLog.size(), 1); // unchanged apart from its position: no entry
        QCOMPARE(AuditTrail::forRecord(db->connection(), RecordKind::Activity, climateId).value().size(), 1);

        // The dropped activity left the search index; the new one is in it.
        QVERIFY(!finds(*db, QStringLiteral("forum mladih"), RecordKind::Activity, youthId));
        QVERIFY(finds(*db, QStringLiteral("конференција клими"), RecordKind::Activity, climateId));
    }

    void planAuditEntries()
    {
        auto db = fresh();
        ActionPlanStore store(*db);
        ActionPlan plan = samplePlan(*db, embassy(*db));
        QVERIFY(store.save(plan));
        plan.status = QStringLiteral("in_progress");
        plan.priorityThemeIds.removeLast();
        QVERIFY(store.save(plan));
        QVERIFY(store.save(plan)); // nothing changed: no entry
        const auto log = AuditTrail::forRecord(db->connection(), RecordKind::Plan, plan.id).value();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).action, AuditAction::Insert);
        QCOMPARE(change(log.at(0), QStringLiteral("year")), QStringLiteral("2020"));
        QCOMPARE(change(log.at(0), QStringLiteral("partner_id")), QString::number(plan.partnerId));
        QCOMPARE(change(log.at(0), QStringLiteral("priorities")),
                 QStringLiteral("theme:%1; theme:%2").arg(plan.priorityThemeIds.at(0)).arg(themeId(*db, QStringLiteral("rule_of_law"))));
        QCOMPARE(change(log.at(0), QStringLiteral("activities")), QStringLiteral("activity:%1; activity:%2; activity:%3")
                                                                       .arg(plan.activities.at(0).id)
                                                                       .arg(plan.activities.at(1).id)
                                                                       .arg(plan.activities.at(2).id));
        QCOMPARE(log.at(1).action, AuditAction::Update);
        QCOMPARE(log.at(1).changes.size(), 2);
        QCOMPARE(change(log.at(1), QStringLiteral("status"), false), QStringLiteral("signed"));
        QCOMPARE(change(log.at(1), QStringLiteral("status")), QStringLiteral("in_progress"));
        QCOMPARE(change(log.at(1), QStringLiteral("priorities")), QStringLiteral("theme:%1").arg(plan.priorityThemeIds.at(0)));
    }

    void searchFindsPlansAndActivitiesInBothScripts()
    {
        auto db = fresh();
        ActionPlanStore store(*db);
        ActionPlan plan = samplePlan(*db, embassy(*db));
        QVERIFY(store.save(plan));
        const qint64 gender = plan.activities.at(0).id;
        // The activity, by its own title in Cyrillic and Latin, with or without diacritics.
        QVERIFY(finds(*db, QStringLiteral("родна"), RecordKind::Activity, gender));
        QVERIFY(finds(*db, QStringLiteral("Rodna ravnopravnost samoupravama"), RecordKind::Activity, gender));
        QCOMPARE(hits(*db, QStringLiteral("родна"), RecordKind::Activity).first().title,
                 QStringLiteral("Rodna ravnopravnost u lokalnim samoupravama"));
        // ...by its indicator, result, responsible and plan title.
        QVERIFY(finds(*db, QStringLiteral("дванаест општина"), RecordKind::Activity, gender));
        QVERIFY(finds(*db, QStringLiteral("medjunarodnu saradnju"), RecordKind::Activity, gender));
        QVERIFY(finds(*db, QStringLiteral("akcioni plan 2020"), RecordKind::Activity, gender));
        QVERIFY(!finds(*db, QStringLiteral("vladavini"), RecordKind::Activity, gender));
        // The plan, by its title, partner (own and Serbian name), priorities and activities.
        QVERIFY(finds(*db, QStringLiteral("акциони план"), RecordKind::Plan, plan.id));
        QVERIFY(finds(*db, QStringLiteral("ambassade france"), RecordKind::Plan, plan.id));
        QVERIFY(finds(*db, QStringLiteral("амбасада"), RecordKind::Plan, plan.id));
        QVERIFY(finds(*db, QStringLiteral("владавина права"), RecordKind::Plan, plan.id));
        QVERIFY(finds(*db, QStringLiteral("forum mladih"), RecordKind::Plan, plan.id));
        // A renamed activity is found by its new title only.
        plan.activities[2].title = QStringLiteral("Omladinski samit");
        QVERIFY(store.save(plan));
        QVERIFY(!finds(*db, QStringLiteral("forum mladih"), RecordKind::Activity, plan.activities.at(2).id));
        QVERIFY(finds(*db, QStringLiteral("омладински"), RecordKind::Activity, plan.activities.at(2).id));
    }

    void copyForNextYearDoesNotSave()
    {
        auto db = fresh();
        ActionPlanStore store(*db);
        ActionPlan plan = samplePlan(*db, embassy(*db));
        plan.activities[1].status = QStringLiteral("done");
        plan.activities[1].progress = 100;
        plan.activities[1].spentMinor = 100;
        plan.activities[1].result = QStringLiteral("Održano");
        plan.activities[1].startsOn = QDate(2020, 12, 31);
        QVERIFY(store.save(plan));
        const qint64 plans = count(*db, QStringLiteral("action_plans"));
        const qint64 audits = count(*db, QStringLiteral("audit_log"));

        auto copy = store.copyForNextYear(plan.id);
        QVERIFY(copy);
        const ActionPlan &next = copy.value();
        QCOMPARE(next.id, 0);
        QCOMPARE(next.year, 2021);
        QCOMPARE(next.title, QStringLiteral("Akcioni plan SKGO i Ambasade Francuske 2021"));
        QCOMPARE(next.partnerId, plan.partnerId);
        QCOMPARE(next.priorityThemeIds, plan.priorityThemeIds);
        QCOMPARE(next.status, QStringLiteral("draft"));
        QVERIFY(!next.signedOn.isValid());
        QVERIFY(next.notes.isEmpty());
        QCOMPARE(next.activities.size(), plan.activities.size());
        for (int i = 0; i < next.activities.size(); ++i) {
            const PlanActivity &a = next.activities.at(i);
            const PlanActivity &old = plan.activities.at(i);
            QCOMPARE(a.id, 0);
            QCOMPARE(a.title, old.title);
            QCOMPARE(a.themeId, old.themeId);
            QCOMPARE(a.responsible, old.responsible);
            QCOMPARE(a.budgetMinor, old.budgetMinor);
            QCOMPARE(a.currency, old.currency);
            QCOMPARE(a.fundingSource, old.fundingSource);
            QCOMPARE(a.indicator, old.indicator);
            QCOMPARE(a.status, QStringLiteral("planned"));
            QCOMPARE(a.progress, 0);
            QCOMPARE(a.spentMinor, qint64(0));
            QVERIFY(a.result.isEmpty());
        }
        QCOMPARE(next.activities.at(0).startsOn, QDate(2021, 2, 28)); // 29 February has no next-year twin
        QCOMPARE(next.activities.at(0).endsOn, QDate(2021, 11, 30));
        QCOMPARE(next.activities.at(1).startsOn, QDate(2021, 12, 31));
        QVERIFY(!next.activities.at(2).startsOn.isValid());
        QCOMPARE(count(*db, QStringLiteral("action_plans")), plans);
        QCOMPARE(count(*db, QStringLiteral("audit_log")), audits);
        QCOMPARE(store.copyForNextYear(424242).error().code(), ErrorCode::NotFound);

        // A title without the year is kept; other numbers are not touched.
        ActionPlan plain;
        plain.year = 2020;
        plain.title = QStringLiteral("Plan 12020 i 20201");
        QCOMPARE(plain.forNextYear().title, QStringLiteral("Plan 12020 i 20201"));
    }

    void startNextYearSavesOnceOnly()
    {
        auto db = fresh();
        ActionPlanStore store(*db);
        ActionPlan plan = samplePlan(*db, embassy(*db));
        QVERIFY(store.save(plan));
        auto started = store.startNextYear(plan.id);
        QVERIFY2(started, qPrintable(started.error().toLogString()));
        const ActionPlan next = store.get(started.value()).value();
        QCOMPARE(next.year, 2021);
        QCOMPARE(next.partnerId, plan.partnerId);
        QCOMPARE(next.activities.size(), 3);
        for (const PlanActivity &a : next.activities) {
            QVERIFY(a.id > 0);
            QVERIFY(std::none_of(plan.activities.cbegin(), plan.activities.cend(),
                                 [&a](const PlanActivity &old) { return old.id == a.id; }));
        }
        QCOMPARE(store.planFor(plan.partnerId, 2021).value().value(), started.value());
        QCOMPARE(AuditTrail::forRecord(db->connection(), RecordKind::Plan, started.value()).value().size(), 1);
        // The old plan is untouched.
        QCOMPARE(store.get(plan.id).value().activities.at(0).progress, 40);

        const qint64 plans = count(*db, QStringLiteral("action_plans"));
        const qint64 activities = count(*db, QStringLiteral("plan_activities"));
        auto again = store.startNextYear(plan.id);
        QVERIFY(!again);
        QCOMPARE(again.error().code(), ErrorCode::Invalid);
        QVERIFY2(again.error().message().contains(QStringLiteral("2021")), qPrintable(again.error().message()));
        QVERIFY(again.error().message().contains(QStringLiteral("Ambassade de France en Serbie")));
        QCOMPARE(count(*db, QStringLiteral("action_plans")), plans);
        QCOMPARE(count(*db, QStringLiteral("plan_activities")), activities);
        // Another partner's plan for 2021 does not block.
        ActionPlan german = samplePlan(*db, embassy(*db, QStringLiteral("Deutsche Botschaft Belgrad"), QStringLiteral("DE")));
        QVERIFY(store.save(german));
        QVERIFY(store.startNextYear(german.id));
        QCOMPARE(store.startNextYear(424242).error().code(), ErrorCode::NotFound);
    }

    void totalsByThemeArePerCurrency()
    {
        auto db = fresh();
        ActionPlanStore store(*db);
        const qint64 gender = themeId(*db, QStringLiteral("gender_equality"));
        const qint64 law = themeId(*db, QStringLiteral("rule_of_law"));
        ActionPlan plan = samplePlan(*db, embassy(*db));
        plan.activities.clear();
        PlanActivity a = activity(QStringLiteral("A"), gender, 100000);
        a.spentMinor = 25000;
        a.progress = 50;
        PlanActivity b = activity(QStringLiteral("B"), gender, 50000);
        PlanActivity c = activity(QStringLiteral("C"), gender, 12000000, QStringLiteral("RSD"));
        c.spentMinor = 6000000;
        c.progress = 100;
        PlanActivity d = activity(QStringLiteral("D"), law, 200000);
        d.progress = 20;
        PlanActivity e = activity(QStringLiteral("E"), 0, 30000);
        e.progress = 10;
        plan.activities = {e, d, c, b, a};
        QVERIFY(store.save(plan));

        auto totals = store.totalsByTheme(plan.id);
        QVERIFY(totals);
        const QList<BudgetLine> &lines = totals.value();
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0).key, QStringLiteral("gender_equality"));
        QCOMPARE(lines.at(0).label, QStringLiteral("Rodna ravnopravnost"));
        QCOMPARE(lines.at(0).currency, QStringLiteral("EUR"));
        QCOMPARE(lines.at(0).plannedMinor, qint64(150000));
        QCOMPARE(lines.at(0).spentMinor, qint64(25000));
        QCOMPARE(lines.at(0).averageProgress, 25.0);
        QCOMPARE(lines.at(0).activityCount, 2);
        QCOMPARE(lines.at(1).key, QStringLiteral("gender_equality"));
        QCOMPARE(lines.at(1).currency, QStringLiteral("RSD"));
        QCOMPARE(lines.at(1).plannedMinor, qint64(12000000));
        QCOMPARE(lines.at(1).spentMinor, qint64(6000000));
        QCOMPARE(lines.at(1).averageProgress, 100.0);
        QCOMPARE(lines.at(2).key, QStringLiteral("rule_of_law"));
        QCOMPARE(lines.at(2).label, QStringLiteral("Vladavina prava"));
        QCOMPARE(lines.at(2).plannedMinor, qint64(200000));
        QCOMPARE(lines.at(2).averageProgress, 20.0);
        QCOMPARE(lines.at(3).key, QString());
        QCOMPARE(lines.at(3).label, QStringLiteral("No theme"));
        QCOMPARE(lines.at(3).plannedMinor, qint64(30000));

        const QList<BudgetLine> english = store.totalsByTheme(plan.id, Language::English).value();
        QCOMPARE(english.at(0).label, QStringLiteral("Gender equality"));
        QCOMPARE(english.at(2).label, QStringLiteral("Rule of law"));
        const QList<BudgetLine> cyrillic = store.totalsByTheme(plan.id, Language::SerbianCyrillic).value();
        QCOMPARE(cyrillic.at(0).label, QStringLiteral("Родна равноправност"));

        // A theme without a key is keyed by its id.
        QVERIFY(Sql::run(db->connection(), QStringLiteral("UPDATE themes SET key = NULL WHERE id = ?"), {law}));
        QCOMPARE(store.totalsByTheme(plan.id).value().at(2).key, QStringLiteral("theme:%1").arg(law));
        QCOMPARE(store.totalsByTheme(424242).error().code(), ErrorCode::NotFound);
    }

    void totalsByFundingSource()
    {
        auto db = fresh();
        ActionPlanStore store(*db);
        ActionPlan plan = samplePlan(*db, embassy(*db));
        plan.activities.clear();
        const QList<std::tuple<QString, qint64, QString, int>> rows = {
            {QStringLiteral("Ambasada Francuske"), 100000, QStringLiteral("EUR"), 30},
            {QStringLiteral("ambasada francuske "), 50000, QStringLiteral("EUR"), 60},
            {QStringLiteral("Grad Čačak"), 1000000, QStringLiteral("RSD"), 0},
            {QStringLiteral("Grad Cacak"), 500000, QStringLiteral("RSD"), 50},
            {QStringLiteral("Grad Čačak"), 7000, QStringLiteral("EUR"), 100},
            {QString(), 999, QStringLiteral("EUR"), 0},
        };
        for (const auto &[source, budget, currency, progress] : rows) {
            PlanActivity a = activity(QStringLiteral("x"), 0, budget, currency);
            a.fundingSource = source;
            a.progress = progress;
            plan.activities << a;
        }
        QVERIFY(store.save(plan));
        const QList<BudgetLine> lines = store.totalsByFundingSource(plan.id).value();
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0).label, QStringLiteral("Ambasada Francuske"));
        QCOMPARE(lines.at(0).key, QStringLiteral("ambasada francuske"));
        QCOMPARE(lines.at(0).plannedMinor, qint64(150000));
        QCOMPARE(lines.at(0).averageProgress, 45.0);
        QCOMPARE(lines.at(1).label, QStringLiteral("Grad Čačak"));
        QCOMPARE(lines.at(1).currency, QStringLiteral("EUR"));
        QCOMPARE(lines.at(1).plannedMinor, qint64(7000));
        QCOMPARE(lines.at(2).currency, QStringLiteral("RSD"));
        QCOMPARE(lines.at(2).plannedMinor, qint64(1500000));
        QCOMPARE(lines.at(2).activityCount, 2);
        QCOMPARE(lines.at(3).key, QString());
        QCOMPARE(lines.at(3).label, QStringLiteral("No funding source"));
        QCOMPARE(lines.at(3).plannedMinor, qint64(999));
    }

    // An editor's values, before they are saved, give the same lines as the
    // saved plan (so totals follow the typing), normalised the same way.
    void totalsOfUnsavedActivities()
    {
        auto db = fresh();
        ActionPlanStore store(*db);
        const qint64 gender = themeId(*db, QStringLiteral("gender_equality"));
        ActionPlan plan = samplePlan(*db, embassy(*db));
        const auto same = [](const QList<BudgetLine> &a, const QList<BudgetLine> &b) {
            if (a.size() != b.size())
                return false;
            for (int i = 0; i < a.size(); ++i) {
                if (a.at(i).key != b.at(i).key || a.at(i).label != b.at(i).label || a.at(i).currency != b.at(i).currency
                    || a.at(i).plannedMinor != b.at(i).plannedMinor || a.at(i).spentMinor != b.at(i).spentMinor
                    || a.at(i).averageProgress != b.at(i).averageProgress || a.at(i).activityCount != b.at(i).activityCount)
                    return false;
            }
            return true;
        };
        const qint64 before = count(*db, QStringLiteral("action_plans"));
        const QList<BudgetLine> unsavedThemes = store.totalsByTheme(plan.activities).value();
        const QList<BudgetLine> unsavedSources = ActionPlanStore::totalsByFundingSource(plan.activities);
        QCOMPARE(count(*db, QStringLiteral("action_plans")), before);
        QVERIFY(store.save(plan));
        QVERIFY(same(unsavedThemes, store.totalsByTheme(plan.id).value()));
        QVERIFY(same(unsavedSources, store.totalsByFundingSource(plan.id).value()));
        QCOMPARE(unsavedThemes.size(), 3);

        // Typed values: a lower-case currency and padded source count as the saved forms.
        PlanActivity typed = activity(QStringLiteral("Typed"), gender, 500, QStringLiteral(" eur"));
        typed.fundingSource = QStringLiteral("  Ambasada Francuske ");
        const QList<BudgetLine> lines = ActionPlanStore::totalsByFundingSource(plan.activities + QList<PlanActivity>{typed});
        QCOMPARE(lines.at(0).label, QStringLiteral("Ambasada Francuske"));
        QCOMPARE(lines.at(0).currency, QStringLiteral("EUR"));
        QCOMPARE(lines.at(0).plannedMinor, qint64(1500500));
        QCOMPARE(lines.at(0).activityCount, 2);
        const QList<BudgetLine> themes = store.totalsByTheme({typed}, Language::English).value();
        QCOMPARE(themes.size(), 1);
        QCOMPARE(themes.at(0).label, QStringLiteral("Gender equality"));
        QCOMPARE(themes.at(0).currency, QStringLiteral("EUR"));
        QVERIFY(store.totalsByTheme(QList<PlanActivity>{}).value().isEmpty());
    }

    void listsFiltersSortsAndPages()
    {
        auto db = fresh();
        ActionPlanStore store(*db);
        const qint64 france = embassy(*db);
        const qint64 germany = embassy(*db, QStringLiteral("Deutsche Botschaft Belgrad"), QStringLiteral("DE"));
        ActionPlan a = samplePlan(*db, france);                 // 2020, signed, 3 activities (40, 0, 0)
        ActionPlan b = samplePlan(*db, france);
        b.year = 2021;
        b.status = QStringLiteral("draft");
        b.activities = {activity(QStringLiteral("Samo jedna"))};
        b.activities[0].progress = 90;
        ActionPlan c = samplePlan(*db, germany);
        c.year = 2021;
        c.title = QStringLiteral("Aktionsplan 2021");
        c.activities.clear();
        QVERIFY(store.save(a));
        QVERIFY(store.save(b));
        QVERIFY(store.save(c));

        ListQuery query;
        auto all = store.list(query);
        QVERIFY2(all, qPrintable(all.error().toLogString()));
        QCOMPARE(all.value().total, qint64(3));
        QCOMPARE(all.value().columnKeys, (QStringList{QStringLiteral("year"), QStringLiteral("title"), QStringLiteral("partner"),
                                                      QStringLiteral("status"), QStringLiteral("activities"),
                                                      QStringLiteral("average_progress")}));
        QCOMPARE(all.value().ids.first(), a.id); // by year
        const QVariantList first = all.value().rows.first();
        QCOMPARE(first.at(0).toInt(), 2020);
        QCOMPARE(first.at(1).toString(), a.title);
        QCOMPARE(first.at(2).toString(), QStringLiteral("Ambassade de France en Serbie"));
        QCOMPARE(first.at(3).toString(), QStringLiteral("signed"));
        QCOMPARE(first.at(4).toInt(), 3);
        QCOMPARE(first.at(5).toDouble(), 13.3);
        const int cRow = int(all.value().ids.indexOf(c.id));
        QCOMPARE(all.value().rows.at(cRow).at(4).toInt(), 0);
        QVERIFY(all.value().rows.at(cRow).at(5).isNull());

        query.filters = {{QStringLiteral("year"), 2021}};
        QCOMPARE(store.list(query).value().total, qint64(2));
        query.filters = {{QStringLiteral("status"), QStringLiteral("draft")}};
        QCOMPARE(store.list(query).value().ids, (QList<qint64>{b.id}));
        query.filters = {{QStringLiteral("partner"), france}};
        QCOMPARE(store.list(query).value().total, qint64(2));
        query.filters = {{QStringLiteral("partner"), france}, {QStringLiteral("year"), 2021}};
        QCOMPARE(store.list(query).value().ids, (QList<qint64>{b.id}));
        query.filters = {{QStringLiteral("nonsense"), 1}};
        QVERIFY(!store.list(query));

        query.filters.clear();
        query.sortKey = QStringLiteral("partner");
        query.order = Qt::DescendingOrder;
        QCOMPARE(store.list(query).value().ids.first(), c.id); // Deutsche after Ambassade, descending first
        query.sortKey = QStringLiteral("average_progress");
        query.order = Qt::DescendingOrder;
        QCOMPARE(store.list(query).value().ids.first(), b.id);
        query.limit = 1;
        query.offset = 1;
        auto page = store.list(query).value();
        QCOMPARE(page.ids, (QList<qint64>{a.id}));
        QCOMPARE(page.total, qint64(3));

        ListQuery text;
        text.text = QStringLiteral("самоуправама");
        QCOMPARE(store.list(text).value().ids, (QList<qint64>{a.id}));
        text.text = QStringLiteral("deutsche");
        QCOMPARE(store.list(text).value().ids, (QList<qint64>{c.id}));
    }

    void removeDeletesPlanActivitiesAndAttachments()
    {
        auto db = fresh();
        ActionPlanStore store(*db);
        AttachmentStore attachments(*db);
        ActionPlan plan = samplePlan(*db, embassy(*db));
        QVERIFY(store.save(plan));
        ActionPlan other = samplePlan(*db, plan.partnerId);
        other.year = 2019;
        QVERIFY(store.save(other));
        const qint64 gender = plan.activities.at(0).id;
        QVERIFY(attachments.add(RecordKind::Plan, plan.id, QStringLiteral("plan.pdf"), QByteArrayLiteral("%PDF-1.4")));
        QVERIFY(attachments.add(RecordKind::Activity, gender, QStringLiteral("report.txt"), QByteArrayLiteral("done")));
        QVERIFY(attachments.add(RecordKind::Plan, other.id, QStringLiteral("other.txt"), QByteArrayLiteral("other")));
        QVERIFY(Sql::run(db->connection(),
                         QStringLiteral("INSERT INTO visits (title, direction, kind, start_date, activity_id, created_at, updated_at) "
                                        "VALUES ('Poseta', 'incoming', 'meeting', '2020-03-01', ?, 'x', 'x')"),
                         {gender}));

        QVERIFY(store.remove(plan.id));
        QCOMPARE(store.get(plan.id).error().code(), ErrorCode::NotFound);
        QCOMPARE(count(*db, QStringLiteral("action_plans")), qint64(1));
        QCOMPARE(count(*db, QStringLiteral("plan_activities")), qint64(3));
        QCOMPARE(Sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM plan_priorities WHERE plan_id = ?"), {plan.id})
                     .value()
                     .toInt(),
                 0);
        QCOMPARE(count(*db, QStringLiteral("attachments")), qint64(1));
        QVERIFY(Sql::scalar(db->connection(), QStringLiteral("SELECT activity_id FROM visits")).value().isNull());
        const auto planLog = AuditTrail::forRecord(db->connection(), RecordKind::Plan, plan.id).value();
        QCOMPARE(planLog.last().action, AuditAction::Delete);
        QCOMPARE(change(planLog.last(), QStringLiteral("title"), false), plan.title);
        for (const PlanActivity &a : plan.activities)
            QCOMPARE(AuditTrail::forRecord(db->connection(), RecordKind::Activity, a.id).value().last().action, AuditAction::Delete);
        QVERIFY(!finds(*db, QStringLiteral("akcioni"), RecordKind::Plan, plan.id));
        QVERIFY(finds(*db, QStringLiteral("akcioni"), RecordKind::Plan, other.id));
        QVERIFY(!finds(*db, QStringLiteral("родна"), RecordKind::Activity, gender));
        QCOMPARE(store.remove(plan.id).error().code(), ErrorCode::NotFound);
    }

    void failedUpdateChangesNothing()
    {
        auto db = fresh();
        ActionPlanStore store(*db);
        ActionPlan plan = samplePlan(*db, embassy(*db));
        QVERIFY(store.save(plan));
        const QString before = dumpContent(db->path());
        ActionPlan broken = plan;
        broken.title = QStringLiteral("Nov naslov");
        broken.activities.removeFirst();
        broken.activities << activity(QStringLiteral("Nova"));
        broken.activities.last().endsOn = QDate(2020, 1, 1);
        broken.activities.last().startsOn = QDate(2020, 2, 1);
        auto saved = store.save(broken);
        QVERIFY(!saved);
        QVERIFY(saved.error().detail().contains(QStringLiteral("activities[2].ends_on")));
        QCOMPARE(dumpContent(db->path()), before);
        QCOMPARE(broken.activities.last().id, 0);
    }

    void readOnlyRegisterRefusesChanges()
    {
        QString path;
        qint64 planId = 0;
        {
            auto db = fresh();
            ActionPlanStore store(*db);
            ActionPlan plan = samplePlan(*db, embassy(*db));
            QVERIFY(store.save(plan));
            planId = plan.id;
            path = db->path();
        }
        auto db = reopen(path, AccessMode::ReadOnly);
        ActionPlanStore store(*db);
        ActionPlan plan = store.get(planId).value();
        plan.title = QStringLiteral("Promenjen");
        QCOMPARE(store.save(plan).error().code(), ErrorCode::ReadOnly);
        QCOMPARE(store.remove(planId).error().code(), ErrorCode::ReadOnly);
        QCOMPARE(store.startNextYear(planId).error().code(), ErrorCode::ReadOnly);
        QVERIFY(store.copyForNextYear(planId)); // reading is fine
        QVERIFY(store.totalsByTheme(planId));
        QCOMPARE(store.get(planId).value().title, QStringLiteral("Akcioni plan SKGO i Ambasade Francuske 2020"));
    }
};

QTEST_GUILESS_MAIN(TestActionPlanStore)
#include "tst_actionplanstore.moc"
