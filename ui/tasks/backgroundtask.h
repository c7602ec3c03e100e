// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class Database;
class QThread;
class QWidget;

// Long work that must not freeze the window (a backup, a large report) runs
// on its own thread with its own read-only connection to the register
// (Database::openReader). The result comes back on the UI thread through
// finished(). Cancel drops the result at once; the thread finishes its step
// in the background (SQLite work cannot be interrupted half-way) and then
// the task deletes itself.
class BackgroundTask : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<Status(const Database &reader)>;
    // Work that needs no register of its own (it builds one, or reads a file).
    using Job = std::function<Status()>;

    // Starts work on a reader of the register at databasePath.
    BackgroundTask(const QString &databasePath, Work work, QObject *parent = nullptr);
    explicit BackgroundTask(Job job, QObject *parent = nullptr);
    // Waits for the thread: a task never outlives its work.
    ~BackgroundTask() override;

    // Whether the progress dialog offers Cancel. Work that must run to its
    // end once started (an upgrade) does not.
    enum class Cancel { Offered, NotOffered };

    // Runs work with a progress dialog (shown after a moment) that offers
    // Cancel; done gets the work's status, or a Cancelled error at once when
    // the user cancels.
    static BackgroundTask *runWithProgress(QWidget *parent, const QString &databasePath, const QString &label,
                                           Work work, std::function<void(const Status &)> done,
                                           Cancel cancel = Cancel::Offered);
    static BackgroundTask *runWithProgress(QWidget *parent, const QString &label, Job job,
                                           std::function<void(const Status &)> done, Cancel cancel = Cancel::Offered);

    void cancel();

signals:
    // The outcome, on the task's thread; not emitted after cancel().
    void finished(const Status &status);

private:
    static BackgroundTask *runWithProgress(QWidget *parent, const QString &label, BackgroundTask *task,
                                           std::function<void(const Status &)> done, Cancel cancel);

    struct State
    {
        Status result;
        std::atomic_bool cancelled = false;
    };

    std::shared_ptr<State> m_state;
    QThread *m_thread;
};
