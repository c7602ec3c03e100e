// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementstore.h"
#include "audittrail.h"
#include "database.h"
#include "organizationstore.h"
#include "partnershipstore.h"
#include "searchindex.h"
#include "sqlsupport.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace TestSupport;

namespace {

qint64 count(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    return Sql::scalar(db, sql, values).value().toLongLong();
}

QList<qint64> footprint(const QSqlDatabase &db)
{
    QList<qint64> counts;
    for (const char *table : {"agreements", "agreement_parties", "audit_log", "search_index"})
        counts << count(db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
    return counts;
}

} // namespace

class TestAgreementStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_skgo = 0;
    qint64 m_kragujevac = 0;
    qint64 m_suresnes = 0;
    qint64 m_uom = 0; // Union of Municipalities of Montenegro

    QSqlDatabase c() const { return m_db->connection(); }

    qint64 addOrganization(const QString &name, const QString &country, const QString &kind)
    {
        Organization o;
        o.name = name;
        o.country = country;
        o.kind = kind;
        auto saved = OrganizationStore(*m_db).save(o);
        if (!saved)
            qFatal("cannot add %s: %s", qPrintable(name), qPrintable(saved.error().toLogString()));
        return o.id;
    }

    Agreement skgoMontenegro()
    {
        Agreement a;
        a.title = QStringLiteral("Sporazum o saradnji SKGO i ZOCG");
        a.kind = QStringLiteral("cooperation_agreement");
        a.status = QStringLiteral("in_force");
        a.signedOn = QDate(2007, 4, 20);
        a.signedPlace = QStringLiteral("Podgorica");
        a.validFrom = QDate(2007, 4, 20);
        a.renewal = QStringLiteral("automatic");
        a.languages = QStringLiteral("sr");
        a.notes = QStringLiteral("Signed at the NALAS assembly.");
        a.parties = {{m_skgo, QStringLiteral("Đorđe Staničić"), QStringLiteral("Secretary General")},
                     {m_uom, QStringLiteral("Rajko Golubović"), QStringLiteral("Secretary General")}};
        return a;
    }

    void expectInvalid(const std::function<void(Agreement &)> &change, const QString &field,
                       const QString &message = {})
    {
        AgreementStore store(*m_db);
        Agreement a = skgoMontenegro();
        change(a);
        const Validation v = store.validate(a);
        QVERIFY2(!v.errorFor(field).isEmpty(), qPrintable(field));
        if (!message.isEmpty())
            QCOMPARE(v.errorFor(field), message);
        const QList<qint64> before = footprint(c());
        auto saved = store.save(a);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code(), ErrorCode::Invalid);
        QCOMPARE(a.id, 0);
        QCOMPARE(footprint(c()), before);
    }

    qint64 addExpiring(const QString &title, const QString &status, const QDate &until)
    {
        Agreement a = skgoMontenegro();
        a.title = title;
        a.status = status;
        a.validFrom = QDate(2020, 1, 1);
        a.validUntil = until;
        auto saved = AgreementStore(*m_db).save(a);
        if (!saved)
            qFatal("cannot add %s: %s", qPrintable(title), qPrintable(saved.error().toLogString()));
        return a.id;
    }

