// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class ImportWizard;
class QComboBox;
class QLabel;
class QTableWidget;

// The second step: the file as read, with the encoding and delimiter that
// were detected (each can be overridden, which reads the file again) and
// its first rows in a table. The file is read off the UI thread.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    static constexpr int previewRows = 20;

    explicit ImportPreviewPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool isReading() const { return m_reading; }

private:
    // Reads the file; empty overrides mean "detect".
    void read(const QString &encoding, const QString &delimiter);
    void readWithOverrides();
    void showPreview();

    ImportWizard *m_wizard;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QLabel *m_detected;
    QLabel *m_message;
    QTableWidget *m_table;
    QString m_shownPath;
    int m_generation = 0; // results of earlier reads are dropped
    bool m_reading = false;
};
