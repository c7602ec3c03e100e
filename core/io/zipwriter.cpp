// SPDX-License-Identifier: GPL-3.0-or-later
#include "zipwriter.h"

#include "zipformat.h"

#include <QIODevice>

using namespace ZipFormat;

ZipWriter::ZipWriter(QIODevice *device, QDateTime timestamp) : m_device(device)
{
    // MS-DOS date and time, local time, two-second resolution, from 1980.
    const QDate date = qMax(timestamp.date(), QDate(1980, 1, 1));
    const QTime time = timestamp.time();
    m_dosDate = quint16(((date.year() - 1980) << 9) | (date.month() << 5) | date.day());
    m_dosTime = quint16((time.hour() << 11) | (time.minute() << 5) | (time.second() / 2));
}

Status ZipWriter::add(const QString &name, const QByteArray &content)
{
    Q_ASSERT(!m_finished);
    if (m_entries.size() >= 0xFFFF || name.toUtf8().size() > 0xFFFF || quint64(content.size()) >= MaxSize
        || quint64(m_offset) >= MaxSize)
        return Error(ErrorCode::Invalid, tr("The archive would be too large for the ZIP format."),
                     QStringLiteral("entry %1, offset %2").arg(name).arg(m_offset));
    Entry entry;
    entry.name = name.toUtf8();
    entry.crc = ZipFormat::crc32(content);
    entry.size = quint32(content.size());
    entry.offset = quint32(m_offset);
    QByteArray packed = deflate(content);
    if (!packed.isEmpty() && packed.size() < content.size()) {
        entry.method = MethodDeflated;
    } else {
        entry.method = MethodStored;
        packed = content;
    }
    entry.compressedSize = quint32(packed.size());
    if (Status written = write(localHeader(entry)); !written)
        return written;
    if (Status written = write(packed); !written)
        return written;
    m_entries << entry;
    return {};
}

Status ZipWriter::finish()
{
    Q_ASSERT(!m_finished);
    m_finished = true;
    const qint64 directoryOffset = m_offset;
    QByteArray directory;
    for (const Entry &entry : std::as_const(m_entries))
        directory += centralHeader(entry);
    if (quint64(directoryOffset) + quint64(directory.size()) >= MaxSize)
        return Error(ErrorCode::Invalid, tr("The archive would be too large for the ZIP format."),
                     QStringLiteral("central directory at %1").arg(directoryOffset));
    QByteArray end;
    appendUint32(end, EndOfDirectorySignature);
    appendUint16(end, 0); // this disk
    appendUint16(end, 0); // disk with the directory
    appendUint16(end, quint16(m_entries.size()));
    appendUint16(end, quint16(m_entries.size()));
    appendUint32(end, quint32(directory.size()));
    appendUint32(end, quint32(directoryOffset));
    appendUint16(end, 0); // comment length
    return write(directory + end);
}

Status ZipWriter::write(const QByteArray &bytes)
{
    if (m_device->write(bytes) != bytes.size())
        return writeError();
    m_offset += bytes.size();
    return {};
}

QByteArray ZipWriter::localHeader(const Entry &entry) const
{
    QByteArray header;
    appendUint32(header, LocalHeaderSignature);
    appendUint16(header, VersionNeeded);
    appendSharedFields(header, entry);
    appendUint16(header, 0); // extra field length
    return header + entry.name;
}

QByteArray ZipWriter::centralHeader(const Entry &entry) const
{
    QByteArray header;
    appendUint32(header, CentralHeaderSignature);
    appendUint16(header, 0x0300 | VersionNeeded); // made by: Unix
    appendUint16(header, VersionNeeded);
    appendSharedFields(header, entry);
    appendUint16(header, 0); // extra field length
    appendUint16(header, 0); // comment length
    appendUint16(header, 0); // disk number
    appendUint16(header, 0); // internal attributes
    appendUint32(header, 0100644u << 16); // external attributes: a regular file, rw-r--r--
    appendUint32(header, entry.offset);
    return header + entry.name;
}

// The fields both headers hold, in the same order: flags to name length.
void ZipWriter::appendSharedFields(QByteArray &header, const Entry &entry) const
{
    appendUint16(header, FlagUtf8Names);
    appendUint16(header, entry.method);
    appendUint16(header, m_dosTime);
    appendUint16(header, m_dosDate);
    appendUint32(header, entry.crc);
    appendUint32(header, entry.compressedSize);
    appendUint32(header, entry.size);
    appendUint16(header, quint16(entry.name.size()));
}

Error ZipWriter::writeError() const
{
    return Error(ErrorCode::Io, tr("The archive could not be written: %1").arg(m_device->errorString()),
                 m_device->errorString());
}
