// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementsregister.h"
#include "agreementstore.h"
#include "database.h"
#include "organizationstore.h"
#include "partnershipdossier.h"
#include "partnershipstore.h"
#include "referencedata.h"
#include "reportdocument.h"
#include "reportpdf.h"
#include "reports.h"
#include "sampledata.h"
#include "signinsheets.h"
#include "sqlsupport.h"
#include "testsupport.h"
#include "visitstore.h"
#include "writetransaction.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace TestSupport;

namespace {

const QString hostileName = QStringLiteral("<b>X</b><img src=\"file:///etc/hostname\">");

QString collapsed(const QString &text)
{
    return text.simplified();
}

// The report as text without the line that carries today's date.
QString withoutGenerationDate(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    lines.removeIf([](const QString &line) { return line.startsWith(QLatin1String("Generated on ")); });
    return lines.join(QLatin1Char('\n'));
}

bool hasImages(const QTextDocument *doc)
{
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                return true;
        }
    }
    return false;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;      // the sample data and a few additions
    std::unique_ptr<Database> m_scratch; // reference data only, for records made by single tests
    qint64 m_kragujevacSuresnes = 0;
    qint64 m_plan = 0;
    qint64 m_visit = 0;
    qint64 m_cacak = 0;
    qint64 m_ferrara = 0;

    qint64 idOf(const QString &sql) const { return Sql::scalar(m_db->connection(), sql).valueOr({}).toLongLong(); }

    // Builds a report and writes it as a PDF; fails the test on error.
    QString writePdf(const Database &db, const ReportRequest &request, const QString &name,
                     std::unique_ptr<ReportDocument> *keep = nullptr)
    {
        auto report = Reports::build(db, request);
        if (!report)
            qWarning("%s", qPrintable(report.error().toLogString()));
        if (!report)
            return {};
        const QString path = m_dir.filePath(name + QStringLiteral(".pdf"));
        if (Status written = ReportPdf::write(*report.value(), path); !written) {
            qWarning("%s", qPrintable(written.error().toLogString()));
            return {};
        }
        if (keep)
            *keep = report.take();
        return path;
    }

    static QString pdfText(const QString &path, int first = 0, int last = 0, bool layout = true)
    {
        QStringList args;
        if (layout)
            args << QStringLiteral("-layout");
        if (first > 0)
            args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last);
        args << path << QStringLiteral("-");
        const ProcessResult result = run(QStringLiteral("pdftotext"), args);
        return result.exitCode == 0 ? result.out : QString();
    }

    static int pdfPages(const QString &path)
    {
        const ProcessResult info = run(QStringLiteral("pdfinfo"), {path});
        const auto match = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption)
                               .match(info.out);
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

    // Whether the PDF's text has the string: in layout mode (a line as
    // printed) or in reading order, where a table cell's wrapped lines follow
    // each other; line breaks count as spaces.
    static bool pdfContains(const QString &path, const QString &text)
    {
        return collapsed(pdfText(path)).contains(text) || collapsed(pdfText(path, 0, 0, false)).contains(text);
    }

    static void verifyFontsEmbedded(const QString &path)
    {
        const ProcessResult fonts = run(QStringLiteral("pdffonts"), {path});
        QCOMPARE(fonts.exitCode, 0);
        const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY2(!lines.isEmpty(), qPrintable(fonts.out));
        static const QRegularExpression row(
            QStringLiteral("^(\\S+)\\s.*\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"));
        for (const QString &line : lines) {
            const auto match = row.match(line);
            QVERIFY2(match.hasMatch(), qPrintable(line));
            QVERIFY2(match.captured(1).contains(QLatin1String("DejaVu")), qPrintable(line));
            QVERIFY2(match.captured(2) == QLatin1String("yes"), qPrintable(line)); // the "emb" column
        }
    }

    void addFixtureRecords()
    {
        // A foreign town with no Serbian or English name: printed as it is in every language.
        Organization ferrara;
        ferrara.kind = QStringLiteral("local_authority");
        ferrara.name = QStringLiteral("Comune di Ferrara");
        ferrara.country = QStringLiteral("IT");
        auto saved = OrganizationStore(*m_db).save(ferrara);
        QVERIFY(saved);
        m_ferrara = saved.value();
        m_cacak = OrganizationStore(*m_db)
                      .findByName(QStringLiteral("Čačak"), QStringLiteral("RS"))
                      .valueOr({})
                      .value_or(0);
        QVERIFY(m_cacak > 0);

        Partnership p;
        p.title = QStringLiteral("Partnerstvo sa Ferarom");
        p.status = QStringLiteral("active");
        p.startedOn = QDate(2021, 5, 10);
        p.parties = {{m_cacak, QStringLiteral("partner")}, {m_ferrara, QStringLiteral("partner")}};
        QVERIFY(PartnershipStore(*m_db).save(p));

        // Agreements whose validity ends soon and has ended: marked in the register.
        const QDate today = QDate::currentDate();
        const struct
        {
            const char *title;
            const char *status;
            QDate until;
        } agreements[] = {
            {"Uskoro ističe", "in_force", today.addDays(30)},
            {"Istekla važnost", "in_force", today.addDays(-10)},
            {"Nacrt", "draft", today.addDays(20)},
        };
        for (const auto &a : agreements) {
            Agreement agreement;
            agreement.title = QString::fromUtf8(a.title);
            agreement.status = QString::fromLatin1(a.status);
            agreement.signedOn = QDate(2021, 5, 10);
            agreement.validFrom = agreement.signedOn;
            agreement.validUntil = a.until;
            agreement.parties = {{m_cacak, {}, {}}, {m_ferrara, {}, {}}};
            if (agreement.status == QLatin1String("draft"))
                agreement.signedOn = {};
            auto id = AgreementStore(*m_db).save(agreement);
            QVERIFY2(id, qPrintable(id ? QString() : id.error().toLogString()));
        }
    }

    void compareWithGolden(const QString &fileName, const QString &actualText)
    {
        const QString actual = withoutGenerationDate(actualText) + QLatin1Char('\n');
        const QString path = sourceDir() + QStringLiteral("/tests/golden/") + fileName;
        if (qEnvironmentVariableIntValue("SARADNJA_UPDATE_GOLDEN") == 1) {
            QFile out(path);
            QVERIFY2(out.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
            out.write(actual.toUtf8());
            return;
        }
        QFile in(path);
        QVERIFY2(in.open(QIODevice::ReadOnly),
                 qPrintable(path + QStringLiteral(" (run with SARADNJA_UPDATE_GOLDEN=1 to write it)")));
        const QString expected = QString::fromUtf8(in.readAll());
        if (expected != actual) {
            const QStringList a = actual.split(QLatin1Char('\n'));
            const QStringList e = expected.split(QLatin1Char('\n'));
            for (int i = 0; i < std::max(a.size(), e.size()); ++i) {
                if (a.value(i) != e.value(i))
                    QFAIL(qPrintable(QStringLiteral("%1, line %2:\n  expected: %3\n  actual:   %4")
                                         .arg(fileName)
                                         .arg(i + 1)
                                         .arg(e.value(i), a.value(i))));
            }
        }
    }

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet("SARADNJA_KEEP_REPORTS")) { // to look at the PDFs
            m_dir.setAutoRemove(false);
            qInfo("reports in %s", qPrintable(m_dir.path()));
        }
        auto db = Database::create(m_dir.filePath(QStringLiteral("sample.db")), [](Database &created) {
            Status loaded = ReferenceData::load(created);
            return loaded ? SampleData::load(created) : loaded;
        });
        QVERIFY2(db, qPrintable(db.error().toLogString()));
        m_db = db.take();
        auto scratch = Database::create(m_dir.filePath(QStringLiteral("scratch.db")), &ReferenceData::load);
        QVERIFY2(scratch, qPrintable(scratch.error().toLogString()));
        m_scratch = scratch.take();

        m_kragujevacSuresnes
            = idOf(QStringLiteral("SELECT id FROM partnerships WHERE title = 'Kragujevac – Suresnes'"));
        m_plan = idOf(QStringLiteral("SELECT id FROM action_plans WHERE year = 2020"));
        m_visit = idOf(QStringLiteral("SELECT id FROM visits WHERE title = 'Delegacija Sirene u Kragujevcu'"));
        QVERIFY(m_kragujevacSuresnes > 0 && m_plan > 0 && m_visit > 0);
        addFixtureRecords();
    }

    void catalogue()
    {
        QCOMPARE(Reports::kinds(),
                 (QStringList{QStringLiteral("partnership"), QStringLiteral("partnerships"), QStringLiteral("plan"),
                              QStringLiteral("plan-progress"), QStringLiteral("visit"), QStringLiteral("signin"),
                              QStringLiteral("agreements"), QStringLiteral("year")}));
        ReportRequest request;
        request.kind = QStringLiteral("no-such-report");
        auto unknown = Reports::build(*m_db, request);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code(), ErrorCode::Invalid);
        for (const QString &kind :
             {QStringLiteral("partnership"), QStringLiteral("plan"), QStringLiteral("plan-progress"),
              QStringLiteral("visit"), QStringLiteral("signin")}) {
            request.kind = kind;
            auto noId = Reports::build(*m_db, request);
            QVERIFY2(!noId && noId.error().code() == ErrorCode::Invalid, qPrintable(kind));
            request.id = 999999;
            QVERIFY2(!Reports::build(*m_db, request), qPrintable(kind)); // no such record
            request.id = 0;
        }
        request.kind = QStringLiteral("year");
        QVERIFY(!Reports::build(*m_db, request));
        request.kind = QStringLiteral("partnerships");
        request.groupBy = QStringLiteral("colour");
        auto badGrouping = Reports::build(*m_db, request);
        QVERIFY(!badGrouping);
        QCOMPARE(badGrouping.error().code(), ErrorCode::Invalid);
    }

    void everyReportInEveryLanguage_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("groupBy");
        QTest::addColumn<int>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("absent");

        struct Case
        {
            const char *name;
            QString kind;
            qint64 id;
            int year;
            QString groupBy;
            QStringList common; // typed text and foreign names: the same in every language
            QStringList en;
            QStringList latin;
            QStringList cyrillic;
        };
        const QString ferrara = QStringLiteral("Comune di Ferrara");
        const QStringList embassy = {QStringLiteral("Embassy of France in Serbia")};
        const QStringList embassyLatin = {QStringLiteral("Ambasada Francuske u Srbiji")};
        const QStringList embassyCyrillic = {QStringLiteral("Амбасада Француске у Србији")};
        const QString planTitle = QStringLiteral("Akcioni plan SKGO i Ambasade Francuske za 2020. godinu");
        const QString visitTitle = QStringLiteral("Delegacija Sirene u Kragujevcu");
        const QString claire = QStringLiteral("Claire Martin");
        const QString marija = QStringLiteral("Marija Jovanović");
        const QList<Case> cases = {
            {"dossier",
             QStringLiteral("partnership"),
             m_kragujevacSuresnes,
             0,
             {},
             {QStringLiteral("Kragujevac – Suresnes"), claire, marija},
             {QStringLiteral("Kragujevac"), QStringLiteral("Suresnes"), QStringLiteral("France")},
             {QStringLiteral("Kragujevac"), QStringLiteral("Sirena"), QStringLiteral("Francuska")},
             {QStringLiteral("Крагујевац"), QStringLiteral("Сирена"), QStringLiteral("Француска")}},
            {"overview by country",
             QStringLiteral("partnerships"),
             0,
             0,
             {},
             {ferrara, QStringLiteral("Kragujevac – Suresnes")},
             {QStringLiteral("France (3)"), QStringLiteral("Italy (2)")},
             {QStringLiteral("Francuska (3)"), QStringLiteral("Italija (2)"), QStringLiteral("Čačak")},
             {QStringLiteral("Француска (3)"), QStringLiteral("Италија (2)"), QStringLiteral("Чачак"),
              QStringLiteral("Крагујевац")}},
            {"overview by municipality",
             QStringLiteral("partnerships"),
             0,
             0,
             QStringLiteral("municipality"),
             {ferrara},
             {QStringLiteral("Kragujevac (1)"), QStringLiteral("Čačak (1)"), QStringLiteral("Sremska Mitrovica (1)")},
             {QStringLiteral("Kragujevac (1)"), QStringLiteral("Čačak (1)"), QStringLiteral("Sremska Mitrovica (1)")},
             {QStringLiteral("Крагујевац (1)"), QStringLiteral("Чачак (1)"), QStringLiteral("Сремска Митровица (1)")}},
            {"overview by theme",
             QStringLiteral("partnerships"),
             0,
             0,
             QStringLiteral("theme"),
             {ferrara},
             {QStringLiteral("Culture and the arts (2)"), QStringLiteral("Youth (1)")},
             {QStringLiteral("Kultura i umetnost (2)"), QStringLiteral("Mladi (1)")},
             {QStringLiteral("Култура и уметност (2)"), QStringLiteral("Млади (1)")}},
            {"overview by status",
             QStringLiteral("partnerships"),
             0,
             0,
             QStringLiteral("status"),
             {ferrara, QStringLiteral("(17)")},
             {QStringLiteral("Kragujevac")},
             {QStringLiteral("Kragujevac")},
             {QStringLiteral("Крагујевац")}},
            {"action plan",
             QStringLiteral("plan"),
             m_plan,
             0,
             {},
             {planTitle, QStringLiteral("Ambasada Francuske")},
             embassy + QStringList{QStringLiteral("Gender equality")},
             embassyLatin + QStringList{QStringLiteral("Rodna ravnopravnost")},
             embassyCyrillic + QStringList{QStringLiteral("Родна равноправност")}},
            {"implementation report",
             QStringLiteral("plan-progress"),
             m_plan,
             0,
             {},
             {planTitle, QStringLiteral("Ambasada Francuske")},
             embassy,
             embassyLatin,
             embassyCyrillic},
            {"visit report",
             QStringLiteral("visit"),
             m_visit,
             0,
             {},
             {visitTitle, claire, marija, QStringLiteral("Prijem u Gradskoj kući")},
             {QStringLiteral("Suresnes"), QStringLiteral("Kragujevac, Serbia")},
             {QStringLiteral("Sirena"), QStringLiteral("Kragujevac, Srbija")},
             {QStringLiteral("Крагујевац"), QStringLiteral("Сирена"), QStringLiteral("Kragujevac, Србија")}},
            {"sign-in sheets",
             QStringLiteral("signin"),
             m_visit,
             0,
             {},
             {visitTitle, claire, marija},
             {QStringLiteral("Suresnes"), QStringLiteral("Kragujevac")},
             {QStringLiteral("Sirena"), QStringLiteral("Kragujevac")},
             {QStringLiteral("Сирена"), QStringLiteral("Крагујевац")}},
            {"register of agreements",
             QStringLiteral("agreements"),
             0,
             0,
             {},
             {ferrara, QStringLiteral("Uskoro ističe"), QStringLiteral("\u26a0")},
             {QStringLiteral("Union of Municipalities of Montenegro")},
             {QStringLiteral("Zajednica opština Crne Gore")},
             {QStringLiteral("Заједница општина Црне Горе"), QStringLiteral("Чачак")}},
            {"year in review",
             QStringLiteral("year"),
             0,
             2020,
             {},
             {visitTitle, QStringLiteral("Ivanjica traži partnerski grad u Francuskoj")},
             {QStringLiteral("France"), QStringLiteral("Ivanjica"), QStringLiteral("October")},
             {QStringLiteral("Francuska"), QStringLiteral("Ivanjica"), QStringLiteral("oktobar")},
             {QStringLiteral("Француска"), QStringLiteral("Ивањица"), QStringLiteral("октобар")}},
        };
        for (const Case &c : cases) {
            for (Language language : {Language::SerbianLatin, Language::SerbianCyrillic, Language::English}) {
                QStringList expected = c.common;
                QStringList absent;
                switch (language) {
                case Language::English:
                    expected += c.en;
                    absent << QStringLiteral("Крагујевац");
                    break;
                case Language::SerbianLatin:
                    expected += c.latin;
                    absent << QStringLiteral("Крагујевац");
                    break;
                case Language::SerbianCyrillic:
                    expected += c.cyrillic;
                    absent << QStringLiteral("Sirena") << QStringLiteral("Čačak") << QStringLiteral("Srbija");
                    break;
                }
                QTest::addRow("%s, %s", c.name, qPrintable(Languages::code(language)))
                    << c.kind << c.id << c.year << c.groupBy << int(language) << expected << absent;
            }
        }
    }

    void everyReportInEveryLanguage()
    {
        QFETCH(QString, kind);
        QFETCH(qint64, id);
        QFETCH(int, year);
        QFETCH(QString, groupBy);
        QFETCH(int, language);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);

        ReportRequest request{kind, id, year, groupBy, Language(language)};
        std::unique_ptr<ReportDocument> report;
        const QString name = QStringLiteral("%1-%2-%3").arg(kind, groupBy, Languages::code(Language(language)));
        const QString path = writePdf(*m_db, request, name, &report);
        QVERIFY(!path.isEmpty());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
        const int pages = pdfPages(path);
        QVERIFY(pages > 0);
        QCOMPARE(ReportPdf::pageCount(*report), pages);

        for (const QString &text : expected)
            QVERIFY2(pdfContains(path, text), qPrintable(QStringLiteral("missing \"%1\"").arg(text)));
        const QString layoutText = pdfText(path);
        for (const QString &text : absent)
            QVERIFY2(!layoutText.contains(text), qPrintable(QStringLiteral("unexpected \"%1\"").arg(text)));
        // The page header: the report's title and SKGO.
        QVERIFY(layoutText.contains(QLatin1String("Standing Conference of Towns and Municipalities"))
                || layoutText.contains(QStringLiteral("Стална конференција"))
                || layoutText.contains(QLatin1String("Stalna konferencija")));
        // The footer: the date in the report's language and "page X of Y".
        const ReportText t{Language(language)};
        const QString firstPage = pdfText(path, 1, 1);
        QVERIFY(firstPage.contains(t.date(QDate::currentDate())));
        QVERIFY(firstPage.contains(t.label("Page %1 of %2").arg(1).arg(pages)));
        verifyFontsEmbedded(path);
    }

    void partnershipsAreCountedPerGroup()
    {
        auto report = Reports::build(
            *m_db, {QStringLiteral("partnerships"), 0, 0, QStringLiteral("country"), Language::English});
        QVERIFY(report);
        const QString text = report.value()->toPlainText();
        // The count table: France has three partnerships, all active; 17 partnerships in all.
        QVERIFY2(text.contains(QStringLiteral("France\n3\n3")), qPrintable(text.left(600)));
        QVERIFY(text.contains(QStringLiteral("Partnerships in total\n17")));
        auto byMunicipality = Reports::build(
            *m_db, {QStringLiteral("partnerships"), 0, 0, QStringLiteral("municipality"), Language::English});
        QVERIFY(byMunicipality);
        // 14 partnerships of SKGO with associations have no local government as a party.
        QVERIFY(byMunicipality.value()->toPlainText().contains(QStringLiteral("as a party: 14 (not listed)")));
        QVERIFY(byMunicipality.value()->toPlainText().contains(QStringLiteral("Partnerships in total\n3")));
    }

    void expiringAgreementsAreMarked()
    {
        const QDate today = QDate::currentDate();
        auto report = AgreementsRegister::build(*m_db, Language::English, today);
        QVERIFY(report);
        const QString text = report.value()->toPlainText();
        ReportText t(Language::English);
        QVERIFY2(text.contains(QStringLiteral("\u26a0 expires %1").arg(t.date(today.addDays(30)))), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("\u26a0 expired %1").arg(t.date(today.addDays(-10)))));
        QVERIFY(
            !text.contains(QStringLiteral("\u26a0 expires %1").arg(t.date(today.addDays(20))))); // a draft binds no one
        QVERIFY(text.contains(QStringLiteral("Expiring within 90 days (\u26a0): 1")));
        QVERIFY(text.contains(QStringLiteral("Validity ended (\u26a0): 1")));
        QVERIFY(text.contains(QStringLiteral("Agreements: 7")));
        // A hundred days later the first one has ended too.
        auto later = AgreementsRegister::build(*m_db, Language::English, today.addDays(100));
        QVERIFY(later);
        QVERIFY(later.value()->toPlainText().contains(QStringLiteral("Validity ended (\u26a0): 2")));
    }

    void implementationReportTotalsPerCurrency()
    {
        auto report = Reports::build(*m_db, {QStringLiteral("plan-progress"), m_plan, 0, {}, Language::English});
        QVERIFY(report);
        const QString text = report.value()->toPlainText();
        // Budgets 5,000 + 6,500 + ... + 12,500 EUR; spent in proportion to progress.
        QVERIFY2(text.contains(QStringLiteral("EUR\nEUR 52,500.00\nEUR 21,300.00\n41%")), qPrintable(text.right(500)));
        QVERIFY(text.contains(QStringLiteral("Ambasada Francuske\n3\nEUR 24,000.00\nEUR 13,600.00")));
        QVERIFY(text.contains(QStringLiteral("Average progress: 50%")));
    }

    void signInSheetsStartEachOrganisationOnANewPage()
    {
        const QString path = writePdf(*m_db, {QStringLiteral("signin"), m_visit, 0, {}, Language::English},
                                      QStringLiteral("signin-pages"));
        QVERIFY(!path.isEmpty());
        QCOMPARE(pdfPages(path), 2); // Kragujevac (host) and Suresnes (guest)
        const QString first = pdfText(path, 1, 1);
        const QString second = pdfText(path, 2, 2);
        QVERIFY(first.contains(QStringLiteral("Marija Jovanović")) && !first.contains(QLatin1String("Claire Martin")));
        QVERIFY(second.contains(QLatin1String("Claire Martin"))
                && !second.contains(QStringLiteral("Marija Jovanović")));
        for (const QString &page : {first, second}) {
            const ReportText t(Language::English);
            QVERIFY(QRegularExpression(QStringList{QRegularExpression::escape(t.label("No.")), t.label("Name"),
                                                   t.label("Organisation"), t.label("Signature")}
                                           .join(QStringLiteral("\\s+")))
                        .match(page)
                        .hasMatch());
            // One participant and five blank rows for walk-ins, numbered.
            QVERIFY(QRegularExpression(QStringLiteral("^\\s*%1\\s*$").arg(1 + SignInSheets::blankRows),
                                       QRegularExpression::MultilineOption)
                        .match(page)
                        .hasMatch());
        }
    }

    void goldenText_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<int>("year");
        QTest::newRow("dossier") << QStringLiteral("partnership-dossier-en.txt") << QStringLiteral("partnership")
                                 << m_kragujevacSuresnes << 0;
        QTest::newRow("overview") << QStringLiteral("partnerships-overview-en.txt") << QStringLiteral("partnerships")
                                  << qint64(0) << 0;
        QTest::newRow("plan") << QStringLiteral("action-plan-en.txt") << QStringLiteral("plan") << m_plan << 0;
        QTest::newRow("progress") << QStringLiteral("plan-progress-en.txt") << QStringLiteral("plan-progress") << m_plan
                                  << 0;
        QTest::newRow("visit") << QStringLiteral("visit-report-en.txt") << QStringLiteral("visit") << m_visit << 0;
        QTest::newRow("signin") << QStringLiteral("signin-sheets-en.txt") << QStringLiteral("signin") << m_visit << 0;
        QTest::newRow("year") << QStringLiteral("year-in-review-2020-en.txt") << QStringLiteral("year") << qint64(0)
                              << 2020;
    }

    void goldenText()
    {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QFETCH(qint64, id);
        QFETCH(int, year);
        auto report = Reports::build(*m_db, {kind, id, year, {}, Language::English});
        QVERIFY(report);
        compareWithGolden(file, report.value()->toPlainText());
    }

    void hostileNameIsPrintedLiterally()
    {
        const qint64 cacak = OrganizationStore(*m_scratch)
                                 .findByName(QStringLiteral("Čačak"), QStringLiteral("RS"))
                                 .valueOr({})
                                 .value_or(0);
        Organization plain;
        plain.kind = QStringLiteral("local_authority");
        plain.name = QStringLiteral("Ville de Montreuil-sur-Mer, plain and long name");
        plain.country = QStringLiteral("FR");
        Organization hostile = plain;
        hostile.name = hostileName;
        OrganizationStore organizations(*m_scratch);
        auto plainId = organizations.save(plain);
        auto hostileId = organizations.save(hostile);
        QVERIFY(plainId && hostileId);

        Partnership p;
        p.title = QStringLiteral("Test <i>partnership</i> & co");
        p.parties = {{cacak, QStringLiteral("partner")}, {plainId.value(), QStringLiteral("partner")}};
        PartnershipStore partnerships(*m_scratch);
        QVERIFY(partnerships.save(p));
        const ReportRequest request{QStringLiteral("partnership"), p.id, 0, {}, Language::English};
        const QString plainPdf = writePdf(*m_scratch, request, QStringLiteral("dossier-plain"));
        p.parties[1].organizationId = hostileId.value();
        QVERIFY(partnerships.save(p));
        std::unique_ptr<ReportDocument> report;
        const QString hostilePdf = writePdf(*m_scratch, request, QStringLiteral("dossier-hostile"), &report);
        QVERIFY(!plainPdf.isEmpty() && !hostilePdf.isEmpty());

        QVERIFY(report->toPlainText().contains(hostileName));
        QVERIFY(report->toPlainText().contains(QLatin1String("Test <i>partnership</i> & co")));
        QVERIFY(!hasImages(report->document()));
        QVERIFY2(pdfContains(hostilePdf, hostileName), qPrintable(pdfText(hostilePdf)));
        QVERIFY(pdfContains(hostilePdf, QStringLiteral("Test <i>partnership</i> & co")));
        const qint64 plainSize = QFileInfo(plainPdf).size();
        const qint64 hostileSize = QFileInfo(hostilePdf).size();
        QVERIFY2(qAbs(hostileSize - plainSize) < plainSize / 5,
                 qPrintable(QStringLiteral("%1 vs %2 bytes").arg(hostileSize).arg(plainSize)));
        QCOMPARE(pdfPages(hostilePdf), pdfPages(plainPdf));
    }

    void emptySectionsSayWhatIsMissing()
    {
        const qint64 cacak = OrganizationStore(*m_scratch)
                                 .findByName(QStringLiteral("Čačak"), QStringLiteral("RS"))
                                 .valueOr({})
                                 .value_or(0);
        Partnership p;
        const qint64 ivanjica = OrganizationStore(*m_scratch)
                                    .findByName(QStringLiteral("Ivanjica"), QStringLiteral("RS"))
                                    .valueOr({})
                                    .value_or(0);
        p.title = QStringLiteral("Prazno partnerstvo");
        p.parties = {{cacak, QStringLiteral("partner")}, {ivanjica, QStringLiteral("partner")}};
        QVERIFY(PartnershipStore(*m_scratch).save(p));
        Visit v;
        v.title = QStringLiteral("Prazna poseta");
        v.startDate = QDate(2019, 4, 1);
        QVERIFY(VisitStore(*m_scratch).save(v));

        const struct
        {
            ReportRequest request;
            QStringList notes;
        } cases[] = {
            {{QStringLiteral("partnership"), p.id, 0, {}, Language::English},
             {QStringLiteral("No themes recorded."), QStringLiteral("No agreements recorded."),
              QStringLiteral("No visits recorded."), QStringLiteral("No committee members recorded.")}},
            {{QStringLiteral("visit"), v.id, 0, {}, Language::English},
             {QStringLiteral("No programme recorded."), QStringLiteral("No participants recorded."),
              QStringLiteral("No outcomes recorded."), QStringLiteral("No follow-up tasks recorded."),
              QStringLiteral("No purpose recorded.")}},
            {{QStringLiteral("year"), 0, 1990, {}, Language::English},
             {QStringLiteral("No visits recorded."), QStringLiteral("No new partnerships recorded."),
              QStringLiteral("No agreements signed."), QStringLiteral("No initiatives opened."),
              QStringLiteral("No initiatives closed."), QStringLiteral("Nothing recorded for this year.")}},
            {{QStringLiteral("agreements"), 0, 0, {}, Language::English}, {QStringLiteral("No agreements recorded.")}},
            {{QStringLiteral("partnerships"), 0, 0, QStringLiteral("theme"), Language::English},
             {QStringLiteral("No theme (")}},
        };
        for (const auto &c : cases) {
            const QString path = writePdf(*m_scratch, c.request, QStringLiteral("empty-") + c.request.kind);
            QVERIFY(!path.isEmpty());
            for (const QString &note : c.notes)
                QVERIFY2(pdfContains(path, note), qPrintable(c.request.kind + QStringLiteral(": ") + note));
        }
    }

    void longTablesBreakAcrossPagesWithTheirHeader()
    {
        const qint64 cacak = OrganizationStore(*m_scratch)
                                 .findByName(QStringLiteral("Čačak"), QStringLiteral("RS"))
                                 .valueOr({})
                                 .value_or(0);
        const qint64 ivanjica = OrganizationStore(*m_scratch)
                                    .findByName(QStringLiteral("Ivanjica"), QStringLiteral("RS"))
                                    .valueOr({})
                                    .value_or(0);
        {
            WriteTransaction transaction(m_scratch->connection());
            QVERIFY(transaction.isActive());
            AgreementStore store(*m_scratch);
            for (int i = 1; i <= 120; ++i) {
                Agreement a;
                a.title = QStringLiteral("Sporazum o saradnji br. %1").arg(i);
                a.status = QStringLiteral("signed");
                a.signedOn = QDate(2022, 1, 1).addDays(i);
                a.parties = {{cacak, {}, {}}, {ivanjica, {}, {}}};
                QVERIFY(store.saveWithin(a));
            }
            QVERIFY(transaction.commit());
        }
        std::unique_ptr<ReportDocument> report;
        const QString path = writePdf(*m_scratch, {QStringLiteral("agreements"), 0, 0, {}, Language::SerbianCyrillic},
                                      QStringLiteral("long-register"), &report);
        QVERIFY(!path.isEmpty());
        const int pages = pdfPages(path);
        QVERIFY2(pages > 1, qPrintable(QString::number(pages)));
        QCOMPARE(ReportPdf::pageCount(*report), pages);
        const ReportText t(Language::SerbianCyrillic);
        const QRegularExpression header(
            QStringList{QRegularExpression::escape(t.label("No.")), QRegularExpression::escape(t.label("Agreement")),
                        QRegularExpression::escape(t.label("Parties")), QRegularExpression::escape(t.label("Signed"))}
                .join(QStringLiteral("\\s+")));
        for (int page = 2; page <= pages; ++page) {
            const QString text = pdfText(path, page, page);
            QVERIFY2(header.match(text).hasMatch(), qPrintable(QStringLiteral("page %1:\n%2").arg(page).arg(text)));
            QVERIFY(text.contains(QStringLiteral("Чачак")));
        }
        // The last row is there, numbered.
        QVERIFY(QRegularExpression(QStringLiteral("^\\s*120\\s+Sporazum"), QRegularExpression::MultilineOption)
                    .match(pdfText(path, pages, pages))
                    .hasMatch());
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
