// SPDX-License-Identifier: GPL-3.0-or-later
// What holds the records together: deleting a record takes what hangs on it
// (tasks, attachments) and renaming an organisation re-indexes every record
// that names it.
#include "actionplanstore.h"
#include "agreementstore.h"
#include "attachmentstore.h"
#include "audittrail.h"
#include "database.h"
#include "initiativestore.h"
#include "membershipstore.h"
#include "organizationstore.h"
#include "partnershipstore.h"
#include "personstore.h"
#include "searchindex.h"
#include "sqlsupport.h"
#include "taskstore.h"
#include "testsupport.h"
#include "visitstore.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace TestSupport;

class TestRecordIntegrity : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_kragujevac = 0;
    qint64 m_cacak = 0;
    qint64 m_suresnes = 0;

    QSqlDatabase c() const { return m_db->connection(); }

    qint64 count(const QString &sql, const QVariantList &values = {}) const
    {
        return Sql::scalar(c(), sql, values).value().toLongLong();
    }

    qint64 serbian(const QString &name) const
    {
        auto found = OrganizationStore(*m_db).findByName(name, QStringLiteral("RS"));
        if (!found || !found.value())
            qFatal("no organisation %s", qPrintable(name));
        return *found.value();
    }

    bool finds(const QString &query, RecordKind kind, qint64 id) const
    {
        auto hits = SearchIndex::search(c(), query, 200, kind);
        if (!hits)
            return false;
        for (const SearchHit &hit : hits.value()) {
            if (hit.id == id)
                return true;
        }
        return false;
    }

    AuditAction lastAction(RecordKind kind, qint64 id) const
    {
        return AuditTrail::forRecord(c(), kind, id).value().last().action;
    }

    qint64 taskAbout(RecordKind kind, qint64 id, const QString &title) const
    {
        Task t;
        t.title = title;
        t.recordKind = RecordKinds::key(kind);
        t.recordId = id;
        auto saved = TaskStore(*m_db).save(t);
        if (!saved)
            qFatal("task not saved: %s", qPrintable(saved.error().toLogString()));
        return saved.value();
    }

    qint64 attach(RecordKind kind, qint64 id, const QString &fileName) const
    {
        auto added = AttachmentStore(*m_db).add(kind, id, fileName, QByteArrayLiteral("scan"));
        if (!added)
            qFatal("not attached: %s", qPrintable(added.error().toLogString()));
        return added.value();
    }

    qint64 tasksAbout(RecordKind kind, qint64 id) const
    {
        return count(QStringLiteral("SELECT count(*) FROM tasks WHERE record_kind = ? AND record_id = ?"),
                     {RecordKinds::key(kind), id});
    }

    qint64 attachmentsOf(RecordKind kind, qint64 id) const
    {
        return count(QStringLiteral("SELECT count(*) FROM attachments WHERE record_kind = ? AND record_id = ?"),
                     {RecordKinds::key(kind), id});
    }

    Partnership partnership() const
    {
        Partnership p;
        p.title = QStringLiteral("Prijateljstvo od 2004.");
        p.status = QStringLiteral("active");
        p.parties = {{m_kragujevac, QStringLiteral("lead")}, {m_suresnes, QStringLiteral("partner")}};
        return p;
    }

    // One saved record of every kind that names Suresnes: kind -> id.
    QList<std::pair<RecordKind, qint64>> recordsNamingSuresnes() const
    {
        QList<std::pair<RecordKind, qint64>> records;
        Partnership p = partnership();
        records.append({RecordKind::Partnership, PartnershipStore(*m_db).save(p).value()});
        Agreement a;
        a.title = QStringLiteral("Povelja o bratimljenju");
        a.parties = {{m_kragujevac, {}, {}}, {m_suresnes, {}, {}}};
        records.append({RecordKind::Agreement, AgreementStore(*m_db).save(a).value()});
        Visit v;
        v.title = QStringLiteral("Delegacija u Kragujevcu");
        v.startDate = QDate(2025, 5, 12);
        v.organizations = {{m_suresnes, QStringLiteral("guest")}, {m_kragujevac, QStringLiteral("host")}};
        records.append({RecordKind::Visit, VisitStore(*m_db).save(v).value()});
        Initiative i;
        i.title = QStringLiteral("Traži partnera u Srbiji");
        i.origin = QStringLiteral("foreign");
        i.requesterId = m_suresnes;
        i.openedOn = QDate(2025, 1, 10);
        records.append({RecordKind::Initiative, InitiativeStore(*m_db).save(i).value()});
        ActionPlan plan;
        plan.year = 2026;
        plan.title = QStringLiteral("Akcioni plan 2026");
        plan.partnerId = m_suresnes;
        records.append({RecordKind::Plan, ActionPlanStore(*m_db).save(plan).value()});
        Membership m;
        m.organizationId = m_suresnes;
        records.append({RecordKind::Membership, MembershipStore(*m_db).save(m).value()});
        Person person;
        person.fullName = QStringLiteral("Marie Dupont");
        person.organizationId = m_suresnes;
        records.append({RecordKind::Person, PersonStore(*m_db).save(person).value()});
        return records;
    }

