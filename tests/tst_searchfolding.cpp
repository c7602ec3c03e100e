// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchfolding.h"
#include "textnormalization.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>

class TestSearchFolding : public QObject
{
    Q_OBJECT

private slots:
    // Long texts are normalised in pieces: the result must be the whole
    // text's, whatever falls on a cut (marks, Hangul jamo, surrogate pairs).
    void piecewiseNormalizationEqualsWhole_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::newRow("latin with marks") << QStringLiteral("Đorđe Čačak e\u0301\u0323\u0307 ");
        QTest::newRow("marks only") << QStringLiteral("\u0301\u0323\u0307\u0328");
        QTest::newRow("cyrillic, no spaces") << QStringLiteral("ЧачакЙошкар\u0418\u0306ѓќ");
        QTest::newRow("hangul jamo") << QStringLiteral("\u1100\u1161\u11A8\uAC00\u11A8");
        QTest::newRow("emoji and music marks") << QStringLiteral("😀👍🏽\U0001D15E\U0001D165\U0001D16Dx");
        QTest::newRow("compatibility forms") << QStringLiteral("ﬁ①㎏Ａ ℌ");
    }
    void piecewiseNormalizationEqualsWhole()
    {
        QFETCH(QString, unit);
        QString text;
        while (text.size() < 5000)
            text += unit;
        for (const auto form : {QString::NormalizationForm_D, QString::NormalizationForm_C,
                                QString::NormalizationForm_KD, QString::NormalizationForm_KC})
            QCOMPARE(TextNormalization::normalized(text, form), text.normalized(form));
    }

    void fold_data();
    void fold();
    void foldIsIdempotent_data();
    void foldIsIdempotent();
    void tokensArePlainAscii_data();
    void tokensArePlainAscii();
    void otherScriptsKeepTheirLetters();
    void indexTokens_data();
    void indexTokens();
    void queryTokens_data();
    void queryTokens();
    void prefixSearch_data();
    void prefixSearch();
};

