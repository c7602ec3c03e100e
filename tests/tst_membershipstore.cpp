// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentstore.h"
#include "audittrail.h"
#include "database.h"
#include "membershipstore.h"
#include "searchindex.h"
#include "sqlsupport.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace TestSupport;

class TestMembershipStore : public QObject
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

    static qint64 organization(const Database &db, const QString &referenceKey)
    {
        return Sql::scalar(db.connection(), QStringLiteral("SELECT id FROM organizations WHERE reference_key = ?"), {referenceKey})
            .value()
            .toLongLong();
    }

    static qint64 person(const Database &db, const QString &name)
    {
        auto inserted = Sql::run(db.connection(),
                                 QStringLiteral("INSERT INTO people (full_name, created_at, updated_at) VALUES (?, 'x', 'x')"),
                                 {name});
        if (!inserted)
            qFatal("cannot add a person");
        return inserted.value().lastInsertId().toLongLong();
    }

    static qint64 count(const Database &db, const QString &table)
    {
        return Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM ") + table).value().toLongLong();
    }

    static Delegate delegate(qint64 personId, const QString &body, const QDate &from, const QDate &until, bool substitute = false)
    {
        Delegate d;
        d.personId = personId;
        d.body = body;
        d.mandateFrom = from;
        d.mandateUntil = until;
        d.substitute = substitute;
        return d;
    }

    // SKGO in CEMR, with two delegates.
    static Membership cemr(const Database &db)
    {
        Membership m;
        m.organizationId = organization(db, QStringLiteral("io:cemr"));
        m.role = QStringLiteral("member");
        m.memberSince = QDate(1953, 1, 28);
        m.notes = QStringLiteral("Članica od osnivanja Twinning mreže");
        m.delegates = {delegate(person(db, QStringLiteral("Milica Petrović")), QStringLiteral("Policy Committee"),
                                QDate(2024, 1, 1), QDate(2026, 12, 31)),
                       delegate(person(db, QStringLiteral("Jovan Jovanović")), QStringLiteral("Bureau"), QDate(2023, 6, 1),
                                QDate(2027, 5, 31), true)};
        return m;
    }

    static bool finds(const Database &db, const QString &query, qint64 id)
    {
        auto found = SearchIndex::search(db.connection(), query, 50, RecordKind::Membership);
        if (!found)
            qFatal("search failed");
        return std::any_of(found.value().cbegin(), found.value().cend(), [id](const SearchHit &h) { return h.id == id; });
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

    void savesAMembershipWithDelegates()
    {
        auto db = fresh();
        MembershipStore store(*db);
        Membership m = cemr(*db);
        auto saved = store.save(m);
        QVERIFY2(saved, qPrintable(saved.error().toLogString()));
        QVERIFY(m.id > 0);
        QVERIFY(m.delegates.at(0).id > 0 && m.delegates.at(1).id > 0);
        const Membership back = store.get(m.id).value();
        QCOMPARE(back.organizationId, m.organizationId);
        QCOMPARE(back.role, QStringLiteral("member"));
        QCOMPARE(back.memberSince, QDate(1953, 1, 28));
        QVERIFY(!back.memberUntil.isValid());
        QCOMPARE(back.notes, m.notes);
        QCOMPARE(back.delegates.size(), 2);
        QCOMPARE(back.delegates.at(0).id, m.delegates.at(0).id);
        QCOMPARE(back.delegates.at(0).personId, m.delegates.at(0).personId);
        QCOMPARE(back.delegates.at(0).body, QStringLiteral("Policy Committee"));
        QCOMPARE(back.delegates.at(0).mandateFrom, QDate(2024, 1, 1));
        QCOMPARE(back.delegates.at(0).mandateUntil, QDate(2026, 12, 31));
        QVERIFY(!back.delegates.at(0).substitute);
        QVERIFY(back.delegates.at(1).substitute);
        QCOMPARE(store.membershipOfDelegate(m.delegates.at(1).id).value(), m.id);
        QCOMPARE(store.membershipOfDelegate(999999).error().code(), ErrorCode::NotFound);
        QCOMPARE(store.get(999999).error().code(), ErrorCode::NotFound);
        QVERIFY(back.isActiveOn(QDate(2030, 1, 1)));
    }

    void everyRuleIsChecked()
    {
        auto db = fresh();
        MembershipStore store(*db);
        Membership other = cemr(*db);
        other.organizationId = organization(*db, QStringLiteral("io:nalas"));
        QVERIFY(store.save(other));
        const qint64 foreignDelegate = other.delegates.first().id;
        const Membership base = cemr(*db);

        struct Case
        {
            const char *name;
            std::function<void(Membership &)> change;
            QString field;
        };
        const QList<Case> cases = {
            {"no organisation", [](Membership &m) { m.organizationId = 0; }, QStringLiteral("organization_id")},
            {"unknown organisation", [](Membership &m) { m.organizationId = 999999; }, QStringLiteral("organization_id")},
            {"ends before it began",
             [](Membership &m) {
                 m.memberSince = QDate(2020, 1, 1);
                 m.memberUntil = QDate(2019, 12, 31);
             },
             QStringLiteral("member_until")},
            {"mandate ends before it starts",
             [](Membership &m) { m.delegates[1].mandateUntil = m.delegates[1].mandateFrom.addDays(-1); },
             QStringLiteral("delegates[1].mandate_until")},
            {"new delegate without a person", [](Membership &m) { m.delegates[0].personId = 0; },
             QStringLiteral("delegates[0].person_id")},
            {"unknown person", [](Membership &m) { m.delegates[1].personId = 999999; }, QStringLiteral("delegates[1].person_id")},
            {"another membership's delegate", [foreignDelegate](Membership &m) { m.delegates[0].id = foreignDelegate; },
             QStringLiteral("delegates[0].id")},
        };
        const qint64 memberships = count(*db, QStringLiteral("memberships"));
        const qint64 delegates = count(*db, QStringLiteral("membership_delegates"));
        const qint64 audits = count(*db, QStringLiteral("audit_log"));
        for (const Case &c : cases) {
            Membership m = base;
            c.change(m);
            QVERIFY2(!store.validate(m).errorFor(c.field).isEmpty(), c.name);
            auto saved = store.save(m);
            QVERIFY2(!saved, c.name);
            QCOMPARE(saved.error().code(), ErrorCode::Invalid);
            QVERIFY2(saved.error().detail().contains(c.field), c.name);
            QCOMPARE(m.id, 0);
            QCOMPARE(count(*db, QStringLiteral("memberships")), memberships);
            QCOMPARE(count(*db, QStringLiteral("membership_delegates")), delegates);
            QCOMPARE(count(*db, QStringLiteral("audit_log")), audits);
        }
        // Same-day ends are fine.
        Membership sameDay = base;
        sameDay.memberSince = sameDay.memberUntil = QDate(2020, 1, 1);
        sameDay.delegates[0].mandateUntil = sameDay.delegates[0].mandateFrom;
        QVERIFY(store.validate(sameDay).errors().isEmpty());
    }

    void warnsWithoutRefusing()
    {
        auto db = fresh();
        MembershipStore store(*db);
        Membership first = cemr(*db);
        QVERIFY(store.save(first));
        QVERIFY(store.validate(first).warnings().isEmpty());
        Membership twice = cemr(*db);
        Validation v = store.validate(twice);
        QVERIFY(!v.hasErrors());
        QCOMPARE(v.warnings().size(), 1);
        QCOMPARE(v.warnings().first().field, QStringLiteral("organization_id"));
        // An ended membership in the same organisation is no duplicate.
        twice.memberUntil = QDate(2000, 1, 1);
        twice.memberSince = QDate(1990, 1, 1);
        QVERIFY(store.validate(twice).warnings().isEmpty());
        // A city is not an international organisation.
        Membership city = cemr(*db);
        city.organizationId = Sql::scalar(db->connection(), QStringLiteral("SELECT id FROM organizations WHERE name = 'Kragujevac'"))
                                  .value()
                                  .toLongLong();
        v = store.validate(city);
        QVERIFY(!v.hasErrors());
        QCOMPARE(v.warnings().size(), 1);
        QVERIFY(store.save(city));
    }

    void delegatesKeepTheirIdsAcrossSaves()
    {
        auto db = fresh();
        MembershipStore store(*db);
        Membership m = cemr(*db);
        QVERIFY(store.save(m));
        const qint64 first = m.delegates.at(0).id;
        const qint64 second = m.delegates.at(1).id;
        m.delegates[1].body = QStringLiteral("Bureau (vice-president)");
        m.delegates.removeFirst();
        m.delegates << delegate(person(*db, QStringLiteral("Ana Anić")), QStringLiteral("Twinning Network"), QDate(2025, 1, 1),
                                QDate(2028, 12, 31));
        QVERIFY(store.save(m));
        const Membership back = store.get(m.id).value();
        QCOMPARE(back.delegates.size(), 2);
        QCOMPARE(back.delegates.at(0).id, second);
        QCOMPARE(back.delegates.at(0).body, QStringLiteral("Bureau (vice-president)"));
        QVERIFY(back.delegates.at(1).id != first && back.delegates.at(1).id != second);
        QCOMPARE(back.delegates.at(1).id, m.delegates.at(1).id);
        QCOMPARE(Sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM membership_delegates WHERE id = ?"), {first})
                     .value()
                     .toInt(),
                 0);
    }

    void anErasedDelegateStaysAndCanBeSavedAgain()
    {
        auto db = fresh();
        MembershipStore store(*db);
        Membership m = cemr(*db);
        QVERIFY(store.save(m));
        // Erasing a person sets person_id NULL (ON DELETE SET NULL).
        QVERIFY(Sql::run(db->connection(), QStringLiteral("DELETE FROM people WHERE id = ?"), {m.delegates.at(0).personId}));
        Membership back = store.get(m.id).value();
        QCOMPARE(back.delegates.at(0).personId, qint64(0));
        QCOMPARE(back.delegates.at(0).body, QStringLiteral("Policy Committee"));
        back.notes = QStringLiteral("Izmenjeno");
        auto saved = store.save(back);
        QVERIFY2(saved, qPrintable(saved.error().toLogString()));
        QCOMPARE(store.get(m.id).value().delegates.size(), 2);
    }

    void mandatesEndingSoon()
    {
        auto db = fresh();
        MembershipStore store(*db);
        const QDate today(2025, 6, 1);
        const qint64 p = person(*db, QStringLiteral("Petar Petrović"));
        Membership m;
        m.organizationId = organization(*db, QStringLiteral("io:cemr"));
        m.delegates = {delegate(p, QStringLiteral("a"), QDate(2024, 1, 1), QDate(2025, 7, 2)),  // 31 days: out
                       delegate(p, QStringLiteral("b"), QDate(2024, 1, 1), QDate(2025, 7, 1)),  // 30 days: in
                       delegate(p, QStringLiteral("c"), QDate(2024, 1, 1), today),              // today: in
                       delegate(p, QStringLiteral("d"), QDate(2024, 1, 1), QDate(2025, 5, 31)), // over: out
                       delegate(p, QStringLiteral("e"), QDate(2024, 1, 1), QDate()),            // open-ended: out
                       delegate(p, QStringLiteral("f"), QDate(2024, 1, 1), QDate(2025, 6, 15))};
        QVERIFY(store.save(m));
        Membership ended;
        ended.organizationId = organization(*db, QStringLiteral("io:nalas"));
        ended.memberSince = QDate(2010, 1, 1);
        ended.memberUntil = QDate(2025, 1, 1);
        ended.delegates = {delegate(p, QStringLiteral("g"), QDate(2024, 1, 1), QDate(2025, 6, 10))}; // membership over: out
        QVERIFY(store.save(ended));
        QVERIFY(!ended.isActiveOn(today));

        auto within = store.delegatesWithMandateEndingWithin(30, today);
        QVERIFY(within);
        QCOMPARE(within.value(), (QList<qint64>{m.delegates.at(2).id, m.delegates.at(5).id, m.delegates.at(1).id}));
        QCOMPARE(store.delegatesWithMandateEndingWithin(0, today).value(), (QList<qint64>{m.delegates.at(2).id}));
        QCOMPARE(store.delegatesWithMandateEndingWithin(31, today).value().size(), 4);
        QVERIFY(store.delegatesWithMandateEndingWithin(-1, today).value().isEmpty());
        // Seen from January, the ended membership was still running.
        QCOMPARE(store.delegatesWithMandateEndingWithin(200, QDate(2024, 12, 31)).value().size(), 6);

        // By membership: the ended one only while it lasted.
        QCOMPARE(store.membershipsWithMandateEndingWithin(30, today).value(), QList<qint64>{m.id});
        QCOMPARE(store.membershipsWithMandateEndingWithin(200, QDate(2024, 12, 31)).value(), (QList<qint64>{m.id, ended.id}));
        QVERIFY(store.membershipsWithMandateEndingWithin(10, QDate(2030, 1, 1)).value().isEmpty());
        QVERIFY(store.membershipsWithMandateEndingWithin(-1, today).value().isEmpty());

        // The same rule on one delegate, for the editor (which knows whether the membership lasts).
        const QList<qint64> ending = within.value();
        for (const Delegate &d : std::as_const(m.delegates))
            QCOMPARE(d.mandateEndsWithin(30, today), ending.contains(d.id));
        QVERIFY(!m.delegates.at(2).mandateEndsWithin(-1, today));
        QVERIFY(!m.delegates.at(2).mandateEndsWithin(30, QDate()));
    }

    void auditEntriesNameNoOne()
    {
        auto db = fresh();
        MembershipStore store(*db);
        Membership m = cemr(*db);
        QVERIFY(store.save(m));
        m.role = QStringLiteral("observer");
        m.delegates[0].substitute = true;
        QVERIFY(store.save(m));
        QVERIFY(store.remove(m.id));
        const auto log = AuditTrail::forRecord(db->connection(), RecordKind::Membership, m.id).value();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(0).action, AuditAction::Insert);
        QCOMPARE(change(log.at(0), QStringLiteral("organization_id")), QString::number(m.organizationId));
        QCOMPARE(change(log.at(0), QStringLiteral("role")), QStringLiteral("member"));
        QCOMPARE(change(log.at(0), QStringLiteral("member_since")), QStringLiteral("1953-01-28"));
        QCOMPARE(change(log.at(0), QStringLiteral("delegates")),
                 QStringLiteral("person:%1 Policy Committee 2024-01-01..2026-12-31; person:%2 Bureau 2023-06-01..2027-05-31 substitute")
                     .arg(m.delegates.at(0).personId)
                     .arg(m.delegates.at(1).personId));
        QCOMPARE(log.at(1).action, AuditAction::Update);
        QCOMPARE(log.at(1).changes.size(), 2);
        QCOMPARE(change(log.at(1), QStringLiteral("role"), false), QStringLiteral("member"));
        QCOMPARE(change(log.at(1), QStringLiteral("role")), QStringLiteral("observer"));
        QVERIFY(change(log.at(1), QStringLiteral("delegates")).contains(QStringLiteral("Policy Committee 2024-01-01..2026-12-31 substitute")));
        QCOMPARE(log.at(2).action, AuditAction::Delete);
        const QString everything = Sql::scalar(db->connection(), QStringLiteral("SELECT group_concat(changes, ' ') FROM audit_log "
                                                                                "WHERE record_kind = 'membership'"))
                                       .value()
                                       .toString();
        QVERIFY(!everything.contains(QStringLiteral("Milica")));
        QVERIFY(!everything.contains(QStringLiteral("Jovanović")));
    }

    void searchFindsByOrganisationRoleAndBody()
    {
        auto db = fresh();
        MembershipStore store(*db);
        Membership m = cemr(*db);
        m.role = QStringLiteral("punopravni član");
        QVERIFY(store.save(m));
        QVERIFY(finds(*db, QStringLiteral("CEMR"), m.id));
        QVERIFY(finds(*db, QStringLiteral("council european municipalities"), m.id));
        QVERIFY(finds(*db, QStringLiteral("савет европских општина"), m.id));
        QVERIFY(finds(*db, QStringLiteral("Savet evropskih opstina"), m.id));
        QVERIFY(finds(*db, QStringLiteral("пуноправни члан"), m.id));
        QVERIFY(finds(*db, QStringLiteral("policy committee"), m.id));
        QVERIFY(finds(*db, QStringLiteral("bureau"), m.id));
        QVERIFY(!finds(*db, QStringLiteral("Milica"), m.id)); // people are not searched through memberships
        const auto hit = SearchIndex::search(db->connection(), QStringLiteral("cemr"), 5, RecordKind::Membership).value();
        QCOMPARE(hit.first().title, QStringLiteral("Council of European Municipalities and Regions"));
        // A removed delegate's body is no longer found.
        m.delegates.removeFirst();
        QVERIFY(store.save(m));
        QVERIFY(!finds(*db, QStringLiteral("policy committee"), m.id));
    }

    void listsFiltersSortsAndPages()
    {
        auto db = fresh();
        MembershipStore store(*db);
        const QDate today = QDate::currentDate();
        const qint64 p = person(*db, QStringLiteral("Petar Petrović"));
        Membership c;
        c.organizationId = organization(*db, QStringLiteral("io:cemr"));
        c.memberSince = QDate(1953, 1, 28);
        c.delegates = {delegate(p, QStringLiteral("a"), QDate(2020, 1, 1), today.addDays(-10)),
                       delegate(p, QStringLiteral("b"), QDate(2020, 1, 1), today.addDays(100)),
                       delegate(p, QStringLiteral("c"), QDate(2020, 1, 1), today.addDays(40))};
        Membership n;
        n.organizationId = organization(*db, QStringLiteral("io:nalas"));
        n.role = QStringLiteral("founding member");
        n.memberSince = QDate(2001, 9, 1);
        Membership u;
        u.organizationId = organization(*db, QStringLiteral("io:uclg"));
        u.role = QStringLiteral("observer");
        u.memberSince = QDate(2010, 1, 1);
        u.memberUntil = today.addDays(-30);
        QVERIFY(store.save(c));
        QVERIFY(store.save(n));
        QVERIFY(store.save(u));

        ListQuery query;
        auto all = store.list(query);
        QVERIFY2(all, qPrintable(all.error().toLogString()));
        QCOMPARE(all.value().total, qint64(3));
        QCOMPARE(all.value().columnKeys, (QStringList{QStringLiteral("organization"), QStringLiteral("role"),
                                                      QStringLiteral("member_since"), QStringLiteral("delegates"),
                                                      QStringLiteral("next_mandate_end")}));
        // Council..., Network..., United... in name order.
        QCOMPARE(all.value().ids, (QList<qint64>{c.id, n.id, u.id}));
        const QVariantList row = all.value().rows.first();
        QCOMPARE(row.at(0).toString(), QStringLiteral("Council of European Municipalities and Regions"));
        QCOMPARE(row.at(1).toString(), QStringLiteral("member"));
        QCOMPARE(row.at(2).toString(), QStringLiteral("1953-01-28"));
        QCOMPARE(row.at(3).toInt(), 3);
        QCOMPARE(row.at(4).toString(), today.addDays(40).toString(Qt::ISODate));
        QVERIFY(all.value().rows.at(1).at(4).isNull());

        query.filters = {{QStringLiteral("active"), true}};
        QCOMPARE(store.list(query).value().ids, (QList<qint64>{c.id, n.id}));
        query.filters = {{QStringLiteral("active"), false}};
        QCOMPARE(store.list(query).value().ids, (QList<qint64>{u.id}));
        query.filters = {{QStringLiteral("organization"), n.organizationId}};
        QCOMPARE(store.list(query).value().ids, (QList<qint64>{n.id}));
        query.filters.clear();
        query.sortKey = QStringLiteral("member_since");
        query.order = Qt::DescendingOrder;
        QCOMPARE(store.list(query).value().ids, (QList<qint64>{u.id, n.id, c.id}));
        query.sortKey = QStringLiteral("delegates");
        query.limit = 1;
        query.offset = 0;
        QCOMPARE(store.list(query).value().ids, (QList<qint64>{c.id}));
        QCOMPARE(store.list(query).value().total, qint64(3));
        ListQuery text;
        text.text = QStringLiteral("мрежа асоцијација");
        QCOMPARE(store.list(text).value().ids, (QList<qint64>{n.id}));
    }

    void removeTakesDelegatesAndAttachments()
    {
        auto db = fresh();
        MembershipStore store(*db);
        AttachmentStore attachments(*db);
        Membership m = cemr(*db);
        QVERIFY(store.save(m));
        QVERIFY(attachments.add(RecordKind::Membership, m.id, QStringLiteral("statut.pdf"), QByteArrayLiteral("%PDF")));
        QVERIFY(store.remove(m.id));
        QCOMPARE(count(*db, QStringLiteral("memberships")), qint64(0));
        QCOMPARE(count(*db, QStringLiteral("membership_delegates")), qint64(0));
        QCOMPARE(count(*db, QStringLiteral("attachments")), qint64(0));
        QCOMPARE(count(*db, QStringLiteral("people")), qint64(2)); // people stay
        QVERIFY(!finds(*db, QStringLiteral("cemr"), m.id));
        QCOMPARE(store.remove(m.id).error().code(), ErrorCode::NotFound);
        // The organisation cannot go while a membership names it.
        Membership again = cemr(*db);
        QVERIFY(store.save(again));
        QVERIFY(!Sql::run(db->connection(), QStringLiteral("DELETE FROM organizations WHERE id = ?"), {again.organizationId}));
    }

    void failedUpdateChangesNothing()
    {
        auto db = fresh();
        MembershipStore store(*db);
        Membership m = cemr(*db);
        QVERIFY(store.save(m));
        const QString before = dumpContent(db->path());
        Membership broken = m;
        broken.role = QStringLiteral("observer");
        broken.delegates.removeFirst();
        broken.delegates << delegate(0, QStringLiteral("Bureau"), QDate(2025, 1, 1), QDate(2026, 1, 1));
        QVERIFY(!store.save(broken));
        QCOMPARE(dumpContent(db->path()), before);
    }

    void readOnlyRegisterRefusesChanges()
    {
        QString path;
        qint64 id = 0;
        {
            auto db = fresh();
            MembershipStore store(*db);
            Membership m = cemr(*db);
            QVERIFY(store.save(m));
            id = m.id;
            path = db->path();
        }
        auto db = reopen(path, AccessMode::ReadOnly);
        MembershipStore store(*db);
        Membership m = store.get(id).value();
        m.role = QStringLiteral("observer");
        QCOMPARE(store.save(m).error().code(), ErrorCode::ReadOnly);
        QCOMPARE(store.remove(id).error().code(), ErrorCode::ReadOnly);
        QCOMPARE(store.get(id).value().role, QStringLiteral("member"));
        QVERIFY(store.delegatesWithMandateEndingWithin(30, QDate(2026, 12, 1)));
    }
};

QTEST_GUILESS_MAIN(TestMembershipStore)
#include "tst_membershipstore.moc"
