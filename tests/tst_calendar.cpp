// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarexport.h"
#include "database.h"
#include "organizationstore.h"
#include "taskstore.h"
#include "testsupport.h"
#include "visitstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestCalendar : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const QString m_hostile = QStringLiteral("Посета делегације; састанак, вечера\nи \\ обилазак — Kragujevac, Šumadija; ")
                                  .repeated(3)
                                  .trimmed();

    QJsonArray parse(const QString &path)
    {
        const ProcessResult r = run(QStringLiteral("python3"), {sourceDir() + QStringLiteral("/tests/icalcheck.py"), path});
        if (r.exitCode != 0)
            qWarning("icalcheck: %s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        auto db = Database::open(createRegister(m_dir.path()));
        QVERIFY(db);
        m_db = db.take();
        Visit visit;
        visit.title = m_hostile;
        visit.direction = QStringLiteral("incoming");
        visit.kind = QStringLiteral("delegation");
        visit.startDate = QDate(2026, 5, 11);
        visit.endDate = QDate(2026, 5, 13);
        visit.city = QStringLiteral("Kragujevac");
        visit.country = QStringLiteral("RS");
        visit.purpose = QStringLiteral("Line one\nline two; with, punctuation");
        QVERIFY(VisitStore(*m_db).save(visit));
        Visit oneDay = visit;
        oneDay.id = 0;
        oneDay.title = QStringLiteral("Jednodnevni sastanak");
        oneDay.startDate = QDate(2026, 7, 1);
        oneDay.endDate = QDate();
        QVERIFY(VisitStore(*m_db).save(oneDay));
        Task open;
        open.title = QStringLiteral("Poslati zapisnik");
        open.dueOn = QDate(2026, 5, 20);
        QVERIFY(TaskStore(*m_db).save(open));
        Task done = open;
        done.id = 0;
        done.title = QStringLiteral("Već urađeno");
        done.done = true;
        QVERIFY(TaskStore(*m_db).save(done));
        Task undated;
        undated.title = QStringLiteral("Bez roka");
        QVERIFY(TaskStore(*m_db).save(undated));
    }

    void validAndLossless()
    {
        const QString path = m_dir.filePath(QStringLiteral("all.ics"));
        QVERIFY(CalendarExport::write(*m_db, path));
        const QJsonArray events = parse(path);
        QCOMPARE(events.size(), 3); // two visits, one open dated task
        const QJsonObject visit = events.at(0).toObject();
        QCOMPARE(visit.value(QStringLiteral("SUMMARY")).toString(), m_hostile); // folded, escaped, and back
        QCOMPARE(visit.value(QStringLiteral("DESCRIPTION")).toString(), QStringLiteral("Line one\nline two; with, punctuation"));
        QCOMPARE(visit.value(QStringLiteral("DTSTART")).toString(), QStringLiteral("20260511"));
        QCOMPARE(visit.value(QStringLiteral("DTEND")).toString(), QStringLiteral("20260514")); // exclusive end of an all-day event
        QCOMPARE(events.at(1).toObject().value(QStringLiteral("DTEND")).toString(), QStringLiteral("20260702")); // one day
        QVERIFY(events.at(2).toObject().value(QStringLiteral("SUMMARY")).toString().contains(QStringLiteral("Poslati zapisnik")));
    }

    void stableUids()
    {
        const QString first = m_dir.filePath(QStringLiteral("first.ics"));
        const QString second = m_dir.filePath(QStringLiteral("second.ics"));
        QVERIFY(CalendarExport::write(*m_db, first));
        QVERIFY(CalendarExport::write(*m_db, second));
        QStringList a;
        QStringList b;
        for (const QJsonValue &e : parse(first))
            a << e.toObject().value(QStringLiteral("UID")).toString();
        for (const QJsonValue &e : parse(second))
            b << e.toObject().value(QStringLiteral("UID")).toString();
        QCOMPARE(a, b);
        QCOMPARE(QSet<QString>(a.cbegin(), a.cend()).size(), a.size());
        // Another register has other UIDs for its record no. 1.
        QTemporaryDir other;
        auto db = Database::open(createRegister(other.path()));
        Visit visit;
        visit.title = QStringLiteral("X");
        visit.startDate = QDate(2026, 1, 1);
        QVERIFY(VisitStore(*db.value()).save(visit));
        const auto events = CalendarExport::events(*db.value()).value();
        QVERIFY(!a.contains(events.first().uid));
    }

    void dateRange()
    {
        auto events = CalendarExport::events(*m_db, QDate(2026, 5, 12), QDate(2026, 5, 31));
        QVERIFY(events);
        QCOMPARE(events.value().size(), 2); // the visit still running on the 12th, and the task
        events = CalendarExport::events(*m_db, QDate(2026, 6, 1), {});
        QCOMPARE(events.value().size(), 1);
    }

    void foldingNeverSplitsACharacter()
    {
        const QByteArray line = QStringLiteral("SUMMARY:").toUtf8() + QStringLiteral("Ђ").repeated(100).toUtf8();
        const QList<QByteArray> physical = ICalendarWriter::fold(line).split('\n');
        for (QByteArray part : physical) {
            if (part.endsWith('\r'))
                part.chop(1);
            QVERIFY(part.size() <= 75);
            QVERIFY(!QString::fromUtf8(part).contains(QChar::ReplacementCharacter));
        }
    }

    void cliExport()
    {
        const QString path = m_dir.filePath(QStringLiteral("cli.ics"));
        const ProcessResult r = runCli({QStringLiteral("--db"), m_db->path(), QStringLiteral("calendar"), QStringLiteral("--out"), path,
                                        QStringLiteral("--from"), QStringLiteral("1.6.2026.")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(parse(path).size(), 1);
        QCOMPARE(runCli({QStringLiteral("--db"), m_db->path(), QStringLiteral("calendar"), QStringLiteral("--out"), path,
                         QStringLiteral("--from"), QStringLiteral("soon")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
