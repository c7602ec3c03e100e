// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

// Durable file-system steps for files that are NOT open as live databases
// (fresh copies, backups): flushing to disk and atomic replacement.
namespace FileSync {

// fsync() of a file's contents.
Status flushFile(const QString &path);
// fsync() of a folder, so a rename or new file in it survives power loss.
Status flushDirectory(const QString &path);
// Atomically renames source over target (POSIX rename), then flushes the folder.
Status replace(const QString &source, const QString &target);
// Renames source to target only if target does not exist yet (link + unlink).
Status moveNoReplace(const QString &source, const QString &target);

} // namespace FileSync
