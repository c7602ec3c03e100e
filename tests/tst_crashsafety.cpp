// SPDX-License-Identifier: GPL-3.0-or-later
// A writer process is killed with SIGKILL at random moments, many times over.
// After every kill the register must open, pass the full integrity check and
// hold every batch the writer reported as committed, each batch whole.
#include "database.h"
#include "sqlsupport.h"
#include "storagepaths.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace TestSupport;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateEnvironment(); }

    void killedWriterLosesNothingCommitted()
    {
        constexpr int kills = 60;
        constexpr int rowsPerBatch = 20;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("register.db"));
        QVERIFY(Database::create(path));

        QRandomGenerator random(20261124);
        int hotJournals = 0;
        int totalCommitted = 0;
        for (int round = 0; round < kills; ++round) {
            const QString runKey = QStringLiteral("r%1").arg(round);
            QProcess writer;
            writer.start(helperPath(), {QStringLiteral("write"), path, runKey});
            QVERIFY(writer.waitForStarted(10000));
            QVERIFY2(writer.waitForReadyRead(20000), "the writer never reported a commit");
            QThread::usleep(random.bounded(200, 30000));
            writer.kill();
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            const QStringList reported = QString::fromUtf8(writer.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QVERIFY(!reported.isEmpty());
            const int lastReported = reported.constLast().toInt();
            totalCommitted += lastReported;
            if (QFile::exists(StoragePaths::journalPath(path)))
                ++hotJournals;

            OpenOptions options;
            options.autoBackup = false;
            auto db = Database::open(path, options);
            QVERIFY2(db, qPrintable(db.error().toLogString()));
            QVERIFY(!db.value()->isReadOnly()); // the dead writer's lock was recovered
            const Status integrity = db.value()->integrityCheck();
            QVERIFY2(integrity, qPrintable(integrity.error().toLogString()));
            const QSqlDatabase c = db.value()->connection();
            for (int batch = 1; batch <= lastReported + 1; ++batch) {
                const int rows = Sql::scalar(c, QStringLiteral("SELECT count(*) FROM themes WHERE key LIKE ?"),
                                             {QStringLiteral("%1-%2-%").arg(runKey).arg(batch)}).value().toInt();
                const int audits = Sql::scalar(c, QStringLiteral("SELECT count(*) FROM audit_log WHERE record_kind = ? AND record_id = ?"),
                                               {runKey, batch}).value().toInt();
                if (batch <= lastReported) {
                    QCOMPARE(rows, rowsPerBatch);
                    QCOMPARE(audits, 1);
                } else {
                    // Killed between commit and report, or mid-batch: all or nothing.
                    QVERIFY(rows == 0 || rows == rowsPerBatch);
                    QCOMPARE(audits, rows == 0 ? 0 : 1);
                }
            }
            QCOMPARE(Sql::scalar(c, QStringLiteral("SELECT count(*) FROM themes WHERE key LIKE ?"),
                                 {runKey + QStringLiteral("-%")}).value().toInt() % rowsPerBatch, 0);
        }
        qInfo("%d kills, %d committed batches verified, %d kills left a hot journal", kills, totalCommitted, hotJournals);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
