// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

#include "recordkind.h"

#include <QList>

class Database;
class Error;
class QListWidget;
class QMenu;
class QStackedWidget;
class DashboardPage;
class ReadOnlyBanner;
class RegisterInfoPage;
class SectionPage;

// The main window only wires pages together; it holds no SQL. It owns the
// open register and offers the File menu (new, open, recent, backup, restore).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the register at path; on failure shows the reason and keeps the current one.
    bool openRegister(const QString &path);
    void setDatabase(std::unique_ptr<Database> db);
    Database *database() const { return m_database.get(); }
    ReadOnlyBanner *banner() const { return m_banner; }
    SectionPage *section(RecordKind kind) const;
    DashboardPage *dashboard() const { return m_dashboard; }
    // Switches to the record's section and selects it; false when it cannot be shown.
    bool openRecord(RecordKind kind, qint64 id);
    void showSection(int index);
    void openGlobalSearch();

    static constexpr int maxRecentFiles = 8;

signals:
    void databaseChanged();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateTitleAndBanner();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void showError(const QString &title, const Error &error);
    void newRegister();
    void openRegisterDialog();
    void backupNow();
    void restoreBackup(const QString &backupPath);
    void chooseAndRestoreBackup();
    void createSidebar();
    bool confirmLeaveAll();

    std::unique_ptr<Database> m_database;
    ReadOnlyBanner *m_banner;
    RegisterInfoPage *m_infoPage;
    DashboardPage *m_dashboard;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    QList<SectionPage *> m_sections;
    QMenu *m_recentMenu = nullptr;
};
