// SPDX-License-Identifier: GPL-3.0-or-later
#include "apptranslator.h"
#include "backupmanager.h"
#include "compaction.h"
#include "archivetransfer.h"
#include "database.h"
#include "mainwindow.h"
#include "migrations.h"
#include "organizationstore.h"
#include "recordeditor.h"
#include "sectionpage.h"
#include "sqlsupport.h"
#include "storagepaths.h"
#include "windowhost.h"
#include "readonlybanner.h"
#include "registerinfopage.h"
#include "guisupport.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QStatusBar>
#include <QMenuBar>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    // Shows window with the register at path opened, its check passed and
    // its first daily backup taken (whose rotation would otherwise race
    // with backups a test makes).
    static bool openChecked(MainWindow &window, const QString &path)
    {
        window.show();
        QSignalSpy checked(&window, &MainWindow::registerChecked);
        QSignalSpy dailyBackup(&window, &MainWindow::dailyBackupFinished);
        if (!window.openRegister(path) || !checked.wait(30000) || !checked.constFirst().at(0).value<Status>().ok())
            return false;
        return !dailyBackup.isEmpty() || dailyBackup.wait(30000);
    }

    // A Serbian organisation saved in the window's register (id 0 on failure).
    static qint64 saveOrganization(MainWindow &window, const QString &name)
    {
        Organization o;
        o.name = name;
        o.country = QStringLiteral("RS");
        return OrganizationStore(*window.database()).save(o) ? o.id : 0;
    }

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

    // The register shows at once; its quick check runs off the UI thread and,
    // until it has passed, nothing can be changed (the status bar says why).
    void checksTheRegisterAfterShowingIt()
    {
        QTemporaryDir dir;
        const QString path = createRegister(dir.path());
        MainWindow window;
        window.show();
        QSignalSpy checked(&window, &MainWindow::registerChecked);
        QVERIFY(window.openRegister(path));
        // The check's result comes back through the event loop, not yet run here.
        QVERIFY(window.database()->isCheckPending());
        SectionPage *page = window.section(RecordKind::Organization);
        QVERIFY(!page->newButton()->isEnabled());
        auto *field = page->editor()->findChild<QLineEdit *>();
        QVERIFY(field && field->isReadOnly());
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Checking the register")));
        QVERIFY(window.banner()->isHidden());

        QVERIFY(checked.wait(30000));
        QVERIFY(checked.constFirst().at(0).value<Status>().ok());
        QVERIFY(!window.database()->isReadOnly());
        QVERIFY(page->newButton()->isEnabled());
        QVERIFY(!field->isReadOnly());
        QCOMPARE(window.statusBar()->currentMessage(), window.database()->path());
        Organization o;
        o.name = QStringLiteral("Opština Čoka");
        o.country = QStringLiteral("RS");
        QVERIFY(OrganizationStore(*window.database()).save(o));
    }

    // A register whose check fails is closed again, with the reason, unchanged.
    void closesARegisterWhoseCheckFails()
    {
        QTemporaryDir dir;
        const QString path = createRegister(dir.path());
        QVERIFY(damageTablePage(path, QStringLiteral("visit_programme")));
        const QByteArray before = sha256(path);

        MainWindow window;
        window.show();
        QSignalSpy checked(&window, &MainWindow::registerChecked);
        QVERIFY(window.openRegister(path));
        QString message;
        GuiSupport::answerNextMessageBox(QMessageBox::Ok, &message);
        QVERIFY(checked.wait(30000));
        const Status status = checked.constFirst().at(0).value<Status>();
        QVERIFY(!status);
        QCOMPARE(status.error().code(), ErrorCode::Damaged);
        QVERIFY2(message.contains(QStringLiteral("damaged")), qPrintable(message));
        QVERIFY(!window.database());
        QCOMPARE(sha256(path), before);
        QVERIFY(!QFile::exists(StoragePaths::journalPath(path)));
    }

    // A register of an older version is upgraded off the UI thread behind a
    // progress dialog that cannot be cancelled halfway, then opened.
    void upgradesAnOlderRegisterOffTheUiThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.saradnja"));
        QVERIFY(copyFixture(1, path));
        MainWindow window;
        window.show();
        QSignalSpy upgraded(&window, &MainWindow::registerPrepared);
        QSignalSpy checked(&window, &MainWindow::registerChecked);
        QVERIFY(window.openRegister(path));
        // Returned before the upgrade: nothing is open yet, and the dialog offers no Cancel.
        QVERIFY(!window.database());
        auto *progress = window.findChild<QProgressDialog *>();
        QVERIFY(progress);
        QVERIFY(progress->findChildren<QPushButton *>().isEmpty());
        progress->show();
        QTest::keyClick(progress, Qt::Key_Escape);
        QVERIFY(progress->close() == false);
        QVERIFY(progress->isVisible());

        QVERIFY(upgraded.wait(60000));
        QVERIFY(upgraded.constFirst().at(0).value<Status>().ok());
        QVERIFY(window.database());
        QCOMPARE(window.database()->schemaVersion(), Migrations::latestVersion());
        QVERIFY(window.windowTitle().contains(QStringLiteral("old.saradnja")));
        int beforeUpgrade = 0;
        for (const BackupInfo &backup : BackupManager(path).list())
            beforeUpgrade += backup.reason.startsWith(QLatin1String("before-upgrade")) ? 1 : 0;
        QCOMPARE(beforeUpgrade, 1);
        QTRY_VERIFY(!window.findChild<QProgressDialog *>());
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 30000); // checked once more, as every opening is
        QVERIFY(checked.constFirst().at(0).value<Status>().ok());
        QVERIFY(!window.database()->isReadOnly());
    }

    // An older register whose check fails is not upgraded: the reason is shown, the file is unchanged.
    void refusesToUpgradeADamagedRegister()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.saradnja"));
        QVERIFY(copyFixture(1, path));
        QVERIFY(damageTablePage(path, QStringLiteral("themes")));
        const QByteArray before = sha256(path);
        MainWindow window;
        window.show();
        QSignalSpy upgraded(&window, &MainWindow::registerPrepared);
        QVERIFY(window.openRegister(path));
        QString message;
        GuiSupport::answerNextMessageBox(QMessageBox::Ok, &message);
        QVERIFY(upgraded.wait(60000));
        const Status status = upgraded.constFirst().at(0).value<Status>();
        QCOMPARE(Error::codeName(status.error().code()), Error::codeName(ErrorCode::Damaged));
        QVERIFY2(message.contains(QStringLiteral("damaged")), qPrintable(message));
        QVERIFY(!window.database());
        QCOMPARE(sha256(path), before);
        QVERIFY(BackupManager(path).list().isEmpty());
    }

    // A large register whose compaction is due is compacted before it opens, off the UI thread.
    void compactsALargeRegisterBeforeOpeningIt()
    {
        QTemporaryDir dir;
        const QString path = createRegister(dir.path());
        growRegister(path, int(Compaction::minimumSize / (1024 * 1024)) + 1);
        rawExec(path, {QStringLiteral("DELETE FROM filler WHERE rowid % 8 = 0")});
        const qint64 before = QFileInfo(path).size();
        MainWindow window;
        window.show();
        QSignalSpy prepared(&window, &MainWindow::registerPrepared);
        QVERIFY(window.openRegister(path));
        QVERIFY(!window.database()); // returned at once
        QVERIFY(prepared.wait(60000));
        QVERIFY(prepared.constFirst().at(0).value<Status>().ok());
        QVERIFY(window.database());
        QVERIFY(QFileInfo(path).size() < before);
        auto last = Compaction::lastRecord(*window.database());
        QVERIFY(last && last.value().at.isValid());
        QVERIFY(!Compaction::isDue(QFileInfo(path).size(), last.value(), QDateTime::currentDateTime()));
        QVERIFY(window.banner()->isHidden());
    }

    // File ▸ Compact Register: compacted on a second connection, the user where they were.
    void compactRegisterKeepsThePlace()
    {
        QTemporaryDir dir;
        const QString path = createRegister(dir.path());
        MainWindow window;
        QVERIFY(openChecked(window, path));
        const qint64 id = saveOrganization(window, QStringLiteral("Grad Čačak"));
        QVERIFY(id > 0);
        QVERIFY(window.openRecord(RecordKind::Organization, id));
        const MainWindow::Place here = window.place();
        QCOMPARE(here.record, id);

        QSignalSpy compacted(&window, &MainWindow::registerCompacted);
        Database *const open = window.database();
        window.compactRegister();
        QVERIFY(window.findChild<QProgressDialog *>()->isVisible()); // at once: the window takes no input meanwhile
        QVERIFY(compacted.wait(60000));
        QVERIFY2(compacted.constFirst().at(0).value<Status>().ok(),
                 qPrintable(compacted.constFirst().at(0).value<Status>().error().toLogString()));
        QCOMPARE(window.database(), open); // kept open, its lock too
        auto last = Compaction::lastRecord(*window.database());
        QVERIFY(last && last.value().at.isValid());
        QCOMPARE(window.place().page, here.page);
        QCOMPARE(window.place().record, here.record);
    }

    // A restore checks and copies off the UI thread, then swaps the backup in.
    void restoresABackupOffTheUiThread()
    {
        QTemporaryDir dir;
        const QString path = createRegister(dir.path());
        MainWindow window;
        QVERIFY(openChecked(window, path));
        const qint64 kept = saveOrganization(window, QStringLiteral("Grad Kragujevac"));
        auto backup = BackupManager(path).createBackup(*window.database());
        QVERIFY(backup);
        const qint64 later = saveOrganization(window, QStringLiteral("Opština Žabalj"));
        QVERIFY(kept > 0 && later > 0);

        auto *page = window.findChild<RegisterInfoPage *>();
        QVERIFY(page);
        QSignalSpy restored(&window, &MainWindow::backupRestored);
        GuiSupport::answerNextMessageBox(QMessageBox::Yes);
        emit page->restoreRequested(backup.value());
        QVERIFY(restored.isEmpty()); // returned before the work was done
        QVERIFY(window.findChild<QProgressDialog *>());
        QVERIFY(restored.wait(30000));
        const Status status = restored.constFirst().at(0).value<Status>();
        QVERIFY2(status.ok(), qPrintable(status.error().toLogString()));
        OrganizationStore store(*window.database());
        QVERIFY(store.get(kept));
        QVERIFY(!store.get(later));
        QVERIFY(!window.database()->isReadOnly());
        int safety = 0;
        for (const BackupInfo &info : BackupManager(path).list())
            safety += info.reason == QLatin1String("before-restore") ? 1 : 0;
        QCOMPARE(safety, 1);
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.restoring-*")}).isEmpty());
    }

    // A register closed while its restore was being prepared is not restored, and says so.
    void restoreOfARegisterClosedMeanwhileSaysSo()
    {
        QTemporaryDir dir;
        const QString path = createRegister(dir.path());
        MainWindow window;
        QVERIFY(openChecked(window, path));
        auto backup = BackupManager(path).createBackup(*window.database());
        QVERIFY(backup);
        QSignalSpy restored(&window, &MainWindow::backupRestored);
        GuiSupport::answerNextMessageBox(QMessageBox::Yes);
        emit window.findChild<RegisterInfoPage *>()->restoreRequested(backup.value());
        std::unique_ptr<Database> closed = window.takeDatabase();
        const QString before = dumpContent(path); // through SQLite: the file is open here
        QString message;
        GuiSupport::answerNextMessageBox(QMessageBox::Ok, &message);
        QVERIFY(restored.wait(30000));
        QVERIFY(!restored.constFirst().at(0).value<Status>().ok());
        QVERIFY2(message.contains(QStringLiteral("closed meanwhile")), qPrintable(message));
        QCOMPARE(dumpContent(path), before);
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.restoring-*")}).isEmpty());
    }

    // Neither restore nor compaction touches a register another copy holds.
    void restoreAndCompactionRefuseARegisterHeldElsewhere()
    {
        QTemporaryDir dir;
        const QString path = createRegister(dir.path());
        auto backup = [&] {
            auto db = Database::open(path);
            return BackupManager(path).createBackup(*db.value());
        }();
        QVERIFY(backup);
        QProcess holder;
        holder.start(helperPath(), {QStringLiteral("hold"), path});
        QVERIFY(holder.waitForReadyRead(20000));
        MainWindow window;
        window.show();
        QVERIFY(window.openRegister(path));
        QVERIFY(window.database()->isReadOnly());
        const int backups = int(BackupManager(path).list().size());
        QString message;
        GuiSupport::answerNextMessageBox(QMessageBox::Ok, &message);
        emit window.findChild<RegisterInfoPage *>()->restoreRequested(backup.value());
        QVERIFY2(message.contains(QStringLiteral("Another copy")), qPrintable(message));
        message.clear();
        GuiSupport::answerNextMessageBox(QMessageBox::Ok, &message);
        window.compactRegister();
        QVERIFY2(message.contains(QStringLiteral("Another copy")), qPrintable(message));
        QCOMPARE(int(BackupManager(path).list().size()), backups);
        QVERIFY(!window.findChild<QProgressDialog *>());
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(20000));
    }

    // Opening returns before the daily backup, which is taken off the UI
    // thread; it then appears in the backups folder, checked.
    void takesTheDailyBackupInTheBackground()
    {
        QTemporaryDir dir;
        const QString path = createRegister(dir.path());
        const BackupManager backups(path);
        QVERIFY(backups.list().isEmpty());
        QVERIFY(backups.isDailyBackupDue(QDateTime::currentDateTime()));
        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::dailyBackupFinished);
        QVERIFY(window.openRegister(path));
        QVERIFY(finished.isEmpty()); // not waited for by the open
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY(finished.constFirst().at(0).value<Status>().ok());
        QCOMPARE(backups.list().size(), 1);
        QVERIFY(Database::verifyFile(backups.list().constFirst().filePath));
        QVERIFY(window.banner()->isHidden());

        // Not due again the same day: a second open takes none.
        MainWindow second;
        QSignalSpy again(&second, &MainWindow::dailyBackupFinished);
        window.takeDatabase();
        QVERIFY(second.openRegister(path));
        QTest::qWait(200);
        QVERIFY(again.isEmpty());
        QCOMPARE(backups.list().size(), 1);
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
