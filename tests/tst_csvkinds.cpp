// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimport.h"
#include "csvsource.h"
#include "database.h"
#include "partnershipstore.h"
#include "referencedata.h"
#include "sampledata.h"
#include "sqlsupport.h"
#include "testsupport.h"
#include "visitstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestCsvKinds : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static std::unique_ptr<Database> sampleRegister(const QString &path)
    {
        auto db = Database::create(path, [](Database &created) {
            Status loaded = ReferenceData::load(created);
            return loaded ? SampleData::load(created) : loaded;
        });
        if (!db)
            qFatal("%s", qPrintable(db.error().toLogString()));
        return db.take();
    }

    static ImportSummary import(Database &db, const QString &kind, const QString &csv, const ImportOptions &options = {})
    {
        auto content = CsvSource::decode(csv.toUtf8());
        auto summary = CsvImport::run(db, kind, content.value(), options);
        if (!summary)
            qFatal("%s", qPrintable(summary.error().toLogString()));
        return summary.value();
    }

    static qint64 count(const Database &db, const QString &table)
    {
        return Sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM ") + table).value().toLongLong();
    }

private slots:
    void initTestCase() { isolateEnvironment(); }

    void everyKindRoundTrips_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("table");
        QTest::addRow("organizations") << "organizations" << "organizations";
        QTest::addRow("people") << "people" << "people";
        QTest::addRow("partnerships") << "partnerships" << "partnerships";
        QTest::addRow("visits") << "visits" << "visits";
    }

    void everyKindRoundTrips()
    {
        QFETCH(QString, kind);
        QFETCH(QString, table);
        QTemporaryDir dir;
        auto source = sampleRegister(dir.filePath(QStringLiteral("source.db")));
        const QString file = dir.filePath(kind + QStringLiteral(".csv"));
        QVERIFY(CsvImport::exportTo(*source, kind, file));

        // Re-importing into the same register: everything is a duplicate, nothing changes.
        auto again = CsvImport::run(*source, kind, CsvSource::read(file).value(), {});
        QVERIFY(again);
        QVERIFY2(again.value().problems.isEmpty(), qPrintable(again.value().problems.value(0).toString()));
        QCOMPARE(again.value().added, 0);
        QCOMPARE(again.value().duplicates, int(count(*source, table)));

        // Into a register with the sample's organisations and people: every row comes back.
        std::unique_ptr<Database> target;
        if (kind == QLatin1String("organizations")) {
            // The sample's records refer to its organisations: start from a register without the sample.
            target = Database::open(createRegister(dir.path(), QStringLiteral("plain.db"))).take();
        } else {
            target = sampleRegister(dir.filePath(QStringLiteral("target.db")));
            const QString searchKind = kind == QLatin1String("people") ? QStringLiteral("person") : kind.chopped(1);
            QVERIFY(Sql::run(target->connection(), QStringLiteral("DELETE FROM ") + table));
            QVERIFY(Sql::run(target->connection(), QStringLiteral("DELETE FROM search_index WHERE kind = ?"), {searchKind}));
        }
        auto imported = CsvImport::run(*target, kind, CsvSource::read(file).value(), {});
        QVERIFY(imported);
        QVERIFY2(imported.value().problems.isEmpty(), qPrintable(imported.value().problems.value(0).toString()));
        QCOMPARE(count(*target, table), count(*source, table));
        // And exported again, the same file.
        const QString second = dir.filePath(kind + QStringLiteral("-2.csv"));
        QVERIFY(CsvImport::exportTo(*target, kind, second));
        QFile a(file);
        QFile b(second);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());
    }

    void partnershipsNameTheirParties()
    {
        QTemporaryDir dir;
        auto db = Database::open(createRegister(dir.path()));
        QVERIFY(db);
        const ImportSummary ok = import(*db.value(), QStringLiteral("partnerships"),
                                        QStringLiteral("title;kind;status;parties;started_on;themes\n"
                                                       "Palilula – Čačak;twinning;active;Palilula (Niš)|ЧАЧАК;5.4.2019.;kultura i umetnost|Youth\n"));
        QVERIFY2(ok.problems.isEmpty(), qPrintable(ok.problems.value(0).toString()));
        QCOMPARE(ok.added, 1);
        auto p = PartnershipStore(*db.value()).get(
            Sql::scalar(db.value()->connection(), QStringLiteral("SELECT id FROM partnerships")).value().toLongLong());
        QCOMPARE(p.value().parties.size(), 2);
        QCOMPARE(p.value().startedOn, QDate(2019, 4, 5));
        QCOMPARE(p.value().themeIds.size(), 2);

        const ImportSummary bad = import(*db.value(), QStringLiteral("partnerships"),
                                         QStringLiteral("title,kind,status,parties\n"
                                                        "A,twinning,active,Palilula|Čačak\n"
                                                        "B,twinning,active,Čačak\n"
                                                        "C,twinning,sleeping,Čačak|Nowhere Town\n"));
        QStringList messages;
        for (const ImportProblem &problem : bad.problems)
            messages << problem.toString();
        QCOMPARE(messages.size(), 4);
        QVERIFY2(messages.at(0).startsWith(QStringLiteral("line 2, column 4: ")) && messages.at(0).contains(QStringLiteral("Palilula (Niš)")),
                 qPrintable(messages.at(0)));
        QVERIFY(messages.at(1).startsWith(QStringLiteral("line 3, column 4: ")));
        QVERIFY(messages.at(2).startsWith(QStringLiteral("line 4, column 3: ")));
        QVERIFY(messages.at(3).startsWith(QStringLiteral("line 4, column 4: ")));
        QCOMPARE(count(*db.value(), QStringLiteral("partnerships")), 1);
    }

    void visitsAddUnknownParticipants()
    {
        QTemporaryDir dir;
        auto db = Database::open(createRegister(dir.path()));
        QVERIFY(db);
        const QString csv = QStringLiteral("title,direction,kind,start_date,end_date,city,country,host,guests,participants\n"
                                           "Studijska poseta,outgoing,study_visit,2026-03-02,2026-03-04,Ljubljana,Slovenija,,Čačak|Kraljevo,"
                                           "Ana Anić|Борис Борић\n"
                                           "Povratna poseta,incoming,,2026-09-10,,Čačak,RS,Čačak,,Boris Borić\n");
        const ImportSummary summary = import(*db.value(), QStringLiteral("visits"), csv);
        QVERIFY2(summary.problems.isEmpty(), qPrintable(summary.problems.value(0).toString()));
        QCOMPARE(summary.added, 2);
        QCOMPARE(count(*db.value(), QStringLiteral("people")), 2); // Boris once, whatever the script
        QCOMPARE(count(*db.value(), QStringLiteral("visit_participants")), 3);

        const ImportSummary bad = import(*db.value(), QStringLiteral("visits"),
                                         QStringLiteral("title,direction,start_date,end_date\nX,incoming,2026-05-02,2026-05-01\n"));
        QCOMPARE(bad.problems.size(), 1);
        QVERIFY2(bad.problems.first().toString().startsWith(QStringLiteral("line 2, column 4: ")), qPrintable(bad.problems.first().toString()));
        QCOMPARE(count(*db.value(), QStringLiteral("visits")), 2);
    }
};

QTEST_GUILESS_MAIN(TestCsvKinds)
#include "tst_csvkinds.moc"
