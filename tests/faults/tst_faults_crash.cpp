// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety at scale: a worker doing mixed real work through the core
// (visits with participants, partnership edits, attachments, CSV imports) is
// killed with SIGKILL at random moments, over and over, on one register.
// After every kill the register must open (the dead writer's lock
// recovered), pass the full integrity check, and hold every change the
// worker reported as committed; at the end every change of every round is
// checked again. SARADNJA_FAULT_KILLS sets the number of kills (default 200).
#include "attachmentstore.h"
#include "database.h"
#include "sqlsupport.h"
#include "storagepaths.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace TestSupport;

namespace {

QString workerPath()
{
    return QStringLiteral(SARADNJA_FAULTWORKER);
}

qint64 count(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto value = Sql::scalar(db, sql, values);
    return value ? value.value().toLongLong() : -1;
}

} // namespace

class TestFaultsCrash : public QObject
{
    Q_OBJECT

private:
    // Checks one reported change; returns an empty string or what is wrong.
    static QString verify(const Database &db, const QString &line, QHash<qint64, int> &partnershipEdits)
    {
        const QSqlDatabase c = db.connection();
        const QStringList f = line.split(QLatin1Char(' '));
        const QString &what = f.at(0);
        if (what == QLatin1String("visit") && f.size() == 3) {
            const qint64 id = f.at(1).toLongLong();
            if (count(c, QStringLiteral("SELECT count(*) FROM visits WHERE id = ?"), {id}) != 1)
                return QStringLiteral("visit %1 is missing").arg(id);
            const qint64 participants = count(
                c,
                QStringLiteral("SELECT count(*) FROM visit_participants WHERE visit_id = ? AND person_id IS NOT NULL"),
                {id});
            return participants == f.at(2).toLongLong()
                       ? QString()
                       : QStringLiteral("visit %1 has %2 participants").arg(id).arg(participants);
        }
        if (what == QLatin1String("partnership") && f.size() == 3) {
            const qint64 id = f.at(1).toLongLong();
            const int edit = f.at(2).toInt();
            partnershipEdits[id] = qMax(partnershipEdits.value(id), edit);
            auto notes = Sql::scalar(c, QStringLiteral("SELECT notes FROM partnerships WHERE id = ?"), {id});
            if (!notes)
                return QStringLiteral("partnership %1 is missing").arg(id);
            // A later edit may have committed after this report (killed before its own report).
            const int stored = notes.value().toString().section(QLatin1Char(' '), 1).toInt();
            return stored >= edit
                       ? QString()
                       : QStringLiteral("partnership %1 lost edit %2 (has %3)").arg(id).arg(edit).arg(stored);
        }
        if (what == QLatin1String("attachment") && f.size() == 3) {
            auto content = AttachmentStore(db).content(f.at(1).toLongLong());
            if (!content)
                return QStringLiteral("attachment %1: %2").arg(f.at(1), content.error().toLogString());
            const QByteArray sha = QCryptographicHash::hash(content.value(), QCryptographicHash::Sha256).toHex();
            return sha == f.at(2).toLatin1() ? QString() : QStringLiteral("attachment %1 differs").arg(f.at(1));
        }
        if (what == QLatin1String("import") && f.size() == 4) {
            const QString key = f.at(1) + QLatin1Char(' ') + f.at(2);
            const qint64 rows = count(c, QStringLiteral("SELECT count(*) FROM organizations WHERE name LIKE ?"),
                                      {key + QStringLiteral("-%")});
            return rows == f.at(3).toLongLong() ? QString()
                                                : QStringLiteral("import %1 has %2 rows").arg(key).arg(rows);
        }
        return QStringLiteral("unexpected report: ") + line;
    }

private slots:
    void initTestCase() { isolateEnvironment(); }

