// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupmanager.h"
#include "checkconstraints.h"
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
            // A step is a script of statements, or code, or both.
            if (steps.at(i).scriptPath.isEmpty()) {
                QVERIFY(steps.at(i).code);
                continue;
            }
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
        // An upgraded file is rewritten with the current page size (it had SQLite's default of 4 KiB).
        if (from < Migrations::latestVersion())
            QCOMPARE(Sql::scalar(db.value()->connection(), QStringLiteral("PRAGMA page_size")).value().toInt(), 32768);
        // The audit trail's CHECK refuses and accepts what it did at every version.
        const QString audit = QStringLiteral("INSERT INTO audit_log (changed_at, actor, action, record_kind, record_id) "
                                             "VALUES ('2026-12-04T10:00:00Z', 'test', ?, 'theme', 1)");
        QVERIFY(!Sql::run(db.value()->connection(), audit, {QStringLiteral("bogus")}));
        QVERIFY(!Sql::run(db.value()->connection(), audit, {QStringLiteral("Erase")}));
        QVERIFY(Sql::run(db.value()->connection(), audit, {QStringLiteral("erase")}));
        const QList<BackupInfo> backups = BackupManager(path).list();
        if (from < Migrations::latestVersion()) {
            // A backup of the old version was taken before upgrading.
            QVERIFY(!backups.isEmpty());
            QVERIFY(backups.last().reason.startsWith(QStringLiteral("before-upgrade")));
            QCOMPARE(rawScalar(backups.last().filePath, QStringLiteral("PRAGMA user_version")).toInt(), from);
        }
    }

    void checkConstraintsAreWrittenOut_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("strings") << QStringLiteral("CREATE TABLE t (a TEXT CHECK (a IN ('x', 'y', 'z')))")
                                 << QStringLiteral("CREATE TABLE t (a TEXT CHECK ((a = 'x' OR a = 'y' OR a = 'z')))");
        QTest::newRow("quotes, commas and parentheses inside")
            << QStringLiteral("CREATE TABLE t (a TEXT CHECK (a in ('it''s', 'a, b', '(c)')))")
            << QStringLiteral("CREATE TABLE t (a TEXT CHECK ((a = 'it''s' OR a = 'a, b' OR a = '(c)')))");
        QTest::newRow("over lines") << QStringLiteral("CHECK (kind IN ('a',\n    'b'))\n, CHECK (done IN (0, 1, -1))")
                                    << QStringLiteral("CHECK ((kind = 'a' OR kind = 'b'))\n, CHECK ((done = 0 OR done = 1 OR done = -1))");
        QTest::newRow("a subquery stays") << QStringLiteral("CHECK (a IN (SELECT b FROM c))")
                                          << QStringLiteral("CHECK (a IN (SELECT b FROM c))");
        QTest::newRow("no list") << QStringLiteral("CREATE TABLE t (inside TEXT, a INTEGER CHECK (a >= 0))")
                                 << QStringLiteral("CREATE TABLE t (inside TEXT, a INTEGER CHECK (a >= 0))");
    }

    void checkConstraintsAreWrittenOut()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        QCOMPARE(CheckConstraints::withoutInLists(sql), expected);
    }

    void aNewRegisterHasNoInListsAndLargePages()
    {
        QTemporaryDir dir;
        auto db = Database::create(dir.filePath(QStringLiteral("new.saradnja")));
        QVERIFY2(db, qPrintable(db.error().toLogString()));
        QCOMPARE(Sql::scalar(db.value()->connection(), QStringLiteral("PRAGMA page_size")).value().toInt(), 32768);
        auto tables = Sql::run(db.value()->connection(),
                               QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql IS NOT NULL"));
        QVERIFY(tables);
        int checked = 0;
        while (tables.value().next()) {
            const QString sql = tables.value().value(1).toString();
            QVERIFY2(CheckConstraints::withoutInLists(sql) == sql, qPrintable(tables.value().value(0).toString()));
            checked += sql.contains(QLatin1String("CHECK")) ? 1 : 0;
        }
        QVERIFY(checked >= 10);
        // The written-out constraints still refuse.
        const QString visit = QStringLiteral("INSERT INTO visits (title, direction, kind, start_date, created_at, updated_at) "
                                             "VALUES ('Posjet', ?, ?, '2026-12-04', '2026-12-04', '2026-12-04')");
        QVERIFY(!Sql::run(db.value()->connection(), visit, {QStringLiteral("sideways"), QStringLiteral("meeting")}));
        QVERIFY(!Sql::run(db.value()->connection(), visit, {QStringLiteral("incoming"), QStringLiteral("picnic")}));
        QVERIFY(!Sql::run(db.value()->connection(), visit, {QVariant(), QStringLiteral("meeting")}));
        QVERIFY(Sql::run(db.value()->connection(), visit, {QStringLiteral("incoming"), QStringLiteral("meeting")}));
        QVERIFY(db.value()->integrityCheck());
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
