// SPDX-License-Identifier: GPL-3.0-or-later
#include "zipformat.h"

#include <zlib.h>

namespace ZipFormat {

void appendUint16(QByteArray &bytes, quint16 value)
{
    bytes.append(char(value & 0xFF));
    bytes.append(char(value >> 8));
}

void appendUint32(QByteArray &bytes, quint32 value)
{
    appendUint16(bytes, quint16(value & 0xFFFF));
    appendUint16(bytes, quint16(value >> 16));
}

quint16 uint16At(const QByteArray &bytes, qsizetype offset)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData() + offset);
    return quint16(p[0] | (p[1] << 8));
}

quint32 uint32At(const QByteArray &bytes, qsizetype offset)
{
    return quint32(uint16At(bytes, offset)) | (quint32(uint16At(bytes, offset + 2)) << 16);
}

quint32 crc32(const QByteArray &bytes)
{
    uLong crc = ::crc32(0L, Z_NULL, 0);
    const auto *data = reinterpret_cast<const Bytef *>(bytes.constData());
    qsizetype left = bytes.size();
    while (left > 0) {
        const uInt chunk = uInt(qMin<qsizetype>(left, 1 << 30));
        crc = ::crc32(crc, data, chunk);
        data += chunk;
        left -= chunk;
    }
    return quint32(crc);
}

QByteArray deflate(const QByteArray &bytes)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&stream, uLong(bytes.size()))));
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    stream.avail_in = uInt(bytes.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = ::deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return result == Z_STREAM_END ? out : QByteArray();
}

bool inflate(const QByteArray &compressed, quint32 expectedSize, QByteArray &out)
{
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return false;
    out.resize(qsizetype(expectedSize));
    // One byte more than expected, so that data inflating to more is caught.
    QByteArray spare(1, '\0');
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    int result = ::inflate(&stream, Z_FINISH);
    if (result == Z_BUF_ERROR && stream.avail_out == 0) {
        stream.next_out = reinterpret_cast<Bytef *>(spare.data());
        stream.avail_out = 1;
        result = ::inflate(&stream, Z_FINISH);
    }
    const bool complete = result == Z_STREAM_END && stream.total_out == expectedSize;
    inflateEnd(&stream);
    if (!complete)
        out.clear();
    return complete;
}

} // namespace ZipFormat
