// SPDX-License-Identifier: GPL-3.0-or-later
#include "transliterator.h"

#include <QTest>

class TestTransliterator : public QObject
{
    Q_OBJECT

private slots:
    void toLatin_data();
    void toLatin();
    void toCyrillic_data();
    void toCyrillic();
    void latinRoundTrip_data();
    void latinRoundTrip();
    void cyrillicRoundTrip_data();
    void cyrillicRoundTrip();
    void toLatinOnly_data();
    void toLatinOnly();
    void toCyrillicOnly_data();
    void toCyrillicOnly();
    void isCyrillic_data();
    void isCyrillic();
    void toCyrillicPreserving_data();
    void toCyrillicPreserving();
};

namespace {

// Words and phrases that must transliterate exactly, in both directions.
void addPairs()
{
    QTest::addColumn<QString>("latin");
    QTest::addColumn<QString>("cyrillic");

    const auto row = [](const char *name, const QString &latin, const QString &cyrillic) {
        QTest::newRow(name) << latin << cyrillic;
    };

    row("empty", QString(), QString());

    // Digraphs at the start, lower, title and upper case.
    row("ljubav", QStringLiteral("ljubav"), QStringLiteral("љубав"));
    row("Ljubav", QStringLiteral("Ljubav"), QStringLiteral("Љубав"));
    row("LJUBAV", QStringLiteral("LJUBAV"), QStringLiteral("ЉУБАВ"));
    row("njiva", QStringLiteral("njiva"), QStringLiteral("њива"));
    row("Njiva", QStringLiteral("Njiva"), QStringLiteral("Њива"));
    row("NJIVA", QStringLiteral("NJIVA"), QStringLiteral("ЊИВА"));
    row("džep", QStringLiteral("džep"), QStringLiteral("џеп"));
    row("Džep", QStringLiteral("Džep"), QStringLiteral("Џеп"));
    row("DŽEP", QStringLiteral("DŽEP"), QStringLiteral("ЏЕП"));
    row("Ljubovija", QStringLiteral("Ljubovija"), QStringLiteral("Љубовија"));
    row("LJUBOVIJA", QStringLiteral("LJUBOVIJA"), QStringLiteral("ЉУБОВИЈА"));
    row("Ljig", QStringLiteral("Ljig"), QStringLiteral("Љиг"));
    row("LJIG", QStringLiteral("LJIG"), QStringLiteral("ЉИГ"));
    row("Njegoš", QStringLiteral("Njegoš"), QStringLiteral("Његош"));
    row("NJEGOŠ", QStringLiteral("NJEGOŠ"), QStringLiteral("ЊЕГОШ"));
    row("Njegoševa", QStringLiteral("Njegoševa"), QStringLiteral("Његошева"));
    row("Džaja", QStringLiteral("Džaja"), QStringLiteral("Џаја"));
    row("džamija", QStringLiteral("džamija"), QStringLiteral("џамија"));
    row("Ljiljana", QStringLiteral("Ljiljana"), QStringLiteral("Љиљана"));
    row("LJILJANA", QStringLiteral("LJILJANA"), QStringLiteral("ЉИЉАНА"));

    // Digraphs in the middle and at the end of a word.
    row("Knjaževac", QStringLiteral("Knjaževac"), QStringLiteral("Књажевац"));
    row("KNJAŽEVAC", QStringLiteral("KNJAŽEVAC"), QStringLiteral("КЊАЖЕВАЦ"));
    row("Zrenjanin", QStringLiteral("Zrenjanin"), QStringLiteral("Зрењанин"));
    row("Vranje", QStringLiteral("Vranje"), QStringLiteral("Врање"));
    row("Kanjiža", QStringLiteral("Kanjiža"), QStringLiteral("Кањижа"));
    row("Prijepolje", QStringLiteral("Prijepolje"), QStringLiteral("Пријепоље"));
    row("Šljivovica", QStringLiteral("Šljivovica"), QStringLiteral("Шљивовица"));
    row("ŽELJKO", QStringLiteral("ŽELJKO"), QStringLiteral("ЖЕЉКО"));
    row("Kovilj", QStringLiteral("Kovilj"), QStringLiteral("Ковиљ"));
    row("ŽABALJ", QStringLiteral("ŽABALJ"), QStringLiteral("ЖАБАЉ"));
    row("Ražanj", QStringLiteral("Ražanj"), QStringLiteral("Ражањ"));
    row("SEČANJ", QStringLiteral("SEČANJ"), QStringLiteral("СЕЧАЊ"));
    row("Odžaci", QStringLiteral("Odžaci"), QStringLiteral("Оџаци"));
    row("odžak", QStringLiteral("odžak"), QStringLiteral("оџак"));
    row("nadžak", QStringLiteral("nadžak"), QStringLiteral("наџак"));
    row("Konjic", QStringLiteral("Konjic"), QStringLiteral("Коњиц"));
    row("konjski", QStringLiteral("konjski"), QStringLiteral("коњски"));
    row("bataljon", QStringLiteral("bataljon"), QStringLiteral("батаљон"));

    // Exceptions: the pair is two letters.
    row("nadživeti", QStringLiteral("nadživeti"), QStringLiteral("надживети"));
    row("Nadživeti", QStringLiteral("Nadživeti"), QStringLiteral("Надживети"));
    row("NADŽIVETI", QStringLiteral("NADŽIVETI"), QStringLiteral("НАДЖИВЕТИ"));
    row("nadživljavati", QStringLiteral("nadživljavati"), QStringLiteral("надживљавати"));
    row("podžanr", QStringLiteral("podžanr"), QStringLiteral("поджанр"));
    row("podžupan", QStringLiteral("podžupan"), QStringLiteral("поджупан"));
    row("Podžupanija", QStringLiteral("Podžupanija"), QStringLiteral("Поджупанија"));
    row("podželudačna", QStringLiteral("podželudačna"), QStringLiteral("поджелудачна"));
    row("odživeti", QStringLiteral("odživeti"), QStringLiteral("одживети"));
    row("konjugacija", QStringLiteral("konjugacija"), QStringLiteral("конјугација"));
    row("KONJUGACIJA", QStringLiteral("KONJUGACIJA"), QStringLiteral("КОНЈУГАЦИЈА"));
    row("konjunktura", QStringLiteral("konjunktura"), QStringLiteral("конјунктура"));
    row("injekcija", QStringLiteral("injekcija"), QStringLiteral("инјекција"));
    row("Injekcije", QStringLiteral("Injekcije"), QStringLiteral("Инјекције"));
    row("injektirati", QStringLiteral("injektirati"), QStringLiteral("инјектирати"));
    row("vanjezički", QStringLiteral("vanjezički"), QStringLiteral("ванјезички"));
    row("Tanjug", QStringLiteral("Tanjug"), QStringLiteral("Танјуг"));
    row("TANJUG", QStringLiteral("TANJUG"), QStringLiteral("ТАНЈУГ"));
    row("ne-konjugacija", QStringLiteral("ne-konjugacija"), QStringLiteral("не-конјугација"));

    // dj is always two letters: Serbian Latin writes Đ.
    row("odjeća", QStringLiteral("odjeća"), QStringLiteral("одјећа"));
    row("podjednako", QStringLiteral("podjednako"), QStringLiteral("подједнако"));
    row("nadjačati", QStringLiteral("nadjačati"), QStringLiteral("надјачати"));

    // Place names.
    row("Kragujevac", QStringLiteral("Kragujevac"), QStringLiteral("Крагујевац"));
    row("Čačak", QStringLiteral("Čačak"), QStringLiteral("Чачак"));
    row("ČAČAK", QStringLiteral("ČAČAK"), QStringLiteral("ЧАЧАК"));
    row("Užice", QStringLiteral("Užice"), QStringLiteral("Ужице"));
    row("Šabac", QStringLiteral("Šabac"), QStringLiteral("Шабац"));
    row("Ćuprija", QStringLiteral("Ćuprija"), QStringLiteral("Ћуприја"));
    row("Đurđevo", QStringLiteral("Đurđevo"), QStringLiteral("Ђурђево"));
    row("Inđija", QStringLiteral("Inđija"), QStringLiteral("Инђија"));
    row("Mali Iđoš", QStringLiteral("Mali Iđoš"), QStringLiteral("Мали Иђош"));
    row("Bačka Palanka", QStringLiteral("Bačka Palanka"), QStringLiteral("Бачка Паланка"));
    row("Niška Banja", QStringLiteral("Niška Banja"), QStringLiteral("Нишка Бања"));
    row("Vrnjačka Banja", QStringLiteral("Vrnjačka Banja"), QStringLiteral("Врњачка Бања"));
    row("Sremska Mitrovica", QStringLiteral("Sremska Mitrovica"), QStringLiteral("Сремска Митровица"));
    row("Pančevo", QStringLiteral("Pančevo"), QStringLiteral("Панчево"));
    row("Zaječar", QStringLiteral("Zaječar"), QStringLiteral("Зајечар"));
    row("Požarevac", QStringLiteral("Požarevac"), QStringLiteral("Пожаревац"));
    row("Vršac", QStringLiteral("Vršac"), QStringLiteral("Вршац"));
    row("Žitorađa", QStringLiteral("Žitorađa"), QStringLiteral("Житорађа"));
    row("Ćićevac", QStringLiteral("Ćićevac"), QStringLiteral("Ћићевац"));
    row("Crna Trava", QStringLiteral("Crna Trava"), QStringLiteral("Црна Трава"));
    row("Gornji Milanovac", QStringLiteral("Gornji Milanovac"), QStringLiteral("Горњи Милановац"));
    row("Sjenica", QStringLiteral("Sjenica"), QStringLiteral("Сјеница"));
    row("Pčinjski okrug", QStringLiteral("Pčinjski okrug"), QStringLiteral("Пчињски округ"));

    // Personal names.
    row("Đorđe", QStringLiteral("Đorđe"), QStringLiteral("Ђорђе"));
    row("ĐORĐE", QStringLiteral("ĐORĐE"), QStringLiteral("ЂОРЂЕ"));
    row("Ljubinka Đorđević", QStringLiteral("Ljubinka Đorđević"), QStringLiteral("Љубинка Ђорђевић"));

    // Sentences, punctuation, digits, mixed case.
    row("sentence", QStringLiteral("Džaja živi u Njegoševoj 12, Beograd."),
        QStringLiteral("Џаја живи у Његошевој 12, Београд."));
    row("agreement title", QStringLiteral("Sporazum o saradnji: Ljubovija – Nevers (2024)."),
        QStringLiteral("Споразум о сарадњи: Љубовија – Неверс (2024)."));
    row("caps next to title case", QStringLiteral("LJUBOVIJA i Đurđevo"),
        QStringLiteral("ЉУБОВИЈА и Ђурђево"));
    row("caps heading", QStringLiteral("ŠEF KABINETA: NJEGOŠ DŽAJIĆ"),
        QStringLiteral("ШЕФ КАБИНЕТА: ЊЕГОШ ЏАЈИЋ"));
    row("exception in a sentence", QStringLiteral("Nadživeli su konjunkturu i injekcije."),
        QStringLiteral("Надживели су конјунктуру и инјекције."));
    row("lone digraph letters", QStringLiteral("Nj-Lj-Dž"), QStringLiteral("Њ-Љ-Џ"));
    row("quotes and newline", QStringLiteral("„Čačanski sajam“\nNovi Sad"),
        QStringLiteral("„Чачански сајам“\nНови Сад"));
}

} // namespace

