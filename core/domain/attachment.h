// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordkind.h"

#include <QDateTime>
#include <QString>

// What is known about a file kept inside the database, without its content
// (AttachmentStore::content() reads that, checked against sha256).
struct Attachment
{
    qint64 id = 0;
    RecordKind recordKind = RecordKind::Organization; // the record it belongs to
    qint64 recordId = 0;
    QString fileName;   // the base name only: data, never a path
    QString mimeType;   // detected from name and content
    qint64 size = 0;    // bytes
    QString sha256;     // lower-case hex
    QDateTime addedAt;  // UTC
};
