// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementstore.h"
#include "audittrail.h"
#include "database.h"
#include "organizationstore.h"
#include "partnershipstore.h"
#include "personstore.h"
#include "searchindex.h"
#include "sqlsupport.h"
#include "testsupport.h"
#include "writetransaction.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace TestSupport;

namespace {

qint64 count(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    return Sql::scalar(db, sql, values).value().toLongLong();
}

// Row counts of every table a partnership save writes to.
QList<qint64> footprint(const QSqlDatabase &db)
{
    QList<qint64> counts;
    for (const char *table : {"partnerships", "partnership_parties", "partnership_themes", "partnership_committee",
                              "timeline_entries", "partnership_status_history", "audit_log", "search_index"})
        counts << count(db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
    return counts;
}

} // namespace

class TestPartnershipStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_kragujevac = 0;
    qint64 m_cacak = 0;
    qint64 m_nis = 0;
    qint64 m_suresnes = 0;

    QSqlDatabase c() const { return m_db->connection(); }

    qint64 serbian(const QString &name)
    {
        auto found = OrganizationStore(*m_db).findByName(name, QStringLiteral("RS"));
        if (!found || !found.value())
            qFatal("no organisation %s", qPrintable(name));
        return *found.value();
    }

    qint64 theme(const QString &key)
    {
        return count(c(), QStringLiteral("SELECT id FROM themes WHERE key = ?"), {key});
    }

    Partnership kragujevacSuresnes()
    {
        Partnership p;
        p.title = QStringLiteral("Kragujevac – Suresnes");
        p.kind = QStringLiteral("twinning");
        p.status = QStringLiteral("active");
        p.startedOn = QDate(2004, 5, 1);
        p.notes = QStringLiteral("Twinning charter signed in Suresnes.");
        p.parties = {{m_kragujevac, QStringLiteral("lead")}, {m_suresnes, QStringLiteral("partner")}};
        p.themeIds = {theme(QStringLiteral("youth")), theme(QStringLiteral("culture"))};
        p.committee = {{0, QStringLiteral("Citizen member"), QStringLiteral("secretary")}};
        p.timeline = {{0, QDate(2019, 6, 21), QStringLiteral("Fête de la musique in Kragujevac")},
                      {0, QDate(2014, 9, 10), QStringLiteral("Tenth anniversary")}};
        return p;
    }

    void expectInvalid(const std::function<void(Partnership &)> &change, const QString &field,
                       const QString &message = {})
    {
        PartnershipStore store(*m_db);
        Partnership p = kragujevacSuresnes();
        change(p);
        const Validation v = store.validate(p);
        QVERIFY2(!v.errorFor(field).isEmpty(), qPrintable(field));
        if (!message.isEmpty())
            QCOMPARE(v.errorFor(field), message);
        const QList<qint64> before = footprint(c());
        auto saved = store.save(p);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code(), ErrorCode::Invalid);
        QCOMPARE(p.id, 0);
        QCOMPARE(footprint(c()), before);
    }

