// SPDX-License-Identifier: GPL-3.0-or-later
// The Serbian catalogues: complete, with Serbian plurals and the source's
// placeholders, the Cyrillic one the transliteration of the Latin one, both
// built into the program. (That every source string is in them is checked
// by tools/check_translations.py; that strings are wrapped for translation by
// tools/check_tr_wrapping.py.)
#include "apptranslator.h"
#include "testsupport.h"
#include "transliterator.h"
#include "tsfile.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace TestSupport;

namespace {

QString tsPath(const char *language)
{
    return sourceDir() + QStringLiteral("/translations/saradnja_%1.ts").arg(QLatin1String(language));
}

TsFile readTs(const char *language)
{
    auto ts = TsFile::read(tsPath(language));
    if (!ts)
        qFatal("%s: %s", qPrintable(ts.error().detail()), qPrintable(ts.error().message()));
    return ts.take();
}

QString where(const TsContext &context, const TsMessage &message)
{
    return context.name + QLatin1String(" / \"") + message.source + QLatin1Char('"');
}

// The placeholders of a text: %1..%99 (with or without L), %n.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?([0-9]{1,2}|n)"));
    QSet<QString> found;
    QRegularExpressionMatchIterator it = placeholder.globalMatch(text);
    while (it.hasNext())
        found.insert(QLatin1Char('%') + it.next().captured(1));
    return found;
}

