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

    // toCyrillic for user-interface text (a translation in Serbian Latin made
    // Cyrillic), keeping in Latin what must not change: placeholders (%1, %n,
    // %L1), HTML-like tags and entities, URLs, e-mail addresses, file names and
    // patterns (*.db, saradnja.db), command-line options (--db), date formats
    // with YYYY (D.M.YYYY., YYYY-MM-DD; the Serbian D.M.GGGG. becomes
    // Д.М.ГГГГ.), values to type in straight quotes ("tab"; ordinary quotes are
    // „…“), {braces}, words with digits or with letters Serbian lacks (UTF-8,
    // FTS5, Wi-Fi), mixed-case names (SQLite, iCalendar), a short list of
    // technical words (saradnja-cli and its commands, sr-Latn, en, key names
    // such as Enter), and acronyms: an all-capital word of two to four letters
    // stays Latin (PDF, CSV, ISO, EUR, RSD, JSON) unless it is a Serbian one
    // (SKGO → СКГО, JLS, EU); a longer all-capital word is Serbian written in
    // capitals (DATOTEKA → ДАТОТЕКА). A mnemonic '&' stays before the letter it
    // marked (&Datoteka → &Датотека, N&jegov → &Његов); "&&" is a literal '&'.
    static QString toCyrillicPreserving(const QString &text);

    // True when the text contains at least one letter of the Serbian Cyrillic
    // alphabet.
    static bool isCyrillic(const QString &text);
};
