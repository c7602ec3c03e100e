// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archiveexport.h"
#include "archiveformat.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

// Builds a new register at path from an archive that ArchiveExport wrote:
// the schema of this version, then every table's rows exactly as archived
// (ids, history and attachments included), in one transaction whose foreign
// keys are checked at commit, and each attachment checked against its
// SHA-256. The file appears only when all of it went in (Database::create);
// an existing file is refused. Nothing in the archive is trusted: sizes are
// bounded, tables and columns must be this schema's, values must be plain
// JSON values.
class ArchiveImport
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveImport)

public:
    static Result<ArchiveSummary> read(const QString &archivePath, const QString &databasePath,
                                       const ArchiveFormat::Progress &progress = {});

    // Limits on what one archive entry may unpack to.
    static constexpr qint64 MaxManifestSize = 4 * 1024 * 1024;
    static constexpr qint64 MaxEntrySize = qint64(1) << 30;
};