private slots:
    void initTestCase() { isolateEnvironment(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(createRegister(m_dir->path()));
        QVERIFY2(db, qPrintable(db.error().toLogString()));
        m_db = db.take();
        m_skgo = count(c(), QStringLiteral("SELECT id FROM organizations WHERE reference_key = 'skgo'"));
        QVERIFY(m_skgo > 0);
        m_kragujevac = *OrganizationStore(*m_db).findByName(QStringLiteral("Kragujevac"), QStringLiteral("RS")).value();
        m_suresnes
            = addOrganization(QStringLiteral("Suresnes"), QStringLiteral("FR"), QStringLiteral("local_authority"));
        m_uom = addOrganization(QStringLiteral("Zajednica opština Crne Gore"), QStringLiteral("ME"),
                                QStringLiteral("association"));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void saveAndGetRoundTrip()
    {
        AgreementStore store(*m_db);
        Agreement a = skgoMontenegro();
        a.validUntil = QDate(2027, 4, 19);
        auto saved = store.save(a);
        QVERIFY2(saved, qPrintable(saved.error().toLogString()));
        QVERIFY(a.id > 0);
        auto read = store.get(a.id);
        QVERIFY(read);
        const Agreement &r = read.value();
        QCOMPARE(r.title, a.title);
        QCOMPARE(r.kind, QStringLiteral("cooperation_agreement"));
        QCOMPARE(r.status, QStringLiteral("in_force"));
        QCOMPARE(r.signedOn, QDate(2007, 4, 20));
        QCOMPARE(r.signedPlace, QStringLiteral("Podgorica"));
        QCOMPARE(r.validFrom, QDate(2007, 4, 20));
        QCOMPARE(r.validUntil, QDate(2027, 4, 19));
        QCOMPARE(r.renewal, QStringLiteral("automatic"));
        QCOMPARE(r.languages, QStringLiteral("sr"));
        QCOMPARE(r.partnershipId, 0);
        QCOMPARE(r.notes, a.notes);
        QCOMPARE(r.parties.size(), 2);
        QCOMPARE(r.parties.at(0).organizationId, m_skgo);
        QCOMPARE(r.parties.at(0).signatory, QStringLiteral("Đorđe Staničić"));
        QCOMPARE(r.parties.at(1).signatoryPosition, QStringLiteral("Secretary General"));
        QCOMPARE(r.auditFields(), a.auditFields());
        QCOMPARE(store.get(a.id + 7).error().code(), ErrorCode::NotFound);
    }

    void validationRules()
    {
        expectInvalid([](Agreement &a) { a.title.clear(); }, QStringLiteral("title"));
        expectInvalid([](Agreement &a) { a.kind = QStringLiteral("treaty"); }, QStringLiteral("kind"));
        expectInvalid([](Agreement &a) { a.status = QStringLiteral("valid"); }, QStringLiteral("status"));
        expectInvalid([](Agreement &a) { a.renewal = QStringLiteral("yearly"); }, QStringLiteral("renewal"));
        expectInvalid([](Agreement &a) { a.validUntil = QDate(2007, 4, 19); }, QStringLiteral("valid_until"),
                      QStringLiteral("The agreement cannot expire before it takes effect."));
        // Without a start of validity, the signature is the start: one message, not two.
        expectInvalid(
            [](Agreement &a) {
                a.validFrom = QDate();
                a.validUntil = QDate(2007, 4, 19);
            },
            QStringLiteral("valid_until"), QStringLiteral("The agreement cannot expire before it was signed."));
        const QString needsDate = QStringLiteral("A signed agreement needs the date it was signed.");
        expectInvalid([](Agreement &a) { a.signedOn = QDate(); }, QStringLiteral("signed_on"), needsDate);
        expectInvalid(
            [](Agreement &a) {
                a.signedOn = QDate();
                a.status = QStringLiteral("signed");
            },
            QStringLiteral("signed_on"), needsDate);
        const QString two = QStringLiteral("An agreement needs at least two different parties.");
        expectInvalid([](Agreement &a) { a.parties.removeLast(); }, QStringLiteral("parties"), two);
        expectInvalid(
            [](Agreement &a) {
                a.kind = QStringLiteral("twinning_charter");
                a.parties.removeLast();
            },
            QStringLiteral("parties"), two);
        expectInvalid([](Agreement &a) { a.parties[1].organizationId = a.parties[0].organizationId; },
                      QStringLiteral("parties"), two);
        expectInvalid(
            [](Agreement &a) {
                a.kind = QStringLiteral("other");
                a.parties.clear();
            },
            QStringLiteral("parties"), QStringLiteral("An agreement needs at least one party."));
        expectInvalid(
            [this](Agreement &a) {
                a.parties.append(AgreementParty{m_skgo, {}, {}});
            },
            QStringLiteral("parties"));
        expectInvalid([](Agreement &a) { a.parties.append(AgreementParty{0, {}, {}}); }, QStringLiteral("parties"));
        expectInvalid(
            [](Agreement &a) {
                a.parties.append(AgreementParty{987654, {}, {}});
            },
            QStringLiteral("parties"));
        expectInvalid([](Agreement &a) { a.partnershipId = 987654; }, QStringLiteral("partnership_id"));

        AgreementStore store(*m_db);
        QVERIFY(store.validate(skgoMontenegro()).isClean());
        Agreement single = skgoMontenegro(); // "other": one party is enough
        single.kind = QStringLiteral("other");
        single.parties.removeLast();
        QVERIFY(store.validate(single).isClean());
        Agreement draft = skgoMontenegro(); // a draft needs no signing date
        draft.status = QStringLiteral("draft");
        draft.signedOn = QDate();
        QVERIFY(store.validate(draft).isClean());
        for (const QString &status : {QStringLiteral("expired"), QStringLiteral("terminated")}) {
            draft.status = status;
            QVERIFY(store.validate(draft).isClean());
        }
        Agreement sameDay = skgoMontenegro();
        sameDay.validUntil = sameDay.validFrom;
        QVERIFY(store.validate(sameDay).isClean());
    }

    void failedUpdateChangesNothing()
    {
        AgreementStore store(*m_db);
        Agreement a = skgoMontenegro();
        QVERIFY(store.save(a));
        const QList<qint64> before = footprint(c());
        Agreement broken = a;
        broken.notes = QStringLiteral("changed");
        broken.signedOn = QDate();
        QVERIFY(!store.save(broken));
        QCOMPARE(footprint(c()), before);
        QCOMPARE(store.get(a.id).value().notes, a.notes);
    }

    void auditShowsWhatChanged()
    {
        AgreementStore store(*m_db);
        Agreement a = skgoMontenegro();
        a.status = QStringLiteral("draft");
        a.signedOn = QDate();
        QVERIFY(store.save(a));
        a.status = QStringLiteral("signed");
        a.signedOn = QDate(2007, 4, 20);
        a.parties[0].signatoryPosition = QStringLiteral("President");
        QVERIFY(store.save(a));
        auto entries = AuditTrail::forRecord(c(), RecordKind::Agreement, a.id);
        QVERIFY(entries);
        QCOMPARE(entries.value().size(), 2);
        QCOMPARE(entries.value().first().action, AuditAction::Insert);
        QMap<QString, FieldChange> changes;
        for (const FieldChange &change : entries.value().last().changes)
            changes.insert(change.field, change);
        QCOMPARE(changes.keys(),
                 (QStringList{QStringLiteral("parties"), QStringLiteral("signed_on"), QStringLiteral("status")}));
        QCOMPARE(changes.value(QStringLiteral("status")).before, QStringLiteral("draft"));
        QCOMPARE(changes.value(QStringLiteral("status")).after, QStringLiteral("signed"));
        QCOMPARE(changes.value(QStringLiteral("signed_on")).before, QString());
        QCOMPARE(changes.value(QStringLiteral("signed_on")).after, QStringLiteral("2007-04-20"));
        QCOMPARE(changes.value(QStringLiteral("parties")).after,
                 QStringLiteral("org:%1 (President); org:%2 (Secretary General)").arg(m_skgo).arg(m_uom));
        // Signatories' names stay out of the audit trail.
        QCOMPARE(count(c(), QStringLiteral("SELECT count(*) FROM audit_log WHERE changes LIKE '%Stani%'")), 0);
        QVERIFY(store.remove(a.id));
        QCOMPARE(AuditTrail::forRecord(c(), RecordKind::Agreement, a.id).value().last().action, AuditAction::Delete);
    }

    void searchInBothScripts()
    {
        AgreementStore store(*m_db);
        Agreement a = skgoMontenegro();
        QVERIFY(store.save(a));
        Agreement charter;
        charter.title = QStringLiteral("Povelja o bratimljenju");
        charter.kind = QStringLiteral("twinning_charter");
        charter.parties = {{m_kragujevac, {}, {}}, {m_suresnes, {}, {}}};
        QVERIFY(store.save(charter));
        for (const QString &query :
             {QStringLiteral("ЗАЈЕДНИЦА ОПШТИНА"), QStringLiteral("споразум"), QStringLiteral("stanicic"),
              QStringLiteral("Подгорица"), QStringLiteral("nalas")}) {
            auto hits = SearchIndex::search(c(), query, 50, RecordKind::Agreement);
            QVERIFY(hits);
            QCOMPARE(hits.value().size(), 1);
            QCOMPARE(hits.value().first().id, a.id);
        }
        auto hits = SearchIndex::search(c(), QStringLiteral("крагујевац повеља"), 50, RecordKind::Agreement);
        QCOMPARE(hits.value().size(), 1);
        QCOMPARE(hits.value().first().id, charter.id);
        QVERIFY(store.remove(charter.id));
        QVERIFY(SearchIndex::search(c(), QStringLiteral("povelja"), 50, RecordKind::Agreement).value().isEmpty());
        QCOMPARE(
            count(c(), QStringLiteral("SELECT count(*) FROM agreement_parties WHERE agreement_id = ?"), {charter.id}),
            0);
    }

    void expiringWithin()
    {
        const QDate today(2026, 3, 1);
        const qint64 soon = addExpiring(QStringLiteral("Soon"), QStringLiteral("in_force"), today.addDays(10));
        const qint64 signedLast = addExpiring(QStringLiteral("Last day"), QStringLiteral("signed"), today.addDays(30));
        const qint64 todayEnds = addExpiring(QStringLiteral("Today"), QStringLiteral("in_force"), today);
        addExpiring(QStringLiteral("Too late"), QStringLiteral("in_force"), today.addDays(31));
        addExpiring(QStringLiteral("Already over"), QStringLiteral("in_force"), today.addDays(-1));
        addExpiring(QStringLiteral("Expired"), QStringLiteral("expired"), today.addDays(5));
        addExpiring(QStringLiteral("Terminated"), QStringLiteral("terminated"), today.addDays(5));
        Agreement draft = skgoMontenegro();
        draft.status = QStringLiteral("draft");
        draft.validUntil = today.addDays(5);
        QVERIFY(AgreementStore(*m_db).save(draft));
        addExpiring(QStringLiteral("Open-ended"), QStringLiteral("in_force"), QDate());

        AgreementStore store(*m_db);
        QCOMPARE(store.expiringWithin(30, today).value(), (QList<qint64>{todayEnds, soon, signedLast}));
        QCOMPARE(store.expiringWithin(10, today).value(), (QList<qint64>{todayEnds, soon}));
        QCOMPARE(store.expiringWithin(0, today).value(), QList<qint64>{todayEnds});
        QCOMPARE(store.expiringWithin(30, today.addYears(1)).value(), QList<qint64>());

        // The same rule on one record, for the editor.
        for (int days : {0, 10, 30}) {
            const QList<qint64> expected = store.expiringWithin(days, today).value();
            auto all = Sql::run(c(), QStringLiteral("SELECT id FROM agreements"), {});
            QVERIFY(all);
            while (all.value().next()) {
                const qint64 id = all.value().value(0).toLongLong();
                QCOMPARE(store.get(id).value().isExpiringWithin(days, today), expected.contains(id));
            }
        }
        Agreement negative = store.get(soon).value();
        QVERIFY(!negative.isExpiringWithin(-5, today));
        QVERIFY(negative.isExpiringWithin(10, today));
        QVERIFY(!negative.isExpiringWithin(10, QDate()));
    }

    void listFiltersAndColumns()
    {
        AgreementStore store(*m_db);
        Agreement a = skgoMontenegro(); // 2007, in force, ME
        a.validUntil = QDate(2027, 4, 19);
        QVERIFY(store.save(a));
        Partnership twinning;
        twinning.title = QStringLiteral("Kragujevac – Suresnes");
        twinning.parties = {{m_kragujevac, {}}, {m_suresnes, {}}};
        QVERIFY(PartnershipStore(*m_db).save(twinning));
        Agreement charter;
        charter.title = QStringLiteral("Povelja o bratimljenju Kragujevac – Suresnes");
        charter.kind = QStringLiteral("twinning_charter");
        charter.status = QStringLiteral("signed");
        charter.signedOn = QDate(2004, 5, 1);
        charter.validUntil = QDate(2026, 6, 30);
        charter.parties = {{m_kragujevac, {}, {}}, {m_suresnes, {}, {}}};
        charter.partnershipId = twinning.id;
        QVERIFY(store.save(charter));
        Agreement letter;
        letter.title = QStringLiteral("Letter of intent");
        letter.kind = QStringLiteral("letter_of_intent");
        letter.status = QStringLiteral("draft");
        letter.validUntil = QDate(2025, 1, 1);
        letter.parties = {{m_skgo, {}, {}}, {m_suresnes, {}, {}}};
        QVERIFY(store.save(letter));

        ListQuery query;
        auto page = store.list(query);
        QVERIFY2(page, qPrintable(page.error().toLogString()));
        QCOMPARE(page.value().columnKeys,
                 (QStringList{QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("parties"),
                              QStringLiteral("signed_on"), QStringLiteral("valid_until"), QStringLiteral("status")}));
        QCOMPARE(page.value().ids, (QList<qint64>{letter.id, charter.id, a.id}));
        QCOMPARE(page.value().rows.at(1).at(2).toString(), QStringLiteral("Kragujevac, Suresnes"));
        QCOMPARE(page.value().rows.at(1).at(3).toString(), QStringLiteral("2004-05-01"));
        QCOMPARE(page.value().rows.at(1).at(4).toString(), QStringLiteral("2026-06-30"));
        QCOMPARE(page.value().rows.at(1).at(5).toString(), QStringLiteral("signed"));
        QVERIFY(page.value().rows.at(0).at(3).isNull());

        const auto ids = [&](const QString &filter, const QVariant &value) {
            ListQuery q;
            q.filters.insert(filter, value);
            auto result = store.list(q);
            if (!result)
                qFatal("list failed: %s", qPrintable(result.error().toLogString()));
            return result.value().ids;
        };
        QCOMPARE(ids(QStringLiteral("kind"), QStringLiteral("twinning_charter")), QList<qint64>{charter.id});
        QCOMPARE(ids(QStringLiteral("status"), QStringLiteral("draft")), QList<qint64>{letter.id});
        QCOMPARE(ids(QStringLiteral("year"), 2007), QList<qint64>{a.id});
        QCOMPARE(ids(QStringLiteral("year"), QStringLiteral("2004")), QList<qint64>{charter.id});
        QCOMPARE(ids(QStringLiteral("country"), QStringLiteral("FR")), (QList<qint64>{letter.id, charter.id}));
        QCOMPARE(ids(QStringLiteral("country"), QStringLiteral("ME")), QList<qint64>{a.id});
        QCOMPARE(ids(QStringLiteral("organization"), m_skgo), (QList<qint64>{letter.id, a.id}));
        QCOMPARE(ids(QStringLiteral("partnership"), twinning.id), QList<qint64>{charter.id});
        // The draft's date does not make it "expiring".
        QCOMPARE(ids(QStringLiteral("expiring_before"), QStringLiteral("2026-12-31")), QList<qint64>{charter.id});
        QCOMPARE(ids(QStringLiteral("expiring_before"), QStringLiteral("2030-01-01")),
                 (QList<qint64>{charter.id, a.id}));
        QCOMPARE(ids(QStringLiteral("expiring_before"), QStringLiteral("2020-01-01")), QList<qint64>());

        query.sortKey = QStringLiteral("valid_until");
        QCOMPARE(store.list(query).value().ids, (QList<qint64>{letter.id, charter.id, a.id}));
        query.sortKey = QStringLiteral("signed_on");
        query.order = Qt::DescendingOrder;
        QCOMPARE(store.list(query).value().ids.first(), a.id);
        query = {};
        query.text = QStringLiteral("сурес");
        query.filters.insert(QStringLiteral("kind"), QStringLiteral("letter_of_intent"));
        QCOMPARE(store.list(query).value().ids, QList<qint64>{letter.id});

        // Deleting the partnership keeps the agreement, unlinked.
        QVERIFY(PartnershipStore(*m_db).remove(twinning.id));
        QCOMPARE(store.get(charter.id).value().partnershipId, 0);
    }

    void readOnlyRegisterRefusesWrites()
    {
        Agreement a = skgoMontenegro();
        QVERIFY(AgreementStore(*m_db).save(a));
        const QString path = m_db->path();
        m_db.reset();
        OpenOptions options;
        options.access = AccessMode::ReadOnly;
        auto db = Database::open(path, options);
        QVERIFY(db);
        AgreementStore store(*db.value());
        QVERIFY(store.get(a.id));
        QVERIFY(store.expiringWithin(30, QDate(2026, 1, 1)));
        a.title = QStringLiteral("x");
        QCOMPARE(store.save(a).error().code(), ErrorCode::ReadOnly);
        QCOMPARE(store.remove(a.id).error().code(), ErrorCode::ReadOnly);
        QCOMPARE(store.get(a.id).value().title, skgoMontenegro().title);
    }
};

QTEST_GUILESS_MAIN(TestAgreementStore)
#include "tst_agreementstore.moc"
