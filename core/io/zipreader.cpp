// SPDX-License-Identifier: GPL-3.0-or-later
#include "zipreader.h"

#include "zipformat.h"

#include <QIODevice>

using namespace ZipFormat;

ZipReader::ZipReader(QIODevice *device) : m_device(device) {}

Status ZipReader::open()
{
    m_entries.clear();
    m_index.clear();
    const qint64 fileSize = m_device->size();
    if (fileSize < EndOfDirectorySize)
        return damaged(QStringLiteral("too short for a ZIP file"));

    // The end-of-directory record is the last 22 bytes plus a comment of up to 65,535.
    const qint64 tailSize = qMin<qint64>(fileSize, EndOfDirectorySize + 0xFFFF);
    auto tail = readAt(fileSize - tailSize, tailSize);
    if (!tail)
        return tail.error();
    const QByteArray &bytes = tail.value();
    qsizetype end = -1;
    for (qsizetype at = bytes.size() - EndOfDirectorySize; at >= 0; --at) {
        if (uint32At(bytes, at) == EndOfDirectorySignature
            && at + EndOfDirectorySize + uint16At(bytes, at + 20) == bytes.size()) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return damaged(QStringLiteral("no end of central directory"));
    const quint16 count = uint16At(bytes, end + 10);
    const quint32 directorySize = uint32At(bytes, end + 12);
    const quint32 directoryOffset = uint32At(bytes, end + 16);
    if (uint16At(bytes, end + 4) != 0 || uint16At(bytes, end + 6) != 0 || uint16At(bytes, end + 8) != count)
        return damaged(QStringLiteral("split archives are not supported"));
    if (qint64(directoryOffset) + qint64(directorySize) > fileSize - tailSize + end)
        return damaged(QStringLiteral("central directory outside the file"));

    auto read = readAt(directoryOffset, directorySize);
    if (!read)
        return read.error();
    const QByteArray &directory = read.value();
    qsizetype at = 0;
    for (int i = 0; i < count; ++i) {
        if (at + CentralHeaderSize > directory.size() || uint32At(directory, at) != CentralHeaderSignature)
            return damaged(QStringLiteral("central header %1 damaged").arg(i));
        Entry entry;
        const quint16 flags = uint16At(directory, at + 8);
        entry.method = uint16At(directory, at + 10);
        entry.crc = uint32At(directory, at + 16);
        entry.compressedSize = uint32At(directory, at + 20);
        entry.size = uint32At(directory, at + 24);
        const quint16 nameLength = uint16At(directory, at + 28);
        const quint16 extraLength = uint16At(directory, at + 30);
        const quint16 commentLength = uint16At(directory, at + 32);
        entry.localHeaderOffset = uint32At(directory, at + 42);
        const qsizetype next = at + CentralHeaderSize + nameLength + extraLength + commentLength;
        if (next > directory.size())
            return damaged(QStringLiteral("central header %1 runs past the directory").arg(i));
        if (flags & 0x0001)
            return damaged(QStringLiteral("entry %1 is encrypted").arg(i));
        const QByteArray rawName = directory.mid(at + CentralHeaderSize, nameLength);
        entry.name = (flags & FlagUtf8Names) ? QString::fromUtf8(rawName) : QString::fromLatin1(rawName);
        if (entry.size == MaxSize || entry.compressedSize == MaxSize || entry.localHeaderOffset == MaxSize)
            return damaged(QStringLiteral("ZIP64 entry %1").arg(entry.name));
        if (m_index.contains(entry.name))
            return damaged(QStringLiteral("entry %1 appears twice").arg(entry.name));
        m_index.insert(entry.name, m_entries.size());
        m_entries << entry;
        at = next;
    }
    return {};
}

Result<QByteArray> ZipReader::read(const QString &name, qint64 maxSize) const
{
    const auto found = m_index.constFind(name);
    if (found == m_index.cend())
        return Error(ErrorCode::NotFound, tr("The archive has no \"%1\".").arg(name), name);
    const Entry &entry = m_entries.at(*found);
    if (entry.size > maxSize)
        return Error(ErrorCode::Invalid, tr("\"%1\" in the archive is larger than Saradnja accepts.").arg(name),
                     QStringLiteral("%1 bytes, limit %2").arg(entry.size).arg(maxSize));
    if (entry.method != MethodStored && entry.method != MethodDeflated)
        return damaged(QStringLiteral("%1: compression method %2").arg(name).arg(entry.method));
    // Deflate cannot expand data more than about 1032 times.
    if (entry.method == MethodDeflated && qint64(entry.size) > qint64(entry.compressedSize) * 1032 + 64)
        return damaged(QStringLiteral("%1: impossible compression ratio").arg(name));

    auto header = readAt(entry.localHeaderOffset, LocalHeaderSize);
    if (!header)
        return header.error();
    if (uint32At(header.value(), 0) != LocalHeaderSignature)
        return damaged(QStringLiteral("%1: local header missing").arg(name));
    const qint64 dataOffset = qint64(entry.localHeaderOffset) + LocalHeaderSize + uint16At(header.value(), 26)
                              + uint16At(header.value(), 28);
    auto packed = readAt(dataOffset, entry.compressedSize);
    if (!packed)
        return packed.error();

    QByteArray content;
    if (entry.method == MethodStored) {
        if (entry.compressedSize != entry.size)
            return damaged(QStringLiteral("%1: stored sizes differ").arg(name));
        content = packed.take();
    } else if (!inflate(packed.value(), entry.size, content)) {
        return damaged(QStringLiteral("%1: deflate data damaged").arg(name));
    }
    if (ZipFormat::crc32(content) != entry.crc)
        return damaged(QStringLiteral("%1: CRC mismatch").arg(name));
    return content;
}

Result<QByteArray> ZipReader::readAt(qint64 offset, qint64 size) const
{
    if (offset < 0 || size < 0 || offset + size > m_device->size())
        return damaged(QStringLiteral("%1 bytes at %2 are past the end").arg(size).arg(offset));
    if (!m_device->seek(offset))
        return Error(ErrorCode::Io, tr("The archive could not be read: %1").arg(m_device->errorString()),
                     m_device->errorString());
    QByteArray bytes = m_device->read(size);
    if (bytes.size() != size)
        return Error(ErrorCode::Io, tr("The archive could not be read: %1").arg(m_device->errorString()),
                     m_device->errorString());
    return bytes;
}

Error ZipReader::damaged(const QString &detail) const
{
    return Error(ErrorCode::Damaged, tr("The file is not a ZIP archive, or it is damaged."), detail);
}
