// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsuite.h"

#include "agreementstore.h"
#include "compaction.h"
#include "dashboard.h"
#include "database.h"
#include "partnershipstore.h"
#include "recordlister.h"
#include "reportdocument.h"
#include "reportpdf.h"
#include "reports.h"
#include "searchindex.h"
#include "sqlsupport.h"
#include "storesupport.h"
#include "visitstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QThread>

namespace {

// Latin with and without diacritics, Cyrillic, prefixes, several words.
const QStringList queries = {
    QStringLiteral("Čačak"),     QStringLiteral("cacak"),
    QStringLiteral("Јовановић"), QStringLiteral("djordjevic"),
    QStringLiteral("kragu"),     QStringLiteral("Ville de Ly"),
    QStringLiteral("Łódź"),      QStringLiteral("bratimljenje nis"),
    QStringLiteral("Нови Сад"),  QStringLiteral("sporazum saradnji zren"),
};

// The naive search: every text column of every kind scanned with LIKE '%query%'
// (ASCII case only, no script or diacritics folding), all matches read, as a
// ranking would need them.
const QString naiveSearch = QStringLiteral(
    "SELECT 'organization', id, name FROM organizations WHERE name LIKE ? OR name_cyrillic LIKE ? OR city LIKE ? "
    "OR notes LIKE ? "
    "UNION ALL SELECT 'person', id, full_name FROM people WHERE full_name LIKE ? OR position LIKE ? OR notes LIKE ? "
    "UNION ALL SELECT 'partnership', id, title FROM partnerships WHERE title LIKE ? OR notes LIKE ? "
    "UNION ALL SELECT 'agreement', id, title FROM agreements WHERE title LIKE ? OR signed_place LIKE ? OR notes LIKE ? "
    "UNION ALL SELECT 'visit', id, title FROM visits WHERE title LIKE ? OR city LIKE ? OR purpose LIKE ? "
    "OR outcome LIKE ? OR notes LIKE ? "
    "UNION ALL SELECT 'plan', id, title FROM action_plans WHERE title LIKE ? OR notes LIKE ? "
    "UNION ALL SELECT 'activity', id, title FROM plan_activities WHERE title LIKE ? OR indicator LIKE ? "
    "UNION ALL SELECT 'initiative', id, title FROM initiatives WHERE title LIKE ? OR description LIKE ? "
    "OR notes LIKE ?");

const QString baselineConnection = QStringLiteral("saradnja-bench-unindexed");

QString ms(double value)
{
    return QString::number(value, 'f', 1);
}

ListQuery visitsQuery()
{
    ListQuery query;
    query.filters.insert(QStringLiteral("year"), 2019);
    query.filters.insert(QStringLiteral("country"), QStringLiteral("FR"));
    query.sortKey = QStringLiteral("start_date");
    query.limit = 200; // RecordListModel::pageSize
    return query;
}

} // namespace

BenchSuite::BenchSuite(QString databasePath, int iterations, QString workDir)
    : m_path(std::move(databasePath))
    , m_iterations(qMax(1, iterations))
    , m_workDir(std::move(workDir))
{
}

BenchSuite::~BenchSuite()
{
    m_db.reset();
    if (QSqlDatabase::contains(baselineConnection))
        QSqlDatabase::removeDatabase(baselineConnection);
}

Status BenchSuite::timed(Samples &samples, const std::function<Status()> &work)
{
    QElapsedTimer timer;
    timer.start();
    Status done = work();
    samples.add(double(timer.nsecsElapsed()) / 1e6);
    return done;
}

