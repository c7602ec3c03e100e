// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archiveformat.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

class Database;

struct ArchiveSummary
{
    int tables = 0;
    qint64 rows = 0;
    int attachments = 0;
};

// Writes the whole register into one portable archive (ArchiveFormat), read
// in one read transaction so that it is a consistent picture. The file
// appears complete or not at all (QSaveFile); an existing file is refused.
class ArchiveExport
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveExport)

public:
    static Result<ArchiveSummary> write(const Database &db, const QString &path,
                                        const ArchiveFormat::Progress &progress = {});
};
