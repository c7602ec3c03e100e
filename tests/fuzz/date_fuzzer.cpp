// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary text to the date parser that reads CSV cells and date
// fields ("2026-11-22", "22.11.2026."). Property: whatever it accepts is a
// valid date that comes back the same through both written forms.
#include "dates.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDate date = Dates::parse(text);
    if (!date.isValid())
        return 0;
    if (Dates::parse(date.toString(Qt::ISODate)) != date)
        std::abort();
    if (Dates::parse(date.toString(QStringLiteral("d.M.yyyy."))) != date)
        std::abort();
    if (Dates::fromSql(Dates::toSql(date)) != date)
        std::abort();
    return 0;
}
