// SPDX-License-Identifier: GPL-3.0-or-later
#include "transliterator.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QStringView>

#include <algorithm>
#include <array>

namespace {

// How one Serbian Cyrillic letter is written in Latin: one letter, or two for
// Љ, Њ, Џ. The second letter of a digraph is stored in lower case (the title
// form "Lj"); toLatin raises it inside an all-caps word.
struct LatinSpelling
{
    char16_t first = 0;
    char16_t second = 0;
};

struct SerbianLetter
{
    char16_t cyrillic;
    LatinSpelling latin;
};

// The Serbian azbuka, both cases, plus Ѐ/ѐ and Ѝ/ѝ: the accented letters Serbian
// writes to tell homographs apart (сѐ "everything", ѝ "her").
constexpr SerbianLetter SerbianAlphabet[] = {
    {u'А', {u'A'}}, {u'а', {u'a'}},
    {u'Б', {u'B'}}, {u'б', {u'b'}},
    {u'В', {u'V'}}, {u'в', {u'v'}},
    {u'Г', {u'G'}}, {u'г', {u'g'}},
    {u'Д', {u'D'}}, {u'д', {u'd'}},
    {u'Ђ', {u'Đ'}}, {u'ђ', {u'đ'}},
    {u'Е', {u'E'}}, {u'е', {u'e'}},
    {u'Ж', {u'Ž'}}, {u'ж', {u'ž'}},
    {u'З', {u'Z'}}, {u'з', {u'z'}},
    {u'И', {u'I'}}, {u'и', {u'i'}},
    {u'Ј', {u'J'}}, {u'ј', {u'j'}},
    {u'К', {u'K'}}, {u'к', {u'k'}},
    {u'Л', {u'L'}}, {u'л', {u'l'}},
    {u'Љ', {u'L', u'j'}}, {u'љ', {u'l', u'j'}},
    {u'М', {u'M'}}, {u'м', {u'm'}},
    {u'Н', {u'N'}}, {u'н', {u'n'}},
    {u'Њ', {u'N', u'j'}}, {u'њ', {u'n', u'j'}},
    {u'О', {u'O'}}, {u'о', {u'o'}},
    {u'П', {u'P'}}, {u'п', {u'p'}},
    {u'Р', {u'R'}}, {u'р', {u'r'}},
    {u'С', {u'S'}}, {u'с', {u's'}},
    {u'Т', {u'T'}}, {u'т', {u't'}},
    {u'Ћ', {u'Ć'}}, {u'ћ', {u'ć'}},
    {u'У', {u'U'}}, {u'у', {u'u'}},
    {u'Ф', {u'F'}}, {u'ф', {u'f'}},
    {u'Х', {u'H'}}, {u'х', {u'h'}},
    {u'Ц', {u'C'}}, {u'ц', {u'c'}},
    {u'Ч', {u'Č'}}, {u'ч', {u'č'}},
    {u'Џ', {u'D', u'ž'}}, {u'џ', {u'd', u'ž'}},
    {u'Ш', {u'Š'}}, {u'ш', {u'š'}},
    {u'Ѐ', {u'È'}}, {u'ѐ', {u'è'}},
    {u'Ѝ', {u'Ì'}}, {u'ѝ', {u'ì'}},
};

// All Serbian Cyrillic letters lie in U+0400..U+045F.
constexpr char16_t FirstCyrillic = 0x0400;
constexpr char16_t LastCyrillic = 0x045F;

constexpr std::array<LatinSpelling, LastCyrillic - FirstCyrillic + 1> buildLatinIndex()
{
    std::array<LatinSpelling, LastCyrillic - FirstCyrillic + 1> index{};
    for (const SerbianLetter &letter : SerbianAlphabet)
        index[letter.cyrillic - FirstCyrillic] = letter.latin;
    return index;
}

constexpr auto LatinIndex = buildLatinIndex();

// The Latin spelling of c, or {0, 0} when c is not a Serbian Cyrillic letter.
LatinSpelling latinSpelling(QChar c)
{
    const char16_t u = c.unicode();
    if (u < FirstCyrillic || u > LastCyrillic)
        return {};
    return LatinIndex[u - FirstCyrillic];
}

bool isCased(QChar c)
{
    return c.isUpper() || c.isLower() || c.isTitleCase();
}

// The nearest letter before (step -1) or after (step +1) position i, skipping
// combining marks; a null QChar when a non-letter or the end comes first.
QChar neighbourLetter(const QString &text, qsizetype i, int step)
{
    for (qsizetype j = i + step; j >= 0 && j < text.size(); j += step) {
        const QChar c = text.at(j);
        if (c.isMark())
            continue;
        return c.isLetter() ? c : QChar();
    }
    return {};
}

// Whether the digraph letter at i stands in an all-caps word, so that it is
// written LJ/NJ/DŽ rather than Lj/Nj/Dž. The next letter decides (ЉУ → LJU,
// Љу → Lju); at the end of a word the previous one does (ЖАБАЉ → ŽABALJ). A
// capital with no cased neighbour, such as a lone "Љ", takes the title form.
bool inAllCapsWord(const QString &text, qsizetype i)
{
    const QChar next = neighbourLetter(text, i, +1);
    if (isCased(next))
        return next.isUpper();
    const QChar previous = neighbourLetter(text, i, -1);
    return isCased(previous) && previous.isUpper();
}

// Latin → Cyrillic

// Words in which l+j, n+j or d+ž are two letters and not the digraph lj/nj/dž.
// Almost all are a prefix ending in n/d joined to a stem beginning with j/ž
// (nad+živeti, pod+župan, van+jezički) or a loanword with the Latin prefixes
// in-/con-/an- (in+jekcija, kon+jugacija, an+jon). The list follows the
// exception lists of the Serbian transliterators Ćirilizator (turanjanin/
// cirilizator) and its ports, trimmed to stems that cannot start an ordinary
// word: nadžak (наџак), odžak (оџак) and Odžaci (Оџаци) keep their џ, so no rule
// like "od + ž" is safe. Tanjug, the news agency (TANJUG, Телеграфска агенција
// нове Југославије), is written Танјуг. No word of standard Serbian needs l+j.
// A word is an exception when it begins with head + tail (in any case); the
// pair is then split between head and tail. Extend it as real data needs: a
// Cyrillic word with нј, лј or дж that is not covered here does not survive
// toCyrillic(toLatin(word)).
struct ExceptionStem
{
    QStringView head;
    QStringView tail;
};

constexpr ExceptionStem ExceptionStems[] = {
    // d + ž
    {u"nad", u"živ"},     // nadživeti, nadživjeti, nadživljavati
    {u"nad", u"žnj"},     // nadžnjeti
    {u"nad", u"žup"},     // nadžupan, nadžupnik
    {u"od", u"živ"},      // odživeti, odživljavati
    {u"od", u"žubor"},    // odžuboriti
    {u"od", u"žvak"},     // odžvakati
    {u"pod", u"žanr"},    // podžanr
    {u"pod", u"želud"},   // podželudačna žlezda
    {u"pod", u"žig"},     // podžigati, podžigač
    {u"pod", u"žup"},     // podžupan, podžupanija
    {u"feld", u"žandar"}, // feldžandarm, feldžandarmerija
    // n + j
    {u"an", u"jon"},         // anjon
    {u"in", u"jekc"},        // injekcija
    {u"in", u"jekt"},        // injektirati, injektor
    {u"in", u"jicir"},       // injicirati
    {u"in", u"jurij"},       // injurija
    {u"kon", u"jektur"},     // konjektura
    {u"kon", u"jug"},        // konjugacija, konjugovati
    {u"kon", u"junk"},       // konjunkcija, konjunktura, konjunktiv
    {u"tan", u"jug"},        // Tanjug
    {u"van", u"jezič"},      // vanjezički
    {u"van", u"jugoslov"},   // vanjugoslovenski
};

// Where the exception stems say the word starting at `start` must not join a
// digraph: the index of the pair's second letter, or -1.
qsizetype exceptionSplit(QStringView text, qsizetype start)
{
    const QChar first = text.at(start).toLower();
    for (const ExceptionStem &stem : ExceptionStems) {
        const qsizetype split = start + stem.head.size();
        if (first != stem.head.front() || split + stem.tail.size() > text.size())
            continue;
        if (text.sliced(start, stem.head.size()).compare(stem.head, Qt::CaseInsensitive) == 0
            && text.sliced(split, stem.tail.size()).compare(stem.tail, Qt::CaseInsensitive) == 0)
            return split;
    }
    return -1;
}

bool startsWord(const QString &text, qsizetype i)
{
    if (!text.at(i).isLetter())
        return false;
    return i == 0 || !(text.at(i - 1).isLetter() || text.at(i - 1).isMark());
}

// Single Latin letters to Cyrillic: the inverse of the alphabet above, plus
// the Unicode digraph letters (ǈ, ǋ, ǅ...) and Ð (U+00D0), the Icelandic
// capital eth that some keyboards and fonts give in place of Đ.
QHash<char16_t, char16_t> buildCyrillicIndex()
{
    QHash<char16_t, char16_t> index;
    for (const SerbianLetter &letter : SerbianAlphabet) {
        if (!letter.latin.second)
            index.insert(letter.latin.first, letter.cyrillic);
    }
    const std::pair<char16_t, char16_t> extra[] = {
        {u'Ǆ', u'Џ'}, {u'ǅ', u'Џ'}, {u'ǆ', u'џ'},
        {u'Ǉ', u'Љ'}, {u'ǈ', u'Љ'}, {u'ǉ', u'љ'},
        {u'Ǌ', u'Њ'}, {u'ǋ', u'Њ'}, {u'ǌ', u'њ'},
        {u'Ð', u'Ђ'},
    };
    for (const auto &[latin, cyrillic] : extra)
        index.insert(latin, cyrillic);
    return index;
}

QChar cyrillicLetter(QChar c)
{
    static const QHash<char16_t, char16_t> index = buildCyrillicIndex();
    return QChar(index.value(c.unicode(), c.unicode()));
}

// The Cyrillic letter for the Latin pair a + b when it is one of the digraphs
// lj, nj, dž, in any case (Lj, LJ, lJ); null otherwise. The case of the first
// letter decides the case of the result.
QChar cyrillicDigraph(QChar a, QChar b)
{
    static const QList<SerbianLetter> digraphs = [] {
        QList<SerbianLetter> upperCase; // Љ, Њ, Џ
        for (const SerbianLetter &letter : SerbianAlphabet) {
            if (letter.latin.second && QChar::isUpper(letter.cyrillic))
                upperCase.append(letter);
        }
        return upperCase;
    }();
    for (const SerbianLetter &letter : digraphs) {
        if (a.toUpper() == QChar(letter.latin.first) && b.toLower() == QChar(letter.latin.second))
            return a.isUpper() ? QChar(letter.cyrillic) : QChar(letter.cyrillic).toLower();
    }
    return {};
}

// č, ć, š, ž typed as a base letter plus a combining caron (U+030C) or acute
// (U+0301) become the precomposed letters, so that they transliterate and
// match the exception stems. Other combining marks are left where they are.
QString composeSerbianLatin(const QString &text)
{
    constexpr char16_t Caron = 0x030C;
    constexpr char16_t Acute = 0x0301;
    if (!text.contains(QChar(Caron)) && !text.contains(QChar(Acute)))
        return text;
    const std::array<std::array<char16_t, 3>, 8> compositions = {{
        {u'C', Caron, u'Č'}, {u'c', Caron, u'č'},
        {u'S', Caron, u'Š'}, {u's', Caron, u'š'},
        {u'Z', Caron, u'Ž'}, {u'z', Caron, u'ž'},
        {u'C', Acute, u'Ć'}, {u'c', Acute, u'ć'},
    }};
    QString composed;
    composed.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t base = text.at(i).unicode();
        const char16_t mark = i + 1 < text.size() ? text.at(i + 1).unicode() : 0;
        char16_t letter = base;
        for (const auto &[from, with, to] : compositions) {
            if (base == from && mark == with) {
                letter = to;
                ++i;
                break;
            }
        }
        composed.append(QChar(letter));
    }
    return composed;
}