QString listed(const QSet<QString> &set)
{
    QStringList list = set.values();
    list.sort();
    return list.join(QLatin1Char(' '));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        m_latin = readTs("sr_Latn");
        m_cyrillic = readTs("sr_Cyrl");
    }

    void languagesAreNamedWithTheirScript()
    {
        // lupdate writes sr_RS, which QLocale takes for Cyrillic.
        QCOMPARE(m_latin.language, QStringLiteral("sr_Latn_RS"));
        QCOMPARE(m_cyrillic.language, QStringLiteral("sr_Cyrl_RS"));
        QCOMPARE(m_latin.sourceLanguage, QStringLiteral("en"));
        QCOMPARE(m_cyrillic.sourceLanguage, QStringLiteral("en"));
    }

    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("sr_Latn") << QStringLiteral("sr_Latn");
        QTest::newRow("sr_Cyrl") << QStringLiteral("sr_Cyrl");
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        const TsFile &ts = language == QLatin1String("sr_Latn") ? m_latin : m_cyrillic;
        int messages = 0;
        QStringList problems;
        for (const TsContext &context : ts.contexts) {
            for (const TsMessage &message : context.messages) {
                ++messages;
                if (!message.translationType.isEmpty())
                    problems << message.translationType + QLatin1String(": ") + where(context, message);
                for (const QString &form : message.translations) {
                    if (form.trimmed().isEmpty())
                        problems << QStringLiteral("empty: ") + where(context, message);
                }
                if (message.translations.isEmpty())
                    problems << QStringLiteral("no translation: ") + where(context, message);
            }
        }
        QVERIFY(messages > 100);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void pluralsHaveTheThreeSerbianForms()
    {
        int plurals = 0;
        QStringList problems;
        for (const TsContext &context : m_latin.contexts) {
            for (const TsMessage &message : context.messages) {
                if (!message.isNumerus())
                    continue;
                ++plurals;
                // Qt's Serbian rule: one (1, 21, 101), few (2–4, 22–24), many (0, 5–20, 25...).
                if (message.translations.size() != 3)
                    problems << QStringLiteral("%1 forms: ").arg(message.translations.size()) + where(context, message);
                if (!message.source.contains(QLatin1String("%n")))
                    problems << QStringLiteral("numerus without %n: ") + where(context, message);
            }
        }
        QVERIFY(plurals > 0);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void placeholdersMatchTheSource()
    {
        QStringList problems;
        for (const TsContext &context : m_latin.contexts) {
            for (const TsMessage &message : context.messages) {
                const QSet<QString> expected = placeholders(message.source);
                for (const QString &form : message.translations) {
                    const QSet<QString> actual = placeholders(form);
                    if (actual != expected)
                        problems << QStringLiteral("{%1} instead of {%2}: ").arg(listed(actual), listed(expected))
                                        + where(context, message);
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void mnemonicsAreKept()
    {
        // A menu entry keeps its keyboard shortcut.
        QStringList problems;
        static const QRegularExpression mnemonic(QStringLiteral("&(?!&|[A-Za-z]+;|#)"));
        for (const TsContext &context : m_latin.contexts) {
            for (const TsMessage &message : context.messages) {
                const bool hasMnemonic = message.source.contains(mnemonic);
                for (const QString &form : message.translations) {
                    if (form.contains(mnemonic) != hasMnemonic)
                        problems << where(context, message);
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void cyrillicIsTheTransliteratedLatin()
    {
        QCOMPARE(m_cyrillic.contexts.size(), m_latin.contexts.size());
        QStringList problems;
        int compared = 0;
        for (qsizetype c = 0; c < m_latin.contexts.size(); ++c) {
            const TsContext &latin = m_latin.contexts.at(c);
            const TsContext &cyrillic = m_cyrillic.contexts.at(c);
            QCOMPARE(cyrillic.name, latin.name);
            QCOMPARE(cyrillic.messages.size(), latin.messages.size());
            for (qsizetype m = 0; m < latin.messages.size(); ++m) {
                const TsMessage &l = latin.messages.at(m);
                const TsMessage &k = cyrillic.messages.at(m);
                QCOMPARE(k.source, l.source);
                QCOMPARE(k.comment, l.comment);
                QCOMPARE(k.isNumerus(), l.isNumerus());
                QCOMPARE(k.translations.size(), l.translations.size());
                for (qsizetype f = 0; f < l.translations.size(); ++f) {
                    ++compared;
                    const QString expected = Transliterator::toCyrillicPreserving(l.translations.at(f));
                    if (k.translations.at(f) != expected)
                        problems << where(latin, l) + QLatin1String(": \"") + k.translations.at(f)
                                        + QLatin1String("\" instead of \"") + expected + QLatin1Char('"');
                }
            }
        }
        QVERIFY(compared > 100);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(problems.join(QLatin1Char('\n')) + QLatin1String("\nRun `ninja cyrillic_translation`.")));
    }

    void cyrillicHasNoStraySerbianLatin()
    {
        // Whatever stays Latin in the Cyrillic catalogue is an acronym, a name or a code,
        // never a Serbian word: no č, ć, š, ž, đ survive the transliteration.
        static const QRegularExpression serbianLatin(QStringLiteral("[čćšžđČĆŠŽĐ]"));
        QStringList problems;
        for (const TsContext &context : m_cyrillic.contexts) {
            for (const TsMessage &message : context.messages) {
                for (const QString &form : message.translations) {
                    if (form.contains(serbianLatin))
                        problems << where(context, message) + QLatin1String(": ") + form;
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void catalogsAreBuiltIn_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("twinning");
        QTest::newRow("sr_Latn") << QStringLiteral(":/i18n/saradnja_sr_Latn.qm") << QStringLiteral("Strana %1 od %2")
                                 << QStringLiteral("Bratimljenje");
        QTest::newRow("sr_Cyrl") << QStringLiteral(":/i18n/saradnja_sr_Cyrl.qm") << QStringLiteral("Страна %1 од %2")
                                 << QStringLiteral("Братимљење");
    }

    void catalogsAreBuiltIn()
    {
        QFETCH(QString, file);
        QFETCH(QString, page);
        QFETCH(QString, twinning);
        QTranslator translator;
        QVERIFY2(translator.load(file), qPrintable(file));
        QCOMPARE(translator.translate("Report", "Page %1 of %2"), page);
        QCOMPARE(translator.translate("Vocabulary", "Town twinning"), twinning);
    }

    void pluralFormsFollowSerbianRules_data()
    {
        // Qt picks the form by Serbian rules: one (1, 21, 101), few (2–4, 22–24), many (0, 5–20, 25...).
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("problems");
        QTest::addColumn<QString>("records");
        const QString one = QStringLiteral("Pronađen je %1 problem; ništa nije uvezeno.");
        const QString few = QStringLiteral("Pronađena su %1 problema; ništa nije uvezeno.");
        const QString many = QStringLiteral("Pronađeno je %1 problema; ništa nije uvezeno.");
        QTest::newRow("0") << 0 << many.arg(0) << QStringLiteral("0 zapisa");
        QTest::newRow("1") << 1 << one.arg(1) << QStringLiteral("1 zapis");
        QTest::newRow("2") << 2 << few.arg(2) << QStringLiteral("2 zapisa");
        QTest::newRow("4") << 4 << few.arg(4) << QStringLiteral("4 zapisa");
        QTest::newRow("5") << 5 << many.arg(5) << QStringLiteral("5 zapisa");
        QTest::newRow("11") << 11 << many.arg(11) << QStringLiteral("11 zapisa");
        QTest::newRow("12") << 12 << many.arg(12) << QStringLiteral("12 zapisa");
        QTest::newRow("21") << 21 << one.arg(21) << QStringLiteral("21 zapis");
        QTest::newRow("22") << 22 << few.arg(22) << QStringLiteral("22 zapisa");
        QTest::newRow("111") << 111 << many.arg(111) << QStringLiteral("111 zapisa");
    }

    void pluralFormsFollowSerbianRules()
    {
        QFETCH(int, n);
        QFETCH(QString, problems);
        QFETCH(QString, records);
        QVERIFY(AppTranslator::install(Language::SerbianLatin));
        QCOMPARE(QCoreApplication::translate("ImportCommand", "%n problem(s) found; nothing was imported.", nullptr, n),
                 problems);
        QCOMPARE(QCoreApplication::translate("SectionPage", "%n record(s)", nullptr, n), records);
        QVERIFY(AppTranslator::install(Language::SerbianCyrillic));
        QCOMPARE(QCoreApplication::translate("SectionPage", "%n record(s)", nullptr, n),
                 Transliterator::toCyrillic(records));
        QVERIFY(AppTranslator::install(Language::English));
        QCOMPARE(QCoreApplication::translate("SectionPage", "%n record(s)", nullptr, n),
                 QStringLiteral("%1 record(s)").arg(n));
    }

    void qtsOwnStringsAreSerbian()
    {
        // Debian has no Serbian catalogue of Qt: ours carries the standard buttons and the help.
        QVERIFY(AppTranslator::install(Language::SerbianLatin));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Otkaži"));
        QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Usage: %1"), QStringLiteral("Upotreba: %1"));
        QVERIFY(AppTranslator::install(Language::SerbianCyrillic));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Откажи"));
        QVERIFY(AppTranslator::install(Language::English));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }

    void cliSpeaksSerbian_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sr-Latn") << QStringLiteral("sr-Latn") << QStringLiteral("Datoteka nije baza Saradnje.");
        QTest::newRow("sr-Cyrl") << QStringLiteral("sr-Cyrl") << QStringLiteral("Датотека није база Сарадње.");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("The file is not a Saradnja database.");
    }

    void cliSpeaksSerbian()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.db"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const ProcessResult r
            = runCli({QStringLiteral("--lang"), language, QStringLiteral("--db"), bad, QStringLiteral("check")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        // The language may also follow the command.
        const ProcessResult after
            = runCli({QStringLiteral("--db"), bad, QStringLiteral("check"), QStringLiteral("--lang"), language});
        QCOMPARE(after.exitCode, 1);
        QVERIFY2(after.err.contains(expected), qPrintable(after.err));
    }

    void cliHelpInSerbian()
    {
        // Qt's own help text is translated too, and the usage line still names the command.
        const ProcessResult r = runCli(
            {QStringLiteral("--lang"), QStringLiteral("sr-Latn"), QStringLiteral("check"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Upotreba: saradnja-cli [--db FILE] check")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Opcije:")), qPrintable(r.out));
        const ProcessResult general
            = runCli({QStringLiteral("--lang"), QStringLiteral("sr-Cyrl"), QStringLiteral("--help")});
        QVERIFY2(general.out.contains(QStringLiteral("Команде:")), qPrintable(general.out));
    }

private:
    TsFile m_latin;
    TsFile m_cyrillic;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