Result<QList<BenchResult>> BenchSuite::run()
{
    QList<BenchResult> results;
    // First, while nothing holds the register: the open as the app does it,
    // on the register as given, then on a compacted copy. The app compacts a
    // large register when it opens it and a compaction is due (never yet,
    // once a year, or grown by a quarter: Compaction::isDue), so the
    // compacted one is the register staff open day to day.
    double asGiven = 0;
    if (Status done = openAndDashboard(results, m_path, &asGiven); !done)
        return done.error();
    const QString compacted = QDir(m_workDir).filePath(QStringLiteral("bench-compacted.saradnja"));
    if (Status done = compactCopy(results, compacted); !done)
        return done.error();
    const Status openedCompacted = openAndDashboard(results, compacted, &asGiven);
    QFile::remove(compacted);
    if (!openedCompacted)
        return openedCompacted.error();
    OpenOptions options;
    options.autoBackup = false;
    auto opened = Database::open(m_path, options);
    if (!opened)
        return opened.error();
    m_db = std::move(opened.value());
    if (m_db->isReadOnly())
        return Error(ErrorCode::ReadOnly, QStringLiteral("the register is read-only or held by another copy"), m_path);
    for (auto step : {&BenchSuite::search, &BenchSuite::visitsList, &BenchSuite::loadPartnership,
                      &BenchSuite::saveVisit, &BenchSuite::overviewPdf}) {
        if (Status done = (this->*step)(results); !done)
            return done.error();
    }
    return results;
}

Status BenchSuite::compactCopy(QList<BenchResult> &results, const QString &copyPath)
{
    QFile::remove(copyPath);
    if (!QFile::copy(m_path, copyPath)) // nothing has the register open at this point
        return Error(ErrorCode::Io, QStringLiteral("could not copy the register"), copyPath);
    const qint64 before = QFileInfo(copyPath).size();
    BenchResult compaction{QStringLiteral("compaction, as the app does it when due"), {}, {}, true, {}};
    if (Status done = timed(compaction.samples, [&copyPath] { return Compaction::compactFile(copyPath); }); !done)
        return done;
    compaction.note = QStringLiteral("%1 MB -> %2 MB").arg(before / 1000000).arg(QFileInfo(copyPath).size() / 1000000);
    results << compaction;
    return {};
}

Status BenchSuite::openAndDashboard(QList<BenchResult> &results, const QString &path, double *asGivenMedian)
{
    // The first call measures the register as given, the second a compacted
    // copy, which it compares with the first.
    const bool compacted = *asGivenMedian > 0;
    // The app's way (MainWindow::openRegister): open without the check, the
    // check on a reader on a second thread, the dashboard meanwhile; changes
    // are possible once the check has passed.
    BenchResult total{compacted ? QStringLiteral("open + dashboard + quick check, compacted")
                             : QStringLiteral("open + dashboard + quick check, as given"),
                      {}, QStringLiteral("<= 300 ms"), true, {}};
    BenchResult shown{QStringLiteral("  until the dashboard is shown (UI thread)"), {}, QStringLiteral("<= 100 ms"), true, {}};
    BenchResult check{QStringLiteral("  the quick check, on its own thread"), {}, {}, true, {}};
    // The CLI's way, and the app's before: the check first, then the dashboard.
    BenchResult serial{QStringLiteral("  baseline: check first, then dashboard"), {}, {}, true, {}};
    const auto dashboard = [](const Database &db) {
        return Dashboard::compute(db, QDate::currentDate(), PartnershipStore::defaultCareMonths, Language::SerbianLatin);
    };
    for (int i = 0; i < m_iterations; ++i) {
        QElapsedTimer timer;
        timer.start();
        OpenOptions options;
        options.autoBackup = false; // the daily backup is a copy of the whole file, not part of opening
        options.checkLater = true;
        auto db = Database::open(path, options);
        if (!db)
            return db.error();
        Status checked;
        qint64 checkNs = 0;
        std::unique_ptr<QThread> thread(QThread::create([&path, &checked, &checkNs] {
            QElapsedTimer checkTimer;
            checkTimer.start();
            auto reader = Database::openReader(path);
            checked = reader ? Database::quickCheck(*reader.value()) : Status(reader.error());
            checkNs = checkTimer.nsecsElapsed();
        }));
        thread->start();
        auto data = dashboard(*db.value());
        const qint64 dashboardNs = timer.nsecsElapsed();
        thread->wait();
        if (!data)
            return data.error();
        if (!checked)
            return checked;
        if (Status passed = db.value()->checkPassed(); !passed)
            return passed;
        total.samples.add(double(timer.nsecsElapsed()) / 1e6);
        shown.samples.add(double(dashboardNs) / 1e6);
        check.samples.add(double(checkNs) / 1e6);
        db.value().reset();

        options.checkLater = false;
        timer.restart();
        auto checkedFirst = Database::open(path, options);
        if (!checkedFirst)
            return checkedFirst.error();
        auto again = dashboard(*checkedFirst.value());
        if (!again)
            return again.error();
        serial.samples.add(double(timer.nsecsElapsed()) / 1e6);
    }
    shown.met = shown.samples.median() <= 100;
    total.met = total.samples.median() <= 300;
    serial.note = QStringLiteral("median %1x the dashboard shown").arg(ms(serial.samples.median() / shown.samples.median()));
    if (!compacted) {
        *asGivenMedian = total.samples.median();
        results << total << check;
        return {};
    }
    total.note = QStringLiteral("median %1x the register as given").arg(QString::number(total.samples.median() / *asGivenMedian, 'f', 2));
    results << total << shown << check << serial;
    return {};
}

