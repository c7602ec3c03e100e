// SPDX-License-Identifier: GPL-3.0-or-later
#include "sortkey.h"

#include "textnormalization.h"

#include "transliterator.h"

namespace {

// '{' and '|' come after 'z' in ASCII, so "c{" (Č) sorts after every "c…" word
// and "c|" (Ć) after Č.
QString serbianLetter(QChar c, QChar next, bool &consumedNext)
{
    consumedNext = false;
    switch (c.unicode()) {
    case 0x010D: return QStringLiteral("c{"); // č
    case 0x0107: return QStringLiteral("c|"); // ć
    case 0x0111: return QStringLiteral("d|"); // đ
    case 0x0161: return QStringLiteral("s{"); // š
    case 0x017E: return QStringLiteral("z{"); // ž
    default: break;
    }
    if (c == QLatin1Char('d') && next.unicode() == 0x017E) {
        consumedNext = true;
        return QStringLiteral("d{"); // dž
    }
    if ((c == QLatin1Char('l') || c == QLatin1Char('n')) && next == QLatin1Char('j')) {
        consumedNext = true;
        return QString(c) + QLatin1Char('{'); // lj, nj
    }
    return {};
}

} // namespace

QString SortKey::of(const QString &text)
{
    const QString latin = TextNormalization::normalized(Transliterator::toLatin(text).toLower(), QString::NormalizationForm_C);
    QString key;
    key.reserve(latin.size() + 8);
    for (int i = 0; i < latin.size(); ++i) {
        const QChar next = i + 1 < latin.size() ? latin.at(i + 1) : QChar();
        bool consumedNext = false;
        const QString serbian = serbianLetter(latin.at(i), next, consumedNext);
        if (!serbian.isEmpty()) {
            key += serbian;
            if (consumedNext)
                ++i;
            continue;
        }
        // Any other letter: without its diacritics.
        const QString decomposed = QString(latin.at(i)).normalized(QString::NormalizationForm_KD);
        for (const QChar part : decomposed) {
            if (part.category() != QChar::Mark_NonSpacing)
                key += part;
        }
    }
    return key;
}
