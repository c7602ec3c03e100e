// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvtable.h"
#include "dates.h"
#include "validation.h"
#include "vocabulary.h"

#include <QTest>

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void emails_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::addRow("plain") << "ana@skgo.org" << true;
        QTest::addRow("subdomain") << "international@ville-suresnes.fr" << true;
        QTest::addRow("plus") << "a.b+c@mail.example.rs" << true;
        QTest::addRow("cyrillic local") << "ана@пример.срб" << true;
        QTest::addRow("no at") << "skgo.org" << false;
        QTest::addRow("two at") << "a@b@c.org" << false;
        QTest::addRow("no dot") << "ana@localhost" << false;
        QTest::addRow("space") << "ana @skgo.org" << false;
        QTest::addRow("double dot") << "ana@skgo..org" << false;
        QTest::addRow("trailing dot") << "ana@skgo.org." << false;
    }

    void emails()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(Validation::isValidEmail(email), valid);
        Validation v;
        v.checkEmail(QStringLiteral("email"), email);
        QCOMPARE(v.hasErrors(), !valid);
    }

    void currenciesAmountsPercent()
    {
        QVERIFY(Validation::isIsoCurrency(QStringLiteral("EUR")));
        QVERIFY(Validation::isIsoCurrency(QStringLiteral("RSD")));
        QVERIFY(!Validation::isIsoCurrency(QStringLiteral("eur")));
        QVERIFY(!Validation::isIsoCurrency(QStringLiteral("DIN")));
        QVERIFY(!Validation::isIsoCurrency(QString()));
        Validation v;
        v.checkCurrency(QStringLiteral("currency"), QStringLiteral("XYZ"));
        v.checkAmount(QStringLiteral("budget"), -1);
        v.checkAmount(QStringLiteral("spent"), 0);
        v.checkPercent(QStringLiteral("progress"), 101);
        v.checkPercent(QStringLiteral("progress0"), 0);
        v.checkPercent(QStringLiteral("progress100"), 100);
        QCOMPARE(v.errors().size(), 3);
        QVERIFY(!v.errorFor(QStringLiteral("currency")).isEmpty());
        QVERIFY(!v.errorFor(QStringLiteral("budget")).isEmpty());
        QVERIFY(v.errorFor(QStringLiteral("spent")).isEmpty());
        QVERIFY(!v.errorFor(QStringLiteral("progress")).isEmpty());
        QCOMPARE(v.toError().code(), ErrorCode::Invalid);
    }

    void requiredAndDateOrder()
    {
        Validation v;
        v.requireText(QStringLiteral("title"), QStringLiteral("   "), QStringLiteral("The title"));
        v.requireDate(QStringLiteral("start"), QDate(), QStringLiteral("The start date"));
        v.checkDateOrder(QStringLiteral("end"), QDate(2026, 5, 2), QDate(2026, 5, 1));
        v.checkDateOrder(QStringLiteral("same"), QDate(2026, 5, 2), QDate(2026, 5, 2));
        v.addWarning(QStringLiteral("name"), QStringLiteral("maybe a duplicate"));
        QCOMPARE(v.errors().size(), 3);
        QCOMPARE(v.warnings().size(), 1);
        QCOMPARE(v.errorFor(QStringLiteral("title")), QStringLiteral("The title is required."));
        QCOMPARE(v.errorFor(QStringLiteral("end")), QStringLiteral("The end date cannot be before the start date."));
        QVERIFY(v.errorFor(QStringLiteral("same")).isEmpty());
        QVERIFY(v.errorFor(QStringLiteral("name")).isEmpty());
    }

    void dates()
    {
        QCOMPARE(Dates::parse(QStringLiteral("2026-11-22")), QDate(2026, 11, 22));
        QCOMPARE(Dates::parse(QStringLiteral("22.11.2026.")), QDate(2026, 11, 22));
        QCOMPARE(Dates::parse(QStringLiteral("2.3.2007")), QDate(2007, 3, 2));
        QCOMPARE(Dates::parse(QStringLiteral(" 2. 3. 2007. ")), QDate(2007, 3, 2));
        QVERIFY(!Dates::parse(QStringLiteral("31.2.2026.")).isValid());
        QVERIFY(!Dates::parse(QStringLiteral("2026/11/22")).isValid());
        QVERIFY(!Dates::parse(QString()).isValid());
        QCOMPARE(Dates::toSql(QDate(2026, 1, 5)).toString(), QStringLiteral("2026-01-05"));
        QVERIFY(Dates::toSql(QDate()).isNull());
        QCOMPARE(Dates::fromSql(QStringLiteral("2026-01-05")), QDate(2026, 1, 5));
        QVERIFY(!Dates::fromSql(QVariant()).isValid());
        // As the interface shows them: the Serbian four-digit form, whatever the script.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::Serbian, QLocale::CyrillicScript, QLocale::Serbia));
        QCOMPARE(Dates::display(QDate(2026, 11, 22)), QStringLiteral("22.11.2026."));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(Dates::display(QDate(2026, 11, 22)), QStringLiteral("22/11/2026"));
        QVERIFY(Dates::display(QDate()).isEmpty());
        QLocale::setDefault(before);
    }

    void vocabularies()
    {
        QVERIFY(Vocabulary::contains(Vocab::PartnershipStatus, QStringLiteral("dormant")));
        QVERIFY(!Vocabulary::contains(Vocab::PartnershipStatus, QStringLiteral("asleep")));
        QCOMPARE(Vocabulary::keys(Vocab::InitiativeStage).size(), 7);
        QCOMPARE(Vocabulary::label(Vocab::VisitDirection, QStringLiteral("domestic")), QStringLiteral("In Serbia"));
        QCOMPARE(Vocabulary::label(Vocab::VisitDirection, QStringLiteral("sideways")), QStringLiteral("sideways"));
        QVERIFY(Vocabulary::isSerbianLocalGovernment(QStringLiteral("city_municipality")));
        QVERIFY(!Vocabulary::isSerbianLocalGovernment(QStringLiteral("local_authority")));
    }

    void csvRecords()
    {
        const QString text = QStringLiteral("name,notes\r\n\"Kragujevac, grad\",\"rekao je \"\"da\"\"\"\r\n"
                                            "Suresnes,\"dva\nreda\"\r\nNevers,\r\n\r\n\n");
        const QList<CsvRecord> records = CsvTable::parse(text);
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(1).fields, (QStringList{QStringLiteral("Kragujevac, grad"), QStringLiteral("rekao je \"da\"")}));
        QCOMPARE(records.at(2).fields, (QStringList{QStringLiteral("Suresnes"), QStringLiteral("dva\nreda")}));
        QCOMPARE(records.at(2).line, 3);
        QCOMPARE(records.at(3).line, 5); // the quoted line break counts
        QCOMPARE(records.at(3).fields, (QStringList{QStringLiteral("Nevers"), QString()}));
        const QList<CsvRecord> semicolons = CsvTable::parse(QStringLiteral("a;b;c\n1;\"2;3\";4"), QLatin1Char(';'));
        QCOMPARE(semicolons.at(1).fields, (QStringList{QStringLiteral("1"), QStringLiteral("2;3"), QStringLiteral("4")}));
        QVERIFY(CsvTable::parse(QString()).isEmpty());
        // Line breaks inside quoted fields become LF (found by the fuzzer: "\r\r\n" did not round-trip).
        const QList<CsvRecord> breaks = CsvTable::parse(QStringLiteral("\"a\r\r\nb\rc\r\nd\",x\r\ny,z"));
        QCOMPARE(breaks.size(), 2);
        QCOMPARE(breaks.at(0).fields.at(0), QStringLiteral("a\n\nb\nc\nd"));
        QCOMPARE(breaks.at(1).line, 6);
    }
};

QTEST_APPLESS_MAIN(TestValidation)
#include "tst_validation.moc"
