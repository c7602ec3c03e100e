// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace TextNormalization {

// text.normalized(form), in linear time. QString::normalized in Qt 6.4
// decomposes in place, moving the rest of the string at every character it
// expands, so a megabyte of text (a pasted document in a notes field) took
// minutes. The text is normalised in pieces of about a thousand characters,
// each cut before a character that no normalisation form reorders or
// composes across (a starter that is not a mark and never the second half
// of a composition), which gives the same result as normalising it whole.
QString normalized(const QString &text, QString::NormalizationForm form);

} // namespace TextNormalization
