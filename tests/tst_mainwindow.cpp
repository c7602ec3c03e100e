// SPDX-License-Identifier: GPL-3.0-or-later
#include "apptranslator.h"
#include "database.h"
#include "mainwindow.h"
#include "organizationstore.h"
#include "recordeditor.h"
#include "sectionpage.h"
#include "sqlsupport.h"
#include "windowhost.h"
#include "readonlybanner.h"
#include "testsupport.h"

#include <QApplication>
#include <QMenuBar>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateEnvironment(); }

    void showsTheOpenRegister()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("register.db"));
        QVERIFY(Database::create(path));
        MainWindow window;
        QVERIFY(window.openRegister(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QStringLiteral("register.db")));
        QVERIFY(window.banner()->isHidden());
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text();
        QVERIFY(menus.contains(QStringLiteral("&File")));
    }

    // Settings change the language: the window comes back in it at once, with
    // the same register (not reopened), section and record.
    void switchesLanguageKeepingThePlace()
    {
        AppTranslator::install(Language::English);
        QTemporaryDir dir;
        const QString path = createRegister(dir.path());
        WindowHost host;
        QVERIFY(host.window()->openRegister(path));
        host.window()->show();
        const Database *db = host.window()->database();
        const qint64 id = Sql::scalar(db->connection(), QStringLiteral("SELECT max(id) FROM organizations")).value().toLongLong();
        QVERIFY(host.window()->openRecord(RecordKind::Organization, id));
        const MainWindow::Place before = host.window()->place();
        QCOMPARE(before.record, id);
        QCOMPARE(host.window()->menuBar()->actions().first()->text(), QStringLiteral("&File"));

        QSignalSpy replaced(&host, &WindowHost::windowReplaced);
        emit host.window()->languageChangeRequested(Language::SerbianCyrillic);
        QVERIFY(replaced.wait(10000));
        MainWindow *w = host.window();
        QVERIFY(w->isVisible());
        QCOMPARE(w->database(), db);
        QCOMPARE(w->menuBar()->actions().first()->text(), QStringLiteral("&Датотека"));
        QCOMPARE(w->menuBar()->actions().at(1)->text(), QStringLiteral("&Уређивање"));
        QVERIFY(w->windowTitle().endsWith(QStringLiteral("— Сарадња")));
        QCOMPARE(w->place().page, before.page);
        QCOMPARE(w->place().record, id);
        QCOMPARE(w->section(RecordKind::Organization)->editor()->recordId(), id);

        emit w->languageChangeRequested(Language::English);
        QVERIFY(replaced.wait(10000));
        QCOMPARE(host.window()->menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }

    void bannerForARegisterHeldByAnotherCopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("register.db"));
        QVERIFY(Database::create(path));
        QProcess holder;
        holder.start(helperPath(), {QStringLiteral("hold"), path});
        QVERIFY(holder.waitForReadyRead(20000));

        MainWindow window;
        QVERIFY(window.openRegister(path));
        window.show();
        QVERIFY(window.database()->isReadOnly());
        QVERIFY(window.banner()->isVisible());
        QVERIFY(window.banner()->text().contains(QStringLiteral("Another copy of Saradnja")));

        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(20000));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
