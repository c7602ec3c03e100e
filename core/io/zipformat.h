// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

// The little-endian fields and signatures of the ZIP format shared by
// ZipWriter and ZipReader, and raw deflate through zlib.
namespace ZipFormat {

constexpr quint32 LocalHeaderSignature = 0x04034b50;
constexpr quint32 CentralHeaderSignature = 0x02014b50;
constexpr quint32 EndOfDirectorySignature = 0x06054b50;
constexpr int LocalHeaderSize = 30;
constexpr int CentralHeaderSize = 46;
constexpr int EndOfDirectorySize = 22;
constexpr quint16 MethodStored = 0;
constexpr quint16 MethodDeflated = 8;
constexpr quint16 FlagUtf8Names = 0x0800;
constexpr quint16 VersionNeeded = 20; // 2.0: deflate
constexpr quint32 MaxSize = 0xFFFFFFFFu;

void appendUint16(QByteArray &bytes, quint16 value);
void appendUint32(QByteArray &bytes, quint32 value);
// Reads at offset; the caller checks that offset + 2 (or 4) is within bytes.
quint16 uint16At(const QByteArray &bytes, qsizetype offset);
quint32 uint32At(const QByteArray &bytes, qsizetype offset);

quint32 crc32(const QByteArray &bytes);
// Raw deflate (no zlib header), as ZIP stores it.
QByteArray deflate(const QByteArray &bytes);
// Inflates raw deflate data that must come out exactly expectedSize bytes
// long; false on damaged data or any other size.
bool inflate(const QByteArray &compressed, quint32 expectedSize, QByteArray &out);

} // namespace ZipFormat
