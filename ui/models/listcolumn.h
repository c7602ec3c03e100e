// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vocabulary.h"

#include <QString>

#include <optional>

// How a list shows one column of a core list: its key in the ListSpec, the
// header, and how a value becomes text (a date, a vocabulary term...).
struct ListColumnView
{
    enum class Format { Text, Date, Number, Percent, YesNo, Term };

    ListColumnView(QString key, QString header, Format format = Format::Text, std::optional<Vocab> vocab = std::nullopt,
                   bool visibleByDefault = true)
        : key(std::move(key))
        , header(std::move(header))
        , format(format)
        , vocab(vocab)
        , visibleByDefault(visibleByDefault)
    {
    }

    QString key;
    QString header;
    Format format = Format::Text;
    std::optional<Vocab> vocab; // for Format::Term
    bool visibleByDefault = true;
};
