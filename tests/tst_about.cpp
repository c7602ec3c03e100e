// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"
#include "appidentity.h"
#include "database.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QTest>
#include <QTimer>

using namespace TestSupport;

class TestAbout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { isolateEnvironment(); }

    void showsVersionSchemaAndLicence()
    {
        AboutDialog dialog;
        QVERIFY(dialog.versionText().contains(QStringLiteral(SARADNJA_VERSION)));
        QVERIFY(dialog.versionText().contains(QString::number(Database::latestSchemaVersion())));
        QVERIFY(dialog.licenceText().contains(QStringLiteral("GPL-3.0-or-later")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (const QString dir = qEnvironmentVariable("SARADNJA_SCREENSHOTS"); !dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/about.png"));
    }

    void helpMenuOpensTheDialog()
    {
        MainWindow window;
        auto *about = window.findChild<QAction *>(QStringLiteral("aboutAction"));
        QVERIFY(about);
        bool seen = false;
        QTimer::singleShot(0, &window, [&seen] {
            for (QWidget *top : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<AboutDialog *>(top); dialog && dialog->isVisible()) {
                    seen = dialog->versionText().contains(AppIdentity::version());
                    dialog->reject();
                }
            }
        });
        about->trigger();
        QVERIFY(seen);
    }

    void registerFilesGetTheirExtension()
    {
        QVERIFY(MainWindow::registerFileFilter().contains(QStringLiteral("*.saradnja")));
        QVERIFY(MainWindow::registerFileFilter().contains(QStringLiteral("*.db")));
        QCOMPARE(MainWindow::withRegisterSuffix(QStringLiteral("/tmp/x")), QStringLiteral("/tmp/x.saradnja"));
        QCOMPARE(MainWindow::withRegisterSuffix(QStringLiteral("/tmp/x.db")), QStringLiteral("/tmp/x.db"));
    }

    void desktopVersionNamesTheSchema()
    {
        QProcess process;
        process.start(QStringLiteral(SARADNJA_DESKTOP), {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
                 QStringLiteral("saradnja %1 (register schema %2)")
                     .arg(QStringLiteral(SARADNJA_VERSION))
                     .arg(Database::latestSchemaVersion()));
    }
};

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
