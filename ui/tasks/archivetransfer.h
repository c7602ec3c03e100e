// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QWidget;

// File ▸ Export Archive… and Import Archive…: the whole register into one
// portable file and back into a new register (core/io/ArchiveExport,
// ArchiveImport), off the UI thread with progress and Cancel.
class ArchiveTransfer : public QObject
{
    Q_OBJECT

public:
    explicit ArchiveTransfer(QWidget *window);

    // Ask for the files, then do the work.
    void chooseAndExport(const QString &databasePath);
    void chooseAndImport();

    void exportTo(const QString &databasePath, const QString &archivePath);
    void importFrom(const QString &archivePath, const QString &registerPath);

signals:
    void exported(const QString &archivePath);
    // A new register was built at registerPath; the window opens it.
    void imported(const QString &registerPath);
    void failed(const QString &title, const Error &error);

private:
    // What the window hears when the work ends: nothing after Cancel, failed() or success.
    std::function<void(const Status &)> outcome(const std::shared_ptr<std::atomic_bool> &cancelled, const QString &title,
                                                std::function<void()> succeeded);

    QWidget *m_window;
};
