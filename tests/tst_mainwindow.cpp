// SPDX-License-Identifier: GPL-3.0-or-later
#include "apptranslator.h"
#include "archivetransfer.h"
#include "database.h"
#include "mainwindow.h"
#include "organizationstore.h"
#include "recordeditor.h"
#include "sectionpage.h"
#include "sqlsupport.h"
#include "windowhost.h"
#include "readonlybanner.h"
#include "guisupport.h"
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

    // File ▸ Export Archive… and Import Archive…: the archive is written off
    // the UI thread, and importing it builds a new register that the window opens.
    void exportsAndImportsAnArchive()
    {
        QTemporaryDir dir;
        const QString path = createRegister(dir.path());
        MainWindow window;
        QVERIFY(window.openRegister(path));
        window.show();
        QStringList fileMenu;
        for (QAction *action : window.menuBar()->actions().constFirst()->menu()->actions())
            fileMenu << action->text();
        QVERIFY(fileMenu.contains(QStringLiteral("E&xport Archive…")));
        QVERIFY(fileMenu.contains(QStringLiteral("&Import Archive…")));

        auto *archives = window.findChild<ArchiveTransfer *>();
        QVERIFY(archives);
        QSignalSpy exported(archives, &ArchiveTransfer::exported);
        QSignalSpy failed(archives, &ArchiveTransfer::failed);
        const QString archive = dir.filePath(QStringLiteral("register.zip"));
        archives->exportTo(path, archive);
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 30000);
        QVERIFY(QFileInfo(archive).size() > 1000);

        QSignalSpy imported(archives, &ArchiveTransfer::imported);
        const QString copy = dir.filePath(QStringLiteral("copy.saradnja"));
        archives->importFrom(archive, copy);
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 30000);
        QVERIFY(window.windowTitle().contains(QStringLiteral("copy.saradnja")));
        QCOMPARE(window.database()->path(), QFileInfo(copy).absoluteFilePath());

        // A second import onto the same file is refused with a message; nothing changes.
        const QByteArray before = sha256(copy);
        QString message;
        GuiSupport::answerNextMessageBox(QMessageBox::Ok, &message);
        archives->importFrom(archive, copy);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
        QCOMPARE(failed.constFirst().at(1).value<Error>().code(), ErrorCode::FileExists);
        QCOMPARE(sha256(copy), before);
        QVERIFY2(message.contains(QStringLiteral("already exists")), qPrintable(message));
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
