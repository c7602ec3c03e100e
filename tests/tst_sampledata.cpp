// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionplanstore.h"
#include "agreementstore.h"
#include "database.h"
#include "organizationstore.h"
#include "partnershipstore.h"
#include "referencedata.h"
#include "sampledata.h"
#include "searchindex.h"
#include "sqlsupport.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestSampleData : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QVariant scalar(const QString &sql, const QVariantList &values = {}) const
    {
        return Sql::scalar(m_db->connection(), sql, values).valueOr({});
    }

    qint64 partnershipTitled(const QString &title) const
    {
        return scalar(QStringLiteral("SELECT id FROM partnerships WHERE title = ?"), {title}).toLongLong();
    }

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        auto db = Database::create(m_dir.filePath(QStringLiteral("sample.db")), [](Database &created) {
            Status loaded = ReferenceData::load(created);
            return loaded ? SampleData::load(created) : loaded;
        });
        QVERIFY2(db, qPrintable(db.error().toLogString()));
        m_db = db.take();
    }

    void agreementsWithAssociationsOfTheSeeds()
    {
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM agreements")).toInt(), 4);
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(substr(signed_on, 1, 4), ',') FROM "
                                       "(SELECT signed_on FROM agreements ORDER BY signed_on)")).toString(),
                 QStringLiteral("2007,2007,2007,2008"));
        for (const char *country : {"ME", "MK", "SI", "IL"}) {
            const int n = scalar(QStringLiteral("SELECT count(*) FROM agreement_parties ap JOIN organizations o "
                                                "ON o.id = ap.organization_id WHERE o.country = ?"),
                                 {QLatin1String(country)}).toInt();
            QVERIFY2(n == 1, country);
        }
        // SKGO is a party to every one of them.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM agreement_parties ap JOIN organizations o "
                                       "ON o.id = ap.organization_id WHERE o.reference_key = 'skgo'")).toInt(), 4);
        // Foreign names stay in their own script; the Serbian name is data.
        auto zels = OrganizationStore(*m_db).get(
            scalar(QStringLiteral("SELECT id FROM organizations WHERE acronym = 'ZELS'")).toLongLong());
        QVERIFY(zels);
        QVERIFY(zels.value().name.startsWith(QStringLiteral("Заедница")));
        QCOMPARE(zels.value().displayName(Language::SerbianLatin), QStringLiteral("Zajednica jedinica lokalnih samouprava Makedonije"));
        QCOMPARE(zels.value().displayName(Language::English).left(11), QStringLiteral("Association"));
    }

    void cooperationWithTenMoreCountries()
    {
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT o.country) FROM partnerships p JOIN partnership_parties pp "
                                       "ON pp.partnership_id = p.id JOIN organizations o ON o.id = pp.organization_id "
                                       "WHERE p.kind = 'association' AND o.country <> 'RS'")).toInt(),
                 14);
    }

    void twinningsWithFrance()
    {
        const qint64 ks = partnershipTitled(QStringLiteral("Kragujevac – Suresnes"));
        const qint64 mn = partnershipTitled(QStringLiteral("Sremska Mitrovica – Nevers"));
        QVERIFY(ks > 0 && mn > 0);
        auto mitrovicaNevers = PartnershipStore(*m_db).get(mn);
        QVERIFY(mitrovicaNevers);
        QCOMPARE(mitrovicaNevers.value().status, QStringLiteral("active"));
        QStringList history;
        for (const StatusChange &change : mitrovicaNevers.value().statusHistory)
            history << change.status;
        QCOMPARE(history, (QStringList{QStringLiteral("dormant"), QStringLiteral("active")})); // reactivated
        // The exonyms of the seeds are Serbian names of the French towns.
        OrganizationStore organizations(*m_db);
        auto nevers = organizations.get(*organizations.findByName(QStringLiteral("Ville de Nevers"), QStringLiteral("FR")).value());
        QCOMPARE(nevers.value().nameSr, QStringLiteral("Never"));
        QCOMPARE(nevers.value().displayName(Language::SerbianCyrillic), QStringLiteral("Невер"));
        QCOMPARE(nevers.value().displayName(Language::English), QStringLiteral("Nevers"));
        // Search finds the partnership by either name, in either script.
        for (const QString &query : {QStringLiteral("suresnes"), QStringLiteral("сирена"), QStringLiteral("KRAGUJEVAC")}) {
            auto hits = SearchIndex::search(m_db->connection(), query, 50, RecordKind::Partnership);
            QVERIFY(hits);
            QVERIFY2(std::any_of(hits.value().cbegin(), hits.value().cend(), [&](const SearchHit &h) { return h.id == ks; }),
                     qPrintable(query));
        }
    }

    void actionPlanWithSixThemes()
    {
        const qint64 plan = scalar(QStringLiteral("SELECT id FROM action_plans WHERE year = 2020")).toLongLong();
        auto loaded = ActionPlanStore(*m_db).get(plan);
        QVERIFY(loaded);
        QCOMPARE(loaded.value().priorityThemeIds.size(), 6);
        QCOMPARE(loaded.value().activities.size(), 6);
        QCOMPARE(scalar(QStringLiteral("SELECT kind FROM organizations WHERE id = ?"), {loaded.value().partnerId}).toString(),
                 QStringLiteral("embassy"));
        const QStringList keys = scalar(QStringLiteral("SELECT group_concat(t.key, ',') FROM plan_priorities pp JOIN themes t "
                                                       "ON t.id = pp.theme_id WHERE pp.plan_id = ?"), {plan})
                                     .toString()
                                     .split(QLatin1Char(','));
        for (const char *key : {"gender_equality", "rule_of_law", "youth", "local_economic_development", "environment", "urban_planning"})
            QVERIFY2(keys.contains(QLatin1String(key)), key);
    }

    void membershipsInCemrAndNalas()
    {
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(o.reference_key, ',') FROM memberships m JOIN organizations o "
                                       "ON o.id = m.organization_id")).toString(),
                 QStringLiteral("io:cemr,io:nalas"));
    }

    void inventedRecordsSaySo()
    {
        const QString note = SampleData::exampleNote();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM people WHERE notes <> ?"), {note}).toInt(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM visits WHERE notes <> ?"), {note}).toInt(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM plan_activities WHERE indicator <> ?"), {note}).toInt(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tasks WHERE notes <> ?"), {note}).toInt(), 0);
    }

    void theRegisterIsSound()
    {
        QVERIFY(m_db->integrityCheck());
    }
};

QTEST_GUILESS_MAIN(TestSampleData)
#include "tst_sampledata.moc"