namespace {

void addFoldRows()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const QString &text, const QString &expected) {
        QTest::newRow(name) << text << expected;
    };

    // Case, script and diacritics.
    row("Čačak", QStringLiteral("Čačak"), QStringLiteral("cacak"));
    row("ЧАЧАК", QStringLiteral("ЧАЧАК"), QStringLiteral("cacak"));
    row("Чачак", QStringLiteral("Чачак"), QStringLiteral("cacak"));
    row("cacak", QStringLiteral("cacak"), QStringLiteral("cacak"));
    row("CACAK", QStringLiteral("CACAK"), QStringLiteral("cacak"));
    row("čač prefix", QStringLiteral("čač"), QStringLiteral("cac"));
    row("ЧАЧ prefix", QStringLiteral("ЧАЧ"), QStringLiteral("cac"));
    row("Ђорђе", QStringLiteral("Ђорђе"), QStringLiteral("djordje"));
    row("Đorđe", QStringLiteral("Đorđe"), QStringLiteral("djordje"));
    row("ĐORĐE", QStringLiteral("ĐORĐE"), QStringLiteral("djordje"));
    row("Djordje", QStringLiteral("Djordje"), QStringLiteral("djordje"));
    row("dorde", QStringLiteral("dorde"), QStringLiteral("dorde"));
    row("Љубљана", QStringLiteral("Љубљана"), QStringLiteral("ljubljana"));
    row("LJUBLJANA", QStringLiteral("LJUBLJANA"), QStringLiteral("ljubljana"));
    row("Џеп", QStringLiteral("Џеп"), QStringLiteral("dzep"));
    row("DŽEP", QStringLiteral("DŽEP"), QStringLiteral("dzep"));
    row("Џаја", QStringLiteral("Џаја"), QStringLiteral("dzaja"));
    row("Ћуприја", QStringLiteral("Ћуприја"), QStringLiteral("cuprija"));
    row("Ćuprija", QStringLiteral("Ćuprija"), QStringLiteral("cuprija"));
    row("Књажевац", QStringLiteral("Књажевац"), QStringLiteral("knjazevac"));
    row("Knjaževac", QStringLiteral("Knjaževac"), QStringLiteral("knjazevac"));
    row("Житорађа", QStringLiteral("Житорађа"), QStringLiteral("zitoradja"));
    row("Inđija", QStringLiteral("Inđija"), QStringLiteral("indjija"));
    row("Užice", QStringLiteral("Užice"), QStringLiteral("uzice"));
    row("Šabac", QStringLiteral("Šabac"), QStringLiteral("sabac"));
    row("Пожаревац", QStringLiteral("Пожаревац"), QStringLiteral("pozarevac"));
    row("Ćićevac", QStringLiteral("Ćićevac"), QStringLiteral("cicevac"));
    row("Njegoš", QStringLiteral("Njegoš"), QStringLiteral("njegos"));
    row("надживети", QStringLiteral("надживети"), QStringLiteral("nadziveti"));
    row("Sremska Mitrovica", QStringLiteral("Sremska Mitrovica"), QStringLiteral("sremska mitrovica"));
    row("mixed scripts", QStringLiteral("Kragujevac/Крагујевац"), QStringLiteral("kragujevac kragujevac"));
    row("accented Cyrillic", QStringLiteral("сѐ и ѝ"), QStringLiteral("se i i"));

    // Decomposed and invisible characters.
    row("combining caron", QStringLiteral("C\u030Cac\u030Cak"), QStringLiteral("cacak"));
    row("soft hyphen", QStringLiteral("Kragu\u00ADjevac"), QStringLiteral("kragujevac"));
    row("zero-width non-joiner", QStringLiteral("nad\u200Cživeti"), QStringLiteral("nadziveti"));
    row("digraph letter", QStringLiteral("ǅamija"), QStringLiteral("dzamija"));
    row("ligature", QStringLiteral("ﬁnale"), QStringLiteral("finale"));
    row("eth look-alike", QStringLiteral("ÐORÐE"), QStringLiteral("djordje"));

    // Punctuation and whitespace.
    row("empty", QString(), QString());
    row("only spaces", QStringLiteral("   \t\n "), QString());
    row("only punctuation", QStringLiteral("!!!---???"), QString());
    row("spaces trimmed and collapsed", QStringLiteral("  Novi   Sad!! "), QStringLiteral("novi sad"));
    row("tabs and newlines", QStringLiteral("Bačka\tPalanka\n"), QStringLiteral("backa palanka"));
    row("dash", QStringLiteral("Sremska Mitrovica – Nevers"), QStringLiteral("sremska mitrovica nevers"));
    row("hyphen", QStringLiteral("Zürich-Nord"), QStringLiteral("zurich nord"));
    row("apostrophe", QStringLiteral("O'Brien"), QStringLiteral("o brien"));
    row("quotes", QStringLiteral("„Čačanski sajam“"), QStringLiteral("cacanski sajam"));
    row("no-break space", QStringLiteral("Niška\u00A0Banja"), QStringLiteral("niska banja"));

    // Digits.
    row("street and number", QStringLiteral("Ulica 27. marta 12a"), QStringLiteral("ulica 27 marta 12a"));
    row("slash", QStringLiteral("Vojvode Mišića 5/2"), QStringLiteral("vojvode misica 5 2"));
    row("date", QStringLiteral("9.3.2024."), QStringLiteral("9 3 2024"));
    row("superscript", QStringLiteral("m²"), QStringLiteral("m2"));

    // German, French, Turkish and other Latin diacritics.
    row("Sürüç", QStringLiteral("Sürüç"), QStringLiteral("suruc"));
    row("Straße", QStringLiteral("Straße"), QStringLiteral("strasse"));
    row("Müller-Lüdenscheidt", QStringLiteral("Müller-Lüdenscheidt"), QStringLiteral("muller ludenscheidt"));
    row("ÄRGER", QStringLiteral("ÄRGER"), QStringLiteral("arger"));
    row("Saint-Étienne", QStringLiteral("Saint-Étienne"), QStringLiteral("saint etienne"));
    row("Besançon", QStringLiteral("Besançon"), QStringLiteral("besancon"));
    row("Nîmes", QStringLiteral("Nîmes"), QStringLiteral("nimes"));
    row("Cœur", QStringLiteral("Cœur"), QStringLiteral("coeur"));
    row("İzmir", QStringLiteral("İzmir"), QStringLiteral("izmir"));
    row("Diyarbakır", QStringLiteral("Diyarbakır"), QStringLiteral("diyarbakir"));
    row("Şanlıurfa", QStringLiteral("Şanlıurfa"), QStringLiteral("sanliurfa"));
    row("IĞDIR", QStringLiteral("IĞDIR"), QStringLiteral("igdir"));
    row("Łódź", QStringLiteral("Łódź"), QStringLiteral("lodz"));
    row("Ærø", QStringLiteral("Ærø"), QStringLiteral("aero"));
    row("Ålesund", QStringLiteral("Ålesund"), QStringLiteral("alesund"));
    row("Timișoara", QStringLiteral("Timișoara"), QStringLiteral("timisoara"));

    // Other Cyrillic alphabets, in Serbian transcription.
    row("Москва", QStringLiteral("Москва"), QStringLiteral("moskva"));
    row("Ярославль", QStringLiteral("Ярославль"), QStringLiteral("jaroslavl"));
    row("Йошкар-Ола", QStringLiteral("Йошкар-Ола"), QStringLiteral("joskar ola"));
    row("Щёлково", QStringLiteral("Щёлково"), QStringLiteral("scelkovo"));
    row("Київ", QStringLiteral("Київ"), QStringLiteral("kiiv"));
    row("Ѓорѓи", QStringLiteral("Ѓорѓи"), QStringLiteral("gorgi"));
    row("Скопје", QStringLiteral("Скопје"), QStringLiteral("skopje"));

}