private slots:
    void initTestCase() { isolateEnvironment(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = Database::open(createRegister(m_dir->path()));
        QVERIFY2(db, qPrintable(db.error().toLogString()));
        m_db = db.take();
        m_kragujevac = serbian(QStringLiteral("Kragujevac"));
        m_cacak = serbian(QStringLiteral("Čačak"));
        Organization suresnes;
        suresnes.name = QStringLiteral("Suresnes");
        suresnes.nameSr = QStringLiteral("Sirena");
        suresnes.kind = QStringLiteral("local_authority");
        suresnes.country = QStringLiteral("FR");
        QVERIFY(OrganizationStore(*m_db).save(suresnes));
        m_suresnes = suresnes.id;
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void deletingAPartnershipTakesItsTasksAndAttachments()
    {
        PartnershipStore store(*m_db);
        Partnership p = partnership();
        QVERIFY(store.save(p));
        const qint64 file = attach(RecordKind::Partnership, p.id, QStringLiteral("povelja.pdf"));
        const qint64 task = taskAbout(RecordKind::Partnership, p.id, QStringLiteral("Poslati čestitku gradonačelniku"));
        // A task about that task, with its own file, goes too; a task elsewhere stays.
        const qint64 followUp = taskAbout(RecordKind::Task, task, QStringLiteral("Proveriti adresu"));
        const qint64 followUpFile = attach(RecordKind::Task, followUp, QStringLiteral("adresa.txt"));
        const qint64 elsewhere = taskAbout(RecordKind::Organization, m_suresnes, QStringLiteral("Ažurirati kontakt"));
        QVERIFY(finds(QStringLiteral("честитку"), RecordKind::Task, task));

        QVERIFY(store.remove(p.id));

        QCOMPARE(store.get(p.id).error().code(), ErrorCode::NotFound);
        QCOMPARE(attachmentsOf(RecordKind::Partnership, p.id), qint64(0));
        QCOMPARE(tasksAbout(RecordKind::Partnership, p.id), qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tasks WHERE id IN (?, ?)"), {task, followUp}), qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attachments WHERE id IN (?, ?)"), {file, followUpFile}),
                 qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tasks WHERE id = ?"), {elsewhere}), qint64(1));
        // Audit: a Delete entry for each task (with what it was), for each file
        // (on its record) and, last, for the partnership.
        for (qint64 id : {task, followUp})
            QCOMPARE(lastAction(RecordKind::Task, id), AuditAction::Delete);
        const auto taskLog = AuditTrail::forRecord(c(), RecordKind::Task, task).value();
        QVERIFY(std::any_of(taskLog.last().changes.cbegin(), taskLog.last().changes.cend(), [](const FieldChange &f) {
            return f.field == QLatin1String("title") && f.before == QStringLiteral("Poslati čestitku gradonačelniku");
        }));
        const auto log = AuditTrail::forRecord(c(), RecordKind::Partnership, p.id).value();
        QCOMPARE(log.last().action, AuditAction::Delete);
        QVERIFY(std::any_of(log.cbegin(), log.cend() - 1, [](const AuditEntry &e) {
            return e.action == AuditAction::Delete
                   && std::any_of(e.changes.cbegin(), e.changes.cend(), [](const FieldChange &f) {
                          return f.field == QLatin1String("file_name") && f.before == QLatin1String("povelja.pdf");
                      });
        }));
        QCOMPARE(lastAction(RecordKind::Task, followUp), AuditAction::Delete);
        // Nothing of them is left in the search index.
        QVERIFY(!finds(QStringLiteral("честитку"), RecordKind::Task, task));
        QVERIFY(!finds(QStringLiteral("adresu"), RecordKind::Task, followUp));
        QVERIFY(finds(QStringLiteral("kontakt"), RecordKind::Task, elsewhere));
    }

    void everyRemoveTakesTasksAndAttachments_data()
    {
        QTest::addColumn<int>("kind");
        for (RecordKind kind :
             {RecordKind::Organization, RecordKind::Person, RecordKind::Partnership, RecordKind::Agreement,
              RecordKind::Visit, RecordKind::Initiative, RecordKind::Plan, RecordKind::Membership, RecordKind::Task})
            QTest::newRow(qPrintable(RecordKinds::key(kind))) << int(kind);
    }

    void everyRemoveTakesTasksAndAttachments()
    {
        QFETCH(int, kind);
        const auto recordKind = RecordKind(kind);
        qint64 id = 0;
        std::function<Status()> remove;
        if (recordKind == RecordKind::Organization) {
            Organization o;
            o.name = QStringLiteral("Ville de Test");
            o.kind = QStringLiteral("local_authority");
            o.country = QStringLiteral("FR");
            id = OrganizationStore(*m_db).save(o).value();
            remove = [&] { return OrganizationStore(*m_db).remove(id); };
        } else if (recordKind == RecordKind::Task) {
            id = taskAbout(RecordKind::Organization, m_cacak, QStringLiteral("Pozvati Čačak"));
            remove = [&] { return TaskStore(*m_db).remove(id); };
        } else {
            for (const auto &[k, recordId] : recordsNamingSuresnes()) {
                if (k == recordKind)
                    id = recordId;
            }
            remove = [&]() -> Status {
                switch (recordKind) {
                case RecordKind::Person:
                    return PersonStore(*m_db).remove(id);
                case RecordKind::Partnership:
                    return PartnershipStore(*m_db).remove(id);
                case RecordKind::Agreement:
                    return AgreementStore(*m_db).remove(id);
                case RecordKind::Visit:
                    return VisitStore(*m_db).remove(id);
                case RecordKind::Initiative:
                    return InitiativeStore(*m_db).remove(id);
                case RecordKind::Plan:
                    return ActionPlanStore(*m_db).remove(id);
                case RecordKind::Membership:
                    return MembershipStore(*m_db).remove(id);
                default:
                    return Error(ErrorCode::Invalid, QStringLiteral("unexpected kind"));
                }
            };
        }
        QVERIFY(id > 0);
        attach(recordKind, id, QStringLiteral("scan.pdf"));
        const qint64 task = taskAbout(recordKind, id, QStringLiteral("Javiti se"));
        const qint64 tasksBefore = count(QStringLiteral("SELECT count(*) FROM tasks"));

        const Status removed = remove();
        QVERIFY2(removed, qPrintable(removed.error().toLogString()));

        QCOMPARE(attachmentsOf(recordKind, id), qint64(0));
        QCOMPARE(tasksAbout(recordKind, id), qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tasks")),
                 tasksBefore - (recordKind == RecordKind::Task ? 2 : 1));
        QCOMPARE(lastAction(RecordKind::Task, task), AuditAction::Delete);
        QCOMPARE(lastAction(recordKind, id), AuditAction::Delete);
        QVERIFY(!finds(QStringLiteral("javiti"), RecordKind::Task, task));
    }

    void removingAnActivityTakesItsTasks()
    {
        ActionPlanStore store(*m_db);
        ActionPlan plan;
        plan.year = 2026;
        plan.title = QStringLiteral("Akcioni plan 2026");
        plan.partnerId = m_suresnes;
        PlanActivity concert;
        concert.title = QStringLiteral("Koncert");
        PlanActivity exhibition;
        exhibition.title = QStringLiteral("Izložba");
        plan.activities = {concert, exhibition};
        QVERIFY(store.save(plan));
        const qint64 removedActivity = plan.activities.at(1).id;
        const qint64 task = taskAbout(RecordKind::Activity, removedActivity, QStringLiteral("Iznajmiti salu"));
        const qint64 kept
            = taskAbout(RecordKind::Activity, plan.activities.at(0).id, QStringLiteral("Štampati plakate"));
        attach(RecordKind::Activity, removedActivity, QStringLiteral("sala.pdf"));

        plan.activities.removeLast();
        QVERIFY(store.save(plan));

        QCOMPARE(tasksAbout(RecordKind::Activity, removedActivity), qint64(0));
        QCOMPARE(attachmentsOf(RecordKind::Activity, removedActivity), qint64(0));
        QCOMPARE(lastAction(RecordKind::Task, task), AuditAction::Delete);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tasks WHERE id = ?"), {kept}), qint64(1));
    }

    void tasksAboutEachOtherAreDeletedOnce()
    {
        // Two tasks about each other: deleting one takes the other, once.
        const qint64 first = taskAbout(RecordKind::Organization, m_cacak, QStringLiteral("Prvi"));
        const qint64 second = taskAbout(RecordKind::Task, first, QStringLiteral("Drugi"));
        TaskStore store(*m_db);
        Task t = store.get(first).value();
        t.recordKind = RecordKinds::key(RecordKind::Task);
        t.recordId = second;
        QVERIFY(store.save(t));

        QVERIFY(store.remove(first));

        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tasks WHERE id IN (?, ?)"), {first, second}), qint64(0));
        for (qint64 id : {first, second}) {
            const auto log = AuditTrail::forRecord(c(), RecordKind::Task, id).value();
            QCOMPARE(std::count_if(log.cbegin(), log.cend(),
                                   [](const AuditEntry &e) { return e.action == AuditAction::Delete; }),
                     qsizetype(1));
        }
    }

    void erasingAPersonTakesTheFilesOnTheirTasks()
    {
        Person person;
        person.fullName = QStringLiteral("Marie Dupont");
        QVERIFY(PersonStore(*m_db).save(person));
        const qint64 task = taskAbout(RecordKind::Person, person.id, QStringLiteral("Pismo za Marie"));
        attach(RecordKind::Task, task, QStringLiteral("marie-dupont.pdf"));

        QVERIFY(PersonStore(*m_db).erase(person.id));

        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tasks WHERE id = ?"), {task}), qint64(0));
        QCOMPARE(attachmentsOf(RecordKind::Task, task), qint64(0));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE changes LIKE '%marie%'")), qint64(0));
    }

    void renamingAnOrganizationReindexesThePartnership()
    {
        PartnershipStore partnerships(*m_db);
        Partnership p = partnership(); // its title does not name Suresnes
        QVERIFY(partnerships.save(p));
        Partnership other;
        other.title = QStringLiteral("Kragujevac – Čačak");
        other.parties = {{m_kragujevac, {}}, {m_cacak, {}}};
        QVERIFY(partnerships.save(other));
        QVERIFY(finds(QStringLiteral("Sirena"), RecordKind::Partnership, p.id));
        QVERIFY(!finds(QStringLiteral("ville de suresnes"), RecordKind::Partnership, p.id));

        OrganizationStore organizations(*m_db);
        Organization suresnes = organizations.get(m_suresnes).value();
        suresnes.name = QStringLiteral("Ville de Suresnes");
        suresnes.nameSr = QStringLiteral("Surena");
        QVERIFY(organizations.save(suresnes));

        QVERIFY(finds(QStringLiteral("ville de suresnes"), RecordKind::Partnership, p.id));
        QVERIFY(finds(QStringLiteral("вилле де суреснес"), RecordKind::Partnership, p.id));
        QVERIFY(finds(QStringLiteral("surena"), RecordKind::Partnership, p.id));
        // The old Serbian name is gone; "Suresnes" is still part of the new name.
        QVERIFY(!finds(QStringLiteral("sirena"), RecordKind::Partnership, p.id));
        QVERIFY(finds(QStringLiteral("suresnes"), RecordKind::Partnership, p.id));
        // A partnership that does not name it is left alone.
        QVERIFY(!finds(QStringLiteral("ville"), RecordKind::Partnership, other.id));
        QVERIFY(finds(QStringLiteral("čačak"), RecordKind::Partnership, other.id));
    }

    void renamingAnOrganizationReindexesEveryRecordNamingIt()
    {
        const auto records = recordsNamingSuresnes();
        for (const auto &[kind, id] : records) {
            QVERIFY2(finds(QStringLiteral("suresnes"), kind, id), qPrintable(RecordKinds::key(kind)));
            QVERIFY2(!finds(QStringLiteral("ville"), kind, id), qPrintable(RecordKinds::key(kind)));
        }
        OrganizationStore organizations(*m_db);
        Organization suresnes = organizations.get(m_suresnes).value();
        suresnes.name = QStringLiteral("Ville de Suresnes");
        suresnes.acronym = QStringLiteral("VdS");
        QVERIFY(organizations.save(suresnes));

        for (const auto &[kind, id] : records)
            QVERIFY2(finds(QStringLiteral("ville de suresnes"), kind, id), qPrintable(RecordKinds::key(kind)));
        // The acronym is among the names every record but an initiative (name
        // and Cyrillic name of the requester only) keeps.
        for (const auto &[kind, id] : records) {
            if (kind != RecordKind::Initiative)
                QVERIFY2(finds(QStringLiteral("vds"), kind, id), qPrintable(RecordKinds::key(kind)));
        }
        // A membership is listed under the organisation's name.
        const qint64 membership = records.at(5).second;
        const auto hits = SearchIndex::search(c(), QStringLiteral("ville"), 50, RecordKind::Membership).value();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().id, membership);
        QCOMPARE(hits.first().title, QStringLiteral("Ville de Suresnes"));
    }

    void aRefusedDeleteKeepsTasksAndAttachments()
    {
        Partnership p = partnership();
        QVERIFY(PartnershipStore(*m_db).save(p));
        attach(RecordKind::Organization, m_suresnes, QStringLiteral("grb.png"));
        const qint64 task = taskAbout(RecordKind::Organization, m_suresnes, QStringLiteral("Pozvati Suresnes"));
        const qint64 auditBefore = count(QStringLiteral("SELECT count(*) FROM audit_log"));

        const Status removed = OrganizationStore(*m_db).remove(m_suresnes); // a partnership still names it
        QVERIFY(!removed);
        QCOMPARE(removed.error().code(), ErrorCode::Invalid);

        QCOMPARE(attachmentsOf(RecordKind::Organization, m_suresnes), qint64(1));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tasks WHERE id = ?"), {task}), qint64(1));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
        QVERIFY(finds(QStringLiteral("pozvati"), RecordKind::Task, task));
    }
};

QTEST_GUILESS_MAIN(TestRecordIntegrity)
#include "tst_recordintegrity.moc"
