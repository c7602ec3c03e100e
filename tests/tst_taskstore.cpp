// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittrail.h"
#include "database.h"
#include "searchindex.h"
#include "sqlsupport.h"
#include "taskstore.h"
#include "testsupport.h"
#include "visitstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

const QDate today = QDate::currentDate();

OpenOptions quietOpen(AccessMode access = AccessMode::ReadWrite)
{
    OpenOptions options;
    options.access = access;
    options.autoBackup = false;
    return options;
}

} // namespace

class TestTaskStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_template;
    int m_copies = 0;

    // A fresh register with the reference data (a copy of one made once).
    std::unique_ptr<Database> freshRegister()
    {
        const QString path = m_dir.filePath(QStringLiteral("copy%1.db").arg(++m_copies));
        if (!QFile::copy(m_template, path))
            qFatal("cannot copy the template register");
        auto db = Database::open(path, quietOpen());
        if (!db)
            qFatal("cannot open %s", qPrintable(db.error().toLogString()));
        return db.take();
    }

    static qint64 scalar(const Database &db, const QString &sql, const QVariantList &values = {})
    {
        auto value = Sql::scalar(db.connection(), sql, values);
        return value ? value.value().toLongLong() : -1;
    }

    static qint64 count(const Database &db)
    {
        return scalar(db, QStringLiteral("SELECT count(*) FROM tasks"));
    }

    static qint64 visit(const Database &db)
    {
        Visit v;
        v.title = QStringLiteral("Delegation");
        v.startDate = QDate(2026, 5, 11);
        auto saved = VisitStore(db).save(v);
        if (!saved)
            qFatal("cannot save visit: %s", qPrintable(saved.error().toLogString()));
        return saved.value();
    }

    static Task basic(const QString &title = QStringLiteral("Pozvati Kragujevac"))
    {
        Task t;
        t.title = title;
        t.dueOn = QDate(2026, 3, 1);
        t.assignee = QStringLiteral("Jelena");
        return t;
    }

    static QList<qint64> searchIds(const Database &db, const QString &query)
    {
        QList<qint64> ids;
        auto hits = SearchIndex::search(db.connection(), query, 50, RecordKind::Task);
        for (const SearchHit &hit : hits.valueOr({}))
            ids << hit.id;
        return ids;
    }

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        QVERIFY(m_dir.isValid());
        m_template = createRegister(m_dir.path(), QStringLiteral("template.db"));
    }

    void savesReadsBackAuditsAndIndexes()
    {
        auto db = freshRegister();
        TaskStore store(*db);
        const qint64 v = visit(*db);
        Task t = basic();
        t.recordKind = QStringLiteral("visit");
        t.recordId = v;
        t.notes = QStringLiteral("Poslati program posete");
        auto saved = store.save(t);
        QVERIFY2(saved, qPrintable(saved.error().toLogString()));
        const Task r = store.get(t.id).value();
        QCOMPARE(r.title, t.title);
        QCOMPARE(r.dueOn, QDate(2026, 3, 1));
        QVERIFY(!r.done);
        QVERIFY(!r.doneOn.isValid());
        QCOMPARE(r.assignee, QStringLiteral("Jelena"));
        QCOMPARE(r.recordKind, QStringLiteral("visit"));
        QCOMPARE(r.recordId, v);
        QCOMPARE(r.notes, t.notes);
        QCOMPARE(r.auditFields(), t.auditFields());

        QCOMPARE(searchIds(*db, QStringLiteral("крагујевац")), QList<qint64>{t.id});
        QCOMPARE(searchIds(*db, QStringLiteral("посете")), QList<qint64>{t.id});
        QCOMPARE(searchIds(*db, QStringLiteral("jelena")), QList<qint64>{t.id});

        t.title = QStringLiteral("Pozvati Čačak");
        QVERIFY(store.save(t));
        QVERIFY(searchIds(*db, QStringLiteral("Kragujevac")).isEmpty());
        QCOMPARE(searchIds(*db, QStringLiteral("чачак")), QList<qint64>{t.id});
        QVERIFY(store.remove(t.id));
        QVERIFY(searchIds(*db, QStringLiteral("cacak")).isEmpty());
        QCOMPARE(count(*db), 0);

        auto entries = AuditTrail::forRecord(db->connection(), RecordKind::Task, t.id);
        QVERIFY(entries);
        QCOMPARE(entries.value().size(), 3);
        QCOMPARE(entries.value().at(0).action, AuditAction::Insert);
        QCOMPARE(entries.value().at(1).action, AuditAction::Update);
        QCOMPARE(entries.value().at(1).changes.size(), 1);
        QCOMPARE(entries.value().at(1).changes.first().field, QStringLiteral("title"));
        QCOMPARE(entries.value().at(1).changes.first().after, QStringLiteral("Pozvati Čačak"));
        QCOMPARE(entries.value().at(2).action, AuditAction::Delete);
        QCOMPARE(store.get(t.id).error().code(), ErrorCode::NotFound);
        QCOMPARE(store.remove(t.id).error().code(), ErrorCode::NotFound);
    }

    void validationRules_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("title") << QStringLiteral("title");
        QTest::newRow("unknown kind") << QStringLiteral("record_kind");
        QTest::newRow("id without kind") << QStringLiteral("record_kind");
        QTest::newRow("kind without id") << QStringLiteral("record_id");
        QTest::newRow("missing record") << QStringLiteral("record_id");
        QTest::newRow("record of another kind") << QStringLiteral("record_id");
    }

    void validationRules()
    {
        QFETCH(QString, field);
        auto db = freshRegister();
        TaskStore store(*db);
        const qint64 v = visit(*db);
        Task t = basic();
        t.recordKind = QStringLiteral("visit");
        t.recordId = v;
        QVERIFY(store.validate(t).isClean());
        const QString row = QString::fromLatin1(QTest::currentDataTag());
        if (row == QLatin1String("title"))
            t.title = QStringLiteral("   ");
        else if (row == QLatin1String("unknown kind"))
            t.recordKind = QStringLiteral("spaceship");
        else if (row == QLatin1String("id without kind"))
            t.recordKind.clear();
        else if (row == QLatin1String("kind without id"))
            t.recordId = 0;
        else if (row == QLatin1String("missing record"))
            t.recordId = v + 1;
        else if (row == QLatin1String("record of another kind"))
            t.recordKind = QStringLiteral("initiative"); // no initiative has the visit's id
        QVERIFY2(!store.validate(t).errorFor(field).isEmpty(), qPrintable(row));
        const qint64 before = count(*db);
        const qint64 auditBefore = scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log"));
        QCOMPARE(store.save(t).error().code(), ErrorCode::Invalid);
        QCOMPARE(t.id, 0);
        QCOMPARE(count(*db), before);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
    }

    void recordsOfEveryKindAreFound()
    {
        auto db = freshRegister();
        TaskStore store(*db);
        // A task on an organisation (reference data) and on another task.
        Task onOrg = basic();
        onOrg.recordKind = QStringLiteral("organization");
        onOrg.recordId = scalar(*db, QStringLiteral("SELECT id FROM organizations WHERE reference_key = 'skgo'"));
        QVERIFY(store.save(onOrg));
        Task onTask = basic(QStringLiteral("Follow-up"));
        onTask.recordKind = QStringLiteral("task");
        onTask.recordId = onOrg.id;
        QVERIFY(store.save(onTask));
        Task standalone = basic(QStringLiteral("Standalone"));
        QVERIFY(store.save(standalone));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT record_id IS NULL FROM tasks WHERE id = ?"), {standalone.id}), 1);
    }

    void doneDateFollowsDone()
    {
        auto db = freshRegister();
        TaskStore store(*db);
        Task t = basic();
        t.done = true;
        QVERIFY(store.save(t));
        QCOMPARE(t.doneOn, today);
        QCOMPARE(store.get(t.id).value().doneOn, today);

        t.done = false;
        QVERIFY(store.save(t));
        QVERIFY(!store.get(t.id).value().doneOn.isValid());

        t.done = true;
        t.doneOn = QDate(2026, 2, 27); // a date given is kept
        QVERIFY(store.save(t));
        QCOMPARE(store.get(t.id).value().doneOn, QDate(2026, 2, 27));

        Task open = basic(QStringLiteral("Open"));
        open.doneOn = QDate(2026, 2, 27); // not done: no date
        QVERIFY(store.save(open));
        QVERIFY(!store.get(open.id).value().doneOn.isValid());
    }

    void setDoneMarksAndUnmarks()
    {
        auto db = freshRegister();
        TaskStore store(*db);
        Task t = basic();
        QVERIFY(store.save(t));
        QVERIFY(store.setDone(t.id, true));
        QVERIFY(store.get(t.id).value().done);
        QCOMPARE(store.get(t.id).value().doneOn, today);
        QVERIFY(store.setDone(t.id, false));
        QVERIFY(!store.get(t.id).value().done);
        QVERIFY(!store.get(t.id).value().doneOn.isValid());
        auto entries = AuditTrail::forRecord(db->connection(), RecordKind::Task, t.id);
        QCOMPARE(entries.value().size(), 3);
        QStringList fields;
        for (const FieldChange &change : entries.value().at(1).changes)
            fields << change.field;
        QCOMPARE(fields, (QStringList{QStringLiteral("done"), QStringLiteral("done_on")}));
        QCOMPARE(store.setDone(999999, true).error().code(), ErrorCode::NotFound);
    }

    void overdueTasks()
    {
        auto db = freshRegister();
        TaskStore store(*db);
        const QDate fixedToday(2026, 3, 10);
        QList<qint64> ids;
        struct Row { QDate due; bool done; };
        for (const Row &row : {Row{QDate(2026, 3, 9), false}, Row{QDate(2026, 3, 10), false}, Row{QDate(2026, 2, 1), true},
                               Row{QDate(), false}, Row{QDate(2026, 1, 5), false}}) {
            Task t = basic();
            t.dueOn = row.due;
            t.done = row.done;
            QVERIFY(store.save(t));
            ids << t.id;
        }
        QCOMPARE(store.overdue(fixedToday).value(), (QList<qint64>{ids[4], ids[0]}));
        QCOMPARE(store.overdue(QDate(2026, 1, 5)).value(), QList<qint64>{});
        Task first = store.get(ids[0]).value();
        QVERIFY(first.isOverdue(fixedToday));
        QVERIFY(!first.isOverdue(QDate(2026, 3, 9)));
        QVERIFY(!store.get(ids[3]).value().isOverdue(fixedToday));
    }

    void tasksForARecord()
    {
        auto db = freshRegister();
        TaskStore store(*db);
        const qint64 v = visit(*db);
        const qint64 other = visit(*db);
        QList<qint64> ids;
        struct Row { QDate due; bool done; qint64 record; };
        for (const Row &row : {Row{QDate(), false, v}, Row{QDate(2026, 4, 1), true, v}, Row{QDate(2026, 5, 1), false, v},
                               Row{QDate(2026, 3, 1), false, v}, Row{QDate(2026, 1, 1), false, other}}) {
            Task t = basic();
            t.dueOn = row.due;
            t.done = row.done;
            t.recordKind = QStringLiteral("visit");
            t.recordId = row.record;
            QVERIFY(store.save(t));
            ids << t.id;
        }
        auto tasks = store.forRecord(RecordKind::Visit, v);
        QVERIFY(tasks);
        QList<qint64> found;
        for (const Task &t : tasks.value())
            found << t.id;
        // Open ones by due date (undated last), then done ones.
        QCOMPARE(found, (QList<qint64>{ids[3], ids[2], ids[0], ids[1]}));
        QCOMPARE(tasks.value().first().recordId, v);
        QVERIFY(store.forRecord(RecordKind::Initiative, v).value().isEmpty());
    }

    void listFiltersSortsAndPages()
    {
        auto db = freshRegister();
        TaskStore store(*db);
        const qint64 v = visit(*db);
        QList<qint64> ids;
        struct Row { const char *title; QDate due; bool done; const char *assignee; bool onVisit; };
        for (const Row &row : {Row{"Echo", QDate(2026, 3, 1), false, "Jelena", true},
                               Row{"Delta", QDate(2026, 3, 5), true, "Marko", false},
                               Row{"Charlie", QDate(2026, 3, 20), false, "Jelena", false},
                               Row{"Bravo", QDate(), false, "Marko", true},
                               Row{"Alpha", QDate(2026, 2, 1), false, "Ana", false}}) {
            Task t = basic(QString::fromLatin1(row.title));
            t.dueOn = row.due;
            t.done = row.done;
            t.assignee = QString::fromLatin1(row.assignee);
            if (row.onVisit) {
                t.recordKind = QStringLiteral("visit");
                t.recordId = v;
            }
            QVERIFY(store.save(t));
            ids << t.id;
        }
        ListQuery query;
        auto all = store.list(query);
        QVERIFY2(all, qPrintable(all.error().toLogString()));
        QCOMPARE(all.value().total, 5);
        QCOMPARE(all.value().columnKeys,
                 (QStringList{QStringLiteral("due_on"), QStringLiteral("title"), QStringLiteral("done"),
                              QStringLiteral("assignee"), QStringLiteral("record_kind")}));
        // By due date, undated last.
        QCOMPARE(all.value().ids, (QList<qint64>{ids[4], ids[0], ids[1], ids[2], ids[3]}));

        auto filtered = [&](const QString &key, const QVariant &value) {
            ListQuery q;
            q.filters.insert(key, value);
            auto page = store.list(q);
            return page ? page.value().ids : QList<qint64>{-1};
        };
        QCOMPARE(filtered(QStringLiteral("done"), true), QList<qint64>{ids[1]});
        QCOMPARE(filtered(QStringLiteral("done"), false), (QList<qint64>{ids[4], ids[0], ids[2], ids[3]}));
        QCOMPARE(filtered(QStringLiteral("overdue"), QStringLiteral("2026-03-10")), (QList<qint64>{ids[4], ids[0]}));
        QCOMPARE(filtered(QStringLiteral("overdue"), QDate(2026, 3, 1)), QList<qint64>{ids[4]});
        QCOMPARE(filtered(QStringLiteral("record_kind"), QStringLiteral("visit")), (QList<qint64>{ids[0], ids[3]}));
        QCOMPARE(filtered(QStringLiteral("assignee"), QStringLiteral("Marko")), (QList<qint64>{ids[1], ids[3]}));

        query.sortKey = QStringLiteral("title");
        query.limit = 2;
        query.offset = 2;
        auto page = store.list(query);
        QVERIFY(page);
        QCOMPARE(page.value().total, 5);
        QCOMPARE(page.value().ids, (QList<qint64>{ids[2], ids[1]})); // Charlie, Delta
        query.offset = 4;
        QCOMPARE(store.list(query).value().ids, QList<qint64>{ids[0]});
        // Quick filter on the assignee, through the search index.
        query = ListQuery();
        query.text = QStringLiteral("марко");
        QCOMPARE(store.list(query).value().ids, (QList<qint64>{ids[1], ids[3]}));
    }

    void readOnlyRegisterRefusesWrites()
    {
        QString path;
        qint64 id = 0;
        {
            auto db = freshRegister();
            path = db->path();
            Task t = basic();
            QVERIFY(TaskStore(*db).save(t));
            id = t.id;
        }
        auto db = Database::open(path, quietOpen(AccessMode::ReadOnly));
        QVERIFY(db);
        TaskStore store(*db.value());
        Task t = store.get(id).value();
        t.title = QStringLiteral("Changed");
        QCOMPARE(store.save(t).error().code(), ErrorCode::ReadOnly);
        QCOMPARE(store.setDone(id, true).error().code(), ErrorCode::ReadOnly);
        QCOMPARE(store.remove(id).error().code(), ErrorCode::ReadOnly);
        QCOMPARE(store.get(id).value().title, QStringLiteral("Pozvati Kragujevac"));
        QVERIFY(!store.get(id).value().done);
    }
};

QTEST_GUILESS_MAIN(TestTaskStore)
#include "tst_taskstore.moc"
