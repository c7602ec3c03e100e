// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary bytes to the ZIP reader that opens archives
// (`archive import`): the central directory, every entry, inflate and CRC
// checks, with a 16 MB limit per entry. Property: no crash, no hang, no
// memory beyond the limit; an entry that reads back is what the writer
// writes again and reads back the same.
#include "zipreader.h"
#include "zipwriter.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer input(&bytes);
    input.open(QIODevice::ReadOnly);
    ZipReader reader(&input);
    if (!reader.open())
        return 0;
    QByteArray again;
    QBuffer output(&again);
    output.open(QIODevice::WriteOnly);
    ZipWriter writer(&output);
    QList<QPair<QString, QByteArray>> read;
    for (const ZipReader::Entry &entry : reader.entries()) {
        auto content = reader.read(entry.name, 16 * 1024 * 1024);
        if (!content)
            continue;
        read.append({entry.name, content.value()});
        if (!writer.add(entry.name, content.value()))
            return 0;
    }
    if (!writer.finish())
        return 0;
    output.close();
    QBuffer rewritten(&again);
    rewritten.open(QIODevice::ReadOnly);
    ZipReader check(&rewritten);
    if (!check.open() || check.entries().size() != read.size())
        std::abort();
    for (const auto &[name, content] : std::as_const(read)) {
        auto back = check.read(name, 16 * 1024 * 1024);
        if (!back || back.value() != content)
            std::abort();
    }
    return 0;
}
