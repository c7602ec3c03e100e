// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittrail.h"
#include "database.h"
#include "organizationstore.h"
#include "searchindex.h"
#include "sqlsupport.h"
#include "testsupport.h"
#include "visitstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

OpenOptions quietOpen(AccessMode access = AccessMode::ReadWrite)
{
    OpenOptions options;
    options.access = access;
    options.autoBackup = false;
    return options;
}

} // namespace

class TestVisitStore : public QObject
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

    static qint64 foreignOrg(const Database &db, const QString &name, const QString &country)
    {
        Organization o;
        o.name = name;
        o.country = country;
        auto saved = OrganizationStore(db).save(o);
        if (!saved)
            qFatal("cannot save organisation: %s", qPrintable(saved.error().toLogString()));
        return saved.value();
    }

    // A contact (raw SQL: the people store is not part of this suite).
    static qint64 person(const Database &db, const QString &name)
    {
        auto inserted = Sql::run(db.connection(),
                                 QStringLiteral("INSERT INTO people (full_name, created_at, updated_at) "
                                                "VALUES (?, '2026-01-01', '2026-01-01')"),
                                 {name});
        return inserted ? inserted.value().lastInsertId().toLongLong() : -1;
    }

    static qint64 partnership(const Database &db)
    {
        auto inserted = Sql::run(db.connection(),
                                 QStringLiteral("INSERT INTO partnerships (title, kind, status, created_at, updated_at) "
                                                "VALUES ('p', 'twinning', 'active', '2020-01-01', '2020-01-01')"));
        return inserted ? inserted.value().lastInsertId().toLongLong() : -1;
    }

    static Visit basic(const QString &title = QStringLiteral("Delegation of Kragujevac"))
    {
        Visit v;
        v.title = title;
        v.direction = QStringLiteral("outgoing");
        v.kind = QStringLiteral("delegation");
        v.startDate = QDate(2026, 5, 11);
        v.endDate = QDate(2026, 5, 13);
        return v;
    }

    static qint64 count(const Database &db)
    {
        return scalar(db, QStringLiteral("SELECT count(*) FROM visits"));
    }

    static QList<qint64> searchIds(const Database &db, const QString &query)
    {
        QList<qint64> ids;
        auto hits = SearchIndex::search(db.connection(), query, 50, RecordKind::Visit);
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
        VisitStore store(*db);
        const qint64 kragujevac = serbian(*db, QStringLiteral("Kragujevac"));
        const qint64 suresnes = foreignOrg(*db, QStringLiteral("Suresnes"), QStringLiteral("FR"));
        const qint64 mayor = person(*db, QStringLiteral("Petar Petrović"));
        const qint64 p = partnership(*db);
        Visit v = basic();
        v.city = QStringLiteral("Suresnes");
        v.country = QStringLiteral("FR");
        v.purpose = QStringLiteral("Twinning anniversary");
        v.outcome = QStringLiteral("Joint youth camp agreed");
        v.partnershipId = p;
        v.notes = QStringLiteral("<img src=x>");
        v.organizations = {{suresnes, QStringLiteral("host")}, {kragujevac, QStringLiteral("guest")}};
        v.participants = {{0, mayor, kragujevac, QStringLiteral("mayor")}, {0, 0, suresnes, QStringLiteral("interpreter")}};
        v.programme = {{QDate(2026, 5, 11), QStringLiteral("10:00"), QStringLiteral("Reception"), QStringLiteral("Town hall")},
                       {QDate(2026, 5, 13), QStringLiteral("09:00"), QStringLiteral("Departure"), {}}};
        auto saved = store.save(v);
        QVERIFY2(saved, qPrintable(saved.error().toLogString()));
        QVERIFY(v.participants.at(0).id > 0);
        QVERIFY(v.participants.at(1).id > v.participants.at(0).id);

        auto read = store.get(v.id);
        QVERIFY(read);
        const Visit &r = read.value();
        QCOMPARE(r.title, v.title);
        QCOMPARE(r.direction, QStringLiteral("outgoing"));
        QCOMPARE(r.kind, QStringLiteral("delegation"));
        QCOMPARE(r.startDate, QDate(2026, 5, 11));
        QCOMPARE(r.endDate, QDate(2026, 5, 13));
        QCOMPARE(r.city, QStringLiteral("Suresnes"));
        QCOMPARE(r.country, QStringLiteral("FR"));
        QCOMPARE(r.partnershipId, p);
        QCOMPARE(r.notes, QStringLiteral("<img src=x>"));
        QCOMPARE(r.organizations.size(), 2);
        QCOMPARE(r.organizations.at(1).organizationId, kragujevac);
        QCOMPARE(r.organizations.at(1).role, QStringLiteral("guest"));
        QCOMPARE(r.participants.size(), 2);
        QCOMPARE(r.participants.at(0).id, v.participants.at(0).id);
        QCOMPARE(r.participants.at(0).personId, mayor);
        QCOMPARE(r.participants.at(1).personId, 0);
        QCOMPARE(r.participants.at(1).role, QStringLiteral("interpreter"));
        QCOMPARE(r.programme.size(), 2);
        QCOMPARE(r.programme.at(0).item, QStringLiteral("Reception"));
        QCOMPARE(r.programme.at(0).place, QStringLiteral("Town hall"));
        QCOMPARE(r.auditFields(), v.auditFields());

        // A visit with no organisations, no end date and no country is fine.
        Visit bare = basic(QStringLiteral("Bare"));
        bare.endDate = QDate();
        QVERIFY(store.save(bare));
        QVERIFY(store.get(bare.id).value().country.isEmpty());
        QVERIFY(!store.get(bare.id).value().endDate.isValid());
        QCOMPARE(store.get(999999).error().code(), ErrorCode::NotFound);
    }

    void endBeforeStartIsRefusedAndSavesNothing()
    {
        auto db = freshRegister();
        VisitStore store(*db);
        Visit v = basic();
        v.organizations = {{serbian(*db, QStringLiteral("Niš")), QStringLiteral("host")}};
        v.endDate = QDate(2026, 5, 10);
        const qint64 before = count(*db);
        const qint64 auditBefore = scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log"));
        const Validation validation = store.validate(v);
        QCOMPARE(validation.errors().size(), 1);
        QCOMPARE(validation.errorFor(QStringLiteral("end_date")),
                 QStringLiteral("The end date cannot be before the start date."));
        auto saved = store.save(v);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code(), ErrorCode::Invalid);
        QCOMPARE(saved.error().detail(), QStringLiteral("end_date"));
        QCOMPARE(v.id, 0);
        QCOMPARE(count(*db), before);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM visit_organizations")), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);

        // Updating an existing visit the same way changes nothing either.
        Visit ok = basic();
        QVERIFY(store.save(ok));
        ok.endDate = QDate(2026, 5, 1);
        ok.title = QStringLiteral("Changed");
        QVERIFY(!store.save(ok));
        QCOMPARE(store.get(ok.id).value().title, QStringLiteral("Delegation of Kragujevac"));
        QCOMPARE(store.get(ok.id).value().endDate, QDate(2026, 5, 13));
    }

    void validationRules_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("title") << QStringLiteral("title");
        QTest::newRow("direction") << QStringLiteral("direction");
        QTest::newRow("kind") << QStringLiteral("kind");
        QTest::newRow("start date") << QStringLiteral("start_date");
        QTest::newRow("country") << QStringLiteral("country");
        QTest::newRow("programme before start") << QStringLiteral("programme");
        QTest::newRow("programme after end") << QStringLiteral("programme");
        QTest::newRow("programme after a one-day visit") << QStringLiteral("programme");
        QTest::newRow("programme without item") << QStringLiteral("programme");
        QTest::newRow("programme without day") << QStringLiteral("programme");
        QTest::newRow("organisation role") << QStringLiteral("organizations");
        QTest::newRow("organisation unknown") << QStringLiteral("organizations");
        QTest::newRow("organisation twice") << QStringLiteral("organizations");
        QTest::newRow("participant unknown") << QStringLiteral("participants");
        QTest::newRow("partnership") << QStringLiteral("partnership_id");
        QTest::newRow("agreement") << QStringLiteral("agreement_id");
        QTest::newRow("activity") << QStringLiteral("activity_id");
    }

    void validationRules()
    {
        QFETCH(QString, field);
        auto db = freshRegister();
        VisitStore store(*db);
        const qint64 nis = serbian(*db, QStringLiteral("Niš"));
        Visit v = basic();
        v.country = QStringLiteral("FR");
        v.organizations = {{nis, QStringLiteral("guest")}};
        v.programme = {{QDate(2026, 5, 13), {}, QStringLiteral("Last day"), {}}};
        QVERIFY(store.validate(v).isClean());
        const QString row = QString::fromLatin1(QTest::currentDataTag());
        if (row == QLatin1String("title"))
            v.title.clear();
        else if (row == QLatin1String("direction"))
            v.direction = QStringLiteral("sideways");
        else if (row == QLatin1String("kind"))
            v.kind = QStringLiteral("holiday");
        else if (row == QLatin1String("start date"))
            v.startDate = QDate();
        else if (row == QLatin1String("country"))
            v.country = QStringLiteral("XX");
        else if (row == QLatin1String("programme before start"))
            v.programme.append({QDate(2026, 5, 10), {}, QStringLiteral("Early"), {}});
        else if (row == QLatin1String("programme after end"))
            v.programme.append({QDate(2026, 5, 14), {}, QStringLiteral("Late"), {}});
        else if (row == QLatin1String("programme after a one-day visit"))
            v.endDate = QDate(); // the last day is now the start date
        else if (row == QLatin1String("programme without item"))
            v.programme.append({QDate(2026, 5, 12), {}, QStringLiteral(" "), {}});
        else if (row == QLatin1String("programme without day"))
            v.programme.append({QDate(), {}, QStringLiteral("Sometime"), {}});
        else if (row == QLatin1String("organisation role"))
            v.organizations.append({nis, QStringLiteral("spectator")});
        else if (row == QLatin1String("organisation unknown"))
            v.organizations.append({999999, QStringLiteral("host")});
        else if (row == QLatin1String("organisation twice"))
            v.organizations.append({nis, QStringLiteral("guest")});
        else if (row == QLatin1String("participant unknown"))
            v.participants.append({0, 999999, 0, {}});
        else if (row == QLatin1String("partnership"))
            v.partnershipId = 999999;
        else if (row == QLatin1String("agreement"))
            v.agreementId = 999999;
        else if (row == QLatin1String("activity"))
            v.activityId = 999999;

        QVERIFY2(!store.validate(v).errorFor(field).isEmpty(), qPrintable(row));
        const qint64 before = count(*db);
        QCOMPARE(store.save(v).error().code(), ErrorCode::Invalid);
        QCOMPARE(count(*db), before);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM visit_programme")), 0);
    }

    void searchFindsInBothScriptsButNotParticipants()
    {
        auto db = freshRegister();
        VisitStore store(*db);
        const qint64 cacak = serbian(*db, QStringLiteral("Čačak"));
        const qint64 guest = person(*db, QStringLiteral("Milica Jovanović"));
        Visit v = basic(QStringLiteral("Study visit on waste management"));
        v.direction = QStringLiteral("domestic");
        v.city = QStringLiteral("Kragujevac");
        v.country = QStringLiteral("RS");
        v.purpose = QStringLiteral("Upravljanje otpadom");
        v.outcome = QStringLiteral("Zajednički projekat");
        v.organizations = {{cacak, QStringLiteral("guest")}};
        v.participants = {{0, guest, cacak, QStringLiteral("head of department")}};
        QVERIFY(store.save(v));
        QCOMPARE(searchIds(*db, QStringLiteral("крагујевац")), QList<qint64>{v.id}); // city, Cyrillic query
        QCOMPARE(searchIds(*db, QStringLiteral("KRAGUJEVAC")), QList<qint64>{v.id});
        QCOMPARE(searchIds(*db, QStringLiteral("чачак")), QList<qint64>{v.id});      // guest organisation
        QCOMPARE(searchIds(*db, QStringLiteral("cacak")), QList<qint64>{v.id});
        QCOMPARE(searchIds(*db, QStringLiteral("отпадом")), QList<qint64>{v.id});    // purpose
        QCOMPARE(searchIds(*db, QStringLiteral("zajednicki")), QList<qint64>{v.id}); // outcome
        QCOMPARE(searchIds(*db, QStringLiteral("waste")), QList<qint64>{v.id});      // title
        QCOMPARE(searchIds(*db, QStringLiteral("Srbija")), QList<qint64>{v.id});     // country name
        // Participants' names are not indexed (erasure must not leave them behind).
        QVERIFY(searchIds(*db, QStringLiteral("Jovanović")).isEmpty());
        QVERIFY(searchIds(*db, QStringLiteral("Milica")).isEmpty());

        // An update re-indexes: the old city no longer finds it.
        v.city = QStringLiteral("Valjevo");
        QVERIFY(store.save(v));
        QVERIFY(searchIds(*db, QStringLiteral("Kragujevac")).isEmpty());
        QCOMPARE(searchIds(*db, QStringLiteral("ваљево")), QList<qint64>{v.id});
    }

    void auditEntriesNameParticipantsByIdOnly()
    {
        auto db = freshRegister();
        VisitStore store(*db);
        const qint64 nis = serbian(*db, QStringLiteral("Niš"));
        const qint64 guest = person(*db, QStringLiteral("Milica Jovanović"));
        Visit v = basic();
        v.organizations = {{nis, QStringLiteral("host")}};
        v.participants = {{0, guest, nis, QStringLiteral("guide")}};
        QVERIFY(store.save(v));
        v.outcome = QStringLiteral("A memorandum");
        QVERIFY(store.save(v));
        QVERIFY(store.save(v)); // unchanged: no entry
        QVERIFY(store.remove(v.id));
        auto entries = AuditTrail::forRecord(db->connection(), RecordKind::Visit, v.id);
        QVERIFY(entries);
        QCOMPARE(entries.value().size(), 3);
        QCOMPARE(entries.value().at(0).action, AuditAction::Insert);
        QCOMPARE(entries.value().at(1).action, AuditAction::Update);
        QCOMPARE(entries.value().at(1).changes.size(), 1);
        QCOMPARE(entries.value().at(1).changes.first().field, QStringLiteral("outcome"));
        QCOMPARE(entries.value().at(2).action, AuditAction::Delete);
        for (const AuditEntry &entry : entries.value()) {
            for (const FieldChange &change : entry.changes) {
                QVERIFY(!change.before.contains(QLatin1String("Milica")));
                QVERIFY(!change.after.contains(QLatin1String("Milica")));
                if (change.field == QLatin1String("participants") && entry.action == AuditAction::Insert)
                    QCOMPARE(change.after, QStringLiteral("person:%1 org:%2 (guide)").arg(guest).arg(nis));
                if (change.field == QLatin1String("organizations") && entry.action == AuditAction::Insert)
                    QCOMPARE(change.after, QStringLiteral("org:%1 (host)").arg(nis));
            }
        }
        // Deleted with its children and search entry.
        QCOMPARE(count(*db), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM visit_participants")), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM visit_organizations")), 0);
        QVERIFY(searchIds(*db, QStringLiteral("Kragujevac")).isEmpty());
        QCOMPARE(store.remove(v.id).error().code(), ErrorCode::NotFound);
    }

    void deletedPersonLeavesAnAnonymousParticipant()
    {
        auto db = freshRegister();
        VisitStore store(*db);
        const qint64 guest = person(*db, QStringLiteral("Milica Jovanović"));
        Visit v = basic();
        v.participants = {{0, guest, 0, QStringLiteral("guide")}};
        QVERIFY(store.save(v));
        QVERIFY(Sql::run(db->connection(), QStringLiteral("DELETE FROM people WHERE id = ?"), {guest}));
        const Visit after = store.get(v.id).value();
        QCOMPARE(after.participants.size(), 1);
        QCOMPARE(after.participants.first().personId, 0);
        QCOMPARE(after.participants.first().role, QStringLiteral("guide"));
        Visit resaved = after;
        QVERIFY(store.save(resaved)); // an anonymous participant is valid
    }

    void upcomingVisits()
    {
        auto db = freshRegister();
        VisitStore store(*db);
        const QDate today(2026, 6, 1);
        QList<qint64> ids;
        for (int offset : {5, -1, 0, 31, 30}) {
            Visit v = basic(QStringLiteral("Visit %1").arg(offset));
            v.startDate = today.addDays(offset);
            v.endDate = QDate();
            QVERIFY(store.save(v));
            ids << v.id;
        }
        QCOMPARE(store.upcoming(30, today).value(), (QList<qint64>{ids[2], ids[0], ids[4]}));
        QCOMPARE(store.upcoming(0, today).value(), QList<qint64>{ids[2]});
        QCOMPARE(store.upcoming(7, today.addDays(-1)).value(), (QList<qint64>{ids[1], ids[2], ids[0]}));
    }

    void listFiltersSortsAndPages()
    {
        auto db = freshRegister();
        VisitStore store(*db);
        const qint64 nis = serbian(*db, QStringLiteral("Niš"));
        const qint64 novi = serbian(*db, QStringLiteral("Novi Sad"));
        const qint64 lyon = foreignOrg(*db, QStringLiteral("Lyon"), QStringLiteral("FR"));
        const qint64 p = partnership(*db);
        struct Row { const char *title; const char *direction; const char *kind; QDate start; const char *country; };
        const QList<Row> rows = {
            {"Alpha", "incoming", "delegation", QDate(2025, 3, 1), "RS"},
            {"Bravo", "outgoing", "study_visit", QDate(2025, 9, 1), "FR"},
            {"Charlie", "outgoing", "conference", QDate(2026, 1, 15), "FR"},
            {"Delta", "domestic", "meeting", QDate(2026, 4, 1), "RS"},
            {"Echo", "incoming", "delegation", QDate(2026, 6, 1), ""},
        };
        QList<qint64> ids;
        for (const Row &row : rows) {
            Visit v = basic(QString::fromLatin1(row.title));
            v.direction = QString::fromLatin1(row.direction);
            v.kind = QString::fromLatin1(row.kind);
            v.startDate = row.start;
            v.endDate = row.start.addDays(1);
            v.country = QString::fromLatin1(row.country);
            if (ids.size() == 1) {
                v.partnershipId = p;
                v.organizations = {{lyon, QStringLiteral("host")}, {nis, QStringLiteral("guest")},
                                   {novi, QStringLiteral("guest")}};
            }
            if (ids.size() == 3)
                v.organizations = {{nis, QStringLiteral("host")}};
            QVERIFY(store.save(v));
            ids << v.id;
        }
        ListQuery query;
        auto all = store.list(query);
        QVERIFY2(all, qPrintable(all.error().toLogString()));
        QCOMPARE(all.value().total, 5);
        QCOMPARE(all.value().ids, ids); // by start date
        QCOMPARE(all.value().columnKeys,
                 (QStringList{QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("title"),
                              QStringLiteral("direction"), QStringLiteral("kind"), QStringLiteral("city"),
                              QStringLiteral("country"), QStringLiteral("hosts"), QStringLiteral("guests")}));
        const QVariantList bravo = all.value().rows.at(1);
        QCOMPARE(bravo.at(0).toString(), QStringLiteral("2025-09-01"));
        QCOMPARE(bravo.at(7).toString(), QStringLiteral("Lyon"));
        QStringList guests = bravo.at(8).toString().split(QStringLiteral("; "));
        guests.sort();
        QCOMPARE(guests, (QStringList{QStringLiteral("Niš"), QStringLiteral("Novi Sad")}));

        auto filtered = [&](const QString &key, const QVariant &value) {
            ListQuery q;
            q.filters.insert(key, value);
            auto page = store.list(q);
            return page ? page.value().ids : QList<qint64>{-1};
        };
        QCOMPARE(filtered(QStringLiteral("direction"), QStringLiteral("outgoing")), (QList<qint64>{ids[1], ids[2]}));
        QCOMPARE(filtered(QStringLiteral("kind"), QStringLiteral("delegation")), (QList<qint64>{ids[0], ids[4]}));
        QCOMPARE(filtered(QStringLiteral("country"), QStringLiteral("RS")), (QList<qint64>{ids[0], ids[3]}));
        QCOMPARE(filtered(QStringLiteral("year"), 2026), (QList<qint64>{ids[2], ids[3], ids[4]}));
        QCOMPARE(filtered(QStringLiteral("year"), QStringLiteral("2025")), (QList<qint64>{ids[0], ids[1]}));
        QCOMPARE(filtered(QStringLiteral("partnership_id"), p), QList<qint64>{ids[1]});
        QCOMPARE(filtered(QStringLiteral("organization"), nis), (QList<qint64>{ids[1], ids[3]}));
        QCOMPARE(filtered(QStringLiteral("organization"), lyon), QList<qint64>{ids[1]});
        QCOMPARE(filtered(QStringLiteral("from_date"), QStringLiteral("2026-01-15")), (QList<qint64>{ids[2], ids[3], ids[4]}));
        QCOMPARE(filtered(QStringLiteral("to_date"), QDate(2025, 9, 1)), (QList<qint64>{ids[0], ids[1]}));
        QVERIFY(!store.list([] { ListQuery q; q.filters.insert(QStringLiteral("bogus"), 1); return q; }()));

        // Newest first, two per page.
        query.order = Qt::DescendingOrder;
        query.limit = 2;
        query.offset = 2;
        auto page = store.list(query);
        QVERIFY(page);
        QCOMPARE(page.value().total, 5);
        QCOMPARE(page.value().ids, (QList<qint64>{ids[2], ids[1]}));
        // By title, with a quick filter in the other script.
        query = ListQuery();
        query.sortKey = QStringLiteral("title");
        query.text = QStringLiteral("ниш");
        QCOMPARE(store.list(query).value().ids, (QList<qint64>{ids[1], ids[3]}));
    }

    void readOnlyRegisterRefusesWrites()
    {
        QString path;
        qint64 id = 0;
        {
            auto db = freshRegister();
            path = db->path();
            Visit v = basic();
            QVERIFY(VisitStore(*db).save(v));
            id = v.id;
        }
        auto db = Database::open(path, quietOpen(AccessMode::ReadOnly));
        QVERIFY(db);
        VisitStore store(*db.value());
        Visit v = store.get(id).value();
        v.title = QStringLiteral("Changed");
        QCOMPARE(store.save(v).error().code(), ErrorCode::ReadOnly);
        Visit fresh = basic(QStringLiteral("New"));
        QCOMPARE(store.save(fresh).error().code(), ErrorCode::ReadOnly);
        QCOMPARE(store.remove(id).error().code(), ErrorCode::ReadOnly);
        QCOMPARE(store.get(id).value().title, QStringLiteral("Delegation of Kragujevac"));
        QCOMPARE(count(*db.value()), 1);
    }
};

QTEST_GUILESS_MAIN(TestVisitStore)
#include "tst_visitstore.moc"
