// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupmanager.h"
#include "migrations.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/data")).toUtf8());
    }

    void helpAndUsage()
    {
        ProcessResult r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *command : {"init", "check", "backup", "restore"}) {
            QVERIFY(r.out.contains(QLatin1String(command)));
            ProcessResult help = runCli({QLatin1String(command), QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.contains(QStringLiteral("saradnja-cli [--db FILE] ") + QLatin1String(command)), qPrintable(help.out));
        }
        QCOMPARE(runCli({QStringLiteral("no-such-command")}).exitCode, 2);
        QCOMPARE(runCli({}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("check"), QStringLiteral("--no-such-option")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("check")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("restore")}).exitCode, 2);
    }

    void versionNamesTheSchema()
    {
        const ProcessResult r = runCli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("saradnja-cli %1 (register schema %2)")
                                      .arg(QStringLiteral(SARADNJA_VERSION))
                                      .arg(Migrations::latestVersion()));
    }

    void initThenCheck()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("x.db"));
        ProcessResult r = runCli({QStringLiteral("--db"), db, QStringLiteral("init")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(db));
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("check")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Schema version: %1").arg(Migrations::latestVersion())), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Integrity: ok")));
        // --db after the command works too.
        QCOMPARE(runCli({QStringLiteral("check"), QStringLiteral("--db"), db}).exitCode, 0);
    }

    void initRefusesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("x.db"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        const QByteArray before = sha256(db);
        const ProcessResult r = runCli({QStringLiteral("--db"), db, QStringLiteral("init")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("already exists")));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
        QCOMPARE(sha256(db), before);
    }

    void checkRefusesBadFilesUntouched()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("r.db"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, '\x17'));
        file.close();
        const QByteArray before = sha256(bad);
        const ProcessResult r = runCli({QStringLiteral("--db"), bad, QStringLiteral("check")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("not a Saradnja database")));
        QCOMPARE(sha256(bad), before);
        QCOMPARE(runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("missing.db")), QStringLiteral("check")}).exitCode, 1);
    }

    void reportLanguageBeforeOrAfterTheCommand()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("x.db"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        const auto title = [&](const QStringList &args) {
            const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
            QFile::remove(pdf);
            const ProcessResult r = runCli(QStringList{QStringLiteral("--db"), db} + args
                                           + QStringList{QStringLiteral("--out"), pdf});
            if (r.exitCode != 0)
                return QString();
            return run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out;
        };
        QVERIFY(title({QStringLiteral("report"), QStringLiteral("agreements")}).contains(QStringLiteral("Registar sporazuma")));
        QVERIFY(title({QStringLiteral("--lang"), QStringLiteral("sr-Cyrl"), QStringLiteral("report"), QStringLiteral("agreements")})
                    .contains(QStringLiteral("Регистар споразума")));
        QVERIFY(title({QStringLiteral("report"), QStringLiteral("agreements"), QStringLiteral("--lang"), QStringLiteral("en")})
                    .contains(QStringLiteral("Register of agreements")));
    }

    void backupAndRestore()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("x.db"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        rawExec(db, {QStringLiteral("INSERT INTO themes (key, name_en, name_sr_latn, name_sr_cyrl) VALUES ('one', 'One', 'Jedan', 'Један')")});
        const QString copy = dir.filePath(QStringLiteral("copy.db"));
        ProcessResult r = runCli({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("--out"), copy});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("--db"), copy, QStringLiteral("check")}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("--out"), copy}).exitCode, 1);

        r = runCli({QStringLiteral("--db"), db, QStringLiteral("backup")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(BackupManager(db).list().size(), 1);

        const QString saved = dumpContent(copy);
        rawExec(db, {QStringLiteral("DELETE FROM themes")});
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("restore"), copy});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(dumpContent(db), saved);
        QCOMPARE(BackupManager(db).list().first().reason, QStringLiteral("before-restore"));
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