    void killedWorkerLosesNothingCommitted()
    {
        const int kills = qEnvironmentVariableIsSet("SARADNJA_FAULT_KILLS")
                              ? qEnvironmentVariableIntValue("SARADNJA_FAULT_KILLS")
                              : 200;
        QVERIFY(kills > 0);
        QTemporaryDir dir;
        const QString path = createRegister(dir.path());
        QRandomGenerator random(20261201);
        QStringList allReported;
        int hotJournals = 0;
        int cliChecks = 0;
        QHash<qint64, int> partnershipEdits;
        QElapsedTimer timer;
        timer.start();
        for (int round = 0; round < kills; ++round) {
            QProcess worker;
            worker.start(workerPath(), {QStringLiteral("work"), path, QStringLiteral("r%1").arg(round),
                                        QString::number(random.generate())});
            QVERIFY(worker.waitForStarted(10000));
            QVERIFY2(worker.waitForReadyRead(30000), qPrintable(QString::fromUtf8(worker.readAllStandardError())));
            // Random moments: mostly inside the next few writes, sometimes much later.
            QThread::usleep(random.bounded(4) == 0 ? random.bounded(50000, 250000) : random.bounded(0, 40000));
            worker.kill();
            QVERIFY(worker.waitForFinished(10000));
            QVERIFY2(worker.exitStatus() == QProcess::CrashExit,
                     qPrintable(QString::fromUtf8(worker.readAllStandardError())));
            const QStringList reported
                = QString::fromUtf8(worker.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QVERIFY(!reported.isEmpty());
            if (QFile::exists(StoragePaths::journalPath(path)))
                ++hotJournals;

            OpenOptions options;
            options.autoBackup = false;
            auto db = Database::open(path, options);
            QVERIFY2(db, qPrintable(db.error().toLogString()));
            QVERIFY(!db.value()->isReadOnly());
            const Status integrity = db.value()->integrityCheck();
            QVERIFY2(integrity, qPrintable(integrity.error().toLogString()));
            for (const QString &line : reported) {
                const QString problem = verify(*db.value(), line, partnershipEdits);
                QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(problem)));
            }
            allReported += reported;
            db.value().reset();
            if (round % 10 == 9 || round == kills - 1) { // the CLI's own check too, on the file as the kill left it
                const ProcessResult check = runCli({QStringLiteral("--db"), path, QStringLiteral("check")});
                QVERIFY2(check.exitCode == 0 && check.out.contains(QLatin1String("Integrity: ok")),
                         qPrintable(check.err));
                ++cliChecks;
            }
        }
        // Every change of every round, once more at the end.
        auto db = Database::open(path);
        QVERIFY(db);
        QVERIFY(db.value()->integrityCheck());
        QHash<qint64, int> unused;
        for (const QString &line : std::as_const(allReported))
            QCOMPARE(verify(*db.value(), line, unused), QString());
        for (auto it = partnershipEdits.cbegin(); it != partnershipEdits.cend(); ++it)
            QVERIFY(count(db.value()->connection(), QStringLiteral("SELECT count(*) FROM partnerships WHERE id = ?"),
                          {it.key()})
                    == 1);
        QHash<QString, int> byKind;
        for (const QString &line : std::as_const(allReported))
            ++byKind[line.section(QLatin1Char(' '), 0, 0)];
        qInfo("%d kills survived in %.1f s; %lld committed changes checked (%d visits, %d partnership edits, "
              "%d attachments, %d imports); %d kills left a hot journal; %d CLI checks",
              kills, timer.elapsed() / 1000.0, qlonglong(allReported.size()), byKind.value(QStringLiteral("visit")),
              byKind.value(QStringLiteral("partnership")), byKind.value(QStringLiteral("attachment")),
              byKind.value(QStringLiteral("import")), hotJournals, cliChecks);
        qInfo("FIGURE kills_survived=%d", kills);
        qInfo("FIGURE committed_changes_checked=%lld", qlonglong(allReported.size()));
        qInfo("FIGURE integrity_failures=0");
    }
};

QTEST_GUILESS_MAIN(TestFaultsCrash)
#include "tst_faults_crash.moc"
