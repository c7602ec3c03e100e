// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittrail.h"
#include "database.h"
#include "organizationstore.h"
#include "partnershipstore.h"
#include "personstore.h"
#include "searchindex.h"
#include "sqlsupport.h"
#include "testsupport.h"
#include "writetransaction.h"

#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

const QString erasedName = QStringLiteral("Ksenija Qwertović");
const QString erasedEmail = QStringLiteral("ksenija.qwertovic@example.rs");

qint64 count(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    return Sql::scalar(db, sql, values).value().toLongLong();
}

} // namespace

class TestPersonStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    QSqlDatabase c() const { return m_db->connection(); }

    qint64 organizationId(const QString &name)
    {
        auto found = OrganizationStore(*m_db).findByName(name, QStringLiteral("RS"));
        if (!found || !found.value())
            qFatal("no organisation %s", qPrintable(name));
        return *found.value();
    }

    Person sample()
    {
        Person p;
        p.fullName = QStringLiteral("Jelena Marković");
        p.organizationId = organizationId(QStringLiteral("Kragujevac"));
        p.position = QStringLiteral("Savetnica za međunarodnu saradnju");
        p.email = QStringLiteral("jelena.markovic@kragujevac.rs");
        p.phone = QStringLiteral("+381 34 306 000");
        p.languages = QStringLiteral("sr, en, fr");
        p.notes = QStringLiteral("Prefers e-mail.");
        return p;
    }

    // Every value of every column of every table (virtual and FTS shadow
    // tables included) that contains needle, as "table.column".
    QStringList columnsContaining(const QString &needle)
    {
        QStringList tables;
        {
            auto q = Sql::run(c(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
            while (q.value().next())
                tables << q.value().value(0).toString();
        }
        QStringList hits;
        for (const QString &table : std::as_const(tables)) {
            QStringList columns;
            {
                auto info = Sql::run(c(), QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
                while (info.value().next())
                    columns << info.value().value(0).toString();
            }
            for (const QString &column : std::as_const(columns)) {
                const QString sql = QStringLiteral("SELECT count(*) FROM \"%1\" WHERE CAST(\"%2\" AS TEXT) LIKE ?")
                                        .arg(table, column);
                auto found = Sql::scalar(c(), sql, {QLatin1Char('%') + needle + QLatin1Char('%')});
                if (!found)
                    qFatal("scan failed: %s", qPrintable(found.error().toLogString()));
                if (found.value().toLongLong() > 0)
                    hits << table + QLatin1Char('.') + column;
            }
        }
        return hits;
    }

private slots:
    void initTestCase() { isolateEnvironment(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = createRegister(m_dir->path());
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error().toLogString()));
        m_db = db.take();
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void saveAndGet()
    {
        PersonStore store(*m_db);
        Person p = sample();
        p.fullName = QStringLiteral("  Jelena Marković ");
        auto saved = store.save(p);
        QVERIFY2(saved, qPrintable(saved.error().toLogString()));
        QVERIFY(p.id > 0);
        auto read = store.get(p.id);
        QVERIFY(read);
        QCOMPARE(read.value().fullName, QStringLiteral("Jelena Marković"));
        QCOMPARE(read.value().organizationId, p.organizationId);
        QCOMPARE(read.value().position, p.position);
        QCOMPARE(read.value().email, p.email);
        QCOMPARE(read.value().phone, p.phone);
        QCOMPARE(read.value().languages, p.languages);
        QCOMPARE(read.value().notes, p.notes);
        QCOMPARE(count(c(), QStringLiteral("SELECT count(*) FROM people WHERE id = ? AND sort_key <> ''"), {p.id}), 1);
        QCOMPARE(store.get(p.id + 1000).error().code(), ErrorCode::NotFound);

        auto entries = AuditTrail::forRecord(c(), RecordKind::Person, p.id);
        QVERIFY(entries);
        QCOMPARE(entries.value().size(), 1);
        QCOMPARE(entries.value().first().action, AuditAction::Insert);
    }

    void validationRules_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<qint64>("organization");
        QTest::newRow("name required") << QStringLiteral("full_name") << QStringLiteral("  ") << QString() << qint64(0);
        QTest::newRow("bad email") << QStringLiteral("email") << QStringLiteral("Ana") << QStringLiteral("ana@")
                                   << qint64(0);
        QTest::newRow("email with space")
            << QStringLiteral("email") << QStringLiteral("Ana") << QStringLiteral("ana @x.rs") << qint64(0);
        QTest::newRow("unknown organisation")
            << QStringLiteral("organization_id") << QStringLiteral("Ana") << QString() << qint64(999999);
    }

    void validationRules()
    {
        QFETCH(QString, field);
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(qint64, organization);
        PersonStore store(*m_db);
        Person p;
        p.fullName = name;
        p.email = email;
        p.organizationId = organization;
        const Validation v = store.validate(p);
        QVERIFY(v.hasErrors());
        QVERIFY(!v.errorFor(field).isEmpty());
        QCOMPARE(v.errors().size(), 1);

        const qint64 people = count(c(), QStringLiteral("SELECT count(*) FROM people"));
        const qint64 audit = count(c(), QStringLiteral("SELECT count(*) FROM audit_log"));
        auto saved = store.save(p);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code(), ErrorCode::Invalid);
        QVERIFY(!saved.error().message().isEmpty());
        QCOMPARE(p.id, 0);
        QCOMPARE(count(c(), QStringLiteral("SELECT count(*) FROM people")), people);
        QCOMPARE(count(c(), QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    }

    void validPersonIsClean()
    {
        PersonStore store(*m_db);
        QVERIFY(store.validate(sample()).isClean());
        Person minimal;
        minimal.fullName = QStringLiteral("Ana");
        QVERIFY(store.validate(minimal).isClean());
    }

    void auditShowsWhatChanged()
    {
        PersonStore store(*m_db);
        Person p = sample();
        QVERIFY(store.save(p));
        p.position = QStringLiteral("Načelnica odeljenja");
        p.email = QStringLiteral("jelena@kg.rs");
        QVERIFY(store.save(p));
        QVERIFY(store.save(p)); // unchanged: no entry
        auto entries = AuditTrail::forRecord(c(), RecordKind::Person, p.id);
        QVERIFY(entries);
        QCOMPARE(entries.value().size(), 2);
        const AuditEntry &update = entries.value().last();
        QCOMPARE(update.action, AuditAction::Update);
        QCOMPARE(update.changes.size(), 2);
        QCOMPARE(update.changes.at(0).field, QStringLiteral("email"));
        QCOMPARE(update.changes.at(0).before, QStringLiteral("jelena.markovic@kragujevac.rs"));
        QCOMPARE(update.changes.at(0).after, QStringLiteral("jelena@kg.rs"));
        QCOMPARE(update.changes.at(1).field, QStringLiteral("position"));
        QCOMPARE(update.changes.at(1).before, QStringLiteral("Savetnica za međunarodnu saradnju"));
        QCOMPARE(update.changes.at(1).after, QStringLiteral("Načelnica odeljenja"));
    }

    void searchByNamePositionAndOrganisation()
    {
        PersonStore store(*m_db);
        Person p = sample();
        QVERIFY(store.save(p));
        for (const QString &query :
             {QStringLiteral("МАРКОВИЋ"), QStringLiteral("markovic jelena"), QStringLiteral("савет"),
              QStringLiteral("medjunarodnu"), QStringLiteral("Крагујевац"), QStringLiteral("kragujevac markov")}) {
            auto hits = SearchIndex::search(c(), query, 50, RecordKind::Person);
            QVERIFY(hits);
            QCOMPARE(hits.value().size(), 1);
            QCOMPARE(hits.value().first().id, p.id);
            QCOMPARE(hits.value().first().title, QStringLiteral("Jelena Marković"));
        }
        auto none = SearchIndex::search(c(), QStringLiteral("Čačak"), 50, RecordKind::Person);
        QVERIFY(none && none.value().isEmpty());
        p.fullName = QStringLiteral("Jelena Petrović");
        QVERIFY(store.save(p));
        QVERIFY(SearchIndex::search(c(), QStringLiteral("marković"), 50, RecordKind::Person).value().isEmpty());
        QCOMPARE(SearchIndex::search(c(), QStringLiteral("петровић"), 50, RecordKind::Person).value().size(), 1);
    }

    void listFiltersSortsAndPages()
    {
        PersonStore store(*m_db);
        const qint64 kragujevac = organizationId(QStringLiteral("Kragujevac"));
        const qint64 cacak = organizationId(QStringLiteral("Čačak"));
        for (const QString &name :
             {QStringLiteral("Đorđe Ilić"), QStringLiteral("Čedomir Jovanović"), QStringLiteral("Dragana Cvetković"),
              QStringLiteral("Ljiljana Lukić"), QStringLiteral("Ana Babić")}) {
            Person p;
            p.fullName = name;
            p.organizationId = name.startsWith(QLatin1Char('D')) ? cacak : kragujevac;
            QVERIFY(store.save(p));
        }
        ListQuery query;
        auto page = store.list(query);
        QVERIFY2(page, qPrintable(page.error().toLogString()));
        QCOMPARE(page.value().total, 5);
        QStringList names;
        for (const QVariantList &row : page.value().rows)
            names << row.at(0).toString();
        // Serbian order: C < Č < D < Đ < L.
        QCOMPARE(names, (QStringList{QStringLiteral("Ana Babić"), QStringLiteral("Čedomir Jovanović"),
                                     QStringLiteral("Dragana Cvetković"), QStringLiteral("Đorđe Ilić"),
                                     QStringLiteral("Ljiljana Lukić")}));
        QCOMPARE(page.value().columnKeys.indexOf(QStringLiteral("organization")), 2);
        QCOMPARE(page.value().rows.at(2).at(2).toString(), QStringLiteral("Čačak"));

        query.filters.insert(QStringLiteral("organization"), cacak);
        QCOMPARE(store.list(query).value().total, 1);
        query.filters.clear();
        query.text = QStringLiteral("ЛУКИЋ");
        auto found = store.list(query);
        QCOMPARE(found.value().total, 1);
        QCOMPARE(found.value().rows.first().first().toString(), QStringLiteral("Ljiljana Lukić"));
        query.text.clear();
        query.order = Qt::DescendingOrder;
        query.limit = 2;
        query.offset = 1;
        auto paged = store.list(query);
        QCOMPARE(paged.value().rows.size(), 2);
        QCOMPARE(paged.value().total, 5);
        QCOMPARE(paged.value().rows.first().first().toString(), QStringLiteral("Đorđe Ilić"));
    }

    void removeKeepsAuditAndClearsLinks()
    {
        PersonStore store(*m_db);
        Person p = sample();
        QVERIFY(store.save(p));
        QVERIFY(Sql::run(c(), QStringLiteral("UPDATE organizations SET liaison_person_id = ? WHERE id = ?"),
                         {p.id, p.organizationId}));
        QVERIFY(store.remove(p.id));
        QCOMPARE(store.get(p.id).error().code(), ErrorCode::NotFound);
        QVERIFY(Sql::scalar(c(), QStringLiteral("SELECT liaison_person_id FROM organizations WHERE id = ?"),
                            {p.organizationId})
                    .value()
                    .isNull());
        auto entries = AuditTrail::forRecord(c(), RecordKind::Person, p.id);
        QCOMPARE(entries.value().size(), 2);
        QCOMPARE(entries.value().last().action, AuditAction::Delete);
        QVERIFY(SearchIndex::search(c(), QStringLiteral("Marković"), 50, RecordKind::Person).value().isEmpty());
        QCOMPARE(store.remove(p.id).error().code(), ErrorCode::NotFound);
    }

    void readOnlyRegisterRefusesWrites()
    {
        PersonStore writable(*m_db);
        Person p = sample();
        QVERIFY(writable.save(p));
        const QString path = m_db->path();
        m_db.reset();
        OpenOptions options;
        options.access = AccessMode::ReadOnly;
        auto db = Database::open(path, options);
        QVERIFY(db);
        PersonStore store(*db.value());
        QVERIFY(store.get(p.id));
        p.position = QStringLiteral("x");
        QCOMPARE(store.save(p).error().code(), ErrorCode::ReadOnly);
        QCOMPARE(store.remove(p.id).error().code(), ErrorCode::ReadOnly);
        QCOMPARE(store.erase(p.id).error().code(), ErrorCode::ReadOnly);
        QCOMPARE(store.get(p.id).value().position, QStringLiteral("Savetnica za međunarodnu saradnju"));
    }

    void eraseRemovesEveryTrace()
    {
        PersonStore people(*m_db);
        const qint64 kragujevac = organizationId(QStringLiteral("Kragujevac"));
        const qint64 cacak = organizationId(QStringLiteral("Čačak"));
        Person p;
        p.fullName = QStringLiteral("Ksenija Qwertovic");
        p.organizationId = kragujevac;
        p.email = erasedEmail;
        p.phone = QStringLiteral("+381 64 555 0199");
        p.position = QStringLiteral("Koordinatorka");
        p.notes = QStringLiteral("Ksenija Qwertović speaks French.");
        QVERIFY(people.save(p));
        p.fullName = erasedName; // an update: the audit trail holds both spellings
        QVERIFY(people.save(p));
        Person other;
        other.fullName = QStringLiteral("Marko Nikolić");
        QVERIFY(people.save(other));

        // The organisation's liaison, twinning committee, a visit, a delegation, a task and an attachment.
        OrganizationStore organizations(*m_db);
        Organization org = organizations.get(kragujevac).value();
        org.liaisonPersonId = p.id;
        QVERIFY(organizations.save(org));
        PartnershipStore partnerships(*m_db);
        Partnership twinning;
        twinning.title = QStringLiteral("Kragujevac – Čačak");
        twinning.parties = {{kragujevac, {}}, {cacak, {}}};
        twinning.committee
            = {{p.id, erasedName, QStringLiteral("chair")}, {p.id, {}, {}}, {other.id, {}, QStringLiteral("member")}};
        QVERIFY(partnerships.save(twinning));
        {
            WriteTransaction tx(c());
            QVERIFY(tx.isActive());
            QVERIFY(
                Sql::run(c(), QStringLiteral("INSERT INTO visits (id, title, direction, kind, start_date, created_at, "
                                             "updated_at) VALUES (1, 'Study visit', 'outgoing', 'study_visit', "
                                             "'2024-05-01', 'x', 'x')")));
            QVERIFY(
                Sql::run(c(),
                         QStringLiteral("INSERT INTO visit_participants (visit_id, person_id, organization_id, role) "
                                        "VALUES (1, ?, ?, 'interpreter')"),
                         {p.id, kragujevac}));
            QVERIFY(Sql::run(c(),
                             QStringLiteral("INSERT INTO memberships (id, organization_id, created_at, updated_at) "
                                            "VALUES (1, ?, 'x', 'x')"),
                             {kragujevac}));
            QVERIFY(Sql::run(c(),
                             QStringLiteral("INSERT INTO membership_delegates (membership_id, person_id, body) "
                                            "VALUES (1, ?, 'Policy committee')"),
                             {p.id}));
            QVERIFY(Sql::run(c(),
                             QStringLiteral("INSERT INTO tasks (title, record_kind, record_id, created_at, updated_at) "
                                            "VALUES (?, 'person', ?, 'x', 'x')"),
                             {QStringLiteral("Call ") + erasedName, p.id}));
            QVERIFY(Sql::run(c(),
                             QStringLiteral("INSERT INTO attachments (record_kind, record_id, file_name, size, sha256, "
                                            "content, added_at) VALUES ('person', ?, 'cv.txt', 3, 'x', ?, 'x')"),
                             {p.id, (erasedName + QStringLiteral(" CV")).toUtf8()}));
            QVERIFY(tx.commit());
        }
        QVERIFY(!columnsContaining(QStringLiteral("Qwertovi")).isEmpty());
        QCOMPARE(SearchIndex::search(c(), QStringLiteral("qwertović"), 50).value().size(), 1);

        // What the confirmation tells the user before erasing.
        auto scope = people.erasureScope(p.id);
        QVERIFY2(scope, qPrintable(scope.error().toLogString()));
        QCOMPARE(scope.value().visits, 1);
        QCOMPARE(scope.value().committeeSeats, 2);
        QCOMPARE(scope.value().delegations, 1);
        QCOMPARE(scope.value().liaisons, 1);
        QCOMPARE(scope.value().tasks, 1);
        QCOMPARE(scope.value().attachments, 1);
        QCOMPARE(people.erasureScope(other.id).value().committeeSeats, 1);
        QCOMPARE(people.erasureScope(other.id).value().visits, 0);
        QCOMPARE(people.erasureScope(4242).error().code(), ErrorCode::NotFound);

        const Status erased = people.erase(p.id);
        QVERIFY2(erased, qPrintable(erased.error().toLogString()));
        QVERIFY(!PersonStore::erasureNotice().isEmpty());

        // The person is gone; the other person and the anonymous rows stay.
        QCOMPARE(people.get(p.id).error().code(), ErrorCode::NotFound);
        QVERIFY(people.get(other.id));
        QCOMPARE(count(c(), QStringLiteral(
                                "SELECT count(*) FROM visit_participants WHERE visit_id = 1 AND person_id IS NULL "
                                "AND role = 'interpreter'")),
                 1);
        QCOMPARE(count(c(), QStringLiteral("SELECT count(*) FROM membership_delegates WHERE person_id IS NULL")), 1);
        QVERIFY(
            Sql::scalar(c(), QStringLiteral("SELECT liaison_person_id FROM organizations WHERE id = ?"), {kragujevac})
                .value()
                .isNull());
        const Partnership after = partnerships.get(twinning.id).value();
        QCOMPARE(after.committee.size(), 2); // the chair's seat stays, anonymous; the role-less row went
        QCOMPARE(after.committee.at(0).personId, 0);
        QCOMPARE(after.committee.at(0).name, QString());
        QCOMPARE(after.committee.at(0).role, QStringLiteral("chair"));
        QCOMPARE(after.committee.at(1).personId, other.id);
        Partnership resaved = after; // the anonymous seat does not block later saves
        QVERIFY(partnerships.save(resaved));
        QCOMPARE(count(c(), QStringLiteral("SELECT count(*) FROM tasks")), 0);
        QCOMPARE(count(c(), QStringLiteral("SELECT count(*) FROM attachments")), 0);

        // The audit trail keeps the facts, not the data.
        auto entries = AuditTrail::forRecord(c(), RecordKind::Person, p.id);
        QVERIFY(entries);
        QCOMPARE(entries.value().size(), 3);
        for (const AuditEntry &entry : entries.value())
            QVERIFY(entry.changes.isEmpty());
        QCOMPARE(entries.value().last().action, AuditAction::Erase);
        QVERIFY(SearchIndex::search(c(), QStringLiteral("qwertović"), 50).value().isEmpty());
        QVERIFY(SearchIndex::search(c(), QStringLiteral("ksenija"), 50).value().isEmpty());

        // No column of any table holds the name or the e-mail address.
        QCOMPARE(columnsContaining(QStringLiteral("Qwertovi")), QStringList());
        QCOMPARE(columnsContaining(QStringLiteral("qwertovic")), QStringList());
        QCOMPARE(columnsContaining(erasedEmail), QStringList());
        QCOMPARE(columnsContaining(QStringLiteral("+381 64 555 0199")), QStringList());
        QVERIFY(m_db->integrityCheck());

        // Nor do the file's bytes (free pages included) once it is closed.
        const QString path = m_db->path();
        m_db.reset();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 100000);
        QVERIFY(bytes.contains(QStringLiteral("Marko Nikolić").toUtf8())); // the check can see names
        QVERIFY(!bytes.contains(erasedName.toUtf8()));
        QVERIFY(!bytes.contains(QByteArrayLiteral("Qwertovic")));
        QVERIFY(!bytes.contains(QByteArrayLiteral("qwertovic")));
        QVERIFY(!bytes.contains(erasedEmail.toUtf8()));
        QVERIFY(!bytes.contains(QByteArrayLiteral("555 0199")));
    }

    void eraseUnknownPerson()
    {
        PersonStore store(*m_db);
        const qint64 audit = count(c(), QStringLiteral("SELECT count(*) FROM audit_log"));
        QCOMPARE(store.erase(4242).error().code(), ErrorCode::NotFound);
        QCOMPARE(count(c(), QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    }
};

QTEST_GUILESS_MAIN(TestPersonStore)
#include "tst_personstore.moc"
