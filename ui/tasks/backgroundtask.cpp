// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundtask.h"

#include "database.h"
#include "progresswithoutcancel.h"

#include <QProgressDialog>
#include <QThread>

BackgroundTask::BackgroundTask(const QString &databasePath, Work work, QObject *parent)
    : BackgroundTask(
          [databasePath, work = std::move(work)]() -> Status {
              auto reader = Database::openReader(databasePath);
              if (!reader)
                  return reader.error();
              return work(*reader.value());
          },
          parent)
{
}

BackgroundTask::BackgroundTask(Job job, QObject *parent)
    : QObject(parent)
    , m_state(std::make_shared<State>())
{
    m_thread = QThread::create([state = m_state, job = std::move(job)] { state->result = job(); });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, [this] {
        if (!m_state->cancelled)
            emit finished(m_state->result);
        else
            deleteLater();
    });
    m_thread->start();
}

BackgroundTask::~BackgroundTask()
{
    m_thread->wait();
}

void BackgroundTask::cancel()
{
    m_state->cancelled = true;
    if (!m_thread->isRunning())
        deleteLater();
}

BackgroundTask *BackgroundTask::runWithProgress(QWidget *parent, const QString &databasePath, const QString &label,
                                                Work work, std::function<void(const Status &)> done, Cancel cancel)
{
    return runWithProgress(parent, label, new BackgroundTask(databasePath, std::move(work), parent), std::move(done),
                           cancel);
}

BackgroundTask *BackgroundTask::runWithProgress(QWidget *parent, const QString &label, Job job,
                                                std::function<void(const Status &)> done, Cancel cancel)
{
    return runWithProgress(parent, label, new BackgroundTask(std::move(job), parent), std::move(done), cancel);
}

BackgroundTask *BackgroundTask::runWithProgress(QWidget *parent, const QString &label, BackgroundTask *task,
                                                std::function<void(const Status &)> done, Cancel cancel)
{
    auto *progress = cancel == Cancel::Offered ? new QProgressDialog(label, tr("Cancel"), 0, 0, parent)
                                               : new ProgressWithoutCancel(label, parent);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    if (cancel == Cancel::Offered) {
        // The task belongs to the parent window, not to the dialog: cancelling
        // closes the dialog while the thread may still be finishing its step.
        connect(progress, &QProgressDialog::canceled, task, [task, progress, done] {
            task->cancel();
            progress->hide();
            progress->deleteLater();
            done(Error(ErrorCode::Cancelled, tr("Cancelled.")));
        });
    }
    connect(task, &BackgroundTask::finished, progress, [task, progress, done](const Status &status) {
        progress->hide();
        progress->deleteLater();
        task->deleteLater();
        done(status);
    });
    progress->setValue(0);
    if (cancel == Cancel::NotOffered)
        progress->show(); // work that cannot be cancelled keeps the window's input out from the start
    return task;
}
