// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// A key that sorts names in Serbian alphabetical order with plain byte
// comparison (so SQLite can index it): Cyrillic is read as Latin, case is
// ignored, and the Serbian letters follow their base letter as in the
// alphabet: C < Č < Ć < D < Dž < Đ, L < Lj, N < Nj, S < Š, Z < Ž. Other
// diacritics are ignored (Zürich sorts as Zurich).
class SortKey
{
public:
    SortKey() = delete;
    static QString of(const QString &text);
};
