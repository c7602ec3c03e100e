// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

#include "language.h"
#include "result.h"
#include "recordkind.h"

#include <QList>
#include <QPointer>

class BackgroundTask;
class Database;
class Error;
class QListWidget;
class QMenu;
class QStackedWidget;
class DashboardPage;
class ReadOnlyBanner;
class RegisterInfoPage;
class SectionPage;
class UndoHistory;

// The main window only wires pages together; it holds no SQL. It owns the
// open register and offers the File menu (new, open, recent, backup, restore).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the register at path; on failure shows the reason and keeps the
    // current one. The register shows at once; its quick check runs off the
    // UI thread, and until it passes the register takes no changes
    // (registerChecked tells when; a damaged register is closed again).
    // A register of an older version is upgraded first, and one whose
    // compaction is due is compacted first (Compaction::isDue), off the UI
    // thread behind a progress dialog: this returns at once, and
    // registerPrepared tells when that is over (the register is then open,
    // or the reason was shown).
    bool openRegister(const QString &path);
    // Compacts the open register (File ▸ Compact Register) off the UI thread
    // on a second connection, behind a dialog; registerCompacted tells when.
    void compactRegister();
    // Whether openRegister is still upgrading or compacting the register it
    // was given (registerPrepared comes when it is over).
    bool isPreparingRegister() const { return m_preparing; }
    void setDatabase(std::unique_ptr<Database> db);
    // Hands the open register over (to the window that replaces this one) and shows none.
    std::unique_ptr<Database> takeDatabase();

    // Where the user is: the page of the sidebar and the record shown there.
    struct Place
    {
        int page = 0;
        qint64 record = -1;
    };
    Place place() const;
    void goTo(const Place &place);
    Database *database() const { return m_database.get(); }
    ReadOnlyBanner *banner() const { return m_banner; }
    SectionPage *section(RecordKind kind) const;
    // The section page shown; null on the dashboard or the register's page.
    SectionPage *currentSection() const;
    DashboardPage *dashboard() const { return m_dashboard; }
    UndoHistory *undoHistory() const { return m_history; }
    // Undo and redo of record changes, after the shown editor's unsaved changes are dealt with.
    void undo();
    void redo();
    // Switches to the record's section and selects it; false when it cannot be shown.
    bool openRecord(RecordKind kind, qint64 id);
    void showSection(int index);
    void openGlobalSearch();

    static constexpr int maxRecentFiles = 8;
    // The filter of the register's file dialogs: *.saradnja (the registered file type) and *.db.
    static QString registerFileFilter();
    // A new register's name gets the .saradnja extension when the user typed none.
    static QString withRegisterSuffix(const QString &path);

    // Backs up the register off the UI thread (File ▸ Back Up Now); backupFinished tells where.
    void backupNow();

signals:
    void databaseChanged();
    // Settings chose another language (unsaved edits were dealt with): WindowHost rebuilds the window in it.
    void languageChangeRequested(Language language);
    void backupFinished(const QString &path);
    // A restore restoreBackup started finished (its failure was shown).
    void backupRestored(const Status &status);
    // A compaction compactRegister started finished (its failure was shown).
    void registerCompacted(const Status &status);
    // The automatic daily backup taken after opening finished (or failed: see the banner).
    void dailyBackupFinished(const Status &status);
    // The quick check of the register just opened finished: it passed and the
    // register takes changes, or it failed and the register was closed.
    void registerChecked(const Status &status);
    // The upgrade or compaction run before opening a register finished: the
    // register is open, or the upgrade failed (shown); a failed compaction
    // leaves a note on the register, which opens all the same.
    void registerPrepared(const Status &status);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    // openRegister for a register that needs no upgrade (or gets it here, should it still need one).
    bool openCurrentRegister(const QString &path);
    // Whether the open register takes changes; if not, says why under title.
    bool isWritableFor(const QString &title);
    // Sections and the register's page let go of the register while work
    // off the UI thread replaces or rewrites its file, and take it up again.
    void suspendPages();
    void resumePages();
    // What openRegister runs on another thread before it opens a register.
    enum class Preparation { Upgrade, Compaction };
    // Runs the upgrade or compaction of the register at path behind a
    // progress dialog, then opens it.
    void prepareAndOpen(const QString &path, Preparation preparation);
    void updateTitleAndBanner();
    // The quick check of a register opened without it, on a reader off the UI thread.
    void checkRegister();
    // Editors, buttons and banner follow the register's access (after its check).
    void updateAccess();
    // The automatic daily backup, when due, on a reader off the UI thread.
    void takeDailyBackup();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void showError(const QString &title, const Error &error);
    void newRegister();
    void openRegisterDialog();
    void restoreBackup(const QString &backupPath);
    void chooseAndRestoreBackup();
    void createSidebar();
    void createUndoActions(QMenu *edit);
    bool confirmLeaveAll();
    void detachPages();
    void showSettings();
    void showAbout();
    bool confirmLeaveCurrent();

    std::unique_ptr<Database> m_database;
    // Counts the changes of m_database: work started for one register
    // finds out whether it is still the one shown.
    quint64 m_databaseSerial = 0;
    bool m_preparing = false;
    bool m_pagesSuspended = false;
    ReadOnlyBanner *m_banner;
    RegisterInfoPage *m_infoPage;
    DashboardPage *m_dashboard;
    UndoHistory *m_history;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    QList<SectionPage *> m_sections;
    QMenu *m_recentMenu = nullptr;
    QPointer<BackgroundTask> m_check;
};