// Latin kept in translations (toCyrillicPreserving)

// Spans that stay exactly as they are: placeholders, tags and entities, URLs,
// e-mail addresses, file names and patterns, command-line options, date
// formats with YYYY (D.M.YYYY., YYYY-MM-DD; the Serbian D.M.GGGG. is
// Serbian), values in straight quotes ("tab"), {"json", "keys"}.
const QRegularExpression &protectedSpan()
{
    static const QRegularExpression re(QStringLiteral(
        "%L?[0-9]+|%L?n|%%"
        "|</?[A-Za-z][^<>]*>"
        "|&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);"
        "|(?:https?|ftp|file|mailto):[^\\s<>\"]*[^\\s<>\".,;:!?)'\\]]"
        "|www\\.[^\\s<>\"]*[^\\s<>\".,;:!?)'\\]]"
        "|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+"
        "|(?<![\\p{L}\\p{N}.])[\\p{L}\\p{N}_*?-]*\\.(?:db|csv|pdf|ics|json|zip|txt|log|ts|qm|sqlite|bak|lock|xlsx?|\\*)(?![\\p{L}\\p{N}])"
        "|(?<![\\p{L}\\p{N}-])(?:--[A-Za-z][A-Za-z0-9-]*|-[A-Za-z](?![\\p{L}\\p{N}]))"
        "|(?<![\\p{L}\\p{N}])(?=[DM./-]*YY)(?:[DMY]{1,4}[./-]){1,2}[DMY]{1,4}\\.?(?![\\p{L}\\p{N}])"
        "|\"[^\"\\s]*\""
        "|\\{[^{}]*\\}"
        "|(?<word>[\\p{L}\\p{M}\\p{N}]+(?:-[\\p{L}\\p{M}\\p{N}]+)*)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// Whole words that stay Latin: names of programs, language codes, products.
bool isLatinWord(QStringView word)
{
    static const QStringList words = {
        QStringLiteral("saradnja-cli"), QStringLiteral("sr-Latn"), QStringLiteral("sr-Cyrl"), QStringLiteral("en"),
        // the commands of saradnja-cli
        QStringLiteral("init"), QStringLiteral("check"), QStringLiteral("search"), QStringLiteral("import"),
        QStringLiteral("export"), QStringLiteral("report"), QStringLiteral("calendar"), QStringLiteral("backup"),
        QStringLiteral("restore"), QStringLiteral("archive"), QStringLiteral("generate"),
        // keys
        QStringLiteral("Enter"), QStringLiteral("Esc"), QStringLiteral("Tab"), QStringLiteral("Alt"),
        QStringLiteral("Ctrl"), QStringLiteral("Shift"), QStringLiteral("Delete"), QStringLiteral("Backspace"),
        QStringLiteral("NALAS"), QStringLiteral("UNESCO"), QStringLiteral("UNICEF"), QStringLiteral("USAID"),
        QStringLiteral("ICLEI"),
    };
    return words.contains(word);
}

// Serbian acronyms: written in Cyrillic in Cyrillic text.
bool isSerbianAcronym(QStringView word)
{
    static const QStringList words = {
        QStringLiteral("SKGO"), QStringLiteral("JLS"), QStringLiteral("EU"), QStringLiteral("NVO"),
        QStringLiteral("SAD"), QStringLiteral("UN"), QStringLiteral("AP"), QStringLiteral("SFRJ"),
        QStringLiteral("GGGG"), // godina, in the Serbian date format D.M.GGGG.
    };
    return words.contains(word);
}

bool isSerbianLatinLetter(QChar c)
{
    static const QString extra = QStringLiteral("čćšžđČĆŠŽĐ");
    const char16_t u = c.unicode();
    if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z'))
        return QStringView(u"qwxyQWXY").indexOf(c) < 0;
    return extra.contains(c);
}

// Whether the word has a digit or a letter Serbian Latin lacks: UTF-8, Wi-Fi, Köln.
bool isForeignWord(QStringView word)
{
    for (const QChar c : word) {
        if (c != QLatin1Char('-') && !isSerbianLatinLetter(c))
            return true;
    }
    return false;
}

// Whether one hyphen-free part of a Serbian Latin word is Serbian that
// toCyrillic may change, rather than an acronym or a mixed-case name.
bool isSerbianPart(QStringView part)
{
    int upper = 0;
    bool lowerSeen = false;
    bool upperAfterFirst = false;
    for (qsizetype i = 0; i < part.size(); ++i) {
        const QChar c = part.at(i);
        if (c.isUpper()) {
            ++upper;
            upperAfterFirst = upperAfterFirst || i > 0;
        } else {
            lowerSeen = true;
        }
    }
    if (lowerSeen)
        return !upperAfterFirst; // SQLite, iCalendar stay
    if (upper < 2)
        return true; // "U", "A"
    // An acronym: Latin (PDF, CSV) unless Serbian (SKGO); a long all-capital word is Serbian.
    return isSerbianAcronym(part) || part.size() > 4;
}

// toCyrillic of one part, with '&' put back at the given offsets (sorted).
QString cyrillicWithMnemonics(QStringView part, bool convert, const QList<qsizetype> &mnemonics)
{
    if (!convert) {
        QString kept = part.toString();
        for (auto it = mnemonics.crbegin(); it != mnemonics.crend(); ++it)
            kept.insert(*it, QLatin1Char('&'));
        return kept;
    }
    const QString whole = Transliterator::toCyrillic(part.toString());
    QString result = whole;
    for (auto it = mnemonics.crbegin(); it != mnemonics.crend(); ++it) {
        const QString before = Transliterator::toCyrillic(part.first(*it).toString());
        // A mark inside a digraph (N&jegov) goes before the digraph's letter (&Његов).
        const qsizetype at = whole.startsWith(before) ? before.size() : std::max<qsizetype>(0, before.size() - 1);
        result.insert(at, QLatin1Char('&'));
    }
    return result;
}

} // namespace

QString Transliterator::toLatin(const QString &text)
{
    QString latin;
    latin.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const LatinSpelling spelling = latinSpelling(text.at(i));
        if (!spelling.first) {
            latin.append(text.at(i));
            continue;
        }
        latin.append(QChar(spelling.first));
        if (spelling.second) {
            const QChar second(spelling.second);
            latin.append(inAllCapsWord(text, i) ? second.toUpper() : second);
        }
    }
    return latin;
}

QString Transliterator::toCyrillic(const QString &text)
{
    const QString source = composeSerbianLatin(text);
    QString cyrillic;
    cyrillic.reserve(source.size());
    qsizetype noDigraphAt = -1;
    for (qsizetype i = 0; i < source.size(); ++i) {
        if (startsWord(source, i))
            noDigraphAt = exceptionSplit(source, i);
        const QChar c = source.at(i);
        if (i + 1 < source.size() && i + 1 != noDigraphAt) {
            if (const QChar digraph = cyrillicDigraph(c, source.at(i + 1)); !digraph.isNull()) {
                cyrillic.append(digraph);
                ++i;
                continue;
            }
        }
        cyrillic.append(cyrillicLetter(c));
    }
    return cyrillic;
}

bool Transliterator::isCyrillic(const QString &text)
{
    for (const QChar c : text) {
        if (latinSpelling(c).first)
            return true;
    }
    return false;
}

QString Transliterator::toCyrillicPreserving(const QString &text)
{
    // Take out the mnemonic marks, noting where they were.
    static const QRegularExpression entity(QStringLiteral("&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);"));
    QString plain;
    plain.reserve(text.size());
    QList<qsizetype> marks;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('&') && i + 1 < text.size()) {
            const QChar next = text.at(i + 1);
            if (next == QLatin1Char('&')) {
                plain += QLatin1String("&&");
                ++i;
                continue;
            }
            if (next.isLetterOrNumber() && !entity.match(text, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption).hasMatch()) {
                marks.append(plain.size());
                continue;
            }
        }
        plain += c;
    }

    // The marks inside [from, to), relative to from.
    const auto marksIn = [&marks](qsizetype from, qsizetype to) {
        QList<qsizetype> inside;
        for (const qsizetype mark : marks) {
            if (mark >= from && mark < to)
                inside.append(mark - from);
        }
        return inside;
    };
    const auto appendPiece = [&](QString &out, qsizetype from, qsizetype to, bool convert) {
        out += cyrillicWithMnemonics(QStringView(plain).sliced(from, to - from), convert, marksIn(from, to));
    };

    QString result;
    result.reserve(plain.size() + marks.size());
    qsizetype done = 0;
    QRegularExpressionMatchIterator it = protectedSpan().globalMatch(plain);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        appendPiece(result, done, match.capturedStart(), false);
        done = match.capturedEnd();
        const QStringView word = match.capturedView(u"word");
        if (match.capturedStart(u"word") < 0 || isLatinWord(word) || isForeignWord(word)) {
            appendPiece(result, match.capturedStart(), done, false);
            continue;
        }
        // Part by part: "PDF-a" is PDF-а.
        qsizetype partStart = match.capturedStart();
        for (const QStringView part : word.split(u'-')) {
            const qsizetype partEnd = partStart + part.size();
            appendPiece(result, partStart, partEnd, isSerbianPart(part));
            if (partEnd < done)
                appendPiece(result, partEnd, partEnd + 1, false); // the hyphen
            partStart = partEnd + 1;
        }
    }
    appendPiece(result, done, plain.size(), false);
    return result;
}