void TestTransliterator::toLatin_data()
{
    addPairs();
}

void TestTransliterator::toLatin()
{
    QFETCH(QString, latin);
    QFETCH(QString, cyrillic);
    QCOMPARE(Transliterator::toLatin(cyrillic), latin);
}

void TestTransliterator::toCyrillic_data()
{
    addPairs();
}

void TestTransliterator::toCyrillic()
{
    QFETCH(QString, latin);
    QFETCH(QString, cyrillic);
    QCOMPARE(Transliterator::toCyrillic(latin), cyrillic);
}

void TestTransliterator::latinRoundTrip_data()
{
    addPairs();
}

void TestTransliterator::latinRoundTrip()
{
    QFETCH(QString, latin);
    QCOMPARE(Transliterator::toLatin(Transliterator::toCyrillic(latin)), latin);
}

void TestTransliterator::cyrillicRoundTrip_data()
{
    addPairs();
}

void TestTransliterator::cyrillicRoundTrip()
{
    QFETCH(QString, cyrillic);
    QCOMPARE(Transliterator::toCyrillic(Transliterator::toLatin(cyrillic)), cyrillic);
}

void TestTransliterator::toLatinOnly_data()
{
    QTest::addColumn<QString>("cyrillic");
    QTest::addColumn<QString>("latin");

    QTest::newRow("lone capital Lj") << QStringLiteral("Љ") << QStringLiteral("Lj");
    QTest::newRow("lone capitals in caps text") << QStringLiteral("ЊЕГОШ И Џ") << QStringLiteral("NJEGOŠ I Dž");
    QTest::newRow("all-caps digraphs only") << QStringLiteral("ЉЊЏ") << QStringLiteral("LJNJDŽ");
    QTest::newRow("caps word, lower ending") << QStringLiteral("ЏЕПу") << QStringLiteral("DŽEPu");
    QTest::newRow("digraph before digit") << QStringLiteral("Љ1") << QStringLiteral("Lj1");
    QTest::newRow("caps digraph at end before dot") << QStringLiteral("ПАЉ.") << QStringLiteral("PALJ.");
    QTest::newRow("accented Serbian letters") << QStringLiteral("сѐ и ѝ") << QStringLiteral("sè i ì");
    QTest::newRow("combining accent kept") << QStringLiteral("Љу\u0301бав") << QStringLiteral("Lju\u0301bav");
    QTest::newRow("Russian letters pass") << QStringLiteral("Ярославль") << QStringLiteral("Яroslavlь");
    QTest::newRow("Macedonian letters pass") << QStringLiteral("Ѓорѓи Ќосе") << QStringLiteral("Ѓorѓi Ќose");
    QTest::newRow("Latin passes") << QStringLiteral("Suresnes, Qwerty 42!") << QStringLiteral("Suresnes, Qwerty 42!");
    QTest::newRow("Greek passes") << QStringLiteral("Αθήνα") << QStringLiteral("Αθήνα");
}

