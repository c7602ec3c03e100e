// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class QIODevice;

// Writes a ZIP file (PKWARE APPNOTE 6.3, no ZIP64) to a sequential device:
// each entry deflated with zlib, or stored when deflate does not make it
// smaller. Names are UTF-8 (general purpose flag bit 11). Enough for
// Saradnja's archives, which hold a few dozen JSON files and the attachments.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)

public:
    // The device must be open for writing; the writer does not own it.
    explicit ZipWriter(QIODevice *device, QDateTime timestamp = QDateTime::currentDateTime());

    // Adds one file. Fails when the device cannot be written or the entry
    // would need ZIP64 (over 4 GiB, or more than 65,535 entries).
    Status add(const QString &name, const QByteArray &content);
    // Writes the central directory. No entry can be added afterwards.
    Status finish();

    qsizetype entryCount() const { return m_entries.size(); }

private:
    struct Entry
    {
        QByteArray name;
        quint16 method = 0;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 offset = 0;
    };

    Status write(const QByteArray &bytes);
    QByteArray localHeader(const Entry &entry) const;
    QByteArray centralHeader(const Entry &entry) const;
    void appendSharedFields(QByteArray &header, const Entry &entry) const;
    Error writeError() const;

    QIODevice *m_device;
    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
    qint64 m_offset = 0;
    QList<Entry> m_entries;
    bool m_finished = false;
};
