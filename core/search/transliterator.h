// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Serbian text between its two scripts: Cyrillic (ћирилица) and Latin (latinica,
// gajica). Both directions convert letter by letter and leave everything that is
// not a Serbian letter as it is (digits, punctuation, q/w/x/y, other alphabets).
// Whether a text should be transliterated at all (foreign names must not be) is
// the caller's decision.
class Transliterator
{
public:
    Transliterator() = delete;

    // Љубовија → Ljubovija, ЉУБОВИЈА → LJUBOVIJA, ЏЕП → DŽEP.
    static QString toLatin(const QString &text);

    // Ljubovija → Љубовија; lj, nj and dž are digraphs except in a short list of
    // words where they are two letters (nadživeti → надживети, konjugacija →
    // конјугација). "dj" stays д + ј: Serbian Latin writes Đ for Ђ.
    static QString toCyrillic(const QString &text);

    // True when the text contains at least one letter of the Serbian Cyrillic
    // alphabet.
    static bool isCyrillic(const QString &text);
};
