// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivetransfer.h"

#include "archiveexport.h"
#include "archiveimport.h"
#include "backgroundtask.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QWidget>

#include <atomic>

namespace {

QString archiveFilter()
{
    return ArchiveTransfer::tr("Saradnja archives (*.zip);;All files (*)");
}

// Stops the work at its next step once the user has cancelled.
ArchiveFormat::Progress stopWhen(const std::shared_ptr<std::atomic_bool> &cancelled)
{
    return [cancelled](qint64, qint64) { return !cancelled->load(); };
}

} // namespace

ArchiveTransfer::ArchiveTransfer(QWidget *window) : QObject(window), m_window(window) {}

void ArchiveTransfer::chooseAndExport(const QString &databasePath)
{
    const QString suggested = QDir(QFileInfo(databasePath).absolutePath())
                                  .filePath(QFileInfo(databasePath).completeBaseName() + QStringLiteral(".zip"));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Archive"), suggested, archiveFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".zip");
    // The dialog has asked before replacing a file; the export itself never overwrites.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        emit failed(tr("Export Archive"),
                    Error(ErrorCode::Io, tr("The existing file could not be replaced."), path));
        return;
    }
    exportTo(databasePath, path);
}

void ArchiveTransfer::chooseAndImport()
{
    const QString archive = QFileDialog::getOpenFileName(m_window, tr("Import Archive"), QString(), archiveFilter());
    if (archive.isEmpty())
        return;
    QString target = QFileDialog::getSaveFileName(
        m_window, tr("Save the New Register As"),
        QDir(QFileInfo(archive).absolutePath())
            .filePath(QFileInfo(archive).completeBaseName() + QStringLiteral(".saradnja")), // not translated: a file suffix
        tr("Saradnja registers (*.saradnja *.db)"));
    if (target.isEmpty())
        return;
    if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".saradnja");
    importFrom(archive, target);
}

std::function<void(const Status &)> ArchiveTransfer::outcome(const std::shared_ptr<std::atomic_bool> &cancelled,
                                                           const QString &title, std::function<void()> succeeded)
{
    return [this, cancelled, title, succeeded = std::move(succeeded)](const Status &done) {
        if (done.error().code() == ErrorCode::Cancelled)
            cancelled->store(true); // the work stops at its next step
        else if (!done)
            emit failed(title, done.error());
        else
            succeeded();
    };
}

void ArchiveTransfer::exportTo(const QString &databasePath, const QString &archivePath)
{
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    BackgroundTask::runWithProgress(
        m_window, databasePath, tr("Writing the archive…"),
        [archivePath, progress = stopWhen(cancelled)](const Database &reader) -> Status {
            auto written = ArchiveExport::write(reader, archivePath, progress);
            return written ? Status() : Status(written.error());
        },
        outcome(cancelled, tr("Export Archive"), [this, archivePath] { emit exported(archivePath); }));
}

void ArchiveTransfer::importFrom(const QString &archivePath, const QString &registerPath)
{
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    BackgroundTask::runWithProgress(
        m_window, tr("Reading the archive…"),
        [archivePath, registerPath, progress = stopWhen(cancelled)]() -> Status {
            auto read = ArchiveImport::read(archivePath, registerPath, progress);
            return read ? Status() : Status(read.error());
        },
        outcome(cancelled, tr("Import Archive"), [this, registerPath] { emit imported(registerPath); }));
}
