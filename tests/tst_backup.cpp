// SPDX-License-Identifier: GPL-3.0-or-later
#include "apptranslator.h"
#include "backupmanager.h"
#include "database.h"
#include "sqlsupport.h"
#include "testsupport.h"
#include "writetransaction.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestBackup : public QObject
{
    Q_OBJECT

    // A copy of backup in the backups folder, named as one made at `at` for reason.
    static bool copyAs(const QString &backup, const BackupManager &backups, const QDateTime &at, const QString &reason)
    {
        const QString name = QStringLiteral("register-%1-%2.db").arg(at.toString(QStringLiteral("yyyyMMdd-HHmmsszzz")), reason);
        return QFile::copy(backup, backups.directory() + QLatin1Char('/') + name);
    }

private:
    static void addTheme(const Database &db, const QString &key)
    {
        const QSqlDatabase c = db.connection();
        WriteTransaction tx(c);
        QVERIFY(tx.isActive());
        QVERIFY(Sql::run(c, QStringLiteral("INSERT INTO themes (key, name_en, name_sr_latn, name_sr_cyrl) VALUES (?, ?, ?, ?)"),
                         {key, key, QStringLiteral("Čačak"), QStringLiteral("Чачак")}));
        QVERIFY(tx.commit());
    }

private slots:
    void initTestCase() { isolateEnvironment(); }

    // The occasion column of the register's page: words, in the user's language.
    void occasionsAreWords()
    {
        QCOMPARE(BackupManager::occasion(QStringLiteral("daily")), QStringLiteral("Daily"));
        QCOMPARE(BackupManager::occasion(QStringLiteral("manual")), QStringLiteral("Made by hand"));
        QCOMPARE(BackupManager::occasion(QStringLiteral("before-restore")), QStringLiteral("Before a restore"));
        QCOMPARE(BackupManager::occasion(QStringLiteral("before-upgrade-to-v4")),
                 QStringLiteral("Before the upgrade to schema version 4"));
        QCOMPARE(BackupManager::occasion(QStringLiteral("before-upgrade-to-vx")), QStringLiteral("before-upgrade-to-vx"));
        QCOMPARE(BackupManager::occasion(QStringLiteral("imported")), QStringLiteral("imported"));
        QVERIFY(AppTranslator::install(Language::SerbianCyrillic));
        QCOMPARE(BackupManager::occasion(QStringLiteral("daily")), QStringLiteral("Дневна"));
        QVERIFY(AppTranslator::install(Language::English));
    }

    void backupIsConsistentAndVerified()
    {
        QTemporaryDir dir;
        auto db = Database::create(dir.filePath(QStringLiteral("register.db")));
        QVERIFY(db);
        addTheme(*db.value(), QStringLiteral("culture"));
        const BackupManager backups(db.value()->path());
        auto written = backups.createBackup(*db.value(), QStringLiteral("manual"));
        QVERIFY2(written, qPrintable(written.error().toLogString()));
        QVERIFY(written.value().startsWith(dir.filePath(QStringLiteral("backups/register-"))));
        QVERIFY(written.value().endsWith(QStringLiteral("-manual.db")));
        QVERIFY(Database::verifyFile(written.value()));
        QCOMPARE(rawScalar(written.value(), QStringLiteral("SELECT name_sr_cyrl FROM themes")).toString(), QStringLiteral("Чачак"));
        const QList<BackupInfo> list = backups.list();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().reason, QStringLiteral("manual"));
        QVERIFY(!QFile::exists(written.value() + QStringLiteral(".partial")));
    }

    void exportRefusesExistingFile()
    {
        QTemporaryDir dir;
        auto db = Database::create(dir.filePath(QStringLiteral("register.db")));
        QVERIFY(db);
        const QString target = dir.filePath(QStringLiteral("copy.db"));
        QVERIFY(BackupManager::exportTo(*db.value(), target));
        const QByteArray before = sha256(target);
        const Status again = BackupManager::exportTo(*db.value(), target);
        QVERIFY(!again);
        QCOMPARE(again.error().code(), ErrorCode::FileExists);
        QCOMPARE(sha256(target), before);
    }

    void dailyBackupOnOpenWhenOlderThanADay()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("register.db"));
        { auto db = Database::create(path); QVERIFY(db); addTheme(*db.value(), QStringLiteral("a")); }
        QVERIFY(BackupManager(path).list().isEmpty()); // a fresh register needs none
        { auto db = Database::open(path); QVERIFY(db); }
        QCOMPARE(BackupManager(path).list().size(), 1);
        QCOMPARE(BackupManager(path).list().first().reason, QStringLiteral("daily"));
        { auto db = Database::open(path); QVERIFY(db); }
        QCOMPARE(BackupManager(path).list().size(), 1); // the last one is younger than a day
        // Age the backup by renaming it to a date two days ago.
        const BackupInfo old = BackupManager(path).list().first();
        const QString aged = dir.filePath(QStringLiteral("backups/register-%1-daily.db")
                                              .arg(QDateTime::currentDateTime().addDays(-2).toString(QStringLiteral("yyyyMMdd-HHmmsszzz"))));
        QVERIFY(QFile::rename(old.filePath, aged));
        { auto db = Database::open(path); QVERIFY(db); }
        QCOMPARE(BackupManager(path).list().size(), 2);
    }

    void rotationPolicy()
    {
        const QDateTime now(QDate(2026, 11, 24), QTime(12, 0));
        QList<QDateTime> times;
        // Three backups a day for 400 days.
        for (int day = 0; day < 400; ++day)
            for (int hour : {9, 13, 17})
                times << QDateTime(now.date().addDays(-day), QTime(hour, 0));
        const QList<QDateTime> kept = BackupManager::keptByPolicy(times);
        // The newest of each of the last 7 days...
        for (int day = 0; day < 7; ++day)
            QVERIFY(kept.contains(QDateTime(now.date().addDays(-day), QTime(17, 0))));
        QVERIFY(!kept.contains(QDateTime(now.date(), QTime(9, 0))));
        // ...at most 7 + 4 + 12 in all, and the oldest kept is about a year old.
        QVERIFY(kept.size() <= 7 + 4 + 12);
        QVERIFY(kept.size() >= 12);
        QVERIFY(kept.last().date() < now.date().addMonths(-10));
        QVERIFY(kept.last().date() > now.date().addMonths(-13));
        // Few backups: all are kept.
        QCOMPARE(BackupManager::keptByPolicy(times.mid(0, 3)).size(), 1);
        QCOMPARE(BackupManager::keptByPolicy({times.at(0), times.at(3), times.at(6)}).size(), 3);
    }

    void rotateDeletesFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("register.db"));
        auto db = Database::create(path);
        QVERIFY(db);
        const BackupManager backups(path);
        auto first = backups.createBackup(*db.value());
        QVERIFY(first);
        // Copies of it with older names, one per day for 30 days.
        for (int day = 1; day <= 30; ++day)
            QVERIFY(copyAs(first.value(), backups, QDateTime::currentDateTime().addDays(-day), QStringLiteral("daily")));
        QCOMPARE(backups.list().size(), 31);
        const int removed = backups.rotate(QDateTime::currentDateTime());
        QVERIFY(removed > 0);
        QCOMPARE(backups.list().size(), 31 - removed);
        QVERIFY(backups.list().size() <= 7 + 4 + 12);
        QCOMPARE(backups.list().first().filePath, first.value());
    }

    // A backup taken before a restore or an upgrade outlives the backups
    // made after it the same day, for keptSafetyDays, then rotates as any.
    void safetyBackupsOutliveTheDay()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("register.db"));
        auto db = Database::create(path);
        QVERIFY(db);
        const BackupManager backups(path);
        auto first = backups.createBackup(*db.value());
        QVERIFY(first);
        const QDateTime morning = QDateTime::currentDateTime().addDays(-1);
        QVERIFY(copyAs(first.value(), backups, morning, QStringLiteral("before-restore")));
        QVERIFY(copyAs(first.value(), backups, morning.addSecs(60), QStringLiteral("before-upgrade-to-v4")));
        QVERIFY(copyAs(first.value(), backups, morning.addSecs(120), QStringLiteral("daily")));
        QCOMPARE(backups.list().size(), 4);
        QCOMPARE(backups.rotate(QDateTime::currentDateTime()), 0); // the daily one is the newest of its day
        QCOMPARE(backups.list().size(), 4);
        // A month on they are backups of that day like the daily one, which is newer.
        QVERIFY(backups.rotate(QDateTime::currentDateTime().addDays(BackupManager::keptSafetyDays + 1)) >= 2);
        for (const BackupInfo &info : backups.list())
            QVERIFY2(!info.reason.startsWith(QLatin1String("before-")), qPrintable(info.filePath));
        QCOMPARE(backups.list().first().filePath, first.value());
    }

    void backupRestoreRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("register.db"));
        auto db = Database::create(path);
        QVERIFY(db);
        addTheme(*db.value(), QStringLiteral("before"));
        const BackupManager backups(path);
        auto backup = backups.createBackup(*db.value());
        QVERIFY(backup);
        const QString backedUp = dumpContent(backup.value());

        addTheme(*db.value(), QStringLiteral("after"));
        QVERIFY(Sql::run(db.value()->connection(), QStringLiteral("DELETE FROM themes WHERE key = 'before'")));
        const QString changed = dumpContent(path);
        QVERIFY(changed != backedUp);

        const Status restored = backups.restore(*db.value(), backup.value());
        QVERIFY2(restored, qPrintable(restored.error().toLogString()));
        QVERIFY(!db.value()->isReadOnly());
        QCOMPARE(dumpContent(path), backedUp);
        // The connection works after the swap.
        QCOMPARE(Sql::scalar(db.value()->connection(), QStringLiteral("SELECT key FROM themes")).value().toString(),
                 QStringLiteral("before"));
        QVERIFY(db.value()->integrityCheck());
        // The contents before the restore were saved first.
        const QList<BackupInfo> list = backups.list();
        QCOMPARE(list.first().reason, QStringLiteral("before-restore"));
        QCOMPARE(dumpContent(list.first().filePath), changed);
    }

    void restoreRefusesABadBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("register.db"));
        auto db = Database::create(path);
        QVERIFY(db);
        addTheme(*db.value(), QStringLiteral("keep"));
        const QString bogus = dir.filePath(QStringLiteral("bogus.db"));
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        const QString before = dumpContent(path);
        const Status restored = BackupManager(path).restore(*db.value(), bogus);
        QVERIFY(!restored);
        QCOMPARE(restored.error().code(), ErrorCode::NotADatabase);
        QCOMPARE(dumpContent(path), before);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
