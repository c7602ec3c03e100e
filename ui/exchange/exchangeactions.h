// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDate>
#include <QObject>

class ImportWizard;
class MainWindow;
class QAction;
class QMenu;
class SectionPage;
struct ImportSummary;

// What File offers to bring data in and out: Import CSV… (the import
// wizard), Export List… (the list shown, as filtered, sorted and with the
// columns shown, to CSV) and Export Calendar… (visits and open tasks to
// iCalendar). Exports run off the UI thread on a reader; the lists and the
// dashboard are refreshed after an import.
class ExchangeActions : public QObject
{
    Q_OBJECT

public:
    explicit ExchangeActions(MainWindow *window);

    void addTo(QMenu *menu);

    // Opens the wizard (window-modal; it deletes itself when closed), after
    // unsaved edits were dealt with; null when there is no register or the user cancelled.
    ImportWizard *openImportWizard();
    // Asks for a file, then exportListTo() with the list shown.
    void exportList();
    void exportListTo(SectionPage *page, const QString &path);
    // Asks for the dates and a file, then exportCalendarTo().
    void exportCalendar();
    void exportCalendarTo(const QString &path, const QDate &from, const QDate &to);

    QAction *importAction() const { return m_import; }
    QAction *exportListAction() const { return m_exportList; }
    QAction *exportCalendarAction() const { return m_exportCalendar; }

signals:
    // An export ended (also when it failed or was cancelled); written is how many records or events.
    void exportFinished(const QString &path, const Status &status, int written);

private:
    void updateActions();
    void afterImport(const ImportSummary &summary);
    void showFailure(const QString &title, const Error &error);
    static QString suggestedPath(const QString &name, const QString &suffix);
    static void rememberFolder(const QString &path);

    MainWindow *m_window;
    QAction *m_import = nullptr;
    QAction *m_exportList = nullptr;
    QAction *m_exportCalendar = nullptr;
};
