// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "mainwindow.h"
#include "readonlybanner.h"
#include "testsupport.h"

#include <QApplication>
#include <QMenuBar>
#include <QProcess>
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
