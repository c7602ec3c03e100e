// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvcolumnmapping.h"
#include "csvimport.h"
#include "csvsource.h"
#include "csvwriter.h"
#include "database.h"
#include "organizationstore.h"
#include "sqlsupport.h"
#include "testsupport.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestCsvImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    qint64 organizations() const
    {
        return Sql::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM organizations")).value().toLongLong();
    }

    ImportSummary import(const QByteArray &bytes, const ImportOptions &options = {})
    {
        auto content = CsvSource::decode(bytes);
        if (!content)
            qFatal("%s", qPrintable(content.error().toLogString()));
        auto summary = CsvImport::run(*m_db, QStringLiteral("organizations"), content.value(), options);
        if (!summary)
            qFatal("%s", qPrintable(summary.error().toLogString()));
        return summary.value();
    }

    static QByteArray encoded(const QString &text, const char *encoding)
    {
        QStringEncoder encoder(encoding);
        return encoder.encode(text);
    }

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        auto db = Database::open(createRegister(m_dir.path()));
        QVERIFY(db);
        m_db = db.take();
    }

    void detectsEncodingsAndDelimiters_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("delimiter");
        const QString latin = QStringLiteral("name;kind;country\r\nŽupanija Šibenik, Čakovec i Đakovo;local_authority;HR\r\n");
        const QString cyrillic = QStringLiteral("name\tkind\tcountry\nГрадска управа Чачка\tother\tRS\n");
        QTest::addRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBF") + latin.toUtf8() << "UTF-8" << ";";
        QTest::addRow("utf-8 no bom") << cyrillic.toUtf8() << "UTF-8" << "\t";
        QTest::addRow("windows-1250") << encoded(latin, "windows-1250") << "windows-1250" << ";";
        QTest::addRow("windows-1251") << encoded(cyrillic, "windows-1251") << "windows-1251" << "\t";
        QTest::addRow("comma") << QByteArray("name,kind,country\n\"A; B\",other,RS\n") << "UTF-8" << ",";
    }

    void detectsEncodingsAndDelimiters()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QFETCH(QString, delimiter);
        auto content = CsvSource::decode(bytes);
        QVERIFY(content);
        QCOMPARE(content.value().encoding, encoding);
        QCOMPARE(QString(content.value().delimiter), delimiter);
        QCOMPARE(content.value().records.size(), 2);
        QCOMPARE(content.value().records.at(0).fields.size(), 3);
        const QString name = content.value().records.at(1).fields.at(0);
        QVERIFY2(name == QStringLiteral("Županija Šibenik, Čakovec i Đakovo") || name == QStringLiteral("Градска управа Чачка")
                     || name == QStringLiteral("A; B"),
                 qPrintable(name));
    }

    void overridesWin()
    {
        const QByteArray bytes = encoded(QStringLiteral("name;kind\nČačak;city\n"), "windows-1250");
        auto content = CsvSource::decode(bytes, QStringLiteral("cp1250"), QStringLiteral("semicolon"));
        QVERIFY(content);
        QCOMPARE(content.value().records.at(1).fields.at(0), QStringLiteral("Čačak"));
        QVERIFY(!CsvSource::decode(bytes, QStringLiteral("ebcdic")));
        QVERIFY(!CsvSource::decode(bytes, {}, QStringLiteral("|")));
        QVERIFY(!CsvSource::decode(bytes, QStringLiteral("utf-8"))); // not valid UTF-8: said so, not garbled
    }

    void importsAndReportsDuplicatesOnReimport()
    {
        const QByteArray file = QByteArray("\xEF\xBB\xBF")
            + QStringLiteral("Name;Kind;Country;City;Email;Notes\r\n"
                             "Ville de Suresnes;local_authority;Francuska;Suresnes;;\"bratimljenje od 1967;\r\nsa Kragujevcem\"\r\n"
                             "Comune di Bari;local_authority;Italija;Bari;info@comune.bari.it;\r\n"
                             "Landeshauptstadt Düsseldorf;local_authority;Germany;Düsseldorf;;\r\n\r\n")
                  .toUtf8();
        const qint64 before = organizations();
        ImportSummary summary = import(file);
        QVERIFY(summary.problems.isEmpty());
        QCOMPARE(summary.added, 3);
        QCOMPARE(organizations(), before + 3);
        OrganizationStore store(*m_db);
        const qint64 suresnes = *store.findByName(QStringLiteral("ville de suresnes"), QStringLiteral("FR")).value();
        QCOMPARE(store.get(suresnes).value().notes, QStringLiteral("bratimljenje od 1967;\nsa Kragujevcem"));

        summary = import(file);
        QCOMPARE(summary.added, 0);
        QCOMPARE(summary.duplicates, 3);
        QCOMPARE(organizations(), before + 3);

        ImportOptions update;
        update.updateExisting = true;
        const QByteArray changed = QStringLiteral("name,kind,country,city\nComune di Bari,local_authority,IT,Bari (BA)\n").toUtf8();
        summary = import(changed, update);
        QCOMPARE(summary.updated, 1);
        const qint64 bari = *store.findByName(QStringLiteral("Comune di Bari"), QStringLiteral("IT")).value();
        QCOMPARE(store.get(bari).value().city, QStringLiteral("Bari (BA)"));
        QCOMPARE(store.get(bari).value().email, QStringLiteral("info@comune.bari.it")); // absent cells keep their value
    }

    void allOrNothingWithLineAndColumn()
    {
        const QByteArray file = QStringLiteral("name,kind,country,email\n"
                                               "Good One,other,FR,\n"
                                               ",local_authority,FR,\n"
                                               "Bad Kind,castle,FR,\n"
                                               "Bad Country,other,Atlantis,\n"
                                               "Bad Mail,other,FR,not-an-address\n")
                                    .toUtf8();
        const qint64 before = organizations();
        const ImportSummary summary = import(file);
        QCOMPARE(organizations(), before);
        QVERIFY(!summary.applied);
        QStringList messages;
        for (const ImportProblem &problem : summary.problems)
            messages << problem.toString();
        QCOMPARE(messages.size(), 4);
        QVERIFY(messages.at(0).startsWith(QStringLiteral("line 3, column 1: ")));
        QVERIFY(messages.at(1).startsWith(QStringLiteral("line 4, column 2: ")));
        QVERIFY(messages.at(2).startsWith(QStringLiteral("line 5, column 3: ")));
        QVERIFY(messages.at(3).startsWith(QStringLiteral("line 6, column 4: ")));
    }

    void headerProblemsNameTheColumns()
    {
        const ImportSummary summary = import(QByteArray("name,colour,country\nX,red,FR\n"));
        QCOMPARE(summary.problems.size(), 2);
        QVERIFY(summary.problems.at(0).message.contains(QStringLiteral("colour")));
        QVERIFY(summary.problems.at(1).message.contains(QStringLiteral("kind")));
    }

    void dryRunWritesNothing()
    {
        ImportOptions dry;
        dry.dryRun = true;
        const qint64 before = organizations();
        const ImportSummary summary = import(QByteArray("name,kind,country\nDry Town,local_authority,AT\n"), dry);
        QCOMPARE(summary.added, 1);
        QCOMPARE(organizations(), before);
    }

    void dryRunCountsUpdatesApartFromRepeatedRows()
    {
        import(QByteArray("name,kind,country\nCounted Town,local_authority,AT\n"));
        ImportOptions dry;
        dry.dryRun = true;
        dry.updateExisting = true;
        const QByteArray file("name,kind,country,city\n"
                              "Counted Town,local_authority,AT,Graz\n"
                              "Counted Town,local_authority,AT,Linz\n"
                              "Brand New Town,local_authority,AT,\n");
        const ImportSummary predicted = import(file, dry);
        QCOMPARE(predicted.added, 1);
        QCOMPARE(predicted.updated, 1);
        QCOMPARE(predicted.duplicates, 1);
        ImportOptions update;
        update.updateExisting = true;
        const ImportSummary done = import(file, update);
        QCOMPARE(done.added, predicted.added);
        QCOMPARE(done.updated, predicted.updated);
        QCOMPARE(done.duplicates, predicted.duplicates);
    }

    void guessesTheMappingFromTheHeader()
    {
        const QList<CsvColumn> columns = CsvImport::handler(QStringLiteral("people"), *m_db)->columns();
        const QStringList header{QStringLiteral("Organisation"), QStringLiteral(" Full Name "), QStringLiteral("E-mail"),
                                 QStringLiteral("Телефон"), QStringLiteral("email"), QStringLiteral("Remarks")};
        const QHash<QString, QStringList> aliases{{QStringLiteral("phone"), {QStringLiteral("Telefon")}},
                                                  {QStringLiteral("email"), {QStringLiteral("E-mail")}},
                                                  {QStringLiteral("organization"), {QStringLiteral("Organisation")}}};
        const QHash<QString, int> mapping = CsvColumnMapping::guess(columns, header, aliases);
        QCOMPARE(mapping.value(QStringLiteral("full_name"), -1), 1);
        QCOMPARE(mapping.value(QStringLiteral("email"), -1), 4);        // its own name wins over an alias
        QCOMPARE(mapping.value(QStringLiteral("phone"), -1), 3);        // any script
        QCOMPARE(mapping.value(QStringLiteral("organization"), -1), 0); // an alias
        QVERIFY(!mapping.contains(QStringLiteral("notes")));
        QCOMPARE(mapping.size(), 4);
    }

    void mappedColumnsIgnoreTheRestAndNameTheFilesColumns()
    {
        // Columns in another order under other names, and one the import does not know.
        const QByteArray file("Grad;Zemlja;Naziv;Vrsta;Boja\n"
                              "Kotor;ME;Opština Kotor;local_authority;plava\n"
                              "Budva;Atlantis;Opština Budva;local_authority;crvena\n");
        auto content = CsvSource::decode(file);
        QVERIFY(content);
        ImportOptions options;
        options.columns = QHash<QString, int>{{QStringLiteral("name"), 2},
                                              {QStringLiteral("kind"), 3},
                                              {QStringLiteral("country"), 1},
                                              {QStringLiteral("city"), 0}};
        const qint64 before = organizations();
        auto summary = CsvImport::run(*m_db, QStringLiteral("organizations"), content.value(), options);
        QVERIFY(summary);
        QCOMPARE(summary.value().problems.size(), 1);
        QCOMPARE(summary.value().problems.first().toString().left(19), QStringLiteral("line 3, column 2: u"));
        QCOMPARE(organizations(), before);

        content.value().records.removeAt(2);
        summary = CsvImport::run(*m_db, QStringLiteral("organizations"), content.value(), options);
        QVERIFY(summary);
        QVERIFY(summary.value().problems.isEmpty());
        QCOMPARE(summary.value().added, 1);
        OrganizationStore store(*m_db);
        const qint64 kotor = *store.findByName(QStringLiteral("Opština Kotor"), QStringLiteral("ME")).value();
        QCOMPARE(store.get(kotor).value().city, QStringLiteral("Kotor"));
    }

    void mappingProblemsAreReported()
    {
        auto content = CsvSource::decode(QByteArray("a,b,c\nX,other,FR\n"));
        QVERIFY(content);
        ImportOptions options;
        options.columns = QHash<QString, int>{{QStringLiteral("name"), 0}, {QStringLiteral("kind"), 0}, {QStringLiteral("city"), 7}};
        auto summary = CsvImport::run(*m_db, QStringLiteral("organizations"), content.value(), options);
        QVERIFY(summary);
        QStringList messages;
        for (const ImportProblem &problem : summary.value().problems)
            messages << problem.toString();
        QCOMPARE(messages.size(), 4);
        QCOMPARE(messages.at(0), QStringLiteral("line 1, column 1: the column is matched to both \"name\" and \"kind\""));
        QCOMPARE(messages.at(1), QStringLiteral("line 1, column 8: the file has no column 8"));
        QCOMPARE(messages.at(2), QStringLiteral("line 1: the required column \"kind\" is not matched to a column of the file"));
        QCOMPARE(messages.at(3), QStringLiteral("line 1: the required column \"country\" is not matched to a column of the file"));
    }

    void progressReportsAndCancelsWithoutWriting()
    {
        QByteArray file("name,kind,country\n");
        for (int i = 0; i < 50; ++i)
            file += QStringLiteral("Progress Town %1,local_authority,SI\n").arg(i).toUtf8();
        auto content = CsvSource::decode(file);
        QVERIFY(content);
        QList<int> seen;
        ImportOptions options;
        options.progress = [&seen](int done, int total) {
            seen << done;
            return total == 50 && seen.size() <= 50; // cancels on the last call, after everything is written
        };
        const qint64 before = organizations();
        auto summary = CsvImport::run(*m_db, QStringLiteral("organizations"), content.value(), options);
        QVERIFY(!summary);
        QCOMPARE(summary.error().code(), ErrorCode::Cancelled);
        QCOMPARE(organizations(), before);
        QCOMPARE(seen.size(), 51);
        QCOMPARE(seen.first(), 1);
        QCOMPARE(seen.last(), 50);
    }

    void aWorkerConnectionWritesOnAnotherThread()
    {
        auto content = CsvSource::decode(QByteArray("name,kind,country\nThreaded Town,local_authority,HU\n"));
        QVERIFY(content);
        Result<ImportSummary> summary = Error(ErrorCode::Invalid, QString());
        const std::unique_ptr<QThread> thread(QThread::create([&] {
            auto worker = Database::openWorker(m_db->path());
            if (!worker) {
                summary = worker.error();
                return;
            }
            summary = CsvImport::run(*worker.value(), QStringLiteral("organizations"), content.value(), {});
        }));
        const qint64 before = organizations();
        thread->start();
        QVERIFY(thread->wait(30000));
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().toLogString()));
        QCOMPARE(summary.value().added, 1);
        QCOMPARE(organizations(), before + 1);
        // Only for a register this process has open.
        QVERIFY(!Database::openWorker(m_dir.filePath(QStringLiteral("elsewhere.db"))));
    }

    void exportImportRoundTrip()
    {
        const QString path = m_dir.filePath(QStringLiteral("organizations.csv"));
        QVERIFY(CsvImport::exportTo(*m_db, QStringLiteral("organizations"), path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
        // Into a fresh register: everything comes back; the reference data is already there.
        QTemporaryDir other;
        auto fresh = Database::open(createRegister(other.path()));
        QVERIFY(fresh);
        auto content = CsvSource::read(path);
        QVERIFY(content);
        auto summary = CsvImport::run(*fresh.value(), QStringLiteral("organizations"), content.value(), {});
        QVERIFY(summary);
        QVERIFY2(summary.value().problems.isEmpty(), qPrintable(summary.value().problems.value(0).toString()));
        QCOMPARE(summary.value().added + summary.value().duplicates, int(content.value().records.size()) - 1);
        QCOMPARE(Sql::scalar(fresh.value()->connection(), QStringLiteral("SELECT count(*) FROM organizations")).value().toLongLong(),
                 organizations());
        // Exported again: the same file.
        const QString again = other.filePath(QStringLiteral("again.csv"));
        QVERIFY(CsvImport::exportTo(*fresh.value(), QStringLiteral("organizations"), again));
        QFile second(again);
        QVERIFY(second.open(QIODevice::ReadOnly));
        QCOMPARE(second.readAll(), bytes);
    }

    void writerQuotesWhatNeedsIt()
    {
        QCOMPARE(CsvWriter::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(CsvWriter::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(CsvWriter::field(QStringLiteral(" edge")), QStringLiteral("\" edge\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("a;b"), QLatin1Char(';')), QStringLiteral("\"a;b\""));
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