bool isPlainAscii(const QString &token)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z0-9]+$"));
    return plain.match(token).hasMatch();
}

// What an FTS5 prefix query does: every query token is a prefix of a token
// of the indexed text.
bool prefixMatches(const QStringList &index, const QStringList &query)
{
    for (const QString &wanted : query) {
        const bool found = std::any_of(index.cbegin(), index.cend(),
                                       [&](const QString &token) { return token.startsWith(wanted); });
        if (!found)
            return false;
    }
    return !query.isEmpty();
}

} // namespace

void TestSearchFolding::fold_data()
{
    addFoldRows();
}

void TestSearchFolding::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(SearchFolding::fold(text), expected);
}

void TestSearchFolding::foldIsIdempotent_data()
{
    addFoldRows();
}

void TestSearchFolding::foldIsIdempotent()
{
    QFETCH(QString, expected);
    QCOMPARE(SearchFolding::fold(expected), expected);
}

void TestSearchFolding::tokensArePlainAscii_data()
{
    addFoldRows();
}

void TestSearchFolding::tokensArePlainAscii()
{
    QFETCH(QString, text);
    const QStringList tokens = SearchFolding::indexTokens(text) + SearchFolding::queryTokens(text);
    for (const QString &token : tokens)
        QVERIFY2(isPlainAscii(token), qPrintable(token));
}

void TestSearchFolding::otherScriptsKeepTheirLetters()
{
    QCOMPARE(SearchFolding::fold(QStringLiteral("ΑΘΉΝΑ, Θεσσαλονίκη")), QStringLiteral("αθηνα θεσσαλονικη"));
    QCOMPARE(SearchFolding::indexTokens(QStringLiteral("東京 2020")),
             (QStringList{QStringLiteral("東京"), QStringLiteral("2020")}));
    // Outside the Basic Multilingual Plane: a letter stays whole, an emoji
    // separates, a mathematical letter decomposes to its plain form.
    QCOMPARE(SearchFolding::fold(QStringLiteral("\U0002000B\U0001F642Novi \U0001D400bc")),
             QStringLiteral("\U0002000B novi abc"));
}

void TestSearchFolding::indexTokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("punctuation only") << QStringLiteral(" -- ") << QStringList();
    QTest::newRow("plain words") << QStringLiteral("Novi Sad") << QStringList{QStringLiteral("novi"), QStringLiteral("sad")};
    QTest::newRow("Đorđe") << QStringLiteral("Đorđe") << QStringList{QStringLiteral("djordje"), QStringLiteral("dorde")};
    QTest::newRow("Ђорђе Ђорђевић") << QStringLiteral("Ђорђе Ђорђевић")
                                    << QStringList{QStringLiteral("djordje"), QStringLiteral("dorde"),
                                                   QStringLiteral("djordjevic"), QStringLiteral("dordevic")};
    QTest::newRow("literal dj has no variant") << QStringLiteral("Djordje") << QStringList{QStringLiteral("djordje")};
    QTest::newRow("literal dj next to đ") << QStringLiteral("odjeća Đurđevo")
                                          << QStringList{QStringLiteral("odjeca"), QStringLiteral("djurdjevo"),
                                                         QStringLiteral("durdevo")};
    QTest::newRow("literal dj and đ in one word") << QStringLiteral("Odjeđa")
                                                  << QStringList{QStringLiteral("odjedja"), QStringLiteral("odjeda")};
    QTest::newRow("duplicates removed") << QStringLiteral("Čačak, ЧАЧАК i cacak")
                                        << QStringList{QStringLiteral("cacak"), QStringLiteral("i")};
    QTest::newRow("variant equal to a later word") << QStringLiteral("Đorđe dorde djordje")
                                                   << QStringList{QStringLiteral("djordje"), QStringLiteral("dorde")};
    QTest::newRow("Inđija, Žitorađa") << QStringLiteral("Inđija, Žitorađa")
                                      << QStringList{QStringLiteral("indjija"), QStringLiteral("indija"),
                                                     QStringLiteral("zitoradja"), QStringLiteral("zitorada")};
    QTest::newRow("Medveđa 2") << QStringLiteral("Medveđa 2")
                               << QStringList{QStringLiteral("medvedja"), QStringLiteral("medveda"), QStringLiteral("2")};
    QTest::newRow("Џаја") << QStringLiteral("Џаја") << QStringList{QStringLiteral("dzaja")};
}

