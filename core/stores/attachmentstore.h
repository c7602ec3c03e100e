// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attachment.h"
#include "store.h"

#include <QByteArray>
#include <QList>

// Files kept inside the database (scanned agreements, plans, photos), each
// attached to one record. The content is checked against its SHA-256 on
// every read, so a damaged file is reported, never handed out silently.
// File names are data: only the base name is kept and the store never uses
// it as a path.
class AttachmentStore : public Store
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)

public:
    using Store::Store;

    static constexpr qint64 maxSize = 50 * 1024 * 1024;

    // Attaches content under fileName (path components are dropped) to an
    // existing record; refused over maxSize, with nothing written.
    Result<qint64> add(RecordKind kind, qint64 recordId, const QString &fileName, const QByteArray &content);
    // Reads the user's file at path and attaches it under its file name.
    Result<qint64> addFile(RecordKind kind, qint64 recordId, const QString &path);

    // Metadata of one attachment, or of all of a record's (oldest first); no content.
    Result<Attachment> get(qint64 id) const;
    Result<QList<Attachment>> forRecord(RecordKind kind, qint64 recordId) const;
    // The content, verified: ErrorCode::Damaged when it no longer matches its checksum.
    Result<QByteArray> content(qint64 id) const;
    // Writes the verified content to targetPath (through QSaveFile);
    // ErrorCode::FileExists when something is already there.
    Status exportTo(qint64 id, const QString &targetPath) const;

    Status remove(qint64 id);
    // Removes every attachment of a record, inside the caller's transaction
    // (for stores deleting that record).
    static Status removeForRecordWithin(const QSqlDatabase &db, RecordKind kind, qint64 recordId);

    // The base name of a file name or path ("../../etc/passwd" → "passwd",
    // "C:\\Scans\\a.pdf" → "a.pdf"), control characters removed; empty when
    // nothing usable is left (empty, ".", "..").
    static QString cleanFileName(const QString &fileName);
    // A name under which the file can be written to any disk the user may
    // export to (ext4, but also USB sticks and shares with FAT, NTFS or SMB
    // rules): cleanFileName(), then the characters those forbid (< > : " / \ | ? *)
    // made "_", no leading dot (hidden) nor trailing dots or spaces, a Windows
    // device name (CON, NUL, COM1...) prefixed with "_", and at most
    // maxExportNameBytes bytes of UTF-8 with the extension kept; "document"
    // when nothing is left.
    static QString exportFileName(const QString &fileName);
    static constexpr int maxExportNameBytes = 200;
    // Whether opening the file could run a program: executable or script
    // extensions, or ELF, PE, Mach-O or "#!" at the start of the content.
    static bool looksExecutable(const QString &fileName, const QByteArray &head);

private:
    Status checkRecordExists(RecordKind kind, qint64 recordId) const;
    // Deletes one attachment, with the audit entry of its record.
    static Status removeWithin(const QSqlDatabase &db, const Attachment &attachment);
    static QString sizeLimitMessage();
};