Status BenchSuite::search(QList<BenchResult> &results)
{
    BenchResult r{
        QStringLiteral("global search (10 queries)"), {}, QStringLiteral("median <= 20, p95 <= 50 ms"), true, {}};
    BenchResult naive{QStringLiteral("  baseline: LIKE '%...%' scan"), {}, {}, true, {}};
    const QSqlDatabase db = m_db->connection();
    int hits = 0;
    for (int i = 0; i < m_iterations; ++i) {
        for (const QString &query : queries) {
            const Status done = timed(r.samples, [&]() -> Status {
                auto found = SearchIndex::search(db, query, 100);
                if (!found)
                    return found.error();
                if (i == 0)
                    hits += int(found.value().size());
                return {};
            });
            if (!done)
                return done;
        }
    }
    const int baselineRuns = qMax(1, m_iterations / 4);
    for (int i = 0; i < baselineRuns; ++i) {
        for (const QString &query : queries) {
            const Status done = timed(naive.samples, [&]() -> Status {
                const QVariantList pattern(naiveSearch.count(QLatin1Char('?')),
                                           QLatin1Char('%') + query + QLatin1Char('%'));
                auto rows = Sql::run(db, naiveSearch, pattern);
                if (!rows)
                    return rows.error();
                while (rows.value().next()) {
                }
                return {};
            });
            if (!done)
                return done;
        }
    }
    r.met = r.samples.median() <= 20 && r.samples.percentile(95) <= 50;
    r.note = QStringLiteral("%1 hits in all").arg(hits);
    naive.note
        = QStringLiteral("median %1x the index").arg(ms(naive.samples.median() / qMax(1e-3, r.samples.median())));
    results << r << naive;
    return {};
}

