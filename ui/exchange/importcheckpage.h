// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <atomic>
#include <memory>

class ImportWizard;
class QCheckBox;
class QLabel;
class QListView;
class QProgressBar;
class QStringListModel;

// The fourth step: the whole file checked as the import would (a dry run on
// a reader, off the UI thread). Every problem is listed as "line N, column C:
// message" and Import stays disabled until there is none; a clean file shows
// how many rows would be added, updated and skipped as duplicates.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportCheckPage(ImportWizard *wizard);
    // Stops a check still running (its thread is waited for).
    ~ImportCheckPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool isChecking() const { return m_checking; }
    // The problems listed (one "line N, column C: message" each).
    QStringList problems() const;

private:
    void check();

    ImportWizard *m_wizard;
    QCheckBox *m_update;
    QLabel *m_summary;
    QProgressBar *m_busy;
    QListView *m_problemView;
    QStringListModel *m_problems;
    std::shared_ptr<std::atomic_bool> m_stop; // of the check running
    int m_generation = 0;
    bool m_checking = false;
    bool m_clean = false;
};
