// SPDX-License-Identifier: GPL-3.0-or-later
// saradnja-cli generate: the sizes, refusals, determinism, and that the
// generated records are whole (integrity and foreign keys, search entries).
#include "testsupport.h"
#include "transliterator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

constexpr int timeoutMs = 240000;

// `check` without its first line (the path).
QString checkReport(const QString &db)
{
    const ProcessResult r = run(cliPath(), {QStringLiteral("--db"), db, QStringLiteral("check")}, timeoutMs);
    if (r.exitCode != 0)
        return QStringLiteral("check failed: ") + r.err;
    return r.out.section(QLatin1Char('\n'), 1);
}

QString column(const QString &db, const QString &sql)
{
    return rawScalar(db, sql).toString();
}

} // namespace

class TestGenerate : public QObject
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
        const ProcessResult help = runCli({QStringLiteral("generate"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("saradnja-cli [--db FILE] generate")), qPrintable(help.out));
        QVERIFY(runCli({QStringLiteral("--help")}).out.contains(QStringLiteral("generate")));
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("x.db"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("generate")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("generate"), QStringLiteral("huge")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("generate"), QStringLiteral("medium"),
                         QStringLiteral("--divisor"), QStringLiteral("0")})
                     .exitCode,
                 2);
        QVERIFY(!QFile::exists(db));
    }

    void refusesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("x.db"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("init")}).exitCode, 0);
        const QByteArray before = sha256(db);
        const ProcessResult r
            = runCli({QStringLiteral("--db"), db, QStringLiteral("generate"), QStringLiteral("small")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("already exists")));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(sha256(db), before);
    }

    void smallIsTheExampleData()
    {
        QTemporaryDir dir;
        const QString generated = dir.filePath(QStringLiteral("small.db"));
        const QString sample = dir.filePath(QStringLiteral("sample.db"));
        QCOMPARE(
            runCli({QStringLiteral("--db"), generated, QStringLiteral("generate"), QStringLiteral("small")}).exitCode,
            0);
        QCOMPARE(runCli({QStringLiteral("--db"), sample, QStringLiteral("init"), QStringLiteral("--sample")}).exitCode,
                 0);
        const QString report = checkReport(generated);
        QVERIFY2(report.contains(QStringLiteral("Integrity: ok")), qPrintable(report));
        QCOMPARE(report, checkReport(sample));
    }

    // A two-hundredth of the large register (1/20 of medium): every kind of
    // record in the proportions of the issue, twice, the same.
    void generatedIsDeterministicAndWhole()
    {
        QTemporaryDir dir;
        QStringList paths;
        for (const QString &name : {QStringLiteral("a.db"), QStringLiteral("b.db")}) {
            paths << dir.filePath(name);
            const ProcessResult r = run(cliPath(),
                                        {QStringLiteral("--db"), paths.last(), QStringLiteral("generate"),
                                         QStringLiteral("medium"), QStringLiteral("--divisor"), QStringLiteral("20")},
                                        timeoutMs);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains(QStringLiteral("Created")), qPrintable(r.out));
        }
        const QString a = paths.first();
        const QString report = checkReport(a);
        QVERIFY2(report.contains(QStringLiteral("Integrity: ok")), qPrintable(report));
        QCOMPARE(checkReport(paths.last()), report);

        // The proportions of the large register, divided by 200.
        QCOMPARE(rawScalar(a, QStringLiteral("SELECT count(*) FROM organizations WHERE reference_key IS NULL")).toInt(),
                 25);
        QCOMPARE(rawScalar(a, QStringLiteral("SELECT count(*) FROM people")).toInt(), 100);
        QCOMPARE(rawScalar(a, QStringLiteral("SELECT count(*) FROM partnerships")).toInt(), 15);
        QCOMPARE(rawScalar(a, QStringLiteral("SELECT count(*) FROM timeline_entries")).toInt(), 500);
        QCOMPARE(rawScalar(a, QStringLiteral("SELECT count(*) FROM visits")).toInt(), 250);
        QCOMPARE(rawScalar(a, QStringLiteral("SELECT count(*) FROM visit_participants")).toInt(), 1500);
        QCOMPARE(rawScalar(a, QStringLiteral("SELECT count(*) FROM agreements")).toInt(), 25);
        QCOMPARE(rawScalar(a, QStringLiteral("SELECT count(*) FROM plan_activities")).toInt(), 60);
        QCOMPARE(rawScalar(a, QStringLiteral("SELECT count(*) FROM attachments")).toInt(), 10);
        QCOMPARE(rawScalar(a, QStringLiteral("SELECT count(*) FROM attachments WHERE size < 51200 OR size > 512000"))
                     .toInt(),
                 0);
        // Serbian names in both scripts, with diacritics; foreign ones in their own spelling.
        QVERIFY(
            rawScalar(a, QStringLiteral("SELECT count(*) FROM people WHERE full_name GLOB '*[ČĆĐŠŽčćđšž]*'")).toInt()
            > 0);
        QVERIFY(
            rawScalar(a, QStringLiteral(
                             "SELECT count(*) FROM people WHERE full_name GLOB '*[АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ]*'"))
                .toInt()
            > 0);

        // The same records, not just the same counts.
        for (const QString &sql :
             {QStringLiteral("SELECT group_concat(name, '|') FROM (SELECT name FROM organizations ORDER BY id)"),
              QStringLiteral("SELECT group_concat(full_name, '|') FROM (SELECT full_name FROM people ORDER BY id)"),
              QStringLiteral(
                  "SELECT group_concat(title || start_date || city, '|') FROM (SELECT * FROM visits ORDER BY id)"),
              QStringLiteral(
                  "SELECT group_concat(person_id, '|') FROM (SELECT person_id FROM visit_participants ORDER BY id)"),
              QStringLiteral("SELECT group_concat(sha256, '|') FROM (SELECT sha256 FROM attachments ORDER BY id)")})
            QCOMPARE(column(paths.last(), sql), column(a, sql));

        // Each record has its search entry, as a save in the app writes it.
        QCOMPARE(rawScalar(a, QStringLiteral("SELECT count(*) FROM search_index WHERE kind = 'visit'")).toInt(), 250);
        QCOMPARE(rawScalar(a, QStringLiteral("SELECT count(*) FROM search_index WHERE kind = 'person'")).toInt(), 100);
        const QString visitTitle = column(a, QStringLiteral("SELECT title FROM visits ORDER BY id DESC LIMIT 1"));
        const qint64 visitId
            = rawScalar(a, QStringLiteral("SELECT id FROM visits ORDER BY id DESC LIMIT 1")).toLongLong();
        QVERIFY(found(a, visitTitle, QStringLiteral("visit"), visitId));
        // A contact entered in Cyrillic is found by its Latin name.
        const QString firstCyrillic = QStringLiteral(
            "FROM people WHERE full_name GLOB '*[АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ]*' ORDER BY id LIMIT 1");
        const QString cyrillic = column(a, QStringLiteral("SELECT full_name ") + firstCyrillic);
        const qint64 personId = rawScalar(a, QStringLiteral("SELECT id ") + firstCyrillic).toLongLong();
        QVERIFY(found(a, Transliterator::toLatin(cyrillic), QStringLiteral("person"), personId));
    }

private:
    static bool found(const QString &db, const QString &query, const QString &kind, qint64 id)
    {
        const ProcessResult r = runCli({QStringLiteral("--db"), db, QStringLiteral("search"), query,
                                        QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("200")});
        if (r.exitCode != 0)
            return false;
        const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
        for (const QJsonValue &hit : hits) {
            if (hit.toObject().value(QStringLiteral("kind")).toString() == kind
                && hit.toObject().value(QStringLiteral("id")).toInteger() == id)
                return true;
        }
        qWarning("no %s %lld among the hits of \"%s\": %s", qPrintable(kind), id, qPrintable(query), qPrintable(r.out));
        return false;
    }

    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestGenerate)
#include "tst_generate.moc"
