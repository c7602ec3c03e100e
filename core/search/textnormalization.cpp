// SPDX-License-Identifier: GPL-3.0-or-later
#include "textnormalization.h"

namespace TextNormalization {

namespace {

constexpr qsizetype pieceSize = 1024;

// Whether a piece may end just before position i of text.
bool isSafeCut(const QString &text, qsizetype i)
{
    const QChar unit = text.at(i);
    if (unit.isLowSurrogate())
        return false;
    char32_t c = unit.unicode();
    if (unit.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        c = QChar::surrogateToUcs4(unit, text.at(i + 1));
    if (QChar::combiningClass(c) != 0)
        return false;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return false;
    default:
        break;
    }
    // Hangul vowel and trailing consonant jamo compose with what precedes them.
    return c < 0x1160 || c > 0x11FF;
}

} // namespace

QString normalized(const QString &text, QString::NormalizationForm form)
{
    if (text.size() <= pieceSize)
        return text.normalized(form);
    QString result;
    result.reserve(text.size() + text.size() / 8);
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = qMin(start + pieceSize, text.size());
        while (end < text.size() && !isSafeCut(text, end))
            ++end;
        result += text.mid(start, end - start).normalized(form);
        start = end;
    }
    return result;
}

} // namespace TextNormalization
