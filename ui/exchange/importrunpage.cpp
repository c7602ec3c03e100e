// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrunpage.h"

#include "database.h"
#include "importcolumns.h"
#include "importwizard.h"
#include "threadjob.h"

#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QVBoxLayout>

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_bar(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_poll(new QTimer(this))
{
    setTitle(tr("Import"));
    setSubTitle(tr("All rows are written in one step: if anything fails, or you cancel, nothing is written."));
    m_bar->setAccessibleName(tr("Progress"));
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_poll->setInterval(100);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(m_status);
    layout->addStretch(1);
    connect(m_poll, &QTimer::timeout, this, &ImportRunPage::showProgress);
}

ImportRunPage::~ImportRunPage()
{
    if (m_progress)
        m_progress->cancelled = true;
}

void ImportRunPage::initializePage()
{
    m_running = true;
    m_progress = std::make_shared<Progress>();
    m_wizard->setOption(QWizard::NoCancelButtonOnLastPage, false); // Cancel rolls the import back
    m_bar->setRange(0, 0);
    m_bar->show();
    m_status->setText(tr("Importing %1…").arg(ImportColumns::kindLabel(m_wizard->kind()).toLower()));
    m_poll->start();
    emit completeChanged();
    const QString path = m_wizard->databasePath();
    const QString kind = m_wizard->kind();
    const std::shared_ptr<const CsvContent> content = m_wizard->content();
    ImportOptions options = m_wizard->options(false);
    options.progress = [progress = m_progress](int done, int total) {
        progress->done = done;
        progress->total = total;
        return !progress->cancelled;
    };
    // The window is blocked by the wizard meanwhile: nothing else writes to the register.
    ThreadJob::run<Result<ImportSummary>>(
        this,
        [path, kind, content, options]() -> Result<ImportSummary> {
            auto worker = Database::openWorker(path);
            if (!worker)
                return worker.error();
            return CsvImport::run(*worker.value(), kind, *content, options);
        },
        [this](Result<ImportSummary> result) { finish(result); });
}

void ImportRunPage::showProgress()
{
    const int total = m_progress->total;
    const int done = m_progress->done;
    if (total <= 0 || m_progress->cancelled)
        return;
    if (done >= total) {
        m_bar->setRange(0, 0); // writing: no steps to count
        m_status->setText(tr("Writing %n row(s)…", nullptr, total));
        return;
    }
    m_bar->setRange(0, total);
    m_bar->setValue(done);
    m_status->setText(tr("Checking row %1 of %2…").arg(done).arg(total));
}

void ImportRunPage::cancel()
{
    if (!m_running)
        return;
    m_progress->cancelled = true;
    m_status->setText(tr("Cancelling…"));
}

void ImportRunPage::finish(const Result<ImportSummary> &result)
{
    m_running = false;
    m_poll->stop();
    m_wizard->setOption(QWizard::NoCancelButtonOnLastPage, true); // nothing left to cancel
    m_bar->hide();
    if (!result) {
        m_status->setText(result.error().code() == ErrorCode::Cancelled
                              ? result.error().message()
                              : tr("The import failed; nothing was written. %1").arg(result.error().message()));
    } else if (!result.value().problems.isEmpty()) {
        // The register changed since the check (another copy of the app cannot write, but be safe).
        m_status->setText(tr("%n problem(s) found; nothing was imported. The first: %1", nullptr,
                             int(result.value().problems.size()))
                              .arg(result.value().problems.first().toString()));
    } else {
        const ImportSummary &summary = result.value();
        m_status->setText(tr("Done: %1 added, %2 updated, %3 skipped as duplicates.")
                              .arg(summary.added)
                              .arg(summary.updated)
                              .arg(summary.duplicates));
        emit m_wizard->imported(m_wizard->kind(), summary);
    }
    emit completeChanged();
}

bool ImportRunPage::isComplete() const
{
    return !m_running;
}
