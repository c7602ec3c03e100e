// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

class QIODevice;

// Reads a ZIP file such as ZipWriter writes (stored or deflated entries, no
// ZIP64, no encryption) from a random-access device, trusting nothing in it:
// every offset and size is checked against the device, every entry against
// its CRC-32, and an entry larger than the caller's limit is refused before
// any memory is given to it. Entry names are only looked up, never used as
// paths.
class ZipReader
{
    Q_DECLARE_TR_FUNCTIONS(ZipReader)

public:
    struct Entry
    {
        QString name;
        quint16 method = 0;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 localHeaderOffset = 0;
    };

    // The device must be open for reading and stay open; the reader does not own it.
    explicit ZipReader(QIODevice *device);

    // Reads the central directory. Call once before anything else.
    Status open();

    QList<Entry> entries() const { return m_entries; }
    bool contains(const QString &name) const { return m_index.contains(name); }
    // The uncompressed content of one entry, at most maxSize bytes.
    Result<QByteArray> read(const QString &name, qint64 maxSize) const;

private:
    Result<QByteArray> readAt(qint64 offset, qint64 size) const;
    Error damaged(const QString &detail) const;

    QIODevice *m_device;
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_index;
};
