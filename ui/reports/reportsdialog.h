// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QTemporaryDir>

class Database;
class QComboBox;
class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;
class QSpinBox;

// File → Reports: choose a report and its options (record, year, grouping,
// language), see it in a preview and save it as PDF. The PDF is the one the
// CLI writes (core's Reports and ReportPdf).
class ReportsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportsDialog(Database *db, QWidget *parent = nullptr);

    // Builds the chosen report into the preview; false (and a message) when it cannot.
    bool preview();
    QString previewFile() const { return m_previewFile; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *recordBox() const { return m_record; }
    QComboBox *languageBox() const { return m_language; }
    int previewPages() const;

private:
    void updateOptions();
    void saveAs();

    Database *m_db;
    QComboBox *m_kind;
    QComboBox *m_record;
    QSpinBox *m_year;
    QComboBox *m_groupBy;
    QComboBox *m_language;
    QLabel *m_message;
    QPushButton *m_save;
    QPdfDocument *m_document;
    QPdfView *m_view;
    QTemporaryDir m_temporary;
    QString m_previewFile;
};
