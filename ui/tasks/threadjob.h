// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QThread;

// Work that needs no connection of its own from BackgroundTask (reading a
// file) or opens its own (an import on a worker connection), on a thread of
// its own so the window never freezes. The job belongs to its parent and
// waits for its work when destroyed: the work must not outlive what it uses.
class ThreadJob : public QObject
{
    Q_OBJECT

public:
    ThreadJob(std::function<void()> work, QObject *parent);
    ~ThreadJob() override;

    // Runs work on a thread and hands its result to done on the parent's
    // thread (not at all if the parent is destroyed first).
    template<typename T>
    static ThreadJob *run(QObject *parent, std::function<T()> work, std::function<void(T)> done)
    {
        auto result = std::make_shared<std::optional<T>>();
        auto *job = new ThreadJob([result, work = std::move(work)] { result->emplace(work()); }, parent);
        connect(job, &ThreadJob::finished, parent, [job, result, done = std::move(done)] {
            job->deleteLater();
            done(std::move(**result));
        });
        job->start();
        return job;
    }

    void start();

signals:
    // On the job's thread, after the work returned.
    void finished();

private:
    QThread *m_thread;
};