private slots:
    void initTestCase() { isolateEnvironment(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(createRegister(m_dir->path()));
        QVERIFY2(db, qPrintable(db.error().toLogString()));
        m_db = db.take();
        m_kragujevac = serbian(QStringLiteral("Kragujevac"));
        m_cacak = serbian(QStringLiteral("Čačak"));
        m_nis = serbian(QStringLiteral("Niš"));
        Organization suresnes;
        suresnes.name = QStringLiteral("Suresnes");
        suresnes.nameSr = QStringLiteral("Sirena");
        suresnes.kind = QStringLiteral("local_authority");
        suresnes.country = QStringLiteral("FR");
        QVERIFY(OrganizationStore(*m_db).save(suresnes));
        m_suresnes = suresnes.id;
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void saveAndGetRoundTrip()
    {
        PartnershipStore store(*m_db);
        Partnership p = kragujevacSuresnes();
        auto saved = store.save(p);
        QVERIFY2(saved, qPrintable(saved.error().toLogString()));
        QVERIFY(p.id > 0);
        auto read = store.get(p.id);
        QVERIFY(read);
        const Partnership &r = read.value();
        QCOMPARE(r.title, p.title);
        QCOMPARE(r.kind, QStringLiteral("twinning"));
        QCOMPARE(r.status, QStringLiteral("active"));
        QCOMPARE(r.startedOn, QDate(2004, 5, 1));
        QVERIFY(!r.endedOn.isValid());
        QCOMPARE(r.notes, p.notes);
        QCOMPARE(r.parties.size(), 2);
        QCOMPARE(r.parties.at(0).organizationId, m_kragujevac);
        QCOMPARE(r.parties.at(0).role, QStringLiteral("lead"));
        QCOMPARE(r.parties.at(1).organizationId, m_suresnes);
        QCOMPARE(r.themeIds.size(), 2);
        QVERIFY(r.themeIds.contains(theme(QStringLiteral("culture"))));
        QCOMPARE(r.committee.size(), 1);
        QCOMPARE(r.committee.first().name, QStringLiteral("Citizen member"));
        // The timeline comes back in date order, with ids.
        QCOMPARE(r.timeline.size(), 2);
        QCOMPARE(r.timeline.at(0).occurredOn, QDate(2014, 9, 10));
        QCOMPARE(r.timeline.at(1).description, QStringLiteral("Fête de la musique in Kragujevac"));
        QVERIFY(r.timeline.at(0).id > 0);
        QCOMPARE(r.timeline.at(0).id, p.timeline.at(0).id);
        QCOMPARE(r.auditFields(), p.auditFields());
        QCOMPARE(store.get(p.id + 100).error().code(), ErrorCode::NotFound);
        // Saving the read-back record again changes nothing and writes no audit entry.
        Partnership again = r;
        QVERIFY(store.save(again));
        QCOMPARE(AuditTrail::forRecord(c(), RecordKind::Partnership, p.id).value().size(), 1);
        QCOMPARE(store.get(p.id).value().timeline.at(1).id, r.timeline.at(1).id);
    }

    // The reports' bulk read gives each partnership as get() does, without the
    // committee, timeline and status history, in title order.
    void allWithPartiesAndThemes()
    {
        PartnershipStore store(*m_db);
        Partnership first = kragujevacSuresnes();
        QVERIFY(store.save(first));
        Partnership second = kragujevacSuresnes();
        second.title = QStringLiteral("Asocijacija Čačak – Niš");
        second.parties = {{m_cacak, QStringLiteral("lead")}, {m_nis, {}}};
        second.themeIds = {theme(QStringLiteral("culture"))};
        QVERIFY(store.save(second));
        const QList<Partnership> all = store.allWithPartiesAndThemes().value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).id, second.id); // "Asocijacija" sorts first
        QCOMPARE(all.at(1).id, first.id);
        for (const Partnership &p : all) {
            const Partnership whole = store.get(p.id).value();
            QCOMPARE(p.title, whole.title);
            QCOMPARE(p.kind, whole.kind);
            QCOMPARE(p.status, whole.status);
            QCOMPARE(p.startedOn, whole.startedOn);
            QCOMPARE(p.themeIds, whole.themeIds);
            QCOMPARE(p.parties.size(), whole.parties.size());
            for (qsizetype i = 0; i < p.parties.size(); ++i) {
                QCOMPARE(p.parties.at(i).organizationId, whole.parties.at(i).organizationId);
                QCOMPARE(p.parties.at(i).role, whole.parties.at(i).role);
            }
            QVERIFY(p.timeline.isEmpty());
            QVERIFY(p.committee.isEmpty());
        }
    }

    void validationRules()
    {
        expectInvalid([](Partnership &p) { p.title = QStringLiteral("   "); }, QStringLiteral("title"));
        expectInvalid([](Partnership &p) { p.kind = QStringLiteral("friendship"); }, QStringLiteral("kind"));
        expectInvalid([](Partnership &p) { p.status = QString(); }, QStringLiteral("status"));
        expectInvalid([](Partnership &p) { p.endedOn = QDate(2004, 4, 30); }, QStringLiteral("ended_on"));
        const QString twoParties = QStringLiteral("A partnership needs at least two different parties.");
        expectInvalid([](Partnership &p) { p.parties.removeLast(); }, QStringLiteral("parties"), twoParties);
        expectInvalid([](Partnership &p) { p.parties.clear(); }, QStringLiteral("parties"), twoParties);
        expectInvalid([](Partnership &p) { p.parties[1] = p.parties[0]; }, QStringLiteral("parties"), twoParties);
        expectInvalid(
            [this](Partnership &p) {
                p.parties.append(PartnershipParty{m_kragujevac, {}});
            },
            QStringLiteral("parties"));
        expectInvalid([](Partnership &p) { p.parties.append(PartnershipParty{0, {}}); }, QStringLiteral("parties"));
        expectInvalid(
            [](Partnership &p) {
                p.parties.append(PartnershipParty{987654, {}});
            },
            QStringLiteral("parties"));
        expectInvalid([](Partnership &p) { p.themeIds.append(987654); }, QStringLiteral("themes"));
        expectInvalid([](Partnership &p) { p.committee.append(CommitteeMember{}); }, QStringLiteral("committee"));
        expectInvalid(
            [](Partnership &p) {
                p.committee.append(CommitteeMember{987654, {}, {}});
            },
            QStringLiteral("committee"));
        expectInvalid(
            [](Partnership &p) {
                p.timeline.append(TimelineEntry{0, {}, QStringLiteral("Undated")});
            },
            QStringLiteral("timeline"));
        expectInvalid(
            [](Partnership &p) {
                p.timeline.append(TimelineEntry{0, QDate(2020, 1, 1), QStringLiteral(" ")});
            },
            QStringLiteral("timeline"));
        expectInvalid(
            [](Partnership &p) {
                p.statusHistory.append(StatusChange{QStringLiteral("asleep"), QDate(2020, 1, 1), {}});
            },
            QStringLiteral("status_history"));
        PartnershipStore store(*m_db);
        QVERIFY(store.validate(kragujevacSuresnes()).isClean());
        Partnership threeParties = kragujevacSuresnes();
        threeParties.parties.append(PartnershipParty{m_cacak, {}});
        threeParties.endedOn = threeParties.startedOn; // same day is fine
        QVERIFY(store.validate(threeParties).isClean());
    }

    void failedUpdateChangesNothing()
    {
        PartnershipStore store(*m_db);
        Partnership p = kragujevacSuresnes();
        QVERIFY(store.save(p));
        const QList<qint64> before = footprint(c());
        Partnership broken = p;
        broken.title = QStringLiteral("New title");
        broken.parties.removeLast();
        QVERIFY(!store.save(broken));
        QCOMPARE(footprint(c()), before);
        QCOMPARE(store.get(p.id).value().title, QStringLiteral("Kragujevac – Suresnes"));
        QCOMPARE(broken.title, QStringLiteral("New title"));
    }

    void statusHistoryFollowsStatus()
    {
        PartnershipStore store(*m_db);
        const QDate today = QDate::currentDate();
        Partnership p = kragujevacSuresnes();
        p.status = QStringLiteral("negotiating");
        p.statusHistory = {{QStringLiteral("initiative"), QDate(2003, 10, 1), QStringLiteral("Letter from Suresnes")}};
        QVERIFY(store.save(p));
        QCOMPARE(p.statusHistory.size(), 2);
        QCOMPARE(p.statusHistory.last().status, QStringLiteral("negotiating"));
        QCOMPARE(p.statusHistory.last().changedOn, today);
        QCOMPARE(store.get(p.id).value().statusHistory.size(), 2);

        // Unchanged status: no new entry.
        p.notes = QStringLiteral("changed");
        QVERIFY(store.save(p));
        QCOMPARE(store.get(p.id).value().statusHistory.size(), 2);

        // A new status: one entry dated today.
        p.status = QStringLiteral("active");
        QVERIFY(store.save(p));
        auto history = store.get(p.id).value().statusHistory;
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.first().note, QStringLiteral("Letter from Suresnes"));
        QCOMPARE(history.last().status, QStringLiteral("active"));
        QCOMPARE(history.last().changedOn, today);

        // The caller already recorded today's change (with a note): not doubled.
        p = store.get(p.id).value();
        p.status = QStringLiteral("dormant");
        p.statusHistory.append(
            StatusChange{QStringLiteral("dormant"), today, QStringLiteral("No contact since the elections")});
        QVERIFY(store.save(p));
        history = store.get(p.id).value().statusHistory;
        QCOMPARE(history.size(), 4);
        QCOMPARE(history.last().note, QStringLiteral("No contact since the elections"));

        // An insert always records its first status.
        Partnership fresh = kragujevacSuresnes();
        fresh.title = QStringLiteral("Second");
        QVERIFY(store.save(fresh));
        QCOMPARE(store.get(fresh.id).value().statusHistory.size(), 1);
        QCOMPARE(store.get(fresh.id).value().statusHistory.first().status, QStringLiteral("active"));

        auto entries = AuditTrail::forRecord(c(), RecordKind::Partnership, p.id).value();
        bool seen = false;
        for (const AuditEntry &entry : entries) {
            for (const FieldChange &change : entry.changes) {
                if (change.field == QLatin1String("status") && change.before == QLatin1String("negotiating")
                    && change.after == QLatin1String("active"))
                    seen = true;
            }
        }
        QVERIFY(seen);
    }

    void auditShowsFieldsAndChildren()
    {
        PartnershipStore store(*m_db);
        Partnership p = kragujevacSuresnes();
        QVERIFY(store.save(p));
        p.title = QStringLiteral("Kragujevac – Suresnes – Čačak");
        p.parties.append(PartnershipParty{m_cacak, QStringLiteral("observer")});
        PersonStore people(*m_db);
        Person chair;
        chair.fullName = QStringLiteral("Milica Đurić");
        QVERIFY(people.save(chair));
        p.committee.append(CommitteeMember{chair.id, chair.fullName, QStringLiteral("chair")});
        QVERIFY(store.save(p));
        auto entries = AuditTrail::forRecord(c(), RecordKind::Partnership, p.id);
        QVERIFY(entries);
        QCOMPARE(entries.value().size(), 2);
        QCOMPARE(entries.value().first().action, AuditAction::Insert);
        const AuditEntry &update = entries.value().last();
        QCOMPARE(update.action, AuditAction::Update);
        QMap<QString, FieldChange> changes;
        for (const FieldChange &change : update.changes)
            changes.insert(change.field, change);
        QCOMPARE(changes.keys(),
                 (QStringList{QStringLiteral("committee"), QStringLiteral("parties"), QStringLiteral("title")}));
        QCOMPARE(changes.value(QStringLiteral("title")).before, QStringLiteral("Kragujevac – Suresnes"));
        QCOMPARE(changes.value(QStringLiteral("title")).after, QStringLiteral("Kragujevac – Suresnes – Čačak"));
        QCOMPARE(changes.value(QStringLiteral("parties")).before,
                 QStringLiteral("org:%1 (lead); org:%2 (partner)").arg(m_kragujevac).arg(m_suresnes));
        QCOMPARE(changes.value(QStringLiteral("parties")).after,
                 QStringLiteral("org:%1 (lead); org:%2 (partner); org:%3 (observer)")
                     .arg(m_kragujevac)
                     .arg(m_suresnes)
                     .arg(m_cacak));
        // A person appears by id, never by name.
        QCOMPARE(changes.value(QStringLiteral("committee")).after,
                 QStringLiteral("member (secretary); person:%1 (chair)").arg(chair.id));
        QVERIFY(!changes.value(QStringLiteral("committee")).after.contains(QStringLiteral("Đurić")));
    }

    void searchInBothScripts()
    {
        PartnershipStore store(*m_db);
        Partnership p = kragujevacSuresnes();
        QVERIFY(store.save(p));
        Partnership other;
        other.title = QStringLiteral("Čačak – Niš");
        other.parties = {{m_cacak, {}}, {m_nis, {}}};
        QVERIFY(store.save(other));
        const QList<QString> finding = {
            QStringLiteral("КРАГУЈЕВАЦ"),   QStringLiteral("kragujevac"), QStringLiteral("Суреснес"),
            QStringLiteral("sirena"),       // the Serbian exonym of a party
            QStringLiteral("култура"),      // a theme, in Cyrillic
            QStringLiteral("youth"),        // a theme, in English
            QStringLiteral("fete musique"), // the timeline
        };
        for (const QString &query : finding) {
            auto hits = SearchIndex::search(c(), query, 50, RecordKind::Partnership);
            QVERIFY(hits);
            QCOMPARE(hits.value().size(), 1);
            QCOMPARE(hits.value().first().id, p.id);
            QCOMPARE(hits.value().first().title, QStringLiteral("Kragujevac – Suresnes"));
        }
        auto cacak = SearchIndex::search(c(), QStringLiteral("ЧАЧАК"), 50, RecordKind::Partnership);
        QCOMPARE(cacak.value().size(), 1);
        QCOMPARE(cacak.value().first().id, other.id);
        // The one-line add reaches the index at once.
        QVERIFY(store.addTimelineEntry(other.id, QDate(2023, 3, 3), QStringLiteral("Joint youth orchestra")));
        QCOMPARE(SearchIndex::search(c(), QStringLiteral("orchestra"), 50, RecordKind::Partnership).value().first().id,
                 other.id);
    }

    void addTimelineEntry()
    {
        PartnershipStore store(*m_db);
        Partnership p = kragujevacSuresnes();
        QVERIFY(store.save(p));
        QVERIFY(store.addTimelineEntry(p.id, QDate(2024, 2, 2), QStringLiteral("Video call with the mayor's office")));
        const Partnership read = store.get(p.id).value();
        QCOMPARE(read.timeline.size(), 3);
        QCOMPARE(read.timeline.last().occurredOn, QDate(2024, 2, 2));
        QCOMPARE(read.timeline.last().description, QStringLiteral("Video call with the mayor's office"));
        // The earlier entries keep their ids.
        QCOMPARE(read.timeline.first().id, p.timeline.first().id);
        auto entries = AuditTrail::forRecord(c(), RecordKind::Partnership, p.id).value();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.last().changes.size(), 1);
        QCOMPARE(entries.last().changes.first().field, QStringLiteral("timeline"));
        QVERIFY(entries.last().changes.first().after.endsWith(
            QStringLiteral("2024-02-02: Video call with the mayor's office")));

        const QList<qint64> before = footprint(c());
        const Status undated = store.addTimelineEntry(p.id, QDate(), QStringLiteral("x"));
        QCOMPARE(undated.error().code(), ErrorCode::Invalid);
        QCOMPARE(undated.error().message(), QStringLiteral("Every timeline entry needs a date and a description."));
        QCOMPARE(store.addTimelineEntry(p.id, QDate(2024, 1, 1), QStringLiteral("  ")).error().code(),
                 ErrorCode::Invalid);
        QCOMPARE(store.addTimelineEntry(p.id + 99, QDate(2024, 1, 1), QStringLiteral("x")).error().code(),
                 ErrorCode::NotFound);
        QCOMPARE(footprint(c()), before);
    }

    void lastActivityTakesTheLatestOfAllSources()
    {
        PartnershipStore store(*m_db);
        Partnership p = kragujevacSuresnes();
        p.timeline.clear();
        QVERIFY(store.save(p));
        QCOMPARE(store.lastActivity(p.id).value(), QDate());
        QVERIFY(store.addTimelineEntry(p.id, QDate(2019, 5, 1), QStringLiteral("Meeting")));
        QCOMPARE(store.lastActivity(p.id).value(), QDate(2019, 5, 1));
        // A visit of this partnership, and a later one of no partnership.
        QVERIFY(Sql::run(c(),
                         QStringLiteral("INSERT INTO visits (title, direction, kind, start_date, partnership_id, "
                                        "created_at, updated_at) VALUES ('Delegation', 'incoming', 'delegation', "
                                        "'2020-02-02', ?, 'x', 'x')"),
                         {p.id}));
        QVERIFY(Sql::run(
            c(), QStringLiteral("INSERT INTO visits (title, direction, kind, start_date, created_at, "
                                "updated_at) VALUES ('Other', 'incoming', 'delegation', '2023-01-01', 'x', 'x')")));
        QCOMPARE(store.lastActivity(p.id).value(), QDate(2020, 2, 2));
        // An agreement signed later; a draft with no date does not count.
        AgreementStore agreements(*m_db);
        Agreement signedOne;
        signedOne.title = QStringLiteral("Cooperation agreement");
        signedOne.status = QStringLiteral("signed");
        signedOne.signedOn = QDate(2021, 7, 7);
        signedOne.partnershipId = p.id;
        signedOne.parties = {{m_kragujevac, {}, {}}, {m_suresnes, {}, {}}};
        QVERIFY(agreements.save(signedOne));
        Agreement draft = signedOne;
        draft.id = 0;
        draft.status = QStringLiteral("draft");
        draft.signedOn = QDate();
        QVERIFY(agreements.save(draft));
        QCOMPARE(store.lastActivity(p.id).value(), QDate(2021, 7, 7));
        QCOMPARE(store.lastActivity(p.id + 50).error().code(), ErrorCode::NotFound);
    }

    void needsCare()
    {
        PartnershipStore store(*m_db);
        Partnership quiet = kragujevacSuresnes(); // started 2020-01-01, never any activity
        quiet.title = QStringLiteral("A quiet one");
        quiet.startedOn = QDate(2020, 1, 1);
        quiet.timeline.clear();
        QVERIFY(store.save(quiet));
        Partnership lively = kragujevacSuresnes(); // last activity 2020-06-15
        lively.title = QStringLiteral("B lively one");
        lively.startedOn = QDate(2015, 1, 1);
        lively.timeline = {{0, QDate(2020, 6, 15), QStringLiteral("Festival")}};
        QVERIFY(store.save(lively));
        Partnership ended = kragujevacSuresnes();
        ended.title = QStringLiteral("C ended");
        ended.status = QStringLiteral("ended");
        ended.startedOn = QDate(2010, 1, 1);
        ended.endedOn = QDate(2012, 1, 1);
        ended.timeline.clear();
        QVERIFY(store.save(ended));
        Partnership undated = kragujevacSuresnes(); // no start, no activity: counts from today (when recorded)
        undated.title = QStringLiteral("D undated");
        undated.status = QStringLiteral("dormant");
        undated.startedOn = QDate();
        undated.timeline.clear();
        QVERIFY(store.save(undated));

        const auto care = [&](qint64 id, const QDate &today, int months = 12) {
            auto result = store.needsCare(id, months, today);
            if (!result)
                qFatal("needsCare failed");
            return result.value();
        };
        QVERIFY(!care(quiet.id, QDate(2020, 12, 31)));
        QVERIFY(!care(quiet.id, QDate(2021, 1, 1))); // exactly twelve months: not longer
        QVERIFY(care(quiet.id, QDate(2021, 1, 2)));
        QVERIFY(care(quiet.id, QDate(2020, 7, 2), 6));
        QVERIFY(!care(lively.id, QDate(2021, 1, 2)));
        QVERIFY(!care(lively.id, QDate(2021, 6, 15)));
        QVERIFY(care(lively.id, QDate(2021, 6, 16)));
        QVERIFY(!care(ended.id, QDate(2030, 1, 1)));
        QVERIFY(!care(undated.id, QDate::currentDate()));
        QVERIFY(care(undated.id, QDate::currentDate().addYears(2)));
        QCOMPARE(store.needsCare(undated.id + 100).error().code(), ErrorCode::NotFound);

        QCOMPARE(store.needingCare(12, QDate(2021, 1, 2)).value(), QList<qint64>{quiet.id});
        QCOMPARE(store.needingCare(12, QDate(2021, 6, 16)).value(), (QList<qint64>{quiet.id, lively.id}));
        QCOMPARE(store.needingCare(12, QDate(2019, 1, 1)).value(), QList<qint64>());
        QCOMPARE(store.needingCare(12, QDate::currentDate().addYears(2)).value(),
                 (QList<qint64>{quiet.id, lively.id, undated.id}));
        // New activity takes it off the list.
        QVERIFY(store.addTimelineEntry(quiet.id, QDate(2020, 12, 1), QStringLiteral("Call")));
        QCOMPARE(store.needingCare(12, QDate(2021, 1, 2)).value(), QList<qint64>());
        // The one-query list and the per-record answer agree on every day of several years.
        for (QDate day(2019, 1, 1); day < QDate(2023, 1, 1); day = day.addDays(17)) {
            const QList<qint64> listed = store.needingCare(12, day).value();
            for (qint64 id : {quiet.id, lively.id, ended.id, undated.id})
                QCOMPARE(listed.contains(id), care(id, day));
            // The dashboard's variant: the same partnerships, with their titles and last activity.
            const auto withActivity = store.needingCareWithActivity(12, day).value();
            QCOMPARE(withActivity.size(), listed.size());
            for (qsizetype i = 0; i < withActivity.size(); ++i) {
                QCOMPARE(withActivity.at(i).id, listed.at(i));
                QCOMPARE(withActivity.at(i).title, store.get(listed.at(i)).value().title);
                QCOMPARE(withActivity.at(i).lastActivity, store.lastActivity(listed.at(i)).value());
            }
        }
    }

    void listFiltersAndColumns()
    {
        PartnershipStore store(*m_db);
        Partnership a = kragujevacSuresnes();
        QVERIFY(store.save(a));
        Partnership b;
        b.title = QStringLiteral("Čačak – Niš");
        b.kind = QStringLiteral("project");
        b.status = QStringLiteral("dormant");
        b.startedOn = QDate(2010, 1, 1);
        b.parties = {{m_cacak, {}}, {m_nis, {}}};
        b.themeIds = {theme(QStringLiteral("gender_equality"))};
        QVERIFY(store.save(b));
        Partnership c3;
        c3.title = QStringLiteral("Niš – Kragujevac");
        c3.kind = QStringLiteral("decentralized");
        c3.status = QStringLiteral("ended");
        c3.startedOn = QDate(2004, 9, 9);
        c3.parties = {{m_nis, {}}, {m_kragujevac, {}}};
        QVERIFY(store.save(c3));

        ListQuery query;
        auto page = store.list(query);
        QVERIFY2(page, qPrintable(page.error().toLogString()));
        QCOMPARE(page.value().columnKeys, (QStringList{QStringLiteral("title"), QStringLiteral("kind"),
                                                       QStringLiteral("status"), QStringLiteral("parties"),
                                                       QStringLiteral("started_on"), QStringLiteral("last_activity")}));
        QCOMPARE(page.value().ids, (QList<qint64>{b.id, a.id, c3.id})); // Č before K before N
        QCOMPARE(page.value().rows.at(1).at(3).toString(), QStringLiteral("Kragujevac, Suresnes"));
        QCOMPARE(page.value().rows.at(2).at(3).toString(), QStringLiteral("Niš, Kragujevac"));
        QCOMPARE(page.value().rows.at(1).at(4).toString(), QStringLiteral("2004-05-01"));
        QCOMPARE(page.value().rows.at(1).at(5).toString(), QStringLiteral("2019-06-21"));
        QVERIFY(page.value().rows.at(0).at(5).isNull());

        const auto ids = [&](const QString &filter, const QVariant &value) {
            ListQuery q;
            q.filters.insert(filter, value);
            auto result = store.list(q);
            if (!result)
                qFatal("list failed: %s", qPrintable(result.error().toLogString()));
            return result.value().ids;
        };
        QCOMPARE(ids(QStringLiteral("country"), QStringLiteral("FR")), QList<qint64>{a.id});
        QCOMPARE(ids(QStringLiteral("country"), QStringLiteral("RS")), (QList<qint64>{b.id, a.id, c3.id}));
        QCOMPARE(ids(QStringLiteral("theme"), theme(QStringLiteral("culture"))), QList<qint64>{a.id});
        QCOMPARE(ids(QStringLiteral("theme"), theme(QStringLiteral("gender_equality"))), QList<qint64>{b.id});
        QCOMPARE(ids(QStringLiteral("status"), QStringLiteral("dormant")), QList<qint64>{b.id});
        QCOMPARE(ids(QStringLiteral("kind"), QStringLiteral("decentralized")), QList<qint64>{c3.id});
        QCOMPARE(ids(QStringLiteral("year"), 2004), (QList<qint64>{a.id, c3.id}));
        QCOMPARE(ids(QStringLiteral("year"), QStringLiteral("2010")), QList<qint64>{b.id});
        QCOMPARE(ids(QStringLiteral("organization"), m_nis), (QList<qint64>{b.id, c3.id}));

        query.sortKey = QStringLiteral("started_on");
        query.order = Qt::DescendingOrder;
        QCOMPARE(store.list(query).value().ids, (QList<qint64>{b.id, c3.id, a.id}));
        query.sortKey = QStringLiteral("last_activity");
        QCOMPARE(store.list(query).value().ids.first(), a.id);
        query = {};
        query.text = QStringLiteral("ниш");
        query.filters.insert(QStringLiteral("status"), QStringLiteral("ended"));
        QCOMPARE(store.list(query).value().ids, QList<qint64>{c3.id});
        query = {};
        query.filters.insert(QStringLiteral("colour"), QStringLiteral("red"));
        QCOMPARE(store.list(query).error().code(), ErrorCode::Invalid);
    }

    void tenThousandPartnershipsListFast()
    {
        PartnershipStore store(*m_db);
        QList<qint64> towns;
        {
            auto q = Sql::run(c(), QStringLiteral("SELECT id FROM organizations WHERE country = 'RS' ORDER BY id"));
            while (q.value().next())
                towns << q.value().value(0).toLongLong();
        }
        QVERIFY(towns.size() > 100);
        const qint64 culture = theme(QStringLiteral("culture"));
        {
            WriteTransaction tx(c());
            QVERIFY(tx.isActive());
            for (int i = 0; i < 10000; ++i) {
                Partnership p;
                p.title = QStringLiteral("Partnerstvo %1").arg(i, 5, 10, QLatin1Char('0'));
                p.status = i % 7 == 0 ? QStringLiteral("dormant") : QStringLiteral("active");
                p.startedOn = QDate(2000 + i % 25, 1 + i % 12, 1);
                p.parties = {{towns.at(i % towns.size()), {}}, {towns.at((i + 1) % towns.size()), {}}};
                if (i % 3 == 0)
                    p.themeIds = {culture};
                if (i % 2 == 0)
                    p.timeline = {{0, QDate(2020, 1, 1).addDays(i % 1000), QStringLiteral("Activity %1").arg(i)}};
                const Status saved = store.saveWithin(p);
                QVERIFY2(saved, qPrintable(saved.error().toLogString()));
            }
            QVERIFY(tx.commit());
        }
        QCOMPARE(count(c(), QStringLiteral("SELECT count(*) FROM partnerships")), 10000);

        ListQuery query;
        query.offset = 200;
        query.limit = 100;
        QElapsedTimer timer;
        timer.start();
        auto page = store.list(query);
        const qint64 elapsed = timer.elapsed();
        qInfo("page 3 of 10,000 in %lld ms", elapsed);
        QVERIFY2(page, qPrintable(page.error().toLogString()));
        QCOMPARE(page.value().total, 10000);
        QCOMPARE(page.value().rows.size(), 100);
        QCOMPARE(page.value().ids.size(), 100);
        QCOMPARE(page.value().rows.first().first().toString(), QStringLiteral("Partnerstvo 00200"));
        QCOMPARE(page.value().rows.last().first().toString(), QStringLiteral("Partnerstvo 00299"));
        QVERIFY(!page.value().rows.first().at(3).toString().isEmpty());
        QVERIFY2(elapsed < 1000, qPrintable(QStringLiteral("page 3 took %1 ms").arg(elapsed)));

        // Filtered, sorted by a computed column, and the care list: still one page, still quick.
        query.filters.insert(QStringLiteral("theme"), culture);
        query.sortKey = QStringLiteral("last_activity");
        timer.restart();
        auto filtered = store.list(query);
        QVERIFY(filtered);
        QCOMPARE(filtered.value().total, 3334);
        QCOMPARE(filtered.value().rows.size(), 100);
        auto care = store.needingCare(12, QDate(2030, 1, 1));
        QVERIFY(care);
        QCOMPARE(care.value().size(), 10000);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
        query = {};
        query.text = QStringLiteral("партнерство 0029");
        QCOMPARE(store.list(query).value().total, 10);
    }

    void removeDeletesChildrenAndUnlinks()
    {
        PartnershipStore store(*m_db);
        Partnership p = kragujevacSuresnes();
        QVERIFY(store.save(p));
        Agreement charter;
        charter.title = QStringLiteral("Twinning charter");
        charter.kind = QStringLiteral("twinning_charter");
        charter.parties = {{m_kragujevac, {}, {}}, {m_suresnes, {}, {}}};
        charter.partnershipId = p.id;
        QVERIFY(AgreementStore(*m_db).save(charter));
        QVERIFY(store.remove(p.id));
        QCOMPARE(store.get(p.id).error().code(), ErrorCode::NotFound);
        for (const char *table : {"partnership_parties", "partnership_themes", "partnership_committee",
                                  "timeline_entries", "partnership_status_history"})
            QCOMPARE(count(c(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)), 0);
        QVERIFY(Sql::scalar(c(), QStringLiteral("SELECT partnership_id FROM agreements WHERE id = ?"), {charter.id})
                    .value()
                    .isNull());
        auto entries = AuditTrail::forRecord(c(), RecordKind::Partnership, p.id).value();
        QCOMPARE(entries.last().action, AuditAction::Delete);
        QVERIFY(SearchIndex::search(c(), QStringLiteral("Suresnes"), 50, RecordKind::Partnership).value().isEmpty());
        QCOMPARE(store.remove(p.id).error().code(), ErrorCode::NotFound);
    }

    void readOnlyRegisterRefusesWrites()
    {
        Partnership p = kragujevacSuresnes();
        QVERIFY(PartnershipStore(*m_db).save(p));
        const QString path = m_db->path();
        m_db.reset();
        OpenOptions options;
        options.access = AccessMode::ReadOnly;
        auto db = Database::open(path, options);
        QVERIFY(db);
        PartnershipStore store(*db.value());
        QVERIFY(store.get(p.id));
        QVERIFY(store.lastActivity(p.id));
        QVERIFY(store.needingCare(12, QDate(2030, 1, 1)));
        p.title = QStringLiteral("x");
        QCOMPARE(store.save(p).error().code(), ErrorCode::ReadOnly);
        QCOMPARE(store.addTimelineEntry(p.id, QDate(2024, 1, 1), QStringLiteral("x")).error().code(),
                 ErrorCode::ReadOnly);
        QCOMPARE(store.remove(p.id).error().code(), ErrorCode::ReadOnly);
        QCOMPARE(store.get(p.id).value().title, QStringLiteral("Kragujevac – Suresnes"));
    }
};

QTEST_GUILESS_MAIN(TestPartnershipStore)
#include "tst_partnershipstore.moc"