Status BenchSuite::buildUnindexedCopy(const QString &path)
{
    QFile::remove(path);
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), baselineConnection);
        copy.setDatabaseName(path);
        if (!copy.open())
            return Sql::toError(copy.lastError(), QStringLiteral("cannot create the baseline copy"));
    }
    const QSqlDatabase copy = QSqlDatabase::database(baselineConnection);
    if (auto attached = Sql::run(copy, QStringLiteral("ATTACH DATABASE ? AS source"), {m_path}); !attached)
        return attached.error();
    // The tables the visits list reads, as they are (INTEGER PRIMARY KEYs and
    // the keys declared in their tables stay), without any CREATE INDEX.
    for (const QString &table : {QStringLiteral("countries"), QStringLiteral("organizations"), QStringLiteral("visits"),
                                 QStringLiteral("visit_organizations")}) {
        auto sql = Sql::scalar(
            copy, QStringLiteral("SELECT sql FROM source.sqlite_master WHERE type = 'table' AND name = ?"), {table});
        if (!sql)
            return sql.error();
        if (Status created = Sql::exec(copy, sql.value().toString()); !created)
            return created;
        if (Status filled = Sql::exec(copy, QStringLiteral("INSERT INTO main.%1 SELECT * FROM source.%1").arg(table));
            !filled)
            return filled;
    }
    return Sql::exec(copy, QStringLiteral("DETACH DATABASE source"));
}

Status BenchSuite::visitsList(QList<BenchResult> &results)
{
    BenchResult r{QStringLiteral("visits list: year+country, by date"), {}, QStringLiteral("<= 50 ms"), true, {}};
    BenchResult plain{QStringLiteral("  baseline: same list, no indexes"), {}, {}, true, {}};
    const ListQuery query = visitsQuery();
    VisitStore store(*m_db);
    qint64 total = 0;
    for (int i = 0; i < m_iterations; ++i) {
        const Status done = timed(r.samples, [&]() -> Status {
            auto page = store.list(query);
            if (!page)
                return page.error();
            total = page.value().total;
            return {};
        });
        if (!done)
            return done;
    }
    const QString copyPath = QDir(m_workDir).filePath(QStringLiteral("bench-unindexed.sqlite"));
    if (Status built = buildUnindexedCopy(copyPath); !built)
        return built;
    const QSqlDatabase copy = QSqlDatabase::database(baselineConnection);
    const int baselineRuns = qMax(1, m_iterations / 4);
    for (int i = 0; i < baselineRuns; ++i) {
        const Status done = timed(plain.samples, [&]() -> Status {
            auto page = RecordLister::fetch(copy, VisitStore::listSpec(), query);
            if (!page)
                return page.error();
            if (page.value().total != total)
                return Error(ErrorCode::Invalid, QStringLiteral("the baseline lists other visits"), {});
            return {};
        });
        if (!done)
            return done;
    }
    QSqlDatabase::database(baselineConnection).close();
    QSqlDatabase::removeDatabase(baselineConnection);
    QFile::remove(copyPath);
    r.met = r.samples.median() <= 50;
    r.note = QStringLiteral("%1 matching visits").arg(total);
    plain.note = QStringLiteral("median %1x the indexed list")
                     .arg(ms(plain.samples.median() / qMax(1e-3, r.samples.median())));
    results << r << plain;
    return {};
}

Status BenchSuite::loadPartnership(QList<BenchResult> &results)
{
    BenchResult r{QStringLiteral("load partnership + agreements + visits"), {}, QStringLiteral("<= 30 ms"), true, {}};
    auto ids = StoreSupport::ids(m_db->connection(), QStringLiteral("SELECT id FROM partnerships ORDER BY id"), {});
    if (!ids)
        return ids.error();
    if (ids.value().isEmpty())
        return Error(ErrorCode::NotFound, QStringLiteral("the register has no partnership"), {});
    PartnershipStore partnerships(*m_db);
    AgreementStore agreements(*m_db);
    VisitStore visits(*m_db);
    int timeline = 0;
    for (int i = 0; i < m_iterations; ++i) {
        const qint64 id = ids.value().at((qsizetype(i) * 7919) % ids.value().size());
        const Status done = timed(r.samples, [&]() -> Status {
            auto partnership = partnerships.get(id);
            if (!partnership)
                return partnership.error();
            timeline += int(partnership.value().timeline.size());
            // What the partnership editor shows beside it (PartnershipEditor::showLinked).
            ListQuery query;
            query.limit = 500;
            query.filters.insert(QStringLiteral("partnership"), id);
            query.sortKey = QStringLiteral("signed_on");
            if (auto page = agreements.list(query); !page)
                return page.error();
            query.filters.clear();
            query.filters.insert(QStringLiteral("partnership_id"), id);
            query.sortKey = QStringLiteral("start_date");
            query.order = Qt::DescendingOrder;
            if (auto page = visits.list(query); !page)
                return page.error();
            return {};
        });
        if (!done)
            return done;
    }
    r.met = r.samples.median() <= 30;
    r.note = QStringLiteral("%1 timeline entries on average").arg(timeline / m_iterations);
    results << r;
    return {};
}

