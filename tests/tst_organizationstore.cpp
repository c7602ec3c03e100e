// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittrail.h"
#include "database.h"
#include "organizationstore.h"
#include "searchindex.h"
#include "sqlsupport.h"
#include "testsupport.h"
#include "writetransaction.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestOrganizationStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    static Organization suresnes()
    {
        Organization o;
        o.kind = QStringLiteral("local_authority");
        o.name = QStringLiteral("Suresnes");
        o.nameSr = QStringLiteral("Sirena");
        o.country = QStringLiteral("FR");
        o.city = QStringLiteral("Suresnes");
        o.email = QStringLiteral("international@ville-suresnes.fr");
        return o;
    }

    qint64 count(const QString &table) const
    {
        return Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM ") + table).value().toLongLong();
    }

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        auto db = Database::open(createRegister(m_dir.path()));
        QVERIFY(db);
        m_db = db.take();
    }

    void referenceDataIsThere()
    {
        OrganizationStore store(*m_db);
        auto id = store.findByName(QStringLiteral("Čačak"), QStringLiteral("RS"));
        QVERIFY(id && id.value());
        auto cacak = store.get(*id.value());
        QVERIFY(cacak);
        QCOMPARE(cacak.value().nameCyrillic, QStringLiteral("Чачак"));
        QCOMPARE(cacak.value().kind, QStringLiteral("city"));
        QCOMPARE(cacak.value().district, QStringLiteral("Moravički"));
        // Two Paliluas (Belgrade, Niš): the name alone is ambiguous.
        auto palilula = store.findByName(QStringLiteral("Palilula"), QStringLiteral("RS"));
        QVERIFY(palilula);
        QVERIFY(!palilula.value().has_value());
    }

    void insertGetUpdateWithAudit()
    {
        OrganizationStore store(*m_db);
        Organization o = suresnes();
        auto id = store.save(o);
        QVERIFY2(id, qPrintable(id.error().toLogString()));
        QCOMPARE(o.id, id.value());
        auto loaded = store.get(o.id);
        QVERIFY(loaded);
        QCOMPARE(loaded.value().nameSr, QStringLiteral("Sirena"));
        QCOMPARE(loaded.value().displayName(Language::SerbianCyrillic), QStringLiteral("Сирена"));
        QCOMPARE(loaded.value().displayName(Language::English), QStringLiteral("Suresnes"));

        o.city = QStringLiteral("Suresnes (Hauts-de-Seine)");
        QVERIFY(store.save(o));
        auto trail = AuditTrail::forRecord(m_db->connection(), RecordKind::Organization, o.id);
        QVERIFY(trail);
        QCOMPARE(trail.value().size(), 2);
        QCOMPARE(trail.value().at(0).action, AuditAction::Insert);
        QCOMPARE(trail.value().at(1).action, AuditAction::Update);
        QCOMPARE(trail.value().at(1).changes.size(), 1);
        QCOMPARE(trail.value().at(1).changes.first().field, QStringLiteral("city"));
        QCOMPARE(trail.value().at(1).changes.first().before, QStringLiteral("Suresnes"));
        QCOMPARE(trail.value().at(1).changes.first().after, QStringLiteral("Suresnes (Hauts-de-Seine)"));
        QVERIFY(!trail.value().at(1).actor.isEmpty());

        // Saving without a change records nothing.
        QVERIFY(store.save(o));
        QCOMPARE(AuditTrail::forRecord(m_db->connection(), RecordKind::Organization, o.id).value().size(), 2);

        // Found by its exonym in Cyrillic.
        auto hits = SearchIndex::search(m_db->connection(), QStringLiteral("сирена"));
        QVERIFY(hits && !hits.value().isEmpty());
        QCOMPARE(hits.value().first().id, o.id);
    }

    void validationMessagesPerField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addRow("name") << "name" << "  ";
        QTest::addRow("kind") << "kind" << "castle";
        QTest::addRow("country missing") << "country" << "";
        QTest::addRow("country unknown") << "country" << "QQ";
        QTest::addRow("email") << "email" << "not an address";
    }

    void validationMessagesPerField()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        Organization o = suresnes();
        if (field == QLatin1String("name"))
            o.name = value;
        else if (field == QLatin1String("kind"))
            o.kind = value;
        else if (field == QLatin1String("country"))
            o.country = value;
        else
            o.email = value;
        OrganizationStore store(*m_db);
        const Validation v = store.validate(o);
        QVERIFY(v.hasErrors());
        QVERIFY(!v.errorFor(field).isEmpty());
        const qint64 before = count(QStringLiteral("organizations"));
        auto saved = store.save(o);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code(), ErrorCode::Invalid);
        QCOMPARE(count(QStringLiteral("organizations")), before);
        QCOMPARE(o.id, 0);
    }

    void serbianLocalGovernmentRules()
    {
        OrganizationStore store(*m_db);
        Organization o;
        o.kind = QStringLiteral("municipality");
        o.name = QStringLiteral("Novo Mesto");
        o.country = QStringLiteral("SI");
        QVERIFY(!store.validate(o).errorFor(QStringLiteral("country")).isEmpty());
        o.kind = QStringLiteral("city_municipality");
        o.country = QStringLiteral("RS");
        QVERIFY(!store.validate(o).errorFor(QStringLiteral("parent_city")).isEmpty());
    }

    void likelyDuplicateIsAWarning()
    {
        OrganizationStore store(*m_db);
        Organization twin;
        twin.kind = QStringLiteral("city");
        twin.name = QStringLiteral("ČAČAK");
        twin.country = QStringLiteral("RS");
        Validation v = store.validate(twin);
        QVERIFY(!v.hasErrors());
        QCOMPARE(v.warnings().size(), 1);
        QCOMPARE(v.warnings().first().field, QStringLiteral("name"));
        twin.name = QStringLiteral("Чачак");
        QCOMPARE(store.validate(twin).warnings().size(), 1);
        // The same name in another country is no duplicate.
        twin.kind = QStringLiteral("local_authority");
        twin.country = QStringLiteral("ME");
        QVERIFY(store.validate(twin).isClean());
    }

    void removeIsAuditedAndRefusedWhileInUse()
    {
        OrganizationStore store(*m_db);
        Organization o = suresnes();
        o.name = QStringLiteral("Ville de Nevers");
        o.nameSr = QStringLiteral("Never");
        QVERIFY(store.save(o));
        const qint64 mitrovica = *store.findByName(QStringLiteral("Sremska Mitrovica"), QStringLiteral("RS")).value();
        {
            WriteTransaction tx(m_db->connection());
            QVERIFY(Sql::run(m_db->connection(),
                             QStringLiteral("INSERT INTO partnerships (id, title, kind, status, created_at, updated_at) "
                                            "VALUES (9001, 'Nevers – Sremska Mitrovica', 'twinning', 'active', '', '')")));
            QVERIFY(Sql::run(m_db->connection(), QStringLiteral("INSERT INTO partnership_parties (partnership_id, organization_id) VALUES (9001, ?), (9001, ?)"),
                             {o.id, mitrovica}));
            QVERIFY(tx.commit());
        }
        const Status refused = store.remove(o.id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::Invalid);
        QVERIFY(refused.error().message().contains(QStringLiteral("Ville de Nevers")));
        QVERIFY(store.get(o.id));

        QVERIFY(Sql::run(m_db->connection(), QStringLiteral("DELETE FROM partnerships WHERE id = 9001")));
        QVERIFY(store.remove(o.id));
        QCOMPARE(store.get(o.id).error().code(), ErrorCode::NotFound);
        const auto trail = AuditTrail::forRecord(m_db->connection(), RecordKind::Organization, o.id).value();
        QCOMPARE(trail.last().action, AuditAction::Delete);
        QVERIFY(SearchIndex::search(m_db->connection(), QStringLiteral("nevers")).value().isEmpty());
    }

    void listsSortInSerbianOrderAndFilter()
    {
        OrganizationStore store(*m_db);
        ListQuery query;
        query.filters.insert(QStringLiteral("district"), QStringLiteral("Moravički"));
        query.limit = 50;
        auto page = store.list(query);
        QVERIFY2(page, qPrintable(page.error().toLogString()));
        QStringList names;
        const int nameColumn = int(page.value().columnKeys.indexOf(QStringLiteral("name")));
        for (const QVariantList &row : page.value().rows)
            names << row.at(nameColumn).toString();
        // Čačak, Gornji Milanovac, Ivanjica, Lučani: C-words would come before Č; here the order is Serbian.
        QCOMPARE(names, (QStringList{QStringLiteral("Čačak"), QStringLiteral("Gornji Milanovac"), QStringLiteral("Ivanjica"),
                                     QStringLiteral("Lučani")}));
        QCOMPARE(page.value().total, 4);

        query.filters.clear();
        query.text = QStringLiteral("ниш");
        page = store.list(query);
        QVERIFY(page);
        QVERIFY(page.value().total >= 6); // Niš and its five city municipalities
        query.text.clear();
        query.filters.insert(QStringLiteral("no_such_filter"), 1);
        QVERIFY(!store.list(query));
    }

    void tenThousandRowsArePaged()
    {
        QTemporaryDir dir;
        auto db = Database::open(createRegister(dir.path()));
        QVERIFY(db);
        OrganizationStore store(*db.value());
        {
            WriteTransaction tx(db.value()->connection());
            for (int i = 0; i < 10000; ++i) {
                Organization o;
                o.kind = QStringLiteral("local_authority");
                o.name = QStringLiteral("Gemeinde %1").arg(i, 5, 10, QLatin1Char('0'));
                o.country = QStringLiteral("DE");
                QVERIFY(store.saveWithin(o));
            }
            QVERIFY(tx.commit());
        }
        ListQuery query;
        query.filters.insert(QStringLiteral("country"), QStringLiteral("DE"));
        query.offset = 5000;
        query.limit = 100;
        QElapsedTimer timer;
        timer.start();
        auto page = store.list(query);
        QVERIFY(page);
        QCOMPARE(page.value().rows.size(), 100);
        QCOMPARE(page.value().ids.size(), 100);
        QCOMPARE(page.value().total, 10000);
        QCOMPARE(page.value().rows.first().first().toString(), QStringLiteral("Gemeinde 05000"));
        qInfo("page 51 of 10,000 organisations in %lld ms", timer.elapsed());
        query.order = Qt::DescendingOrder;
        query.offset = 0;
        page = store.list(query);
        QCOMPARE(page.value().rows.first().first().toString(), QStringLiteral("Gemeinde 09999"));
    }

    void readOnlyRegisterRefusesWrites()
    {
        OpenOptions options;
        options.access = AccessMode::ReadOnly;
        QTemporaryDir dir;
        auto db = Database::open(createRegister(dir.path()), options);
        QVERIFY(db);
        OrganizationStore store(*db.value());
        Organization o = suresnes();
        auto saved = store.save(o);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code(), ErrorCode::ReadOnly);
    }
};

QTEST_GUILESS_MAIN(TestOrganizationStore)
#include "tst_organizationstore.moc"
