// SPDX-License-Identifier: GPL-3.0-or-later
#include "filesync.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {

// The translation context of this file's messages (a namespace cannot
// declare one itself).
struct FileSyncText
{
    Q_DECLARE_TR_FUNCTIONS(FileSync)
};

Error ioError(const QString &message, const QString &path)
{
    return Error(ErrorCode::Io, message, path + QLatin1String(": ") + QString::fromLocal8Bit(std::strerror(errno)));
}

Status flushDescriptor(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return ioError(FileSyncText::tr("A file could not be written to disk."), path);
    const int synced = ::fsync(fd);
    ::close(fd);
    if (synced != 0)
        return ioError(FileSyncText::tr("A file could not be written to disk."), path);
    return {};
}

} // namespace

namespace FileSync {

Status flushFile(const QString &path)
{
    return flushDescriptor(path, O_RDWR);
}

Status flushDirectory(const QString &path)
{
    return flushDescriptor(path, O_RDONLY | O_DIRECTORY);
}

Status replace(const QString &source, const QString &target)
{
    if (::rename(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) != 0)
        return ioError(FileSyncText::tr("A file could not be replaced."), target);
    return flushDirectory(QFileInfo(target).absolutePath());
}

Status moveNoReplace(const QString &source, const QString &target)
{
    const QByteArray from = QFile::encodeName(source);
    const QByteArray to = QFile::encodeName(target);
    if (::link(from.constData(), to.constData()) != 0) {
        if (errno == EEXIST)
            return Error(ErrorCode::FileExists, FileSyncText::tr("The file already exists; it was not overwritten."),
                         target);
        if (errno != EPERM && errno != ENOTSUP && errno != ENOSYS)
            return ioError(FileSyncText::tr("A file could not be moved into place."), target);
        // No hard links on this file system (some network shares): check, then rename.
        if (QFileInfo::exists(target))
            return Error(ErrorCode::FileExists, FileSyncText::tr("The file already exists; it was not overwritten."),
                         target);
        return replace(source, target);
    }
    ::unlink(from.constData());
    return flushDirectory(QFileInfo(target).absolutePath());
}

} // namespace FileSync
