// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadjob.h"

#include <QThread>

ThreadJob::ThreadJob(std::function<void()> work, QObject *parent)
    : QObject(parent)
    , m_thread(QThread::create(std::move(work)))
{
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, &ThreadJob::finished);
}

ThreadJob::~ThreadJob()
{
    m_thread->wait();
}

void ThreadJob::start()
{
    m_thread->start();
}
