// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDialog>
#include <QTemporaryDir>

class Database;
class QComboBox;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPrinter;
class QPushButton;
class QSpinBox;
class BackgroundTask;

// File → Reports: choose a report and its options (record, year, grouping,
// language), see it in a preview, save it as PDF or print it. The PDF is the
// one the CLI writes (core's Reports and ReportPdf); it is built off the UI
// thread, so a large report never freezes the window.
class ReportsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportsDialog(Database *db, QWidget *parent = nullptr);

    // Starts building the chosen report for the preview; previewFinished tells how it went.
    void preview();
    bool isBuilding() const { return m_task != nullptr; }
    // Prints the previewed report (pages rendered at the printer's resolution).
    Status printTo(QPrinter *printer) const;
    QString previewFile() const { return m_previewFile; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *recordBox() const { return m_record; }
    QComboBox *languageBox() const { return m_language; }
    int previewPages() const;

signals:
    // The preview is shown (ok) or the message says why not.
    void previewFinished(bool ok);

private:
    void updateOptions();
    void showPreview(const Status &built, const QString &file);
    void saveAs();
    void print();

    Database *m_db;
    QComboBox *m_kind;
    QComboBox *m_record;
    QSpinBox *m_year;
    QComboBox *m_groupBy;
    QComboBox *m_language;
    QLabel *m_message;
    QPushButton *m_previewButton;
    QPushButton *m_save;
    QPushButton *m_print;
    BackgroundTask *m_task = nullptr;
    QPdfDocument *m_document;
    QPdfView *m_view;
    QTemporaryDir m_temporary;
    QString m_previewFile;
};
