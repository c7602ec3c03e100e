// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "applog.h"
#include "apptranslator.h"
#include "archivetransfer.h"
#include "backgroundtask.h"
#include "backupmanager.h"
#include "compaction.h"
#include "dashboardpage.h"
#include "exchangeactions.h"
#include "database.h"
#include "readonlybanner.h"
#include "referencedata.h"
#include "registerinfopage.h"
#include "actionplanstore.h"
#include "globalsearchdialog.h"
#include "recordeditor.h"
#include "sectionpage.h"
#include "reportsdialog.h"
#include "sections.h"
#include "settingsdialog.h"
#include "undohistory.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

const QString recentFilesKey = QStringLiteral("recentFiles");
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_banner(new ReadOnlyBanner(this))
    , m_infoPage(new RegisterInfoPage(this))
    , m_dashboard(new DashboardPage(this))
    , m_history(new UndoHistory(this))
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    createSidebar();
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_banner);
    contentLayout->addWidget(m_pages, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(content);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
    createActions();
    m_dashboard->setCareMonths(SettingsDialog::careMonths());
    connect(m_infoPage, &RegisterInfoPage::backupRequested, this, &MainWindow::backupNow);
    connect(m_infoPage, &RegisterInfoPage::restoreRequested, this, &MainWindow::restoreBackup);
    connect(m_infoPage, &RegisterInfoPage::compactRequested, this, &MainWindow::compactRegister);

    QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1360, 860);
    restoreState(settings.value(stateKey).toByteArray());
    updateTitleAndBanner();
}

MainWindow::~MainWindow() = default;

void MainWindow::createSidebar()
{
    m_sidebar->setAccessibleName(tr("Sections"));
    m_sidebar->setMinimumWidth(170);
    m_sidebar->setMaximumWidth(260);
    QFont font = m_sidebar->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_sidebar->setFont(font);
    m_sidebar->setSpacing(2);
    m_pages->addWidget(m_dashboard);
    m_sidebar->addItem(tr("Dashboard"));
    connect(m_dashboard, &DashboardPage::recordActivated, this, [this](RecordKind kind, qint64 id) { openRecord(kind, id); });
    for (RecordKind kind : Sections::order()) {
        SectionPage *page = Sections::create(kind, m_pages);
        page->setUndoHistory(m_history);
        m_sections << page;
        m_pages->addWidget(page);
        m_sidebar->addItem(page->title());
        connect(page, &SectionPage::openRequested, this, [this](RecordKind kind, qint64 id) {
            if (!openRecord(kind, id))
                statusBar()->showMessage(tr("The record could not be shown."), 6000);
        });
        connect(page, &SectionPage::statusMessage, this, [this](const QString &message) {
            statusBar()->showMessage(message, 6000);
        });
    }
    m_pages->addWidget(m_infoPage);
    m_sidebar->addItem(tr("Register and backups"));
    // As wide as its longest entry in this language (Serbian ones are longer).
    m_sidebar->setMinimumWidth(qMax(170, m_sidebar->sizeHintForColumn(0) + 2 * m_sidebar->frameWidth() + 24));
    m_sidebar->setMaximumWidth(qMax(260, m_sidebar->minimumWidth()));
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        auto *current = qobject_cast<SectionPage *>(m_pages->currentWidget());
        if (current && m_pages->indexOf(current) != row && !current->confirmLeave()) {
            const QSignalBlocker blocker(m_sidebar);
            m_sidebar->setCurrentRow(m_pages->indexOf(current));
            return;
        }
        m_pages->setCurrentIndex(row);
        if (m_pages->currentWidget() == m_dashboard)
            m_dashboard->refresh();
    });
    m_sidebar->setCurrentRow(0);
}

SectionPage *MainWindow::section(RecordKind kind) const
{
    for (SectionPage *page : m_sections) {
        if (page->kind() == kind)
            return page;
    }
    return nullptr;
}

SectionPage *MainWindow::currentSection() const
{
    return qobject_cast<SectionPage *>(m_pages->currentWidget());
}

void MainWindow::showSection(int index)
{
    m_sidebar->setCurrentRow(index);
}

