// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "guisupport.h"
#include "mainwindow.h"
#include "organizationstore.h"
#include "partnershipstore.h"
#include "recordeditor.h"
#include "referencedata.h"
#include "sampledata.h"
#include "sections.h"
#include "sectionpage.h"
#include "sqlsupport.h"
#include "testsupport.h"
#include "undohistory.h"

#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace TestSupport;
using namespace GuiSupport;

// Delete asks first and can be undone; edits and creations are undone and
// redone through the Edit menu, and the list and the editor follow.
class TestUndo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_registers = 0;

    std::unique_ptr<MainWindow> window()
    {
        // A fresh copy of the example register for each test.
        m_path = m_dir.filePath(QStringLiteral("undo%1.db").arg(++m_registers));
        auto db = Database::create(m_path, [](Database &created) {
            Status loaded = ReferenceData::load(created);
            return loaded ? SampleData::load(created) : loaded;
        });
        if (!db)
            qFatal("%s", qPrintable(db.error().toLogString()));
        auto w = std::make_unique<MainWindow>();
        w->setDatabase(db.take());
        w->resize(1400, 900);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            qWarning("the window was not shown");
        return w;
    }

    static SectionPage *showSection(MainWindow *w, RecordKind kind)
    {
        w->showSection(1 + int(Sections::order().indexOf(kind))); // after the dashboard
        return w->section(kind);
    }

    static qint64 count(MainWindow *w, const QString &table)
    {
        return Sql::scalar(w->database()->connection(), QStringLiteral("SELECT count(*) FROM ") + table).value().toLongLong();
    }

    static QAction *editAction(MainWindow *w, const QString &prefix)
    {
        for (QAction *menu : w->menuBar()->actions()) {
            if (menu->text() != QLatin1String("&Edit"))
                continue;
            for (QAction *action : menu->menu()->actions()) {
                if (action->text().startsWith(prefix))
                    return action;
            }
        }
        qFatal("no Edit menu action %s", qPrintable(prefix));
        return nullptr;
    }