Status BenchSuite::saveVisit(QList<BenchResult> &results)
{
    BenchResult r{QStringLiteral("save visit, 10 participants, durable"), {}, QStringLiteral("<= 10 ms"), true, {}};
    const QSqlDatabase db = m_db->connection();
    auto people = StoreSupport::ids(db, QStringLiteral("SELECT id FROM people ORDER BY id LIMIT 10"), {});
    auto hosts = StoreSupport::ids(
        db, QStringLiteral("SELECT id FROM organizations WHERE country = 'RS' ORDER BY id LIMIT 1"), {});
    if (!people || !hosts)
        return Error(ErrorCode::Sql, QStringLiteral("cannot read people"), {});
    VisitStore store(*m_db);
    QList<qint64> saved;
    for (int i = 0; i < m_iterations; ++i) {
        Visit v;
        v.title = QStringLiteral("Benchmark visit %1 – Čačak").arg(i + 1);
        v.direction = QStringLiteral("incoming");
        v.startDate = QDate(2026, 5, 1 + i % 28);
        v.city = QStringLiteral("Čačak");
        v.country = QStringLiteral("RS");
        v.purpose = QStringLiteral("razmena iskustava");
        if (!hosts.value().isEmpty())
            v.organizations.append({hosts.value().first(), QStringLiteral("host")});
        for (qint64 person : people.value())
            v.participants.append({0, person, 0, QStringLiteral("učesnik")});
        const Status done = timed(r.samples, [&]() -> Status {
            auto id = store.save(v); // one write transaction, committed with synchronous=FULL
            if (!id)
                return id.error();
            saved << id.value();
            return {};
        });
        if (!done)
            return done;
    }
    // The register is left as it was (but for the audit entries of these saves).
    for (qint64 id : saved) {
        if (Status removed = store.remove(id); !removed)
            return removed;
    }
    r.met = r.samples.median() <= 10;
    r.note = QStringLiteral("%1 participants each; removed again").arg(people.value().size());
    results << r;
    return {};
}

Status BenchSuite::overviewPdf(QList<BenchResult> &results)
{
    BenchResult r{QStringLiteral("Partnerships overview PDF"), {}, QStringLiteral(">= 50 pages/s"), true, {}};
    ReportRequest request;
    request.kind = QStringLiteral("partnerships");
    request.groupBy = QStringLiteral("country");
    const QString out = QDir(m_workDir).filePath(QStringLiteral("bench-overview.pdf"));
    int pages = 0;
    const int runs = qMax(1, qMin(m_iterations, 5));
    for (int i = 0; i < runs; ++i) {
        const Status done = timed(r.samples, [&]() -> Status {
            auto report = Reports::build(*m_db, request);
            if (!report)
                return report.error();
            return ReportPdf::write(*report.value(), out);
        });
        if (!done)
            return done;
    }
    auto report = Reports::build(*m_db, request);
    if (!report)
        return report.error();
    pages = ReportPdf::pageCount(*report.value());
    QFile::remove(out);
    const double perSecond = double(pages) / qMax(1e-6, r.samples.median() / 1000.0);
    r.met = perSecond >= 50;
    r.note = QStringLiteral("%1 pages, %2 pages/s").arg(pages).arg(ms(perSecond));
    results << r;
    return {};
}