bool MainWindow::openRecord(RecordKind kind, qint64 id)
{
    if (kind == RecordKind::Activity && m_database) {
        auto plan = ActionPlanStore(*m_database).planOfActivity(id);
        if (!plan)
            return false;
        kind = RecordKind::Plan;
        id = plan.value();
    }
    SectionPage *page = section(kind);
    if (!page)
        return false;
    m_sidebar->setCurrentRow(m_pages->indexOf(page));
    if (m_pages->currentWidget() != page)
        return false;
    return page->openRecord(id);
}

void MainWindow::openGlobalSearch()
{
    if (!m_database)
        return;
    GlobalSearchDialog dialog(m_database.get(), this);
    connect(&dialog, &GlobalSearchDialog::recordChosen, this, [this](RecordKind kind, qint64 id) {
        if (!openRecord(kind, id))
            statusBar()->showMessage(tr("The record could not be shown."), 6000);
    });
    dialog.exec();
}

bool MainWindow::confirmLeaveCurrent()
{
    auto *page = qobject_cast<SectionPage *>(m_pages->currentWidget());
    return !page || page->confirmLeave();
}

void MainWindow::undo()
{
    if (confirmLeaveCurrent())
        m_history->undo();
}

void MainWindow::redo()
{
    if (confirmLeaveCurrent())
        m_history->redo();
}

void MainWindow::createUndoActions(QMenu *edit)
{
    QUndoStack *stack = m_history->stack();
    QAction *undo = edit->addAction(tr("&Undo"), this, &MainWindow::undo);
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(false);
    QAction *redo = edit->addAction(tr("&Redo"), this, &MainWindow::redo);
    redo->setShortcut(QKeySequence::Redo);
    redo->setEnabled(false);
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    // The command's text names a record: '&' in it is text, not a mnemonic.
    connect(stack, &QUndoStack::undoTextChanged, undo, [undo](const QString &text) {
        undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(QString(text).replace(QLatin1Char('&'), QLatin1String("&&"))));
    });
    connect(stack, &QUndoStack::redoTextChanged, redo, [redo](const QString &text) {
        redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(QString(text).replace(QLatin1Char('&'), QLatin1String("&&"))));
    });
    connect(m_history, &UndoHistory::recordRestored, this, [this](RecordKind kind, qint64 id) {
        if (SectionPage *page = section(kind)) {
            m_sidebar->setCurrentRow(m_pages->indexOf(page));
            page->recordChanged(id);
        }
        m_dashboard->refresh();
    });
    connect(m_history, &UndoHistory::failed, this, [this](const QString &message) {
        QMessageBox box(QMessageBox::Warning, tr("Undo"), message, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    });
}

QString MainWindow::registerFileFilter()
{
    return tr("Saradnja registers (*.saradnja *.db);;All files (*)");
}

QString MainWindow::withRegisterSuffix(const QString &path)
{
    if (path.isEmpty() || !QFileInfo(path).suffix().isEmpty())
        return path;
    return path + QStringLiteral(".saradnja");
}