void TestSearchFolding::indexTokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(SearchFolding::indexTokens(text), expected);
}

void TestSearchFolding::queryTokens_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("blank") << QStringLiteral("  \t") << QStringList();
    QTest::newRow("đorđe") << QStringLiteral("đorđe") << QStringList{QStringLiteral("djordje")};
    QTest::newRow("dorde") << QStringLiteral("dorde") << QStringList{QStringLiteral("dorde")};
    QTest::newRow("ЧАЧ") << QStringLiteral("ЧАЧ") << QStringList{QStringLiteral("cac")};
    QTest::newRow("ЉУБ") << QStringLiteral("ЉУБ") << QStringList{QStringLiteral("ljub")};
    QTest::newRow("two words") << QStringLiteral("  Sremska   Mitrovica ")
                               << QStringList{QStringLiteral("sremska"), QStringLiteral("mitrovica")};
    QTest::newRow("FTS5 syntax is just punctuation") << QStringLiteral("\"novi\" OR sad*")
                                                    << QStringList{QStringLiteral("novi"), QStringLiteral("or"),
                                                                   QStringLiteral("sad")};
}

void TestSearchFolding::queryTokens()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(SearchFolding::queryTokens(query), expected);
}

void TestSearchFolding::prefixSearch_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("found");

    const auto row = [](const char *name, const char16_t *record, const char16_t *query, bool found) {
        QTest::newRow(name) << QString::fromUtf16(record) << QString::fromUtf16(query) << found;
    };

    row("cacak finds Čačak", u"Čačak", u"cacak", true);
    row("čačak finds Čačak", u"Čačak", u"čačak", true);
    row("чачак finds Čačak", u"Čačak", u"чачак", true);
    row("cac finds Чачак", u"Чачак", u"cac", true);
    row("ЧАЧ finds Čačak", u"Čačak", u"ЧАЧ", true);
    row("djordje finds Đorđe", u"Đorđe", u"djordje", true);
    row("dorde finds Đorđe", u"Đorđe", u"dorde", true);
    row("dor finds Ђорђе", u"Ђорђе", u"dor", true);
    row("đorđe finds Ђорђе", u"Ђорђе", u"đorđe", true);
    row("đorđe finds Djordje", u"Djordje", u"đorđe", true);
    row("dorde misses Djordje", u"Djordje", u"dorde", false);
    row("љуб finds Ljubljana", u"Ljubljana", u"љуб", true);
    row("dzaja finds Џаја", u"Џаја", u"dzaja", true);
    row("džaja finds Džaja", u"Džaja", u"džaja", true);
    row("both words", u"Sremska Mitrovica", u"mitro srem", true);
    row("one word missing", u"Sremska Mitrovica", u"mitro nis", false);
    row("zurich finds Zürich-Nord", u"Zürich-Nord", u"zurich", true);
    row("inđ finds Inđija", u"Inđija", u"inđ", true);
    row("indi finds Inđija", u"Inđija", u"indi", true);
    row("knjaz finds Књажевац", u"Књажевац", u"knjaz", true);
    row("empty query finds nothing", u"Novi Sad", u"", false);
}

void TestSearchFolding::prefixSearch()
{
    QFETCH(QString, record);
    QFETCH(QString, query);
    QFETCH(bool, found);
    QCOMPARE(prefixMatches(SearchFolding::indexTokens(record), SearchFolding::queryTokens(query)), found);
}

QTEST_APPLESS_MAIN(TestSearchFolding)

#include "tst_searchfolding.moc"
