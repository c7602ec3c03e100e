// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentstore.h"
#include "database.h"
#include "organizationstore.h"
#include "partnershipstore.h"
#include "recordstores.h"
#include "referencedata.h"
#include "sampledata.h"
#include "searchindex.h"
#include "snapshotstore.h"
#include "sqlsupport.h"
#include "storesupport.h"
#include "taskstore.h"
#include "testsupport.h"
#include "visitstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

// Undo and redo rest on SnapshotStore: a record taken whole and put back
// must leave the register exactly as it was, whatever hangs on it.
class TestSnapshotStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QVariant scalar(const QString &sql, const QVariantList &values = {}) const
    {
        return Sql::scalar(m_db->connection(), sql, values).valueOr({});
    }

    QList<qint64> idsOf(RecordKind kind) const
    {
        return StoreSupport::ids(m_db->connection(), QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(StoreSupport::tableOf(kind)))
            .valueOr({});
    }

    // Every row of every table but the audit trail (which grows with each
    // change by design) and the search index's own storage (whose segments
    // differ after a delete and re-insert); the search entries themselves are in.
    QString content() const
    {
        QStringList tables;
        auto names = Sql::run(m_db->connection(),
                              QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'search_index_%' "
                                             "AND name <> 'audit_log' ORDER BY name"));
        while (names && names.value().next())
            tables << names.value().value(0).toString();
        QStringList lines;
        for (const QString &table : std::as_const(tables)) {
            auto rows = Sql::run(m_db->connection(), QStringLiteral("SELECT rowid, * FROM \"%1\"").arg(table));
            QStringList texts;
            while (rows && rows.value().next()) {
                QStringList fields;
                for (int i = 0; i < 64 && rows.value().value(i).isValid(); ++i)
                    fields << rows.value().value(i).toString();
                texts << table + QLatin1Char('|') + fields.join(QLatin1Char('|'));
            }
            texts.sort();
            lines << texts;
        }
        return lines.join(QLatin1Char('\n'));
    }

    static void compareLines(const QString &actual, const QString &expected)
    {
        if (actual == expected)
            return;
        const QStringList a = actual.split(QLatin1Char('\n'));
        const QStringList e = expected.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < qMax(a.size(), e.size()); ++i)
            QCOMPARE(a.value(i), e.value(i));
    }

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        auto db = Database::create(m_dir.filePath(QStringLiteral("snapshots.db")), [](Database &created) {
            Status loaded = ReferenceData::load(created);
            return loaded ? SampleData::load(created) : loaded;
        });
        QVERIFY2(db, qPrintable(db.error().toLogString()));
        m_db = db.take();

        // Something of every sort hangs on the first partnership: a task with
        // an attachment, a file, and a visit that names it.
        const qint64 partnership = idsOf(RecordKind::Partnership).first();
        Task task;
        task.title = QStringLiteral("Pozvati delegaciju");
        task.recordKind = RecordKinds::key(RecordKind::Partnership);
        task.recordId = partnership;
        QVERIFY(TaskStore(*m_db).save(task));
        QVERIFY(AttachmentStore(*m_db).add(RecordKind::Task, task.id, QStringLiteral("poziv.txt"), "poziv"));
        QVERIFY(AttachmentStore(*m_db).add(RecordKind::Partnership, partnership, QStringLiteral("povelja.pdf"),
                                           QByteArray("%PDF-1.4 povelja", 16)));
        const qint64 visit = idsOf(RecordKind::Visit).first();
        QVERIFY(Sql::run(m_db->connection(), QStringLiteral("UPDATE visits SET partnership_id = ? WHERE id = ?"),
                         {partnership, visit}));
    }

    // Every record of every kind that its store lets go: deleted, then put
    // back from its snapshot, the register is as it was; redone, it is gone again.
    void deleteAndRestoreEveryRecord_data()
    {
        QTest::addColumn<int>("kind");
        for (RecordKind kind : RecordKinds::all()) {
            if (kind != RecordKind::Activity)
                QTest::newRow(qPrintable(RecordKinds::key(kind))) << int(kind);
        }
    }

    void deleteAndRestoreEveryRecord()
    {
        QFETCH(int, kind);
        const auto recordKind = RecordKind(kind);
        SnapshotStore snapshots(*m_db);
        int restored = 0;
        for (qint64 id : idsOf(recordKind)) {
            const QString before = content();
            auto snapshot = snapshots.capture(recordKind, id, RecordSnapshot::Scope::WithDependents);
            QVERIFY2(snapshot, qPrintable(snapshot.error().toLogString()));
            QVERIFY(snapshot.value().exists());
            if (!RecordStores::remove(*m_db, recordKind, id))
                continue; // refused by its store (still named elsewhere): nothing to undo
            QVERIFY(!StoreSupport::recordExists(m_db->connection(), recordKind, id));
            const QString deleted = content();

            auto replaced = snapshots.restore(snapshot.value());
            QVERIFY2(replaced, qPrintable(replaced.error().toLogString()));
            QVERIFY(!replaced.value().exists());
            compareLines(content(), before);

            auto redone = snapshots.restore(replaced.value());
            QVERIFY2(redone, qPrintable(redone.error().toLogString()));
            compareLines(content(), deleted);
            QVERIFY(snapshots.restore(redone.value()));
            compareLines(content(), before);
            ++restored;
        }
        QVERIFY2(restored > 0, "no record of this kind could be deleted");
    }

    void theTasksAndFilesComeBackWithTheirRecord()
    {
        const qint64 partnership = idsOf(RecordKind::Partnership).first();
        auto snapshot = SnapshotStore(*m_db).capture(RecordKind::Partnership, partnership, RecordSnapshot::Scope::WithDependents);
        QVERIFY(snapshot);
        // The task, its file and the partnership's file; the visit's reference.
        QCOMPARE(snapshot.value().dependents.size(), 3);
        QVERIFY(std::any_of(snapshot.value().links.cbegin(), snapshot.value().links.cend(), [](const SnapshotLink &link) {
            return link.table == QLatin1String("visits") && link.column == QLatin1String("partnership_id");
        }));
        QVERIFY(PartnershipStore(*m_db).remove(partnership));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM visits WHERE partnership_id = ?"), {partnership}).toInt(), 0);
        QVERIFY(SnapshotStore(*m_db).restore(snapshot.value()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM visits WHERE partnership_id = ?"), {partnership}).toInt(), 1);
        QCOMPARE(AttachmentStore(*m_db).forRecord(RecordKind::Partnership, partnership).value().size(), 1);
        QCOMPARE(TaskStore(*m_db).forRecord(RecordKind::Partnership, partnership).value().size(), 1);
        QCOMPARE(SearchIndex::search(m_db->connection(), snapshot.value().label(), 5, RecordKind::Partnership).value().first().id,
                 partnership);
    }

    // An edit undone and redone: the saved values, the child rows (parties,
    // themes) and the search entry follow.
    void anEditUndoneAndRedone()
    {
        PartnershipStore store(*m_db);
        const qint64 id = idsOf(RecordKind::Partnership).last();
        SnapshotStore snapshots(*m_db);
        auto before = snapshots.capture(RecordKind::Partnership, id);
        QVERIFY(before);
        const QString original = content();

        Partnership changed = store.get(id).value();
        changed.title = QStringLiteral("Bratimljenje Zlatibor");
        changed.themeIds.clear();
        QVERIFY(store.save(changed));
        const QString edited = content();
        auto after = snapshots.capture(RecordKind::Partnership, id);
        QVERIFY(after);

        auto undone = snapshots.restore(before.value());
        QVERIFY2(undone, qPrintable(undone.error().toLogString()));
        compareLines(content(), original);
        QVERIFY(SearchIndex::search(m_db->connection(), QStringLiteral("Златибор"), 5, RecordKind::Partnership).value().isEmpty());
        QCOMPARE(undone.value().label(), QStringLiteral("Bratimljenje Zlatibor"));

        QVERIFY(snapshots.restore(undone.value()));
        compareLines(content(), edited);
        QCOMPARE(SearchIndex::search(m_db->connection(), QStringLiteral("Златибор"), 5, RecordKind::Partnership).value().size(), 1);
        QVERIFY(snapshots.restore(before.value()));
        compareLines(content(), original);
    }

    // A rename undone: records whose search entries hold the name are found
    // by the old name again.
    void anOrganizationRenameUndone()
    {
        OrganizationStore organizations(*m_db);
        const qint64 id = scalar(QStringLiteral("SELECT organization_id FROM partnership_parties LIMIT 1")).toLongLong();
        auto before = SnapshotStore(*m_db).capture(RecordKind::Organization, id);
        QVERIFY(before);
        Organization renamed = organizations.get(id).value();
        renamed.name = QStringLiteral("Kraljevo Qwerty");
        QVERIFY(organizations.save(renamed));
        QVERIFY(!SearchIndex::search(m_db->connection(), QStringLiteral("qwerty"), 5, RecordKind::Partnership).value().isEmpty());
        QVERIFY(SnapshotStore(*m_db).restore(before.value()));
        QVERIFY(SearchIndex::search(m_db->connection(), QStringLiteral("qwerty"), 5, RecordKind::Partnership).value().isEmpty());
    }

    // Undoing a creation deletes the record with the tasks made about it
    // since; redoing brings both back under the same ids.
    void aCreationUndone()
    {
        OrganizationStore organizations(*m_db);
        Organization created;
        created.kind = QStringLiteral("municipality");
        created.name = QStringLiteral("Opština Mionica");
        created.country = QStringLiteral("RS");
        QVERIFY(organizations.save(created));
        RecordSnapshot nothing;
        nothing.kind = RecordKind::Organization;
        nothing.id = created.id;
        nothing.scope = RecordSnapshot::Scope::WithDependents;
        Task task;
        task.title = QStringLiteral("Poslati pismo");
        task.recordKind = RecordKinds::key(RecordKind::Organization);
        task.recordId = created.id;
        QVERIFY(TaskStore(*m_db).save(task));

        auto undone = SnapshotStore(*m_db).restore(nothing);
        QVERIFY(undone);
        QVERIFY(!organizations.get(created.id));
        QVERIFY(!TaskStore(*m_db).get(task.id));
        QVERIFY(SnapshotStore(*m_db).restore(undone.value()));
        QCOMPARE(organizations.get(created.id).value().name, created.name);
        QCOMPARE(TaskStore(*m_db).get(task.id).value().title, task.title);
        QVERIFY(organizations.remove(created.id));
    }

    // When what the snapshot refers to is gone, nothing is put back and the
    // message says why.
    void aRestoreThatNoLongerFitsChangesNothing()
    {
        const qint64 visit = scalar(QStringLiteral("SELECT visit_id FROM visit_participants WHERE person_id IS NOT NULL LIMIT 1")).toLongLong();
        QVERIFY(visit > 0);
        const qint64 person = scalar(QStringLiteral("SELECT person_id FROM visit_participants WHERE visit_id = ? AND person_id IS NOT NULL"),
                                     {visit}).toLongLong();
        auto snapshot = SnapshotStore(*m_db).capture(RecordKind::Visit, visit, RecordSnapshot::Scope::WithDependents);
        QVERIFY(snapshot);
        QVERIFY(VisitStore(*m_db).remove(visit));
        QVERIFY(RecordStores::remove(*m_db, RecordKind::Person, person));
        const QString before = content();
        auto restored = SnapshotStore(*m_db).restore(snapshot.value());
        QVERIFY(!restored);
        QVERIFY(restored.error().message().contains(QLatin1String("changed since")));
        compareLines(content(), before);
    }

    void aReadOnlyRegisterIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("snapshots.db"));
        auto snapshot = SnapshotStore(*m_db).capture(RecordKind::Organization, idsOf(RecordKind::Organization).first());
        QVERIFY(snapshot);
        m_db.reset();
        OpenOptions options;
        options.access = AccessMode::ReadOnly;
        auto readOnly = Database::open(path, options);
        QVERIFY2(readOnly, qPrintable(readOnly.error().toLogString()));
        auto restored = SnapshotStore(*readOnly.value()).restore(snapshot.value());
        QVERIFY(!restored);
        QCOMPARE(restored.error().code(), ErrorCode::ReadOnly);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotStore)
#include "tst_snapshotstore.moc"
