// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "migrations.h"
#include "sqlsupport.h"
#include "storagepaths.h"
#include "testsupport.h"
#include "writetransaction.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace TestSupport;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QString newRegister(const QTemporaryDir &dir, const QString &name = QStringLiteral("register.db"))
    {
        const QString path = dir.filePath(name);
        auto db = Database::create(path);
        if (!db)
            qFatal("create failed: %s", qPrintable(db.error().toLogString()));
        return path;
    }

    void expectUntouched(const QString &path, ErrorCode expected, AccessMode access = AccessMode::ReadWrite)
    {
        const QByteArray before = sha256(path);
        OpenOptions options;
        options.access = access;
        auto db = Database::open(path, options);
        QVERIFY(!db);
        QCOMPARE(Error::codeName(db.error().code()), Error::codeName(expected));
        QVERIFY(!db.error().message().isEmpty());
        QCOMPARE(sha256(path), before);
        QVERIFY(!QFile::exists(StoragePaths::journalPath(path)));
        QVERIFY(!QFile::exists(StoragePaths::lockFilePath(path)));
    }

private slots:
    void initTestCase() { isolateEnvironment(); }

    void createOpenReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("register.db"));
        {
            auto db = Database::create(path);
            QVERIFY2(db, qPrintable(db.error().toLogString()));
            QCOMPARE(db.value()->schemaVersion(), Migrations::latestVersion());
            QVERIFY(!db.value()->isReadOnly());
            QVERIFY(QFile::exists(StoragePaths::lockFilePath(path)));
            const QSqlDatabase c = db.value()->connection();
            QCOMPARE(Sql::scalar(c, QStringLiteral("PRAGMA foreign_keys")).value().toInt(), 1);
            QCOMPARE(Sql::scalar(c, QStringLiteral("PRAGMA synchronous")).value().toInt(), 2); // FULL
            QCOMPARE(Sql::scalar(c, QStringLiteral("PRAGMA journal_mode")).value().toString(), QStringLiteral("delete"));
            QCOMPARE(Sql::scalar(c, QStringLiteral("PRAGMA secure_delete")).value().toInt(), 1);
            QCOMPARE(Sql::scalar(c, QStringLiteral("PRAGMA application_id")).value().toInt(), Migrations::applicationId);
            WriteTransaction tx(c);
            QVERIFY(tx.isActive());
            QVERIFY(Sql::run(c, QStringLiteral("INSERT INTO themes (key, name_en, name_sr_latn, name_sr_cyrl) VALUES (?, ?, ?, ?)"),
                             {QStringLiteral("k"), QStringLiteral("Culture"), QStringLiteral("Kultura"), QStringLiteral("Култура")}));
            QVERIFY(tx.commit());
        }
        QVERIFY(!QFile::exists(StoragePaths::lockFilePath(path)));
        auto reopened = Database::open(path);
        QVERIFY2(reopened, qPrintable(reopened.error().toLogString()));
        QCOMPARE(Sql::scalar(reopened.value()->connection(), QStringLiteral("SELECT name_sr_cyrl FROM themes WHERE key = ?"),
                             {QStringLiteral("k")}).value().toString(),
                 QStringLiteral("Култура"));
        QVERIFY(reopened.value()->integrityCheck());
    }

    void createRefusesExistingFile()
    {
        QTemporaryDir dir;
        const QString path = newRegister(dir);
        const QByteArray before = sha256(path);
        auto again = Database::create(path);
        QVERIFY(!again);
        QCOMPARE(again.error().code(), ErrorCode::FileExists);
        QCOMPARE(sha256(path), before);
    }

    void createLeavesNothingOnFailure()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("register.db"));
        auto db = Database::create(path, [](Database &) { return Status(Error(ErrorCode::Invalid, QStringLiteral("no"))); });
        QVERIFY(!db);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void uncommittedTransactionRollsBack()
    {
        QTemporaryDir dir;
        auto db = Database::open(newRegister(dir));
        QVERIFY(db);
        const QSqlDatabase c = db.value()->connection();
        {
            WriteTransaction tx(c);
            QVERIFY(Sql::run(c, QStringLiteral("INSERT INTO themes (key, name_en, name_sr_latn, name_sr_cyrl) VALUES ('x', 'x', 'x', 'x')")));
        }
        QCOMPARE(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM themes")).value().toInt(), 0);
    }

    void randomBytesAreNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("random.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes(4096, Qt::Uninitialized);
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919 + 13) % 251);
        file.write(bytes);
        file.close();
        expectUntouched(path, ErrorCode::NotADatabase);
    }

    void textFileIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Kragujevac – Suresnes\n");
        file.close();
        expectUntouched(path, ErrorCode::NotADatabase);
    }

    void emptyFileIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        expectUntouched(path, ErrorCode::NotADatabase);
    }

    void foreignSqliteFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("places.sqlite"));
        rawExec(path, {QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")});
        expectUntouched(path, ErrorCode::NotADatabase);
    }

    void damagedDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = newRegister(dir);
        rawExec(path, {QStringLiteral("CREATE TABLE filler (x TEXT)"),
                       QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                                      "INSERT INTO filler SELECT printf('%0500d', i) FROM n")});
        // Overwrite pages in the middle of the file with garbage.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 64 * 1024);
        for (qint64 offset = 8192; offset < size; offset += 4096 * 7) {
            file.seek(offset);
            file.write(QByteArray(600, '\xA5'));
        }
        file.close();
        expectUntouched(path, ErrorCode::Damaged);
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = newRegister(dir);
        rawExec(path, {QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)});
        expectUntouched(path, ErrorCode::NewerSchema);
        expectUntouched(path, ErrorCode::NewerSchema, AccessMode::ReadOnly);
    }

    void missingFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/register.db"));
        auto opened = Database::open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code(), ErrorCode::MissingFolder);
        auto created = Database::create(path);
        QVERIFY(!created);
        QCOMPARE(created.error().code(), ErrorCode::MissingFolder);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("no"))));
    }

    void missingFile()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.filePath(QStringLiteral("absent.db")));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code(), ErrorCode::NotFound);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("absent.db"))));
    }

    void sameFileTwiceInOneProcessIsRefused()
    {
        QTemporaryDir dir;
        const QString path = newRegister(dir);
        auto first = Database::open(path);
        QVERIFY(first);
        auto second = Database::open(path);
        QVERIFY(!second);
        QCOMPARE(second.error().code(), ErrorCode::Locked);
    }

    // A reader for work on another thread: it sees what the writer committed,
    // refuses writes, takes no lock and leaves the writer's registration alone.
    void readerOnAnotherThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("reader.db"));
        auto writer = Database::create(path);
        QVERIFY(writer);
        QVERIFY(Sql::run(writer.value()->connection(), QStringLiteral("CREATE TABLE notes (text TEXT)")));
        QVERIFY(Sql::run(writer.value()->connection(), QStringLiteral("INSERT INTO notes VALUES ('prva')")));
        QString seen;
        bool writeRefused = false;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            auto reader = Database::openReader(path);
            if (!reader)
                return;
            seen = Sql::scalar(reader.value()->connection(), QStringLiteral("SELECT text FROM notes")).value().toString();
            writeRefused = !Sql::run(reader.value()->connection(), QStringLiteral("INSERT INTO notes VALUES ('druga')"));
            // A backup can be made from it.
            writeRefused = writeRefused && reader.value()->copyTo(path + QStringLiteral(".copy"));
        }));
        thread->start();
        QVERIFY(thread->wait(20000));
        QCOMPARE(seen, QStringLiteral("prva"));
        QVERIFY(writeRefused);
        QVERIFY(Database::verifyFile(path + QStringLiteral(".copy")));
        QVERIFY(!writer.value()->isReadOnly());
        // The writer is still registered: the same file is not opened twice.
        QVERIFY(!Database::open(path));
        QVERIFY(!Database::openReader(dir.filePath(QStringLiteral("nothing.db"))));
    }

    // A reader opened while the writer is in the middle of a write must not
    // drop the writer's lock: closing any handle of the file releases every
    // POSIX lock this process holds on it, so the reader of a file open here
    // reads no header with a handle of its own.
    void readerLeavesTheWritersLockAlone()
    {
        QTemporaryDir dir;
        const QString path = newRegister(dir);
        auto writer = Database::open(path);
        QVERIFY(writer);
        WriteTransaction transaction(writer.value()->connection());
        QVERIFY(transaction.isActive());
        QVERIFY(Sql::run(writer.value()->connection(), QStringLiteral("UPDATE app_meta SET value = 'x' WHERE key = 'created_by_version'")));
        bool opened = false;
        std::unique_ptr<QThread> thread(QThread::create([&] { opened = bool(Database::openReader(path)); }));
        thread->start();
        QVERIFY(thread->wait(20000));
        QVERIFY(opened);
        // Another process still finds the file locked for writing.
        const ProcessResult other = run(QStringLiteral("sqlite3"),
                                        {path, QStringLiteral("PRAGMA busy_timeout = 0; BEGIN IMMEDIATE; SELECT 'got it';")});
        QVERIFY2(!other.out.contains(QStringLiteral("got it")), qPrintable(other.out));
        QVERIFY2(other.err.contains(QStringLiteral("locked")), qPrintable(other.err));
        transaction.rollback();
    }

    // The app shows a register first and checks it on another thread: until
    // the check has passed nothing can be written, then everything can.
    void checkLaterTakesNoChangeUntilTheCheckPasses()
    {
        QTemporaryDir dir;
        const QString path = newRegister(dir);
        OpenOptions options;
        options.checkLater = true;
        auto db = Database::open(path, options);
        QVERIFY(db);
        QVERIFY(db.value()->isCheckPending());
        QVERIFY(db.value()->isReadOnly());
        QCOMPARE(db.value()->readOnlyReason(), ReadOnlyReason::Checking);
        QVERIFY(db.value()->readOnlyMessage().contains(QStringLiteral("Checking")));
        const QString write = QStringLiteral("INSERT INTO app_meta (key, value) VALUES ('note', 'x')");
        QVERIFY(!Sql::run(db.value()->connection(), write));

        Status checked = Error(ErrorCode::Invalid, QStringLiteral("not run"));
        std::unique_ptr<QThread> thread(QThread::create([&] {
            auto reader = Database::openReader(path);
            checked = reader ? Database::quickCheck(*reader.value()) : Status(reader.error());
        }));
        thread->start();
        QVERIFY(thread->wait(20000));
        QVERIFY2(checked, qPrintable(checked.error().toLogString()));
        QVERIFY(db.value()->checkPassed());
        QVERIFY(!db.value()->isCheckPending());
        QVERIFY(!db.value()->isReadOnly());
        QVERIFY(db.value()->readOnlyMessage().isEmpty());
        QVERIFY(Sql::run(db.value()->connection(), write));
        // Still the register's usual settings.
        QCOMPARE(Sql::scalar(db.value()->connection(), QStringLiteral("PRAGMA synchronous")).value().toInt(), 2);
        QCOMPARE(Sql::scalar(db.value()->connection(), QStringLiteral("PRAGMA secure_delete")).value().toInt(), 1);
    }

    // A register read-only for another reason stays read-only after its check;
    // one that must be upgraded is checked before the upgrade, as always.
    void checkLaterKeepsOtherReasonsAndChecksBeforeAnUpgrade()
    {
        QTemporaryDir dir;
        const QString path = newRegister(dir);
        OpenOptions options;
        options.checkLater = true;
        options.access = AccessMode::ReadOnly;
        {
            auto db = Database::open(path, options);
            QVERIFY(db);
            QCOMPARE(db.value()->readOnlyReason(), ReadOnlyReason::Requested);
            QVERIFY(db.value()->checkPassed());
            QCOMPARE(db.value()->readOnlyReason(), ReadOnlyReason::Requested);
            QVERIFY(!Sql::run(db.value()->connection(), QStringLiteral("INSERT INTO app_meta (key, value) VALUES ('n', 'x')")));
        }
        rawExec(path, {QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() - 1)});
        options.access = AccessMode::ReadWrite;
        options.autoBackup = false;
        auto upgraded = Database::open(path, options);
        QVERIFY2(upgraded, qPrintable(upgraded.error().toLogString()));
        QVERIFY(!upgraded.value()->isCheckPending());
        QVERIFY(!upgraded.value()->isReadOnly());
        QCOMPARE(upgraded.value()->schemaVersion(), Migrations::latestVersion());
    }

    // What the app asks before opening, and the upgrade it then runs on another thread.
    void needsUpgradeTellsAnOlderRegisterAndUpgradeMakesItCurrent()
    {
        QTemporaryDir dir;
        const QString current = newRegister(dir);
        QVERIFY(!Database::needsUpgrade(current));
        const QString old = dir.filePath(QStringLiteral("old.saradnja"));
        QVERIFY(copyFixture(1, old));
        QVERIFY(Database::needsUpgrade(old));
        // Not for what open() judges itself: a register open here, a newer one, not a register, nothing.
        {
            auto held = Database::open(old, OpenOptions{AccessMode::ReadWrite, false, false, false});
            QVERIFY(held);
            QVERIFY(!Database::needsUpgrade(old));
        }
        const QString newer = newRegister(dir, QStringLiteral("newer.db"));
        rawExec(newer, {QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)});
        QVERIFY(!Database::needsUpgrade(newer));
        const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
        rawExec(foreign, {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("PRAGMA user_version = 1")});
        QVERIFY(!Database::needsUpgrade(foreign));
        QVERIFY(!Database::needsUpgrade(dir.filePath(QStringLiteral("missing.db"))));

        QVERIFY(!QFile::exists(StoragePaths::lockFilePath(old)));
        const Status upgraded = Database::upgrade(old);
        QVERIFY2(upgraded, qPrintable(upgraded.error().toLogString()));
        QVERIFY(!Database::needsUpgrade(old));
        QCOMPARE(rawScalar(old, QStringLiteral("PRAGMA user_version")).toInt(), Migrations::latestVersion());
        QVERIFY(!QFile::exists(StoragePaths::lockFilePath(old))); // closed again
        QVERIFY(!QFile::exists(StoragePaths::journalPath(old)));
    }

    // A damaged older register is refused by the check before its upgrade, unchanged.
    void upgradeChecksFirstAndLeavesADamagedRegisterAlone()
    {
        QTemporaryDir dir;
        const QString old = dir.filePath(QStringLiteral("old.saradnja"));
        QVERIFY(copyFixture(1, old));
        QVERIFY(damageTablePage(old, QStringLiteral("themes")));
        const QByteArray before = sha256(old);
        QVERIFY(Database::needsUpgrade(old));
        const Status upgraded = Database::upgrade(old);
        QVERIFY(!upgraded);
        QCOMPARE(Error::codeName(upgraded.error().code()), Error::codeName(ErrorCode::Damaged));
        QCOMPARE(sha256(old), before);
        QVERIFY(!QFile::exists(StoragePaths::journalPath(old)));
        QVERIFY(!QFile::exists(StoragePaths::lockFilePath(old)));
    }

    void secondWriterOpensReadOnly()
    {
        QTemporaryDir dir;
        const QString path = newRegister(dir);
        QProcess holder;
        holder.start(helperPath(), {QStringLiteral("hold"), path});
        QVERIFY(holder.waitForReadyRead(20000));
        QCOMPARE(QString::fromUtf8(holder.readLine()).trimmed(), QStringLiteral("holding 0"));

        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error().toLogString()));
        QCOMPARE(db.value()->readOnlyReason(), ReadOnlyReason::HeldByOtherCopy);
        QCOMPARE(db.value()->lockHolder().pid, holder.processId());
        QVERIFY(db.value()->readOnlyMessage().contains(QStringLiteral("Another copy")));
        const QSqlDatabase c = db.value()->connection();
        QCOMPARE(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM countries")).value().toInt(), 0);
        auto write = Sql::run(c, QStringLiteral("INSERT INTO themes (key, name_en, name_sr_latn, name_sr_cyrl) VALUES ('a','a','a','a')"));
        QVERIFY(!write);
        db = Error();

        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(20000));
        auto after = Database::open(path);
        QVERIFY(after);
        QVERIFY(!after.value()->isReadOnly());
    }

    void staleLockOfKilledProcessIsRecovered()
    {
        QTemporaryDir dir;
        const QString path = newRegister(dir);
        QProcess holder;
        holder.start(helperPath(), {QStringLiteral("hold"), path});
        QVERIFY(holder.waitForReadyRead(20000));
        holder.kill(); // SIGKILL: no chance to remove its lock
        QVERIFY(holder.waitForFinished(20000));
        QVERIFY(QFile::exists(StoragePaths::lockFilePath(path)));

        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.error().toLogString()));
        QCOMPARE(db.value()->readOnlyReason(), ReadOnlyReason::None);
    }

    void readOnlyFileOpensReadOnlyAndIsUntouched()
    {
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                              | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::WriteOther);
        const QString path = newRegister(dir);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadOther);
        const QByteArray before = sha256(path);
        const ProcessResult probe = run(unprivilegedHelperCommand({}).first(),
                                        unprivilegedHelperCommand({QStringLiteral("probe"), path}).mid(1));
        QCOMPARE(probe.out.trimmed(), QStringLiteral("ok %1 %2").arg(int(ReadOnlyReason::FileReadOnly)).arg(Migrations::latestVersion()));
        QCOMPARE(sha256(path), before);
    }

    void readOnlyFolderOpensReadOnlyAndRefusesCreate()
    {
        QTemporaryDir dir;
        const QString path = newRegister(dir);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther | QFileDevice::WriteOther);
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther);
        const QByteArray before = sha256(path);
        const QStringList probe = unprivilegedHelperCommand({QStringLiteral("probe"), path});
        ProcessResult result = run(probe.first(), probe.mid(1));
        QCOMPARE(result.out.trimmed(), QStringLiteral("ok %1 %2").arg(int(ReadOnlyReason::FolderReadOnly)).arg(Migrations::latestVersion()));
        const QStringList create = unprivilegedHelperCommand({QStringLiteral("create"), dir.filePath(QStringLiteral("new.db"))});
        result = run(create.first(), create.mid(1));
        QCOMPARE(result.out.trimmed(), QStringLiteral("error read-only"));
        QCOMPARE(sha256(path), before);
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void networkFileSystemsAreRecognised()
    {
        QVERIFY(Database::isNetworkFileSystem(QStringLiteral("nfs4")));
        QVERIFY(Database::isNetworkFileSystem(QStringLiteral("cifs")));
        QVERIFY(Database::isNetworkFileSystem(QStringLiteral("fuse.sshfs")));
        QVERIFY(!Database::isNetworkFileSystem(QStringLiteral("ext4")));
        QVERIFY(!Database::isNetworkFileSystem(QStringLiteral("tmpfs")));
    }

    void busyWriterWaitsInsteadOfFailing()
    {
        // BEGIN IMMEDIATE takes the write lock up front: a second connection
        // waits for the busy timeout instead of failing mid-transaction.
        QTemporaryDir dir;
        auto db = Database::open(newRegister(dir));
        QVERIFY(db);
        const QSqlDatabase c = db.value()->connection();
        WriteTransaction first(c);
        QVERIFY(first.isActive());
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(db.value()->path());
        other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=200"));
        QVERIFY(other.open());
        {
            QElapsedTimer timer;
            timer.start();
            WriteTransaction second(other);
            QVERIFY(!second.isActive());
            QCOMPARE(second.error().code(), ErrorCode::Locked);
            QVERIFY(timer.elapsed() >= 150);
        }
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QVERIFY(first.commit());
    }

    void splitsMigrationScripts()
    {
        const QStringList statements = Migrations::splitStatements(QStringLiteral(
            "-- comment\nCREATE TABLE a (x);\n\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE a SET x = 1;\n  "
            "DELETE FROM a;\nEND;\nINSERT INTO a VALUES ('a;b');\n"));
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
        QVERIFY(statements.at(1).endsWith(QStringLiteral("END;")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
