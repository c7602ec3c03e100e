// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittrail.h"
#include "database.h"
#include "initiativestore.h"
#include "organizationstore.h"
#include "partnershipstore.h"
#include "searchindex.h"
#include "sqlsupport.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

const QDate today = QDate::currentDate();

OpenOptions quietOpen(AccessMode access = AccessMode::ReadWrite)
{
    OpenOptions options;
    options.access = access;
    options.autoBackup = false;
    return options;
}

} // namespace

class TestInitiativeStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_template;
    int m_copies = 0;

    // A fresh register with the reference data (a copy of one made once).
    std::unique_ptr<Database> freshRegister()
    {
        const QString path = m_dir.filePath(QStringLiteral("copy%1.db").arg(++m_copies));
        if (!QFile::copy(m_template, path))
            qFatal("cannot copy the template register");
        auto db = Database::open(path, quietOpen());
        if (!db)
            qFatal("cannot open %s", qPrintable(db.error().toLogString()));
        return db.take();
    }

    static qint64 scalar(const Database &db, const QString &sql, const QVariantList &values = {})
    {
        auto value = Sql::scalar(db.connection(), sql, values);
        return value ? value.value().toLongLong() : -1;
    }

    static qint64 serbian(const Database &db, const QString &name)
    {
        return scalar(db, QStringLiteral("SELECT id FROM organizations WHERE name = ? AND country = 'RS'"), {name});
    }

    static qint64 theme(const Database &db, const QString &key)
    {
        return scalar(db, QStringLiteral("SELECT id FROM themes WHERE key = ?"), {key});
    }

    static qint64 foreignOrg(const Database &db, const QString &name, const QString &country,
                             const QString &kind = QStringLiteral("local_authority"))
    {
        Organization o;
        o.name = name;
        o.country = country;
        o.kind = kind;
        auto saved = OrganizationStore(db).save(o);
        if (!saved)
            qFatal("cannot save organisation: %s", qPrintable(saved.error().toLogString()));
        return saved.value();
    }

    // A partnership between two organisations on one theme (raw SQL: the
    // partnership store is not part of this suite).
    static void partnership(const Database &db, qint64 a, qint64 b, qint64 themeId)
    {
        const QSqlDatabase c = db.connection();
        auto inserted = Sql::run(c, QStringLiteral("INSERT INTO partnerships (title, kind, status, created_at, updated_at) "
                                                   "VALUES ('p', 'twinning', 'active', '2020-01-01', '2020-01-01')"));
        QVERIFY(inserted);
        const qint64 id = inserted.value().lastInsertId().toLongLong();
        for (qint64 org : {a, b})
            QVERIFY(Sql::run(c, QStringLiteral("INSERT INTO partnership_parties (partnership_id, organization_id) "
                                               "VALUES (?, ?)"), {id, org}));
        QVERIFY(Sql::run(c, QStringLiteral("INSERT INTO partnership_themes (partnership_id, theme_id) VALUES (?, ?)"),
                         {id, themeId}));
    }

    static Initiative basic(const Database &db, const QString &title = QStringLiteral("Partner for Kragujevac"))
    {
        Initiative i;
        i.title = title;
        i.requesterId = serbian(db, QStringLiteral("Kragujevac"));
        i.openedOn = QDate(2026, 1, 10);
        return i;
    }

    static qint64 count(const Database &db)
    {
        return scalar(db, QStringLiteral("SELECT count(*) FROM initiatives"));
    }

    static qint64 auditCount(const Database &db)
    {
        return scalar(db, QStringLiteral("SELECT count(*) FROM audit_log"));
    }

    static QList<qint64> searchIds(const Database &db, const QString &query)
    {
        QList<qint64> ids;
        auto hits = SearchIndex::search(db.connection(), query, 50, RecordKind::Initiative);
        for (const SearchHit &hit : hits.valueOr({}))
            ids << hit.id;
        return ids;
    }

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        QVERIFY(m_dir.isValid());
        m_template = createRegister(m_dir.path(), QStringLiteral("template.db"));
    }

    void savesAndReadsBackEveryField()
    {
        auto db = freshRegister();
        InitiativeStore store(*db);
        const qint64 amiens = foreignOrg(*db, QStringLiteral("Amiens"), QStringLiteral("FR"));
        Initiative i = basic(*db);
        i.origin = QStringLiteral("member");
        i.soughtCountries = {QStringLiteral("FR"), QStringLiteral("AT")};
        i.soughtThemeIds = {theme(*db, QStringLiteral("youth")), theme(*db, QStringLiteral("culture"))};
        i.soughtKind = QStringLiteral("twinning");
        i.soughtSize = QStringLiteral("100,000-200,000 inhabitants");
        i.description = QStringLiteral("A town with a university");
        i.stage = QStringLiteral("partners_proposed");
        i.staffInCharge = QStringLiteral("Jelena");
        i.candidates = {{amiens, QStringLiteral("sister university")}};
        i.stageHistory = {{QStringLiteral("received"), QDate(2026, 1, 10), QStringLiteral("by e-mail")}};
        i.notes = QStringLiteral("'; DROP TABLE initiatives; --");
        auto saved = store.save(i);
        QVERIFY2(saved, qPrintable(saved.error().toLogString()));
        QVERIFY(i.id > 0);

        auto read = store.get(i.id);
        QVERIFY(read);
        const Initiative &r = read.value();
        QCOMPARE(r.title, i.title);
        QCOMPARE(r.requesterId, i.requesterId);
        QCOMPARE(r.soughtCountries, (QStringList{QStringLiteral("AT"), QStringLiteral("FR")}));
        QList<qint64> themes = i.soughtThemeIds;
        std::sort(themes.begin(), themes.end());
        QCOMPARE(r.soughtThemeIds, themes);
        QCOMPARE(r.soughtKind, QStringLiteral("twinning"));
        QCOMPARE(r.soughtSize, i.soughtSize);
        QCOMPARE(r.description, i.description);
        QCOMPARE(r.stage, QStringLiteral("partners_proposed"));
        QCOMPARE(r.staffInCharge, QStringLiteral("Jelena"));
        QCOMPARE(r.openedOn, QDate(2026, 1, 10));
        QVERIFY(!r.closedOn.isValid());
        QCOMPARE(r.candidates.size(), 1);
        QCOMPARE(r.candidates.first().organizationId, amiens);
        QCOMPARE(r.candidates.first().note, QStringLiteral("sister university"));
        QCOMPARE(r.stageHistory.size(), 1); // an insert records no stage change of its own
        QCOMPARE(r.stageHistory.first().note, QStringLiteral("by e-mail"));
        QCOMPARE(r.notes, i.notes);
        QCOMPARE(r.auditFields(), i.auditFields());

        QCOMPARE(store.get(9999).error().code(), ErrorCode::NotFound);
    }

    void auditEntriesRecordInsertUpdateDelete()
    {
        auto db = freshRegister();
        InitiativeStore store(*db);
        Initiative i = basic(*db);
        i.soughtCountries = {QStringLiteral("FR")};
        i.soughtThemeIds = {theme(*db, QStringLiteral("culture"))};
        QVERIFY(store.save(i));
        i.stage = QStringLiteral("searching");
        QVERIFY(store.save(i));
        QVERIFY(store.save(i)); // nothing changed: no entry
        QVERIFY(store.remove(i.id));
        auto entries = AuditTrail::forRecord(db->connection(), RecordKind::Initiative, i.id);
        QVERIFY(entries);
        QCOMPARE(entries.value().size(), 3);
        QCOMPARE(entries.value().at(0).action, AuditAction::Insert);
        QCOMPARE(entries.value().at(1).action, AuditAction::Update);
        QCOMPARE(entries.value().at(2).action, AuditAction::Delete);
        bool sawCountries = false;
        for (const FieldChange &c : entries.value().at(0).changes) {
            if (c.field == QLatin1String("sought_countries")) {
                QCOMPARE(c.after, QStringLiteral("FR"));
                sawCountries = true;
            }
            if (c.field == QLatin1String("sought_themes"))
                QCOMPARE(c.after, QStringLiteral("theme:%1").arg(theme(*db, QStringLiteral("culture"))));
        }
        QVERIFY(sawCountries);
        QStringList changed;
        for (const FieldChange &c : entries.value().at(1).changes) {
            changed << c.field;
            if (c.field == QLatin1String("stage")) {
                QCOMPARE(c.before, QStringLiteral("received"));
                QCOMPARE(c.after, QStringLiteral("searching"));
            }
        }
        changed.sort();
        QCOMPARE(changed, (QStringList{QStringLiteral("stage"), QStringLiteral("stage_history")}));
        // Deleted with its children and its search entry.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM initiative_countries")), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM initiative_stage_history")), 0);
        QVERIFY(searchIds(*db, QStringLiteral("Kragujevac")).isEmpty());
        QCOMPARE(store.remove(i.id).error().code(), ErrorCode::NotFound);
    }

    void searchFindsInBothScripts()
    {
        auto db = freshRegister();
        InitiativeStore store(*db);
        Initiative i = basic(*db, QStringLiteral("Traži se partner u Francuskoj"));
        i.requesterId = serbian(*db, QStringLiteral("Čačak"));
        i.soughtCountries = {QStringLiteral("FR")};
        i.description = QStringLiteral("Saradnja škola");
        QVERIFY(store.save(i));
        QCOMPARE(searchIds(*db, QStringLiteral("чачак")), QList<qint64>{i.id});     // requester, Cyrillic query
        QCOMPARE(searchIds(*db, QStringLiteral("cacak")), QList<qint64>{i.id});     // no diacritics
        QCOMPARE(searchIds(*db, QStringLiteral("тражи партнер")), QList<qint64>{i.id}); // title
        QCOMPARE(searchIds(*db, QStringLiteral("skola")), QList<qint64>{i.id});     // description
        QCOMPARE(searchIds(*db, QStringLiteral("France")), QList<qint64>{i.id});    // sought country's name
        QCOMPARE(searchIds(*db, QStringLiteral("Francuska")), QList<qint64>{i.id});
        QVERIFY(searchIds(*db, QStringLiteral("Kragujevac")).isEmpty());
    }

    void validationRules_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("title") << QStringLiteral("title");
        QTest::newRow("no requester") << QStringLiteral("requester_id");
        QTest::newRow("unknown requester") << QStringLiteral("requester_id");
        QTest::newRow("origin") << QStringLiteral("origin");
        QTest::newRow("stage") << QStringLiteral("stage");
        QTest::newRow("opened_on") << QStringLiteral("opened_on");
        QTest::newRow("closed before opened") << QStringLiteral("closed_on");
        QTest::newRow("country") << QStringLiteral("sought_countries");
        QTest::newRow("theme") << QStringLiteral("sought_themes");
        QTest::newRow("kind") << QStringLiteral("sought_kind");
        QTest::newRow("partnership") << QStringLiteral("partnership_id");
        QTest::newRow("candidate twice") << QStringLiteral("candidates");
        QTest::newRow("candidate unknown") << QStringLiteral("candidates");
        QTest::newRow("candidate is requester") << QStringLiteral("candidates");
        QTest::newRow("history") << QStringLiteral("stage_history");
    }

    void validationRules()
    {
        QFETCH(QString, field);
        auto db = freshRegister();
        InitiativeStore store(*db);
        Initiative i = basic(*db);
        i.soughtCountries = {QStringLiteral("FR")};
        QVERIFY(store.validate(i).isClean());
        const QString row = QString::fromLatin1(QTest::currentDataTag());
        const qint64 novi = serbian(*db, QStringLiteral("Novi Sad"));
        if (row == QLatin1String("title"))
            i.title = QStringLiteral("  ");
        else if (row == QLatin1String("no requester"))
            i.requesterId = 0;
        else if (row == QLatin1String("unknown requester"))
            i.requesterId = 999999;
        else if (row == QLatin1String("origin"))
            i.origin = QStringLiteral("space");
        else if (row == QLatin1String("stage"))
            i.stage = QStringLiteral("dreaming");
        else if (row == QLatin1String("opened_on"))
            i.openedOn = QDate();
        else if (row == QLatin1String("closed before opened")) {
            i.stage = QStringLiteral("closed_without_result");
            i.closedOn = QDate(2025, 12, 31);
        } else if (row == QLatin1String("country"))
            i.soughtCountries << QStringLiteral("XX");
        else if (row == QLatin1String("theme"))
            i.soughtThemeIds = {999999};
        else if (row == QLatin1String("kind"))
            i.soughtKind = QStringLiteral("marriage");
        else if (row == QLatin1String("partnership"))
            i.partnershipId = 999999;
        else if (row == QLatin1String("candidate twice"))
            i.candidates = {{novi, {}}, {novi, {}}};
        else if (row == QLatin1String("candidate unknown"))
            i.candidates = {{999999, {}}};
        else if (row == QLatin1String("candidate is requester"))
            i.candidates = {{i.requesterId, {}}};
        else if (row == QLatin1String("history"))
            i.stageHistory = {{QStringLiteral("received"), QDate(), {}}};

        const Validation v = store.validate(i);
        QVERIFY2(!v.errorFor(field).isEmpty(), qPrintable(row));
        const qint64 before = count(*db);
        const qint64 auditBefore = auditCount(*db);
        auto saved = store.save(i);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code(), ErrorCode::Invalid);
        QCOMPARE(count(*db), before);
        QCOMPARE(auditCount(*db), auditBefore);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM initiative_countries")), 0);
    }

    void closedStageGetsClosingDateTodayAndReopeningClearsIt()
    {
        auto db = freshRegister();
        InitiativeStore store(*db);
        Initiative i = basic(*db);
        i.stage = QStringLiteral("closed_without_result");
        QVERIFY(store.validate(i).isClean()); // no closing date needed: the save sets it
        QVERIFY(store.save(i));
        QCOMPARE(i.closedOn, today);
        QCOMPARE(store.get(i.id).value().closedOn, today);

        i.stage = QStringLiteral("negotiating"); // reopened
        QVERIFY(store.save(i));
        QVERIFY(!store.get(i.id).value().closedOn.isValid());

        i.stage = QStringLiteral("agreement_signed");
        i.closedOn = QDate(2026, 2, 20); // a date given is kept
        QVERIFY(store.save(i));
        QCOMPARE(store.get(i.id).value().closedOn, QDate(2026, 2, 20));

        Initiative open = basic(*db, QStringLiteral("Open"));
        open.closedOn = QDate(2026, 2, 1); // an open stage has no closing date
        QVERIFY(store.save(open));
        QVERIFY(!store.get(open.id).value().closedOn.isValid());
    }

    void stageChangeAppendsHistoryDatedToday()
    {
        auto db = freshRegister();
        InitiativeStore store(*db);
        Initiative i = basic(*db);
        QVERIFY(store.save(i));
        QVERIFY(store.get(i.id).value().stageHistory.isEmpty());

        i.stage = QStringLiteral("searching");
        QVERIFY(store.save(i));
        auto history = store.get(i.id).value().stageHistory;
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.last().stage, QStringLiteral("searching"));
        QCOMPARE(history.last().changedOn, today);

        i.notes = QStringLiteral("no stage change");
        QVERIFY(store.save(i));
        QCOMPARE(store.get(i.id).value().stageHistory.size(), 1);

        // A change the caller already recorded (with a note) is not doubled.
        i.stage = QStringLiteral("partners_proposed");
        i.stageHistory.append({QStringLiteral("partners_proposed"), today, QStringLiteral("three towns")});
        QVERIFY(store.save(i));
        history = store.get(i.id).value().stageHistory;
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.last().note, QStringLiteral("three towns"));
    }

    void moveToNextStageWalksTheUsualPath()
    {
        auto db = freshRegister();
        InitiativeStore store(*db);
        Initiative i = basic(*db);
        QVERIFY(store.save(i));
        const QStringList path = {QStringLiteral("searching"), QStringLiteral("partners_proposed"),
                                  QStringLiteral("contact_made"), QStringLiteral("negotiating"),
                                  QStringLiteral("agreement_signed")};
        for (const QString &stage : path) {
            const Status moved = store.moveToNextStage(i.id);
            QVERIFY2(moved, qPrintable(moved.error().toLogString()));
            QCOMPARE(store.get(i.id).value().stage, stage);
        }
        const Initiative signedOne = store.get(i.id).value();
        QCOMPARE(signedOne.closedOn, today);
        QCOMPARE(signedOne.stageHistory.size(), path.size());
        for (int n = 0; n < path.size(); ++n)
            QCOMPARE(signedOne.stageHistory.at(n).stage, path.at(n));

        const Status refused = store.moveToNextStage(i.id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::Invalid);
        QCOMPARE(store.get(i.id).value().stage, QStringLiteral("agreement_signed"));

        Initiative dropped = basic(*db, QStringLiteral("Dropped"));
        dropped.stage = QStringLiteral("closed_without_result");
        QVERIFY(store.save(dropped));
        QCOMPARE(store.moveToNextStage(dropped.id).error().code(), ErrorCode::Invalid);
        QCOMPARE(store.moveToNextStage(999999).error().code(), ErrorCode::NotFound);

        QCOMPARE(Initiative::nextStage(QStringLiteral("received")), QStringLiteral("searching"));
        QCOMPARE(Initiative::nextStage(QStringLiteral("negotiating")), QStringLiteral("agreement_signed"));
        QVERIFY(Initiative::nextStage(QStringLiteral("closed_without_result")).isEmpty());
        QVERIFY(Initiative::nextStage(QStringLiteral("bogus")).isEmpty());
    }

    void daysInStageCountsFromTheLatestChangeToTheStage()
    {
        auto db = freshRegister();
        InitiativeStore store(*db);
        const QDate fixedToday(2026, 3, 3);
        Initiative i = basic(*db); // opened 2026-01-10
        i.stage = QStringLiteral("searching");
        i.stageHistory = {{QStringLiteral("searching"), QDate(2026, 1, 15), {}},
                          {QStringLiteral("partners_proposed"), QDate(2026, 1, 20), {}},
                          {QStringLiteral("searching"), QDate(2026, 2, 1), {}}};
        QVERIFY(store.save(i));
        QCOMPARE(store.daysInStage(i.id, fixedToday).value(), 30);

        Initiative noHistory = basic(*db, QStringLiteral("No history"));
        noHistory.stage = QStringLiteral("contact_made");
        QVERIFY(store.save(noHistory));
        QCOMPARE(store.daysInStage(noHistory.id, fixedToday).value(), 52); // since opened_on
        QCOMPARE(store.daysInStage(noHistory.id, QDate(2026, 1, 10)).value(), 0);

        // A change made today restarts the count.
        QVERIFY(store.moveToNextStage(noHistory.id));
        QCOMPARE(store.daysInStage(noHistory.id, today.addDays(4)).value(), 4);

        QCOMPARE(store.daysInStage(999999, fixedToday).error().code(), ErrorCode::NotFound);
    }

    void suggestCandidatesFollowsTheRules()
    {
        auto db = freshRegister();
        InitiativeStore store(*db);
        const qint64 culture = theme(*db, QStringLiteral("culture"));
        const qint64 youth = theme(*db, QStringLiteral("youth"));
        const qint64 kragujevac = serbian(*db, QStringLiteral("Kragujevac"));
        const qint64 noviSad = serbian(*db, QStringLiteral("Novi Sad"));
        const qint64 amiens = foreignOrg(*db, QStringLiteral("Amiens"), QStringLiteral("FR"));
        const qint64 alliance = foreignOrg(*db, QStringLiteral("Alliance des villes"), QStringLiteral("FR"),
                                           QStringLiteral("association"));
        const qint64 brest = foreignOrg(*db, QStringLiteral("Brest"), QStringLiteral("FR"));
        const qint64 caen = foreignOrg(*db, QStringLiteral("Caen"), QStringLiteral("FR"));
        const qint64 dijon = foreignOrg(*db, QStringLiteral("Dijon"), QStringLiteral("FR"));
        const qint64 fontainebleau = foreignOrg(*db, QStringLiteral("Fontainebleau"), QStringLiteral("FR"));
        const qint64 erfurt = foreignOrg(*db, QStringLiteral("Erfurt"), QStringLiteral("DE"));
        partnership(*db, amiens, noviSad, culture);
        partnership(*db, alliance, noviSad, culture);
        partnership(*db, brest, kragujevac, culture); // already the requester's partner
        partnership(*db, caen, noviSad, culture);     // already a candidate
        partnership(*db, dijon, noviSad, youth);      // another theme
        partnership(*db, erfurt, noviSad, culture);   // another country

        Initiative i = basic(*db);
        i.soughtCountries = {QStringLiteral("FR")};
        i.soughtThemeIds = {culture};
        i.candidates = {{caen, {}}};
        QVERIFY(store.save(i));
        // Foreign local authorities first, then other kinds; each by name.
        QCOMPARE(store.suggestCandidates(i.id).value(), (QList<qint64>{amiens, alliance}));
        QCOMPARE(store.suggestCandidates(i.id, 1).value(), QList<qint64>{amiens});

        i.soughtThemeIds = {culture, youth};
        QVERIFY(store.save(i));
        QCOMPARE(store.suggestCandidates(i.id).value(), (QList<qint64>{amiens, dijon, alliance}));

        // No theme sought: any organisation in the country, even without partnerships
        // (the Council of Europe's Congress, in the reference data, is in France).
        const qint64 congress = scalar(*db, QStringLiteral("SELECT id FROM organizations WHERE reference_key = 'io:congress'"));
        QVERIFY(congress > 0);
        i.soughtThemeIds.clear();
        QVERIFY(store.save(i));
        QCOMPARE(store.suggestCandidates(i.id).value(),
                 (QList<qint64>{amiens, dijon, fontainebleau, alliance, congress}));

        // Two countries: bound as two values.
        i.soughtCountries = {QStringLiteral("FR"), QStringLiteral("DE")};
        i.soughtThemeIds = {culture};
        QVERIFY(store.save(i));
        QCOMPARE(store.suggestCandidates(i.id).value(), (QList<qint64>{amiens, erfurt, alliance}));

        // Serbian local governments are never suggested, even in Serbia.
        i.soughtCountries = {QStringLiteral("RS")};
        QVERIFY(store.save(i));
        QVERIFY(store.suggestCandidates(i.id).value().isEmpty());

        i.soughtCountries.clear();
        QVERIFY(store.save(i));
        QVERIFY(store.suggestCandidates(i.id).value().isEmpty());
        QCOMPARE(store.suggestCandidates(999999).error().code(), ErrorCode::NotFound);
    }

    void suggestionsForAnUnsavedInitiative()
    {
        auto db = freshRegister();
        InitiativeStore store(*db);
        const qint64 culture = theme(*db, QStringLiteral("culture"));
        const qint64 noviSad = serbian(*db, QStringLiteral("Novi Sad"));
        const qint64 amiens = foreignOrg(*db, QStringLiteral("Amiens"), QStringLiteral("FR"));
        const qint64 brest = foreignOrg(*db, QStringLiteral("Brest"), QStringLiteral("FR"));
        partnership(*db, amiens, noviSad, culture);
        partnership(*db, brest, noviSad, culture);

        // As typed in a form: nothing is saved, the candidates in the value are left out.
        Initiative i = basic(*db);
        i.soughtCountries = {QStringLiteral("FR")};
        i.soughtThemeIds = {culture};
        QCOMPARE(store.suggestCandidatesFor(i).value(), (QList<qint64>{amiens, brest}));
        i.candidates = {{amiens, {}}};
        QCOMPARE(store.suggestCandidatesFor(i).value(), QList<qint64>{brest});
        QCOMPARE(count(*db), 0);

        // No requester yet: still suggestions; Novi Sad's partners are excluded when it asks.
        i.requesterId = 0;
        i.candidates.clear();
        QCOMPARE(store.suggestCandidatesFor(i).value(), (QList<qint64>{amiens, brest}));
        i.requesterId = noviSad;
        QVERIFY(store.suggestCandidatesFor(i).value().isEmpty());
    }

    void turnsASignedInitiativeIntoAPartnership()
    {
        auto db = freshRegister();
        InitiativeStore store(*db);
        PartnershipStore partnerships(*db);
        const qint64 culture = theme(*db, QStringLiteral("culture"));
        const qint64 youth = theme(*db, QStringLiteral("youth"));
        const qint64 kragujevac = serbian(*db, QStringLiteral("Kragujevac"));
        const qint64 amiens = foreignOrg(*db, QStringLiteral("Amiens"), QStringLiteral("FR"));
        const qint64 brest = foreignOrg(*db, QStringLiteral("Brest"), QStringLiteral("FR"));
        const qint64 caen = foreignOrg(*db, QStringLiteral("Caen"), QStringLiteral("FR"));
        const auto partnershipCount = [&] { return scalar(*db, QStringLiteral("SELECT count(*) FROM partnerships")); };

        Initiative i = basic(*db);
        i.soughtCountries = {QStringLiteral("FR")};
        i.soughtThemeIds = {culture, youth};
        i.soughtKind = QStringLiteral("decentralized");
        i.candidates = {{amiens, {}}, {brest, {}}};
        i.stage = QStringLiteral("negotiating");
        QVERIFY(store.save(i));
        const qint64 before = partnershipCount();

        // Not yet signed: refused, nothing written.
        auto early = store.turnIntoPartnership(i.id, {amiens});
        QVERIFY(!early);
        QCOMPARE(early.error().code(), ErrorCode::Invalid);
        QCOMPARE(partnershipCount(), before);

        i.stage = QStringLiteral("agreement_signed");
        i.closedOn = QDate(2026, 2, 14);
        QVERIFY(store.save(i));
        const qint64 audits = auditCount(*db);

        // The partner must be one of the candidates; one must be given.
        QCOMPARE(store.turnIntoPartnership(i.id, {caen}).error().code(), ErrorCode::Invalid);
        QCOMPARE(store.turnIntoPartnership(i.id, {}).error().code(), ErrorCode::Invalid);
        QCOMPARE(store.turnIntoPartnership(999999, {amiens}).error().code(), ErrorCode::NotFound);
        QCOMPARE(partnershipCount(), before);
        QCOMPARE(auditCount(*db), audits);

        auto turned = store.turnIntoPartnership(i.id, {amiens});
        QVERIFY2(turned, qPrintable(turned ? QString() : turned.error().toLogString()));
        QCOMPARE(partnershipCount(), before + 1);
        const Partnership p = partnerships.get(turned.value()).value();
        QCOMPARE(p.title, QStringLiteral("Kragujevac – Amiens"));
        QCOMPARE(p.kind, QStringLiteral("decentralized"));
        QCOMPARE(p.status, QStringLiteral("active"));
        QCOMPARE(p.startedOn, QDate(2026, 2, 14));
        QCOMPARE(p.parties.size(), 2);
        QCOMPARE(p.parties.at(0).organizationId, kragujevac);
        QCOMPARE(p.parties.at(1).organizationId, amiens);
        QCOMPARE(p.themeIds, (QList<qint64>{qMin(culture, youth), qMax(culture, youth)}));
        QCOMPARE(p.statusHistory.size(), 1);
        QCOMPARE(p.statusHistory.at(0).changedOn, QDate(2026, 2, 14));
        QVERIFY(p.notes.contains(i.title));

        const Initiative linked = store.get(i.id).value();
        QCOMPARE(linked.partnershipId, p.id);
        QCOMPARE(linked.stage, QStringLiteral("agreement_signed"));
        QCOMPARE(linked.closedOn, QDate(2026, 2, 14));
        QCOMPARE(linked.stageHistory.size(), i.stageHistory.size());
        // Both records are audited; the partnership is findable.
        QCOMPARE(auditCount(*db), audits + 2);
        auto hits = SearchIndex::search(db->connection(), QStringLiteral("amiens"), 10, RecordKind::Partnership);
        QCOMPARE(hits.value().size(), 1);

        // Once only.
        QCOMPARE(store.turnIntoPartnership(i.id, {brest}).error().code(), ErrorCode::Invalid);
        QCOMPARE(partnershipCount(), before + 1);

        // Several partners, no kind sought: a town twinning of three.
        Initiative three = basic(*db, QStringLiteral("Three towns"));
        three.candidates = {{amiens, {}}, {brest, {}}, {caen, {}}};
        three.stage = QStringLiteral("agreement_signed");
        QVERIFY(store.save(three));
        auto many = store.turnIntoPartnership(three.id, {brest, caen});
        QVERIFY(many);
        const Partnership threeWay = partnerships.get(many.value()).value();
        QCOMPARE(threeWay.kind, QStringLiteral("twinning"));
        QCOMPARE(threeWay.parties.size(), 3);
        QCOMPARE(threeWay.startedOn, today);
        QCOMPARE(threeWay.title, QStringLiteral("Kragujevac – Brest – Caen"));
    }

    void turningIntoAPartnershipIsOneTransaction()
    {
        auto db = freshRegister();
        InitiativeStore store(*db);
        const qint64 amiens = foreignOrg(*db, QStringLiteral("Amiens"), QStringLiteral("FR"));
        Initiative i = basic(*db);
        i.candidates = {{amiens, {}}};
        i.stage = QStringLiteral("agreement_signed");
        QVERIFY(store.save(i));
        const qint64 partnerships = scalar(*db, QStringLiteral("SELECT count(*) FROM partnerships"));
        // Linking the initiative fails after the partnership is written: nothing is kept.
        QVERIFY(Sql::exec(db->connection(), QStringLiteral(
            "CREATE TRIGGER refuse_link BEFORE UPDATE OF partnership_id ON initiatives "
            "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        QVERIFY(!store.turnIntoPartnership(i.id, {amiens}));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM partnerships")), partnerships);
        QCOMPARE(store.get(i.id).value().partnershipId, 0);
        QVERIFY(Sql::exec(db->connection(), QStringLiteral("DROP TRIGGER refuse_link")));
        QVERIFY(store.turnIntoPartnership(i.id, {amiens}));
    }

    void listFiltersSortsAndPages()
    {
        auto db = freshRegister();
        InitiativeStore store(*db);
        const qint64 culture = theme(*db, QStringLiteral("culture"));
        QList<qint64> ids;
        for (int n = 0; n < 5; ++n) {
            Initiative i = basic(*db, QStringLiteral("Inicijativa %1").arg(QChar(u'E' - n)));
            i.openedOn = QDate(2024 + n % 2, 3, 1 + n);
            i.soughtCountries = {n < 2 ? QStringLiteral("FR") : QStringLiteral("IT")};
            if (n == 0)
                i.soughtThemeIds = {culture};
            if (n == 4)
                i.stage = QStringLiteral("closed_without_result");
            QVERIFY(store.save(i));
            ids << i.id;
        }
        ListQuery query;
        auto all = store.list(query);
        QVERIFY2(all, qPrintable(all.error().toLogString()));
        QCOMPARE(all.value().total, 5);
        QCOMPARE(all.value().columnKeys,
                 (QStringList{QStringLiteral("title"), QStringLiteral("requester"), QStringLiteral("stage"),
                              QStringLiteral("staff_in_charge"), QStringLiteral("opened_on"),
                              QStringLiteral("days_in_stage")}));
        QCOMPARE(all.value().rows.first().at(1).toString(), QStringLiteral("Kragujevac"));

        auto filtered = [&](const QString &key, const QVariant &value) {
            ListQuery q;
            q.filters.insert(key, value);
            q.sortKey = QStringLiteral("opened_on");
            auto page = store.list(q);
            return page ? page.value().ids : QList<qint64>{-1};
        };
        QCOMPARE(filtered(QStringLiteral("country"), QStringLiteral("FR")), (QList<qint64>{ids[0], ids[1]}));
        QCOMPARE(filtered(QStringLiteral("theme"), culture), QList<qint64>{ids[0]});
        QCOMPARE(filtered(QStringLiteral("stage"), QStringLiteral("closed_without_result")), QList<qint64>{ids[4]});
        QCOMPARE(filtered(QStringLiteral("year"), 2025), (QList<qint64>{ids[1], ids[3]}));
        QCOMPARE(filtered(QStringLiteral("year"), QStringLiteral("2025")), (QList<qint64>{ids[1], ids[3]}));
        QCOMPARE(filtered(QStringLiteral("open"), false), QList<qint64>{ids[4]});
        QCOMPARE(filtered(QStringLiteral("open"), true).size(), 4);

        // Sorted by title (E, D, C, B, A were inserted), paged two at a time.
        query.sortKey = QStringLiteral("title");
        query.limit = 2;
        query.offset = 2;
        auto page = store.list(query);
        QVERIFY(page);
        QCOMPARE(page.value().total, 5);
        QCOMPARE(page.value().ids, (QList<qint64>{ids[2], ids[1]}));

        // Quick filter through the search index.
        query = ListQuery();
        query.text = QStringLiteral("иницијатива ц");
        QCOMPARE(store.list(query).value().ids, QList<qint64>{ids[2]});
    }

    void listShowsDaysInStage()
    {
        auto db = freshRegister();
        InitiativeStore store(*db);
        Initiative i = basic(*db);
        i.openedOn = today.addDays(-10);
        QVERIFY(store.save(i));
        ListQuery query;
        query.sortKey = QStringLiteral("days_in_stage");
        auto page = store.list(query);
        QVERIFY(page);
        QCOMPARE(page.value().rows.first().at(5).toInt(), 10);
        QCOMPARE(store.daysInStage(i.id).value(), 10);
        QVERIFY(store.moveToNextStage(i.id));
        QCOMPARE(store.list(query).value().rows.first().at(5).toInt(), 0);
    }

    void readOnlyRegisterRefusesWrites()
    {
        QString path;
        qint64 id = 0;
        {
            auto db = freshRegister();
            path = db->path();
            Initiative i = basic(*db);
            QVERIFY(InitiativeStore(*db).save(i));
            id = i.id;
        }
        auto db = Database::open(path, quietOpen(AccessMode::ReadOnly));
        QVERIFY(db);
        InitiativeStore store(*db.value());
        Initiative i = store.get(id).value();
        i.title = QStringLiteral("Changed");
        QCOMPARE(store.save(i).error().code(), ErrorCode::ReadOnly);
        QCOMPARE(store.moveToNextStage(id).error().code(), ErrorCode::ReadOnly);
        QCOMPARE(store.turnIntoPartnership(id, {1}).error().code(), ErrorCode::ReadOnly);
        QCOMPARE(store.remove(id).error().code(), ErrorCode::ReadOnly);
        QCOMPARE(store.get(id).value().title, QStringLiteral("Partner for Kragujevac"));
        QCOMPARE(store.get(id).value().stage, QStringLiteral("received"));
    }
};

QTEST_GUILESS_MAIN(TestInitiativeStore)
#include "tst_initiativestore.moc"
