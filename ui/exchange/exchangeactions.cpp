// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangeactions.h"

#include "backgroundtask.h"
#include "calendarexport.h"
#include "calendarexportdialog.h"
#include "dashboardpage.h"
#include "database.h"
#include "importwizard.h"
#include "listexport.h"
#include "mainwindow.h"
#include "recordeditor.h"
#include "sectionpage.h"
#include "sections.h"
#include "undohistory.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace {

const QString folderKey = QStringLiteral("exchange/lastFolder");

} // namespace

ExchangeActions::ExchangeActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("exchangeActions"));
}

void ExchangeActions::addTo(QMenu *menu)
{
    m_import = menu->addAction(tr("Import CS&V…"), this, [this] { openImportWizard(); });
    m_import->setObjectName(QStringLiteral("importAction"));
    m_import->setStatusTip(tr("Import organisations, people, partnerships or visits from a CSV file"));
    m_exportList = menu->addAction(tr("Export &List…"), this, &ExchangeActions::exportList);
    m_exportList->setObjectName(QStringLiteral("exportListAction"));
    m_exportList->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportList->setStatusTip(tr("Save the list shown, as filtered and sorted, with its columns, as a CSV file"));
    m_exportCalendar = menu->addAction(tr("Export &Calendar…"), this, &ExchangeActions::exportCalendar);
    m_exportCalendar->setObjectName(QStringLiteral("exportCalendarAction"));
    m_exportCalendar->setStatusTip(tr("Save visits and open tasks as an iCalendar file"));
    connect(menu, &QMenu::aboutToShow, this, &ExchangeActions::updateActions);
    connect(m_window, &MainWindow::databaseChanged, this, &ExchangeActions::updateActions);
    updateActions();
}

void ExchangeActions::updateActions()
{
    const Database *db = m_window->database();
    m_import->setEnabled(db && !db->isReadOnly());
    m_exportList->setEnabled(db && m_window->currentSection());
    m_exportCalendar->setEnabled(db);
}

QString ExchangeActions::suggestedPath(const QString &name, const QString &suffix)
{
    QString folder = QSettings().value(folderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // The name comes from the app (a section's title), but keep only what every file system takes.
    QString safe;
    for (const QChar c : name)
        safe += c.isLetterOrNumber() || c == QLatin1Char(' ') || c == QLatin1Char('-') ? c : QLatin1Char('-');
    safe = safe.trimmed();
    if (safe.isEmpty())
        safe = QStringLiteral("export");
    return QDir(folder).filePath(safe + QLatin1Char('.') + suffix);
}

void ExchangeActions::rememberFolder(const QString &path)
{
    QSettings().setValue(folderKey, QFileInfo(path).absolutePath());
}

void ExchangeActions::showFailure(const QString &title, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, title, error.message(), QMessageBox::Ok, m_window);
    box.setTextFormat(Qt::PlainText);
    if (!error.detail().isEmpty())
        box.setDetailedText(error.detail());
    box.exec();
}

ImportWizard *ExchangeActions::openImportWizard()
{
    Database *db = m_window->database();
    if (!db)
        return nullptr;
    // The import may update records an editor shows: unsaved edits are dealt with first.
    for (RecordKind kind : Sections::order()) {
        if (SectionPage *page = m_window->section(kind); page && !page->confirmLeave())
            return nullptr;
    }
    auto *wizard = new ImportWizard(db, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal); // nothing else writes to the register meanwhile
    connect(wizard, &ImportWizard::imported, this, [this](const QString &, const ImportSummary &summary) { afterImport(summary); });
    wizard->open();
    return wizard;
}

void ExchangeActions::afterImport(const ImportSummary &summary)
{
    // An undo must not put back what the import just rewrote behind its back.
    if (summary.updated > 0)
        m_window->undoHistory()->clear();
    for (RecordKind kind : Sections::order()) {
        SectionPage *page = m_window->section(kind);
        if (!page)
            continue;
        if (page->editor() && page->editor()->recordId() > 0)
            page->recordChanged(page->editor()->recordId()); // the list and the record shown, as they are now
        else
            page->model()->refresh();
    }
    m_window->dashboard()->refresh();
    m_window->statusBar()->showMessage(tr("Imported: %1 added, %2 updated, %3 skipped as duplicates.")
                                           .arg(summary.added)
                                           .arg(summary.updated)
                                           .arg(summary.duplicates),
                                       8000);
}

void ExchangeActions::exportList()
{
    SectionPage *page = m_window->currentSection();
    if (!m_window->database() || !page) {
        m_window->statusBar()->showMessage(tr("Choose a list in the sidebar first."), 6000);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export List"), suggestedPath(page->title(), QStringLiteral("csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    exportListTo(page, QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".csv") : path);
}

void ExchangeActions::exportListTo(SectionPage *page, const QString &path)
{
    const Database *db = m_window->database();
    if (!db || !page)
        return;
    rememberFolder(path);
    // The list as the user sees it: its query (filters, quick filter, order) and columns,
    // fetched whole on a reader of the register, off the UI thread.
    const RecordKind kind = page->kind();
    const ListQuery query = page->model()->query();
    const QList<ListColumnView> columns = page->visibleColumns();
    auto count = std::make_shared<int>(0);
    BackgroundTask::runWithProgress(
        m_window, db->path(), tr("Exporting the list…"),
        [kind, query, columns, path, count](const Database &reader) -> Status {
            auto written = ListExport::write(path, Sections::source(kind, &reader), query, columns);
            if (!written)
                return written.error();
            *count = written.value();
            return {};
        },
        [this, path, count](const Status &done) {
            if (done)
                m_window->statusBar()->showMessage(tr("%n record(s) exported to %1", nullptr, *count).arg(QDir::toNativeSeparators(path)), 8000);
            else if (done.error().code() != ErrorCode::Cancelled)
                showFailure(tr("Export List"), done.error());
            emit exportFinished(path, done, *count);
        });
}

void ExchangeActions::exportCalendar()
{
    if (!m_window->database())
        return;
    CalendarExportDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Calendar"),
                                                      suggestedPath(tr("Saradnja calendar"), QStringLiteral("ics")),
                                                      tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    exportCalendarTo(QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".ics") : path, dialog.from(), dialog.to());
}

void ExchangeActions::exportCalendarTo(const QString &path, const QDate &from, const QDate &to)
{
    const Database *db = m_window->database();
    if (!db)
        return;
    rememberFolder(path);
    auto count = std::make_shared<int>(0);
    BackgroundTask::runWithProgress(
        m_window, db->path(), tr("Exporting the calendar…"),
        [path, from, to, count](const Database &reader) -> Status {
            auto events = CalendarExport::events(reader, from, to);
            if (!events)
                return events.error();
            *count = int(events.value().size());
            return CalendarExport::write(reader, path, from, to);
        },
        [this, path, count](const Status &done) {
            if (done)
                m_window->statusBar()->showMessage(tr("%n event(s) written to %1", nullptr, *count).arg(QDir::toNativeSeparators(path)), 8000);
            else if (done.error().code() != ErrorCode::Cancelled)
                showFailure(tr("Export Calendar"), done.error());
            emit exportFinished(path, done, *count);
        });
}
