// SPDX-License-Identifier: GPL-3.0-or-later
#include "compaction.h"
#include "database.h"
#include "sqlsupport.h"
#include "storagepaths.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestCompaction : public QObject
{
    Q_OBJECT

private:
    static OpenOptions quiet()
    {
        OpenOptions options;
        options.autoBackup = false;
        return options;
    }

private slots:
    void initTestCase() { isolateEnvironment(); }

    void theRule()
    {
        const QDateTime now(QDate(2026, 12, 6), QTime(10, 0), Qt::UTC);
        const qint64 big = Compaction::minimumSize;
        const Compaction::Record never;
        const Compaction::Record lastMonth{now.addDays(-30), big};
        QVERIFY(!Compaction::isDue(big - 1, never, now)); // small: never
        QVERIFY(Compaction::isDue(big, never, now)); // large and never compacted
        QVERIFY(!Compaction::isDue(big, lastMonth, now));
        QVERIFY(!Compaction::isDue(big + big / 4 - 1, lastMonth, now));
        QVERIFY(Compaction::isDue(big + big / 4, lastMonth, now)); // grown by a quarter
        QVERIFY(!Compaction::isDue(big, {now.addDays(-364), big}, now));
        QVERIFY(Compaction::isDue(big, {now.addDays(-365), big}, now)); // a year
        QVERIFY(Compaction::isDue(big, {now, 0}, now)); // a record without its size
    }

    // VACUUM keeps every row, gives the free pages back and records itself.
    void compactKeepsTheContentAndRecordsIt()
    {
        QTemporaryDir dir;
        const QString path = createRegister(dir.path());
        growRegister(path, 24);
        rawExec(path, {QStringLiteral("DELETE FROM filler WHERE rowid % 2 = 0")});
        const QString before = dumpContent(path);
        const qint64 sizeBefore = QFileInfo(path).size();
        {
            auto db = Database::open(path, quiet());
            QVERIFY(db);
            auto last = Compaction::lastRecord(*db.value());
            QVERIFY(last);
            QVERIFY(!last.value().at.isValid());
            QVERIFY(Compaction::compact(*db.value()));
            last = Compaction::lastRecord(*db.value());
            QVERIFY(last);
            QVERIFY(qAbs(last.value().at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
            QCOMPARE(last.value().size, QFileInfo(path).size());
            QVERIFY(db.value()->integrityCheck());
        }
        QVERIFY2(QFileInfo(path).size() < sizeBefore * 2 / 3,
                 qPrintable(QStringLiteral("%1 -> %2").arg(sizeBefore).arg(QFileInfo(path).size())));
        QCOMPARE(rawScalar(path, QStringLiteral("PRAGMA freelist_count")).toInt(), 0);
        // The same rows, the record of the compaction aside.
        rawExec(path, {QStringLiteral("DELETE FROM app_meta WHERE key IN ('compacted_at', 'compacted_size')")});
        QCOMPARE(dumpContent(path), before);
    }

    void isDueForAsksTheFile()
    {
        QTemporaryDir dir;
        const QString path = createRegister(dir.path());
        const QDateTime now = QDateTime::currentDateTime();
        QVERIFY(!Compaction::isDueFor(path, now)); // small
        growRegister(path, int(Compaction::minimumSize / (1024 * 1024)) + 1);
        QVERIFY(Compaction::isDueFor(path, now)); // large, never compacted
        {
            auto db = Database::open(path, quiet());
            QVERIFY(db);
            QVERIFY(!Compaction::isDueFor(path, now)); // not while open here
        }
        {
            QProcess holder;
            holder.start(helperPath(), {QStringLiteral("hold"), path});
            QVERIFY(holder.waitForReadyRead(20000));
            QVERIFY(!Compaction::isDueFor(path, now)); // nor while another copy holds it
            holder.closeWriteChannel();
            QVERIFY(holder.waitForFinished(20000));
        }
        QVERIFY(Compaction::isDueFor(path, now));
        QVERIFY(Compaction::compactFile(path));
        QVERIFY(!Compaction::isDueFor(path, now));
        QVERIFY(!QFile::exists(StoragePaths::lockFilePath(path))); // closed again
        rawExec(path, {QStringLiteral("UPDATE app_meta SET value = '%1' WHERE key = 'compacted_at'")
                           .arg(now.toUTC().addDays(-400).toString(Qt::ISODate))});
        QVERIFY(Compaction::isDueFor(path, now)); // a year later
        // A file that is not a register says nothing.
        const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
        rawExec(foreign, {QStringLiteral("CREATE TABLE t (x)")});
        growRegister(foreign, int(Compaction::minimumSize / (1024 * 1024)) + 1);
        QVERIFY(!Compaction::isDueFor(foreign, now));
    }

    // A register another copy holds is left as it is; a damaged one is refused, unchanged.
    void compactFileLeavesWhatItMustNotTouch()
    {
        QTemporaryDir dir;
        const QString path = createRegister(dir.path());
        growRegister(path, 2);
        rawExec(path, {QStringLiteral("DELETE FROM filler WHERE rowid = 1")});
        {
            QProcess holder;
            holder.start(helperPath(), {QStringLiteral("hold"), path});
            QVERIFY(holder.waitForReadyRead(20000));
            QCOMPARE(QString::fromUtf8(holder.readLine()).trimmed(), QStringLiteral("holding 0"));
            const QByteArray held = sha256(path);
            QVERIFY(Compaction::compactFile(path)); // nothing to do here: its owner compacts it
            QCOMPARE(sha256(path), held);
            holder.closeWriteChannel();
            QVERIFY(holder.waitForFinished(20000));
        }
        QVERIFY(damageTablePage(path, QStringLiteral("filler")));
        const QByteArray before = sha256(path);
        const Status damaged = Compaction::compactFile(path);
        QVERIFY(!damaged);
        QCOMPARE(Error::codeName(damaged.error().code()), Error::codeName(ErrorCode::Damaged));
        QCOMPARE(sha256(path), before);
        QVERIFY(!QFile::exists(StoragePaths::journalPath(path)));
    }
};

QTEST_GUILESS_MAIN(TestCompaction)
#include "tst_compaction.moc"
