// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvimport.h"

#include <QWizardPage>

#include <atomic>
#include <memory>

class ImportWizard;
class QLabel;
class QProgressBar;
class QTimer;

// The last step: the import, on a worker connection of its own off the UI
// thread, in one transaction; a progress bar while the rows are checked and
// written; Cancel rolls it all back. Then what was done.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard *wizard);
    // An import still running is cancelled (rolled back) and waited for.
    ~ImportRunPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool isRunning() const { return m_running; }
    void cancel();

private:
    struct Progress
    {
        std::atomic_int done = 0;
        std::atomic_int total = 0;
        std::atomic_bool cancelled = false;
    };

    void showProgress();
    void finish(const Result<ImportSummary> &result);

    ImportWizard *m_wizard;
    QProgressBar *m_bar;
    QLabel *m_status;
    QTimer *m_poll;
    std::shared_ptr<Progress> m_progress;
    bool m_running = false;
};
