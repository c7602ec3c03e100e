// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "backupmanager.h"
#include "database.h"
#include "readonlybanner.h"
#include "referencedata.h"
#include "registerinfopage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

namespace {

const QString recentFilesKey = QStringLiteral("recentFiles");
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");

QString registerFileFilter()
{
    return MainWindow::tr("Saradnja registers (*.db);;All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_banner(new ReadOnlyBanner(this))
    , m_infoPage(new RegisterInfoPage(this))
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addWidget(m_infoPage, 1);
    setCentralWidget(central);
    createActions();
    connect(m_infoPage, &RegisterInfoPage::backupRequested, this, &MainWindow::backupNow);
    connect(m_infoPage, &RegisterInfoPage::restoreRequested, this, &MainWindow::restoreBackup);

    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1100, 720);
    restoreState(settings.value(stateKey).toByteArray());
    updateTitleAndBanner();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Register…"), this, &MainWindow::newRegister);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open…"), this, &MainWindow::openRegisterDialog);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    file->addAction(tr("&Back Up Now"), this, &MainWindow::backupNow);
    file->addAction(tr("Restore from Bac&kup…"), this, &MainWindow::chooseAndRestoreBackup);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    event->accept();
}

bool MainWindow::openRegister(const QString &path)
{
    auto opened = Database::open(path);
    if (!opened) {
        showError(tr("Open Register"), opened.error());
        return false;
    }
    setDatabase(opened.take());
    return true;
}

void MainWindow::setDatabase(std::unique_ptr<Database> db)
{
    m_infoPage->showDatabase(nullptr);
    m_database = std::move(db);
    if (m_database)
        rememberRecent(m_database->path());
    m_infoPage->showDatabase(m_database.get());
    updateTitleAndBanner();
    emit databaseChanged();
}

void MainWindow::updateTitleAndBanner()
{
    if (!m_database) {
        setWindowTitle(tr("Saradnja"));
        m_banner->clear();
        statusBar()->clearMessage();
        return;
    }
    setWindowTitle(tr("%1 — Saradnja").arg(QFileInfo(m_database->path()).fileName()));
    QStringList notes;
    if (m_database->isReadOnly())
        notes << m_database->readOnlyMessage();
    notes << m_database->warnings();
    if (notes.isEmpty())
        m_banner->clear();
    else
        m_banner->showMessage(notes.join(QLatin1Char('\n')),
                              m_database->isReadOnly() ? ReadOnlyBanner::Kind::Information : ReadOnlyBanner::Kind::Warning);
    statusBar()->showMessage(m_database->path());
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(recentFilesKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecentFiles)
        recent.removeLast();
    settings.setValue(recentFilesKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(recentFilesKey).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(path, this, [this, path] { openRegister(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showError(const QString &title, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, title, error.message(), QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    if (!error.detail().isEmpty())
        box.setDetailedText(error.detail());
    box.exec();
}

void MainWindow::newRegister()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Register"), QString(), registerFileFilter());
    if (path.isEmpty())
        return;
    auto created = Database::create(path, &ReferenceData::load);
    if (!created) {
        showError(tr("New Register"), created.error());
        return;
    }
    setDatabase(created.take());
}

void MainWindow::openRegisterDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Register"), QString(), registerFileFilter());
    if (!path.isEmpty())
        openRegister(path);
}

void MainWindow::backupNow()
{
    if (!m_database)
        return;
    const BackupManager backups(m_database->path());
    auto written = backups.createBackup(*m_database);
    if (!written) {
        showError(tr("Back Up Now"), written.error());
        return;
    }
    backups.rotate(QDateTime::currentDateTime());
    m_infoPage->showDatabase(m_database.get());
    statusBar()->showMessage(tr("Backup written to %1").arg(written.value()), 8000);
}

void MainWindow::chooseAndRestoreBackup()
{
    if (!m_database)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Restore from Backup"),
                                                      BackupManager(m_database->path()).directory(),
                                                      registerFileFilter());
    if (!path.isEmpty())
        restoreBackup(path);
}

void MainWindow::restoreBackup(const QString &backupPath)
{
    if (!m_database || backupPath.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Restore from Backup"),
        tr("Replace the register with the backup \"%1\"? The current contents are backed up first.")
            .arg(QFileInfo(backupPath).fileName()));
    if (answer != QMessageBox::Yes)
        return;
    const BackupManager backups(m_database->path());
    m_infoPage->showDatabase(nullptr);
    if (Status restored = backups.restore(*m_database, backupPath); !restored)
        showError(tr("Restore from Backup"), restored.error());
    m_infoPage->showDatabase(m_database.get());
    updateTitleAndBanner();
    emit databaseChanged();
}