bool MainWindow::confirmLeaveAll()
{
    for (SectionPage *page : std::as_const(m_sections)) {
        if (!page->confirmLeave())
            return false;
    }
    return true;
}

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
    QAction *reports = file->addAction(tr("&Reports…"), this, [this] {
        if (!m_database)
            return;
        ReportsDialog dialog(m_database.get(), this);
        dialog.exec();
    });
    reports->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    file->addSeparator();
    (new ExchangeActions(this))->addTo(file); // Import CSV…, Export List…, Export Calendar…
    file->addSeparator();
    file->addAction(tr("&Back Up Now"), this, &MainWindow::backupNow);
    file->addAction(tr("Restore from Bac&kup…"), this, &MainWindow::chooseAndRestoreBackup);
    file->addAction(tr("Co&mpact Register"), this, &MainWindow::compactRegister);
    file->addSeparator();
    auto *archives = new ArchiveTransfer(this);
    connect(archives, &ArchiveTransfer::failed, this, &MainWindow::showError);
    connect(archives, &ArchiveTransfer::imported, this, &MainWindow::openRegister);
    connect(archives, &ArchiveTransfer::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Archive written to %1").arg(path), 8000);
    });
    file->addAction(tr("E&xport Archive…"), this, [this, archives] {
        if (m_database)
            archives->chooseAndExport(m_database->path());
    });
    file->addAction(tr("&Import Archive…"), archives, &ArchiveTransfer::chooseAndImport);
    file->addSeparator();
    QAction *settings = file->addAction(tr("S&ettings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    createUndoActions(edit);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Filter This List"), this, [this] {
        if (auto *page = qobject_cast<SectionPage *>(m_pages->currentWidget()))
            page->focusFilter();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *everything = edit->addAction(tr("&Search Everything…"), this, &MainWindow::openGlobalSearch);
    everything->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction *newRecord = edit->addAction(tr("New &Record"), this, [this] {
        if (auto *page = qobject_cast<SectionPage *>(m_pages->currentWidget()))
            page->newRecord();
    });
    newRecord->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *save = edit->addAction(tr("&Save Record"), this, [this] {
        auto *page = qobject_cast<SectionPage *>(m_pages->currentWidget());
        if (page && page->editor() && page->editor()->isDirty()) {
            if (Status saved = page->editor()->save(); !saved)
                statusBar()->showMessage(saved.error().message(), 8000);
        }
    });
    save->setShortcut(QKeySequence::Save);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_sidebar->count(); ++i) {
        QAction *action = go->addAction(m_sidebar->item(i)->text(), this, [this, i] { showSection(i); });
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Saradnja"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_dashboard->setCareMonths(SettingsDialog::careMonths());
    m_dashboard->refresh();
    const Language chosen = Languages::fromCode(SettingsDialog::language()).value_or(AppTranslator::systemLanguage());
    if (chosen != AppTranslator::current() && confirmLeaveAll())
        emit languageChangeRequested(chosen);
}

MainWindow::Place MainWindow::place() const
{
    Place place;
    place.page = m_pages->currentIndex();
    if (auto *page = qobject_cast<SectionPage *>(m_pages->currentWidget()); page && page->editor())
        place.record = page->editor()->recordId();
    return place;
}

void MainWindow::goTo(const Place &place)
{
    showSection(place.page);
    auto *page = qobject_cast<SectionPage *>(m_pages->currentWidget());
    if (page && place.record > 0)
        page->openRecord(place.record);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmLeaveAll()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
    event->accept();
}

bool MainWindow::openRegister(const QString &path)
{
    if (Database::needsUpgrade(path)) {
        prepareAndOpen(path, Preparation::Upgrade);
        return true;
    }
    if (Compaction::isDueFor(path, QDateTime::currentDateTime())) {
        prepareAndOpen(path, Preparation::Compaction);
        return true;
    }
    return openCurrentRegister(path);
}

void MainWindow::compactRegister()
{
    if (!m_database)
        return;
    if (!isWritableFor(tr("Compact Register")))
        return;
    if (!confirmLeaveAll())
        return;
    // The register stays open here (its lock too); VACUUM runs on a second
    // connection off the UI thread, behind a dialog that keeps every change
    // out meanwhile. A backup being taken on a reader is waited for.
    const Place here = place();
    const QString path = m_database->path();
    const quint64 serial = m_databaseSerial;
    suspendPages();
    m_history->clear(); // VACUUM may renumber the rows the history would put back
    BackgroundTask::runWithProgress(
        this, tr("Compacting the register, so that it stays quick to read…"),
        [path] {
            auto worker = Database::openWorker(path);
            return worker ? Compaction::compact(*worker.value()) : Status(worker.error());
        },
        [this, here, serial](const Status &done) {
            resumePages();
            if (serial == m_databaseSerial)
                goTo(here);
            if (!done)
                showError(tr("Compact Register"), done.error());
            emit registerCompacted(done);
        },
        BackgroundTask::Cancel::NotOffered);
}

void MainWindow::prepareAndOpen(const QString &path, Preparation preparation)
{
    // The check, the backup before an upgrade and VACUUM take seconds for a
    // large register. Not cancellable: once begun, the step runs to its end.
    const bool upgrade = preparation == Preparation::Upgrade;
    m_preparing = true;
    BackgroundTask::runWithProgress(
        this,
        upgrade ? tr("Upgrading the register for this version of Saradnja. A backup is made first…")
                : tr("Compacting the register, so that it stays quick to read…"),
        [path, upgrade] { return upgrade ? Database::upgrade(path) : Compaction::compactFile(path); },
        [this, path, upgrade](const Status &done) {
            m_preparing = false;
            if (!done && upgrade) {
                showError(tr("Open Register"), done.error());
            } else if (openCurrentRegister(path) && !done) {
                AppLog::error(QStringLiteral("compaction of ") + path, done.error());
                // A damaged file is closed again by its check, with the reason;
                // anything else (a full disk) leaves the register as it was.
                if (done.error().code() != ErrorCode::Damaged) {
                    m_database->addWarning(Compaction::failedNote(done.error()));
                    updateTitleAndBanner();
                }
            }
            emit registerPrepared(done);
        },
        BackgroundTask::Cancel::NotOffered);
}

bool MainWindow::openCurrentRegister(const QString &path)
{
    // The quick check reads the whole file (0.3 s for 700 MB) and the daily
    // backup copies and checks it (seconds): both run after the window shows
    // the register, off the UI thread.
    OpenOptions options;
    options.autoBackup = false;
    options.checkLater = true;
    auto opened = Database::open(path, options);
    if (!opened) {
        showError(tr("Open Register"), opened.error());
        return false;
    }
    setDatabase(opened.take());
    takeDailyBackup(); // at once when the register was checked before its upgrade; else after its check
    return true;
}

void MainWindow::checkRegister()
{
    const QString path = m_database->path();
    auto *task = new BackgroundTask(path, &Database::quickCheck, this);
    m_check = task;
    connect(task, &BackgroundTask::finished, this, [this, task](const Status &checked) {
        task->deleteLater();
        // A task whose register was closed or handed over was cancelled: this is the one shown.
        const Status done = checked ? m_database->checkPassed() : checked;
        if (done) {
            updateAccess();
            takeDailyBackup();
        } else {
            AppLog::error(QStringLiteral("check on open ") + m_database->path(), done.error());
            takeDatabase(); // closed; nothing was written to it
            showError(tr("Open Register"), done.error());
        }
        emit registerChecked(done);
    });
}

void MainWindow::updateAccess()
{
    for (SectionPage *page : std::as_const(m_sections))
        page->updateAccess();
    m_infoPage->showDatabase(m_database.get());
    updateTitleAndBanner();
}

void MainWindow::takeDailyBackup()
{
    if (!m_database || m_database->isReadOnly()
        || !BackupManager(m_database->path()).isDailyBackupDue(QDateTime::currentDateTime()))
        return;
    const QString path = m_database->path();
    auto *task = new BackgroundTask(
        path,
        [path](const Database &reader) -> Status {
            auto backup = BackupManager(path).takeDailyBackup(reader);
            return backup ? Status() : Status(backup.error());
        },
        this);
    connect(task, &BackgroundTask::finished, this, [this, task, path](const Status &done) {
        task->deleteLater();
        if (!m_database || m_database->path() != path)
            return;
        if (!done)
            m_database->addWarning(Database::dailyBackupFailed(done.error()));
        if (!m_pagesSuspended) // a compaction or restore holds the file: the page is shown again after it
            m_infoPage->showDatabase(m_database.get());
        updateTitleAndBanner();
        emit dailyBackupFinished(done);
    });
}

void MainWindow::detachPages()
{
    if (m_check)
        m_check->cancel(); // the register's new window (or its next opening) checks it again
    m_infoPage->showDatabase(nullptr);
    for (SectionPage *page : std::as_const(m_sections))
        page->setDatabase(nullptr, {});
    m_dashboard->setDatabase(nullptr);
    m_history->setDatabase(nullptr);
}

std::unique_ptr<Database> MainWindow::takeDatabase()
{
    detachPages();
    std::unique_ptr<Database> db = std::move(m_database);
    ++m_databaseSerial;
    updateTitleAndBanner();
    return db;
}

void MainWindow::setDatabase(std::unique_ptr<Database> db)
{
    detachPages();
    m_database = std::move(db);
    ++m_databaseSerial;
    m_history->setDatabase(m_database.get());
    for (SectionPage *page : std::as_const(m_sections))
        page->setDatabase(m_database.get(), Sections::source(page->kind(), m_database.get()));
    m_dashboard->setDatabase(m_database.get());
    if (m_database) {
        rememberRecent(m_database->path());
        QSettings().setValue(QStringLiteral("lastFile"), m_database->path());
    }
    m_infoPage->showDatabase(m_database.get());
    updateTitleAndBanner();
    if (m_database && m_database->isCheckPending())
        checkRegister();
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
    // The check on open lasts a moment (0.3 s for 700 MB): the status bar
    // says so, where a banner would flash in and out and move the page.
    const bool checking = m_database->readOnlyReason() == ReadOnlyReason::Checking;
    const bool readOnlyNote = m_database->isReadOnly() && !checking;
    QStringList notes;
    if (readOnlyNote)
        notes << m_database->readOnlyMessage();
    notes << m_database->warnings();
    if (notes.isEmpty())
        m_banner->clear();
    else
        m_banner->showMessage(notes.join(QLatin1Char('\n')),
                              readOnlyNote ? ReadOnlyBanner::Kind::Information : ReadOnlyBanner::Kind::Warning);
    statusBar()->showMessage(checking ? m_database->readOnlyMessage() : m_database->path());
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
    const QString path =
        withRegisterSuffix(QFileDialog::getSaveFileName(this, tr("New Register"), QString(), registerFileFilter()));
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
    // The copy is made on a reader off the UI thread: a large register never freezes the window.
    const QString path = m_database->path();
    auto written = std::make_shared<QString>();
    BackgroundTask::runWithProgress(
        this, path, tr("Backing up the register…"),
        [path, written](const Database &reader) -> Status {
            const BackupManager backups(path);
            auto backup = backups.createBackup(reader);
            if (!backup)
                return backup.error();
            *written = backup.value();
            backups.rotate(QDateTime::currentDateTime());
            return {};
        },
        [this, path, written](const Status &done) {
            if (done.error().code() == ErrorCode::Cancelled)
                return;
            if (!done) {
                showError(tr("Back Up Now"), done.error());
                return;
            }
            if (m_database && m_database->path() == path)
                m_infoPage->showDatabase(m_database.get());
            statusBar()->showMessage(tr("Backup written to %1").arg(*written), 8000);
            emit backupFinished(*written);
        });
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
    if (!isWritableFor(tr("Restore from Backup")))
        return;
    const auto answer = QMessageBox::question(
        this, tr("Restore from Backup"),
        tr("Replace the register with the backup \"%1\"? The current contents are backed up first.")
            .arg(QFileInfo(backupPath).fileName()));
    if (answer != QMessageBox::Yes)
        return;
    if (!confirmLeaveAll())
        return;
    // Checking the backup, backing up the current contents and copying the
    // backup beside the register take seconds for a large one: on a reader,
    // off the UI thread, behind a dialog that keeps every change out until
    // the copy is swapped in here.
    const QString path = m_database->path();
    const quint64 serial = m_databaseSerial;
    suspendPages();
    m_history->clear(); // the register's history starts again from the backup
    auto plan = std::make_shared<RestorePlan>();
    BackgroundTask::runWithProgress(
        this, path, tr("Restoring the backup. The current contents are backed up first…"),
        [path, backupPath, plan](const Database &reader) -> Status {
            auto prepared = BackupManager(path).prepareRestore(reader, backupPath);
            if (!prepared)
                return prepared.error();
            *plan = prepared.value();
            return {};
        },
        [this, path, plan, serial](const Status &prepared) {
            Status restored = prepared;
            if (restored && serial != m_databaseSerial) { // closed meanwhile (its check failed, say)
                QFile::remove(plan->staging);
                restored = Error(ErrorCode::Invalid, tr("Nothing was restored, because the register was closed meanwhile."));
            } else if (restored) {
                restored = BackupManager(path).finishRestore(*m_database, *plan);
            }
            if (!restored)
                showError(tr("Restore from Backup"), restored.error());
            resumePages();
            emit databaseChanged();
            emit backupRestored(restored);
        },
        BackgroundTask::Cancel::NotOffered);
}

bool MainWindow::isWritableFor(const QString &title)
{
    if (!m_database->isReadOnly())
        return true;
    showError(title, Error(ErrorCode::ReadOnly, m_database->readOnlyMessage()));
    return false;
}

void MainWindow::suspendPages()
{
    m_pagesSuspended = true;
    m_infoPage->showDatabase(nullptr);
    for (SectionPage *page : std::as_const(m_sections))
        page->setDatabase(nullptr, {});
}

void MainWindow::resumePages()
{
    m_pagesSuspended = false;
    if (m_database) {
        for (SectionPage *page : std::as_const(m_sections))
            page->setDatabase(m_database.get(), Sections::source(page->kind(), m_database.get()));
    }
    m_infoPage->showDatabase(m_database.get());
    updateTitleAndBanner();
}
