// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The keys search compares text by, whatever its case, script and diacritics:
// "Čačak", "ЧАЧАК" and "cacak" all fold to "cacak". Serbian, Latin-alphabet and
// Cyrillic text folds to words of [a-z0-9] separated by single spaces; letters
// of other scripts are kept, lower-cased and without diacritics.
class SearchFolding
{
public:
    SearchFolding() = delete;

    // Cyrillic → Latin, lower case, diacritics removed (đ → dj, so dž → dz,
    // č/ć → c, š → s, ž → z), every run of non-letters and non-digits → one
    // space, trimmed. fold("Ђорђе") == "djordje", fold("Zürich-Nord") ==
    // "zurich nord".
    static QString fold(const QString &text);

    // The tokens to index for a text: the words of fold(text), each followed by
    // its variant with đ → d where the text had đ/Ђ ("Đorđe" gives "djordje"
    // and "dorde"), so that both spellings of a query find it. No duplicates;
    // first-seen order.
    static QStringList indexTokens(const QString &text);

    // The tokens of a search query: the words of fold(query).
    static QStringList queryTokens(const QString &query);
};