void TestTransliterator::toLatinOnly()
{
    QFETCH(QString, cyrillic);
    QFETCH(QString, latin);
    QCOMPARE(Transliterator::toLatin(cyrillic), latin);
}

void TestTransliterator::toCyrillicOnly_data()
{
    QTest::addColumn<QString>("latin");
    QTest::addColumn<QString>("cyrillic");

    QTest::newRow("q w x y pass") << QStringLiteral("quiz wax yoga") << QStringLiteral("qуиз wаx yога");
    QTest::newRow("digits and punctuation") << QStringLiteral("12.3.2024. (#5) @ 100%")
                                            << QStringLiteral("12.3.2024. (#5) @ 100%");
    QTest::newRow("dj stays two letters") << QStringLiteral("Djordje DJORDJE") << QStringLiteral("Дјордје ДЈОРДЈЕ");
    QTest::newRow("dz is two letters") << QStringLiteral("odzvoniti") << QStringLiteral("одзвонити");
    QTest::newRow("lJ is lj") << QStringLiteral("lJubav") << QStringLiteral("љубав");
    QTest::newRow("nJ, dŽ") << QStringLiteral("nJiva dŽep") << QStringLiteral("њива џеп");
    QTest::newRow("LJ before lower case") << QStringLiteral("LJubav") << QStringLiteral("Љубав");
    QTest::newRow("combining caron") << QStringLiteral("C\u030Cac\u030Cak") << QStringLiteral("Чачак");
    QTest::newRow("combining caron in dž") << QStringLiteral("dz\u030Cep") << QStringLiteral("џеп");
    QTest::newRow("combining acute") << QStringLiteral("C\u0301uprija") << QStringLiteral("Ћуприја");
    QTest::newRow("combining caron in exception") << QStringLiteral("nadz\u030Civeti") << QStringLiteral("надживети");
    QTest::newRow("other combining marks stay") << QStringLiteral("e\u0300") << QStringLiteral("е\u0300");
    QTest::newRow("digraph letters") << QStringLiteral("ǈubovija ǋegoš ǅep ǉ ǌ ǆ ǇǊǄ")
                                     << QStringLiteral("Љубовија Његош Џеп љ њ џ ЉЊЏ");
    QTest::newRow("eth look-alike") << QStringLiteral("ÐORÐE") << QStringLiteral("ЂОРЂЕ");
    QTest::newRow("accented Serbian letters") << QStringLiteral("sè i ì") << QStringLiteral("сѐ и ѝ");
    QTest::newRow("foreign accents pass") << QStringLiteral("Éva Müller") << QStringLiteral("Éва Мüллер");
    QTest::newRow("stem only at word start") << QStringLiteral("Stanjug") << QStringLiteral("Стањуг");
    QTest::newRow("exception after punctuation") << QStringLiteral("(nadživeti)") << QStringLiteral("(надживети)");
    QTest::newRow("short word is not an exception") << QStringLiteral("nad ž") << QStringLiteral("над ж");
    QTest::newRow("Cyrillic passes") << QStringLiteral("Чачак") << QStringLiteral("Чачак");
}

