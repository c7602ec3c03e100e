// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "duplicatefinder.h"
#include "organizationstore.h"
#include "searchindex.h"
#include "sortkey.h"
#include "testsupport.h"
#include "writetransaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestSearchIndex : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QList<SearchHit> search(const QString &query, int limit = 20) const
    {
        auto hits = SearchIndex::search(m_db->connection(), query, limit);
        if (!hits)
            qWarning("%s", qPrintable(hits.error().toLogString()));
        return hits.valueOr({});
    }

    bool finds(const QString &query, const QString &title) const
    {
        const QList<SearchHit> hits = search(query);
        return std::any_of(hits.cbegin(), hits.cend(), [&](const SearchHit &h) { return h.title == title; });
    }

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        auto db = Database::open(createRegister(m_dir.path()));
        QVERIFY(db);
        m_db = db.take();
        WriteTransaction tx(m_db->connection());
        QVERIFY(SearchIndex::update(m_db->connection(), RecordKind::Person, 1, QStringLiteral("Đorđe Petrović"),
                                    {QStringLiteral("Đorđe Petrović")}, {}));
        QVERIFY(SearchIndex::update(m_db->connection(), RecordKind::Person, 2, QStringLiteral("Djordje Literal"),
                                    {QStringLiteral("Djordje Literal")}, {}));
        QVERIFY(SearchIndex::update(m_db->connection(), RecordKind::Organization, 99001, QStringLiteral("Љубљана"),
                                    {QStringLiteral("Љубљана")}, {}));
        QVERIFY(tx.commit());
    }

    void findsWhateverTheScriptAndDiacritics_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("title");
        QTest::addRow("ascii") << "cacak" << "Čačak";
        QTest::addRow("latin") << "Čačak" << "Čačak";
        QTest::addRow("cyrillic caps") << "ЧАЧАК" << "Čačak";
        QTest::addRow("prefix") << "čač" << "Čačak";
        QTest::addRow("cyrillic prefix") << "крагу" << "Kragujevac";
        QTest::addRow("ljubljana") << "ljubljana" << "Љубљана";
        QTest::addRow("dj for đ") << "djordje" << "Đorđe Petrović";
        QTest::addRow("d for đ") << "dorde" << "Đorđe Petrović";
        QTest::addRow("đ itself") << "Đorđe" << "Đorđe Petrović";
        QTest::addRow("cyrillic đ") << "ђорђе" << "Đorđe Petrović";
        QTest::addRow("two words") << "sremska mitr" << "Sremska Mitrovica";
        QTest::addRow("digraph caps") << "LJIG" << "Ljig";
        QTest::addRow("acronym") << "nalas" << "Network of Associations of Local Authorities of South-East Europe";
        QTest::addRow("serbian name of an io") << "savet evropskih" << "Council of European Municipalities and Regions";
    }

    void findsWhateverTheScriptAndDiacritics()
    {
        QFETCH(QString, query);
        QFETCH(QString, title);
        QVERIFY2(finds(query, title), qPrintable(query));
    }

    void titleOfARecord()
    {
        QCOMPARE(SearchIndex::title(m_db->connection(), RecordKind::Person, 1).value(), QStringLiteral("Đorđe Petrović"));
        QCOMPARE(SearchIndex::title(m_db->connection(), RecordKind::Organization, 99001).value(), QStringLiteral("Љубљана"));
        // Another kind with the same id, and an id with no entry: empty.
        QVERIFY(SearchIndex::title(m_db->connection(), RecordKind::Task, 1).value().isEmpty());
        QVERIFY(SearchIndex::title(m_db->connection(), RecordKind::Person, 987654).value().isEmpty());
    }

    void literalDjIsNotDj()
    {
        QVERIFY(finds(QStringLiteral("djordje"), QStringLiteral("Djordje Literal")));
        QVERIFY(!finds(QStringLiteral("dorde"), QStringLiteral("Djordje Literal")));
    }

    void bestFirst()
    {
        // The city itself ranks above records that only mention it.
        const QList<SearchHit> hits = search(QStringLiteral("beograd"));
        QVERIFY(hits.size() > 5);
        QCOMPARE(hits.first().title, QStringLiteral("Beograd"));
        QCOMPARE(search(QStringLiteral("niš")).first().title, QStringLiteral("Niš"));
    }

    void nothingForEmptyOrHostileQueries()
    {
        QVERIFY(search(QString()).isEmpty());
        QVERIFY(search(QStringLiteral("  -*\" ")).isEmpty());
        // FTS syntax in user text is data, not query syntax.
        QVERIFY(search(QStringLiteral("cacak OR NEAR(\"x\")")).isEmpty());
        QVERIFY(search(QStringLiteral("'; DROP TABLE organizations; --")).isEmpty());
        QVERIFY(finds(QStringLiteral("cacak"), QStringLiteral("Čačak")));
    }

    void limitIsHonoured()
    {
        QCOMPARE(search(QStringLiteral("b"), 3).size(), 3);
    }

    void sortKeysFollowTheSerbianAlphabet()
    {
        const QStringList alphabet = {QStringLiteral("Cvijić"), QStringLiteral("Čačak"), QStringLiteral("Ćuprija"),
                                      QStringLiteral("Drina"), QStringLiteral("Džep"), QStringLiteral("Đurđevo"),
                                      QStringLiteral("Lužnice"), QStringLiteral("Ljig"), QStringLiteral("Nova Varoš"),
                                      QStringLiteral("Njegoš"), QStringLiteral("Sombor"), QStringLiteral("Šabac"),
                                      QStringLiteral("Zrenjanin"), QStringLiteral("Žabalj")};
        for (int i = 1; i < alphabet.size(); ++i)
            QVERIFY2(SortKey::of(alphabet.at(i - 1)) < SortKey::of(alphabet.at(i)),
                     qPrintable(alphabet.at(i - 1) + QStringLiteral(" < ") + alphabet.at(i)));
        QCOMPARE(SortKey::of(QStringLiteral("Чачак")), SortKey::of(QStringLiteral("Čačak")));
        QCOMPARE(SortKey::of(QStringLiteral("ЉИГ")), SortKey::of(QStringLiteral("Ljig")));
        QCOMPARE(SortKey::of(QStringLiteral("Zürich")), SortKey::of(QStringLiteral("zurich")));
    }

    void duplicateOrganizationsAcrossScripts()
    {
        QTemporaryDir dir;
        auto db = Database::open(createRegister(dir.path()));
        QVERIFY(db);
        OrganizationStore store(*db.value());
        for (const QString &name : {QStringLiteral("Opština Ćićevac"), QStringLiteral("Општина Ћићевац"), QStringLiteral("Opstina Cicevac")}) {
            Organization o;
            o.kind = QStringLiteral("other");
            o.name = name;
            o.country = QStringLiteral("RS");
            QVERIFY(store.save(o));
        }
        Organization elsewhere;
        elsewhere.kind = QStringLiteral("other");
        elsewhere.name = QStringLiteral("Opština Ćićevac");
        elsewhere.country = QStringLiteral("ME");
        QVERIFY(store.save(elsewhere));

        auto pairs = DuplicateFinder::organizations(*db.value());
        QVERIFY(pairs);
        const qint64 reference = *store.findByName(QStringLiteral("Ćićevac"), QStringLiteral("RS")).value();
        // The three new ones and the reference municipality: 4 records, 6 pairs; none with Montenegro.
        QCOMPARE(pairs.value().size(), 6);
        for (const DuplicatePair &pair : pairs.value()) {
            QVERIFY(pair.firstId != elsewhere.id && pair.secondId != elsewhere.id);
            QVERIFY(pair.firstId < pair.secondId);
        }
        QVERIFY(std::any_of(pairs.value().cbegin(), pairs.value().cend(),
                            [&](const DuplicatePair &p) { return p.firstId == reference; }));
        QCOMPARE(DuplicateFinder::nameKey(QStringLiteral("City of Bristol")), QStringLiteral("bristol"));
        QCOMPARE(DuplicateFinder::nameKey(QStringLiteral("Grad")), QStringLiteral("grad"));
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
