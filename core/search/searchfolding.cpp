// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchfolding.h"

#include "textnormalization.h"

#include "transliterator.h"

#include <QSet>
#include <QStringView>

#include <optional>

namespace {

// How đ (from Đ, Ђ or the look-alike Ð) is spelt without its stroke: "dj",
// the usual way to type it on a keyboard without Serbian letters, or plain
// "d", as many people do.
enum class StrokedD { AsDj, AsD };

// The plain spelling of a lower-case letter that decomposition cannot take its
// diacritic or its script away from; nothing for any other letter.
std::optional<QStringView> plainSpelling(char32_t c, StrokedD strokedD)
{
    switch (c) {
    // What Transliterator::toLatin gives for Ђ, Ћ, Ч, Ш, Ж, Џ (dž → dz).
    case U'đ':
    case U'ð':
        return strokedD == StrokedD::AsDj ? QStringView(u"dj") : QStringView(u"d");
    case U'č':
    case U'ć':
        return QStringView(u"c");
    case U'š':
        return QStringView(u"s");
    case U'ž':
        return QStringView(u"z");
    // Latin letters with no canonical decomposition.
    case U'ß':
        return QStringView(u"ss");
    case U'æ':
        return QStringView(u"ae");
    case U'œ':
        return QStringView(u"oe");
    case U'ø':
        return QStringView(u"o");
    case U'ł':
        return QStringView(u"l");
    case U'ı':
        return QStringView(u"i");
    case U'þ':
        return QStringView(u"th");
    case U'ħ':
        return QStringView(u"h");
    // Cyrillic letters outside the Serbian alphabet, as Serbian transcribes
    // them (Ярославль → Jaroslavlj, folded "jaroslavl"). ё, й, ї, ў, ѓ, ќ
    // decompose to Serbian letters (й is handled before decomposition).
    case U'я':
        return QStringView(u"ja");
    case U'ю':
        return QStringView(u"ju");
    case U'є':
        return QStringView(u"je");
    case U'ы':
    case U'і':
        return QStringView(u"i");
    case U'э':
        return QStringView(u"e");
    case U'щ':
        return QStringView(u"sc");
    case U'ѕ':
        return QStringView(u"dz");
    case U'ґ':
        return QStringView(u"g");
    case U'ь':
    case U'ъ':
        return QStringView(u"");
    default:
        return std::nullopt;
    }
}

bool containsStrokedD(const QString &text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'đ': case u'Đ': case u'ђ': case u'Ђ': case u'ð': case u'Ð':
            return true;
        default:
            break;
        }
    }
    return false;
}

// The whole fold, with đ spelt as strokedD says.
QString foldText(const QString &text, StrokedD strokedD)
{
    // Russian and Bulgarian й is the Serbian ј (Йошкар-Ола → Јошкар-Ола); it must
    // be replaced before decomposition turns it into и + breve.
    QString prepared = text;
    prepared.replace(u'й', u'ј').replace(u'Й', u'Ј');
    // Decomposing first also takes the dot off the i that lower-casing İ gives.
    const QString latin = Transliterator::toLatin(
        TextNormalization::normalized(prepared, QString::NormalizationForm_KD).toLower());

    QString folded;
    folded.reserve(latin.size());
    bool separatorPending = false;
    for (qsizetype i = 0; i < latin.size(); ++i) {
        char32_t c = latin.at(i).unicode();
        qsizetype units = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < latin.size() && latin.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(latin.at(i), latin.at(i + 1));
            units = 2;
        }
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing
            || category == QChar::Other_Format) {
            // Diacritics, and invisible characters inside words (soft hyphen,
            // zero-width joiners): dropped without splitting the word.
        } else if (!QChar::isLetterOrNumber(c)) {
            separatorPending = !folded.isEmpty();
        } else {
            const std::optional<QStringView> plain = plainSpelling(QChar::toLower(c), strokedD);
            const QStringView piece = plain ? *plain : QStringView(latin).sliced(i, units);
            if (!piece.isEmpty()) {
                if (separatorPending)
                    folded.append(u' ');
                separatorPending = false;
                folded.append(piece);
            }
        }
        i += units - 1;
    }
    return folded;
}

QStringList words(const QString &folded)
{
    return folded.split(u' ', Qt::SkipEmptyParts);
}

} // namespace

QString SearchFolding::fold(const QString &text)
{
    return foldText(text, StrokedD::AsDj);
}

QStringList SearchFolding::indexTokens(const QString &text)
{
    const QStringList folded = words(foldText(text, StrokedD::AsDj));
    const QStringList plainD = containsStrokedD(text) ? words(foldText(text, StrokedD::AsD)) : folded;
    QStringList tokens;
    QSet<QString> seen;
    const auto add = [&](const QString &token) {
        if (!token.isEmpty() && !seen.contains(token)) {
            seen.insert(token);
            tokens.append(token);
        }
    };
    // Both folds split the text at the same places, so their words pair up.
    for (qsizetype i = 0; i < folded.size(); ++i) {
        add(folded.at(i));
        if (i < plainD.size())
            add(plainD.at(i));
    }
    return tokens;
}

QStringList SearchFolding::queryTokens(const QString &query)
{
    return words(fold(query));
}
