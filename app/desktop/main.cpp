// SPDX-License-Identifier: GPL-3.0-or-later
#include "appicon.h"
#include "appidentity.h"
#include "apptranslator.h"
#include "database.h"
#include "mainwindow.h"
#include "referencedata.h"
#include "sampledata.h"
#include "screenshottour.h"
#include "settingsdialog.h"
#include "storagepaths.h"
#include "welcomedialog.h"
#include "windowhost.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

#include <csignal>
#include <cstdio>

namespace {

// The register of the first start, as the welcome screen lets the user choose.
bool startFromWelcome(MainWindow &window)
{
    WelcomeDialog welcome;
    if (welcome.exec() != QDialog::Accepted)
        return false;
    if (welcome.choice() == WelcomeDialog::Choice::OpenExisting) {
        const QString path = QFileDialog::getOpenFileName(nullptr, MainWindow::tr("Open Register"), QString(),
                                                          MainWindow::registerFileFilter());
        return !path.isEmpty() && window.openRegister(path);
    }
    const bool examples = welcome.choice() == WelcomeDialog::Choice::NewWithExamples;
    QDir().mkpath(StoragePaths::dataDirectory());
    auto created = Database::create(StoragePaths::defaultDatabasePath(), [examples](Database &db) {
        Status loaded = ReferenceData::load(db);
        return loaded && examples ? SampleData::load(db) : loaded;
    });
    if (!created) {
        QMessageBox::warning(nullptr, MainWindow::tr("New Register"), created.error().message());
        return false;
    }
    window.setDatabase(created.take());
    return true;
}

// The language asked for with --lang (sr-Latn, sr-Cyrl, en), else the one of
// the settings, else the system's. Read before the parser and the windows are
// built, so that --help and everything else is in that language.
Language chosenLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString value;
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            value = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            value = arguments.at(i).mid(7);
        if (const auto language = Languages::fromCode(value))
            return *language;
    }
    if (const auto stored = Languages::fromCode(SettingsDialog::language()))
        return *stored;
    return AppTranslator::systemLanguage();
}

// --version answers without a display (before QApplication needs one), as
// packaging tests and scripts call it.
bool versionAsked(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QLatin1String arg(argv[i]);
        if (arg == QLatin1String("--"))
            return false;
        if (arg == QLatin1String("--version") || arg == QLatin1String("-v"))
            return true;
    }
    return false;
}

void printVersion()
{
    fprintf(stdout, "%s\n", qPrintable(AppIdentity::versionLine(QStringLiteral("saradnja"))));
    fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    // A full disk or a file-size limit (ulimit -f) must make a write fail with
    // an error the user sees, not kill the app with SIGXFSZ.
    std::signal(SIGXFSZ, SIG_IGN);
    if (versionAsked(argc, argv)) {
        printVersion();
        return 0;
    }
    QApplication app(argc, argv);
    AppIdentity::apply();
    // The desktop entry and the window icon: Wayland and the task bar match the window to the menu entry.
    QGuiApplication::setDesktopFileName(AppIdentity::desktopId());
    QApplication::setWindowIcon(AppIcon::icon());
    SettingsDialog::applyStored();
    AppTranslator::install(chosenLanguage(app.arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Saradnja — international cooperation register"));
    parser.addHelpOption();
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QApplication::translate("QCommandLineParser", "Displays version information."));
    parser.addOption(versionOption);
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "The register to open."),
                                      QStringLiteral("FILE"));
    parser.addOption(dbOption);
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main",
                                                                "Language of the interface: sr-Latn, sr-Cyrl or en "
                                                                "(default: as in the settings)."),
                                        QStringLiteral("L"));
    parser.addOption(langOption);
    const QCommandLineOption screenshotsOption(
        QStringLiteral("screenshots"),
        QApplication::translate("main", "Save a picture of every section into the folder, then quit."),
        QStringLiteral("FOLDER"));
    parser.addOption(screenshotsOption);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "The register to open (as --db; a .saradnja file opened "
                                                                 "from the file manager)."),
                                 QStringLiteral("[FILE]")); // not translated: command-line syntax
    parser.process(app);
    if (parser.isSet(versionOption)) {
        printVersion();
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1 || (!files.isEmpty() && parser.isSet(dbOption))) {
        fprintf(stderr, "%s\n",
                qPrintable(QApplication::translate("main", "saradnja: give one register, as FILE or with --db")));
        return 2;
    }

    WindowHost host; // rebuilds the window when Settings change the language
    MainWindow &window = *host.window();
    const QString last = QSettings().value(QStringLiteral("lastFile")).toString();
    if (parser.isSet(dbOption) || !files.isEmpty()) {
        window.openRegister(parser.isSet(dbOption) ? parser.value(dbOption) : files.constFirst());
    } else if (!last.isEmpty() && QFileInfo::exists(last)) {
        window.openRegister(last); // later starts reopen the last file
    } else if (QFileInfo::exists(StoragePaths::defaultDatabasePath())) {
        window.openRegister(StoragePaths::defaultDatabasePath());
    } else if (!startFromWelcome(window)) {
        return 0;
    }
    window.show();
    if (parser.isSet(screenshotsOption)) {
        auto *tour = new ScreenshotTour(&window, parser.value(screenshotsOption), &window);
        QObject::connect(tour, &ScreenshotTour::finished, &app, [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
        if (window.isPreparingRegister()) // upgraded or compacted first: the pictures are of the register
            QObject::connect(&window, &MainWindow::registerPrepared, tour, &ScreenshotTour::start, Qt::SingleShotConnection);
        else
            tour->start();
    }
    return app.exec();
}
