// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupmanager.h"
#include "database.h"
#include "migrations.h"
#include "sqlsupport.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    // A file at an older schema version, built by running the chain up to it.
    static void buildAtVersion(const QString &path, int version, const QList<Migration> &steps = Migrations::all())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        const Status upgraded = Migrations::upgrade(db, version, steps);
        QVERIFY2(upgraded, qPrintable(upgraded.error().toLogString()));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
    }

private slots:
    void initTestCase() { isolateEnvironment(); }

    void chainIsContiguousAndComplete()
    {
        const QList<Migration> &steps = Migrations::all();
        QVERIFY(!steps.isEmpty());
        for (int i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps.at(i).version, i + 1);
            QVERIFY2(QFile::exists(steps.at(i).scriptPath), qPrintable(steps.at(i).scriptPath));
            QVERIFY(!Migrations::splitStatements(QString::fromUtf8([&] {
                         QFile f(steps.at(i).scriptPath);
                         f.open(QIODevice::ReadOnly);
                         return f.readAll();
                     }())).isEmpty());
        }
        QCOMPARE(Migrations::latestVersion(), steps.size());
    }

    void upgradesFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int version = 1; version <= Migrations::latestVersion(); ++version)
            QTest::addRow("v%d", version) << version;
    }

    void upgradesFromEveryOlderVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        buildAtVersion(path, from);
        // Data every version has: a theme in Cyrillic.
        rawExec(path, {QStringLiteral("INSERT INTO themes (key, name_en, name_sr_latn, name_sr_cyrl) "
                                      "VALUES ('youth', 'Youth', 'Mladi', 'Млади')")});
        QCOMPARE(rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), from);

        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error().toLogString()));
        QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
        QVERIFY(db.value()->integrityCheck());
        QCOMPARE(Sql::scalar(db.value()->connection(), QStringLiteral("SELECT name_sr_cyrl FROM themes WHERE key = 'youth'"))
                     .value().toString(),
                 QStringLiteral("Млади"));
        const QList<BackupInfo> backups = BackupManager(path).list();
        if (from < Migrations::latestVersion()) {
            // A backup of the old version was taken before upgrading.
            QVERIFY(!backups.isEmpty());
            QVERIFY(backups.last().reason.startsWith(QStringLiteral("before-upgrade")));
            QCOMPARE(rawScalar(backups.last().filePath, QStringLiteral("PRAGMA user_version")).toInt(), from);
        }
    }

    void failingStepRollsBackToThePreviousVersion()
    {
        QTemporaryDir dir;
        const QString broken = dir.filePath(QStringLiteral("broken.sql"));
        QFile script(broken);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);\n");
        script.close();
        QList<Migration> steps = Migrations::all();
        const int next = Migrations::latestVersion() + 1;
        steps.append({next, broken});

        const QString path = dir.filePath(QStringLiteral("register.db"));
        buildAtVersion(path, Migrations::latestVersion());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("broken"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        const Status upgraded = Migrations::upgrade(db, next, steps);
        QVERIFY(!upgraded);
        QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA user_version")).value().toInt(), Migrations::latestVersion());
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")).value().toInt(), 0);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("broken"));
    }

    void readOnlyOlderFileIsNotUpgraded()
    {
        if (Migrations::latestVersion() < 2)
            QSKIP("needs a schema with at least two versions");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        buildAtVersion(path, Migrations::latestVersion() - 1);
        const QByteArray before = sha256(path);
        OpenOptions options;
        options.access = AccessMode::ReadOnly;
        auto db = Database::open(path, options);
        QVERIFY(!db);
        QCOMPARE(db.error().code(), ErrorCode::ReadOnly);
        QCOMPARE(sha256(path), before);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