void TestTransliterator::toCyrillicOnly()
{
    QFETCH(QString, latin);
    QFETCH(QString, cyrillic);
    QCOMPARE(Transliterator::toCyrillic(latin), cyrillic);
}

void TestTransliterator::isCyrillic_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("Serbian Cyrillic") << QStringLiteral("Чачак") << true;
    QTest::newRow("Serbian Latin") << QStringLiteral("Čačak") << false;
    QTest::newRow("one Cyrillic letter") << QStringLiteral("abc Ж 12") << true;
    QTest::newRow("Ђ and Џ") << QStringLiteral("ђџ") << true;
    QTest::newRow("Russian with Serbian letters") << QStringLiteral("Москва") << true;
    QTest::newRow("only non-Serbian Cyrillic") << QStringLiteral("ЯЫЁЄ") << false;
    QTest::newRow("digits and punctuation") << QStringLiteral("12.3.2024.") << false;
    QTest::newRow("Latin look-alikes") << QStringLiteral("AEOPC") << false;
}

void TestTransliterator::isCyrillic()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(Transliterator::isCyrillic(text), expected);
}

void TestTransliterator::toCyrillicPreserving_data()
{
    QTest::addColumn<QString>("latin");
    QTest::addColumn<QString>("cyrillic");

    const auto row = [](const char *name, const char *latin, const char *cyrillic) {
        QTest::newRow(name) << QString::fromUtf8(latin) << QString::fromUtf8(cyrillic);
    };
    row("empty", "", "");
    row("plain", "Lokalna samouprava", "Локална самоуправа");
    row("digraphs", "Njegova ljubav, džep", "Његова љубав, џеп");
    row("exception stem", "injekcija", "инјекција");
    row("placeholders", "Strana %1 od %2", "Страна %1 од %2");
    row("numerus", "%n zapisa", "%n записа");
    row("localized", "Ukupno %L1 dinara", "Укупно %L1 динара");
    row("percent", "Napredak 50%% (%1)", "Напредак 50%% (%1)");
    row("placeholder glued", "%1-og dana", "%1-ог дана");
    row("acronyms", "Izvoz u PDF i CSV (UTF-8), ISO kod, iznos u EUR ili RSD", "Извоз у PDF и CSV (UTF-8), ISO код, износ у EUR или RSD");
    row("acronym declined", "Sačuvaj PDF-a", "Сачувај PDF-а");
    row("json", "Ispis kao JSON niz", "Испис као JSON низ");
    row("Serbian acronym", "Registar SKGO i JLS", "Регистар СКГО и ЈЛС");
    row("long capitals", "KOMANDA [ARGUMENTI]", "КОМАНДА [АРГУМЕНТИ]");
    row("single capital", "U registru", "У регистру");
    row("mixed case", "Baza SQLite, kalendar iCalendar", "База SQLite, календар iCalendar");
    row("foreign letters", "Wi-Fi u Kölnu", "Wi-Fi у Kölnu");
    row("file pattern", "Registri (*.db);;Sve datoteke (*)", "Регистри (*.db);;Све датотеке (*)");
    row("file name", "Kopija saradnja.db je napravljena", "Копија saradnja.db је направљена");
    row("url", "Vidi https://www.skgo.org/sr/stranica.", "Види https://www.skgo.org/sr/stranica.");
    row("email", "Pišite na info@skgo.org.", "Пишите на info@skgo.org.");
    row("options", "Koristite --db i --lang ili -h", "Користите --db и --lang или -h");
    row("program and codes", "Pokrenite saradnja-cli --lang sr-Latn, sr-Cyrl ili en", "Покрените saradnja-cli --lang sr-Latn, sr-Cyrl или en");
    row("tags", "<b>Pažnja:</b> <a href=\"x\">veza</a>", "<b>Пажња:</b> <a href=\"x\">веза</a>");
    row("entities", "Ime &amp; prezime &lt;x&gt;", "Име &amp; презиме &lt;x&gt;");
    row("mnemonic", "&Datoteka", "&Датотека");
    row("mnemonic inside", "Vrati iz rezer&vne kopije", "Врати из резер&вне копије");
    row("mnemonic on digraph", "&Njegov", "&Његов");
    row("mnemonic inside digraph", "N&jegov", "&Његов");
    row("mnemonic after digraph", "Nj&egov", "Њ&егов");
    row("mnemonic on Latin", "Izvoz &PDF", "Извоз &PDF");
    row("literal ampersand", "Izveštaji && planovi", "Извештаји && планови");
    row("lone ampersand", "A & B", "А & Б");
    row("cyrillic stays", "Већ ћирилица", "Већ ћирилица");
    row("digits", "Verzija 2 od 12.3.2024.", "Верзија 2 од 12.3.2024.");
    row("date formats", "Datum (YYYY-MM-DD ili D.M.YYYY.)", "Датум (YYYY-MM-DD или D.M.YYYY.)");
    row("Serbian date format", "Unesite D.M.GGGG.", "Унесите Д.М.ГГГГ.");
    row("key names", "Enter dodaje, Delete uklanja, Esc zatvara", "Enter додаје, Delete уклања, Esc затвара");
    row("typed values", "Razdvajanje: \",\", \";\" ili \"tab\" — „obični“ navodnici", "Раздвајање: \",\", \";\" или \"tab\" — „обични“ наводници");
    row("braces", "Niz objekata {\"kind\", \"id\"}", "Низ објеката {\"kind\", \"id\"}");
    row("commands", "Komanda backup ne prima argumente", "Команда backup не прима аргументе");
}

void TestTransliterator::toCyrillicPreserving()
{
    QFETCH(QString, latin);
    QFETCH(QString, cyrillic);
    QCOMPARE(Transliterator::toCyrillicPreserving(latin), cyrillic);
}

QTEST_APPLESS_MAIN(TestTransliterator)

#include "tst_transliterator.moc"