private slots:
    void initTestCase() { isolateEnvironment(); }

    void undoRestoresADeletedRecord()
    {
        auto w = window();
        SectionPage *page = showSection(w.get(), RecordKind::Partnership);
        const qint64 partnerships = count(w.get(), QStringLiteral("partnerships"));
        const qint64 id = page->model()->idAt(0);
        const QString title = PartnershipStore(*w->database()).get(id).value().title;
        QVERIFY(page->openRecord(id));
        QVERIFY(page->deleteButton()->isEnabled());

        // Cancelled: nothing happens.
        QString question;
        answerNextMessageBox(QMessageBox::Cancel, &question);
        QTest::mouseClick(page->deleteButton(), Qt::LeftButton);
        QVERIFY(question.contains(title));
        QCOMPARE(count(w.get(), QStringLiteral("partnerships")), partnerships);
        QVERIFY(!w->undoHistory()->stack()->canUndo());

        answerNextMessageBox(QMessageBox::Yes);
        QTest::mouseClick(page->deleteButton(), Qt::LeftButton);
        QCOMPARE(count(w.get(), QStringLiteral("partnerships")), partnerships - 1);
        QCOMPARE(page->model()->rowOf(id), -1);
        QVERIFY(!page->deleteButton()->isEnabled());

        QAction *undo = editAction(w.get(), QStringLiteral("&Undo"));
        QVERIFY(undo->isEnabled());
        QVERIFY(undo->text().contains(title));
        undo->trigger();
        QCOMPARE(count(w.get(), QStringLiteral("partnerships")), partnerships);
        QCOMPARE(PartnershipStore(*w->database()).get(id).value().title, title);
        QVERIFY(page->model()->rowOf(id) >= 0);
        QCOMPARE(page->editor()->recordId(), id);

        editAction(w.get(), QStringLiteral("&Redo"))->trigger();
        QCOMPARE(count(w.get(), QStringLiteral("partnerships")), partnerships - 1);
        QCOMPARE(page->model()->rowOf(id), -1);
        w->undo();
        QVERIFY(PartnershipStore(*w->database()).get(id));
    }

    // The Delete key deletes from the list, and types in a text field.
    void deleteKeyInTheListOnly()
    {
        auto w = window();
        SectionPage *page = showSection(w.get(), RecordKind::Organization);
        const qint64 before = count(w.get(), QStringLiteral("organizations"));
        page->filterEdit()->setFocus();
        QTest::keyClick(page->filterEdit(), Qt::Key_Delete);
        QCOMPARE(count(w.get(), QStringLiteral("organizations")), before);

        // An organisation no partnership names can go.
        const qint64 id = Sql::scalar(w->database()->connection(),
                                      QStringLiteral("SELECT id FROM organizations WHERE id NOT IN (SELECT organization_id FROM partnership_parties) "
                                                     "AND id NOT IN (SELECT organization_id FROM agreement_parties) "
                                                     "AND id NOT IN (SELECT organization_id FROM visit_organizations) "
                                                     "AND id NOT IN (SELECT coalesce(partner_id, 0) FROM action_plans) "
                                                     "AND id NOT IN (SELECT organization_id FROM memberships) ORDER BY id LIMIT 1"))
                              .value()
                              .toLongLong();
        QVERIFY(page->openRecord(id));
        page->view()->setFocus();
        answerNextMessageBox(QMessageBox::Yes);
        QTest::keyClick(page->view(), Qt::Key_Delete);
        QCOMPARE(count(w.get(), QStringLiteral("organizations")), before - 1);
        w->undo();
        QCOMPARE(count(w.get(), QStringLiteral("organizations")), before);
    }

    // A delete the store refuses says why and leaves nothing to undo.
    void aRefusedDeleteChangesNothing()
    {
        auto w = window();
        SectionPage *page = showSection(w.get(), RecordKind::Organization);
        const qint64 id = Sql::scalar(w->database()->connection(),
                                      QStringLiteral("SELECT organization_id FROM partnership_parties LIMIT 1"))
                              .value()
                              .toLongLong();
        QVERIFY(page->openRecord(id));
        const qint64 before = count(w.get(), QStringLiteral("organizations"));
        QString message;
        answerNextMessageBox(QMessageBox::Yes);
        QTimer::singleShot(50, this, [&message] { answerNextMessageBox(QMessageBox::Ok, &message); });
        QTest::mouseClick(page->deleteButton(), Qt::LeftButton);
        QCOMPARE(count(w.get(), QStringLiteral("organizations")), before);
        QVERIFY(!message.isEmpty());
        QVERIFY(!w->undoHistory()->stack()->canUndo());
    }

    // An edit saved from the editor is undone and redone; so is a creation.
    void editsAndCreationsAreUndone()
    {
        auto w = window();
        SectionPage *page = showSection(w.get(), RecordKind::Organization);
        const qint64 id = page->model()->idAt(0);
        QVERIFY(page->openRecord(id));
        const QString original = OrganizationStore(*w->database()).get(id).value().name;
        auto *name = field<QLineEdit>(page->editor(), QStringLiteral("Name"));
        name->selectAll();
        keyClicks(name, QStringLiteral("Novo ime"));
        QVERIFY(page->editor()->save());
        QCOMPARE(OrganizationStore(*w->database()).get(id).value().name, QStringLiteral("Novo ime"));

        w->undo();
        QCOMPARE(OrganizationStore(*w->database()).get(id).value().name, original);
        QCOMPARE(name->text(), original); // the editor shows the record as it is now
        QVERIFY(!page->editor()->isDirty());
        w->redo();
        QCOMPARE(OrganizationStore(*w->database()).get(id).value().name, QStringLiteral("Novo ime"));

        const qint64 organizations = count(w.get(), QStringLiteral("organizations"));
        page->newRecord();
        keyClicks(field<QLineEdit>(page->editor(), QStringLiteral("Name")), QStringLiteral("Opština Mionica"));
        QVERIFY(page->editor()->save());
        const qint64 created = page->editor()->recordId();
        QCOMPARE(count(w.get(), QStringLiteral("organizations")), organizations + 1);
        w->undo();
        QCOMPARE(count(w.get(), QStringLiteral("organizations")), organizations);
        QCOMPARE(page->model()->rowOf(created), -1);
        w->redo();
        QCOMPARE(OrganizationStore(*w->database()).get(created).value().name, QStringLiteral("Opština Mionica"));
    }

    // Another register starts with an empty history.
    void historyIsPerRegister()
    {
        auto w = window();
        SectionPage *page = showSection(w.get(), RecordKind::Partnership);
        QVERIFY(page->openRecord(page->model()->idAt(0)));
        answerNextMessageBox(QMessageBox::Yes);
        page->deleteRecord();
        QVERIFY(w->undoHistory()->stack()->canUndo());
        QTemporaryDir other;
        const QString path = createRegister(other.path());
        QVERIFY(w->openRegister(path));
        QVERIFY(!w->undoHistory()->stack()->canUndo());
    }

    void nothingToDeleteInAReadOnlyRegister()
    {
        QTemporaryDir dir;
        const QString path = createRegister(dir.path());
        OpenOptions options;
        options.access = AccessMode::ReadOnly;
        auto db = Database::open(path, options);
        QVERIFY(db);
        MainWindow w;
        w.setDatabase(db.take());
        w.show();
        SectionPage *page = showSection(&w, RecordKind::Organization);
        QVERIFY(page->openRecord(page->model()->idAt(0)));
        QVERIFY(!page->deleteButton()->isEnabled());
    }
};

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"
