// SPDX-License-Identifier: GPL-3.0-or-later
#include "apptranslator.h"
#include "calendarexportdialog.h"
#include "database.h"
#include "exchangeactions.h"
#include "guisupport.h"
#include "importcheckpage.h"
#include "importmappingpage.h"
#include "importpreviewpage.h"
#include "importrunpage.h"
#include "importwizard.h"
#include "mainwindow.h"
#include "organizationstore.h"
#include "recordlistmodel.h"
#include "referencedata.h"
#include "sampledata.h"
#include "sectionpage.h"
#include "sqlsupport.h"
#include "testsupport.h"
#include "writetransaction.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;
using GuiSupport::field;

// The desktop half of bringing data in and out: the import wizard driven
// page by page, a list exported as shown, the calendar exported.
class TestExchange : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    std::unique_ptr<MainWindow> window()
    {
        auto w = std::make_unique<MainWindow>();
        auto db = Database::open(m_path);
        if (!db)
            qFatal("%s", qPrintable(db.error().toLogString()));
        w->setDatabase(db.take());
        w->show();
        return w;
    }

    static ExchangeActions *actions(MainWindow *w) { return w->findChild<ExchangeActions *>(); }

    qint64 count(MainWindow *w, const QString &table) const
    {
        return Sql::scalar(w->database()->connection(), QStringLiteral("SELECT count(*) FROM ") + table).value().toLongLong();
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Opens the wizard on kind and file and goes on to the preview, read.
    static ImportWizard *startWizard(MainWindow *w, const QString &kind, const QString &path)
    {
        ImportWizard *wizard = actions(w)->openImportWizard();
        if (!wizard)
            return nullptr;
        auto *kinds = field<QComboBox>(wizard, QStringLiteral("Kind of records"));
        kinds->setCurrentIndex(kinds->findData(kind));
        auto *file = field<QLineEdit>(wizard, QStringLiteral("File"));
        if (wizard->button(QWizard::NextButton)->isEnabled())
            return nullptr; // no file chosen yet: Next must wait
        file->setText(path);
        wizard->button(QWizard::NextButton)->click();
        return wizard;
    }

    static ImportCheckPage *checkPage(ImportWizard *wizard)
    {
        return qobject_cast<ImportCheckPage *>(wizard->page(ImportWizard::CheckPageId));
    }

    static QString checkSummary(ImportWizard *wizard)
    {
        return checkPage(wizard)->findChild<QLabel *>(QStringLiteral("checkSummary"))->text();
    }

    // From the preview to the check, accepting the mapping as guessed.
    static bool goToCheck(ImportWizard *wizard)
    {
        if (!QTest::qWaitFor([wizard] { return wizard->currentPage()->isComplete(); }, 20000))
            return false;
        wizard->button(QWizard::NextButton)->click(); // → mapping
        if (wizard->currentId() != ImportWizard::MappingPageId)
            return false;
        wizard->button(QWizard::NextButton)->click(); // → check
        return wizard->currentId() == ImportWizard::CheckPageId
            && QTest::qWaitFor([wizard] { return !checkPage(wizard)->isChecking(); }, 20000);
    }

    static QByteArray windows1250File()
    {
        // As Serbian-locale Excel saves it: Windows-1250, semicolons, CRLF, a quoted field, a column of its own.
        const QString text = QStringLiteral("Name;Kind;Country;City;Napomena\r\n"
                                            "Udruženje građana Šećer i Đurđevak;association;Srbija;Čačak;\"prvi; kontakt 2019.\"\r\n"
                                            "Općina Žminj;local_authority;Hrvatska;Žminj;\r\n"
                                            "\r\n");
        QStringEncoder encoder("windows-1250");
        return encoder.encode(text);
    }

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        m_path = m_dir.filePath(QStringLiteral("exchange.db"));
        auto db = Database::create(m_path, [](Database &created) {
            Status loaded = ReferenceData::load(created);
            return loaded ? SampleData::load(created) : loaded;
        });
        QVERIFY(db);
        // More organisations than the list loads at once.
        WriteTransaction transaction(db.value()->connection());
        OrganizationStore store(*db.value());
        for (int i = 0; i < 450; ++i) {
            Organization o;
            o.kind = QStringLiteral("local_authority");
            o.name = QStringLiteral("Commune d'export %1").arg(i, 3, 10, QLatin1Char('0'));
            o.country = QStringLiteral("FR");
            QVERIFY(store.saveWithin(o));
        }
        QVERIFY(transaction.commit());
    }

    void fileMenuOffersImportAndExports()
    {
        auto w = window();
        QMenu *file = w->menuBar()->actions().constFirst()->menu();
        QVERIFY(file);
        QStringList texts;
        for (QAction *action : file->actions())
            texts << action->text();
        QVERIFY(texts.contains(QStringLiteral("Import CS&V…")));
        QVERIFY(texts.contains(QStringLiteral("Export &List…")));
        QVERIFY(texts.contains(QStringLiteral("Export &Calendar…")));
        QVERIFY(actions(w.get())->importAction()->isEnabled());
    }

    void importsAWindows1250SemicolonFile()
    {
        auto w = window();
        const QString path = writeFile(QStringLiteral("organizacije.csv"), windows1250File());
        SectionPage *list = w->section(RecordKind::Organization);
        const qint64 listedBefore = list->model()->totalCount();
        const qint64 before = count(w.get(), QStringLiteral("organizations"));

        ImportWizard *wizard = startWizard(w.get(), QStringLiteral("organizations"), path);
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPageId));
        auto *preview = qobject_cast<ImportPreviewPage *>(wizard->currentPage());
        QTRY_VERIFY(!preview->isReading());
        auto *encoding = field<QComboBox>(wizard, QStringLiteral("Encoding"));
        auto *delimiter = field<QComboBox>(wizard, QStringLiteral("Delimiter"));
        QCOMPARE(encoding->currentData().toString(), QStringLiteral("windows-1250"));
        QCOMPARE(delimiter->currentData().toString(), QStringLiteral(";"));
        QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("detected"))->text().contains(QStringLiteral("Windows-1250")));
        auto *table = field<QTableWidget>(wizard, QStringLiteral("Preview"));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->columnCount(), 5);
        QCOMPARE(table->horizontalHeaderItem(4)->text(), QStringLiteral("Napomena"));
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Udruženje građana Šećer i Đurđevak"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("prvi; kontakt 2019."));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());

        // Overrides read the file again: as UTF-8 it is refused, as commas it is one column.
        encoding->setCurrentIndex(encoding->findData(QStringLiteral("UTF-8")));
        QTRY_VERIFY(!preview->isReading());
        QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("readMessage"))->text().contains(QStringLiteral("not valid UTF-8")));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        encoding->setCurrentIndex(encoding->findData(QStringLiteral("windows-1250")));
        delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(",")));
        QTRY_VERIFY(!preview->isReading());
        QCOMPARE(table->columnCount(), 1);
        delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(";")));
        QTRY_VERIFY(!preview->isReading());
        QCOMPARE(table->columnCount(), 5);
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("Žminj"));

        // The mapping: guessed from the header; the notes are in a column named otherwise.
        wizard->button(QWizard::NextButton)->click();
        QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPageId));
        auto *mapping = qobject_cast<ImportMappingPage *>(wizard->currentPage());
        QCOMPARE(mapping->box(QStringLiteral("name"))->currentData().toInt(), 0);
        QCOMPARE(mapping->box(QStringLiteral("kind"))->currentData().toInt(), 1);
        QCOMPARE(mapping->box(QStringLiteral("country"))->currentData().toInt(), 2);
        QCOMPARE(mapping->box(QStringLiteral("city"))->currentData().toInt(), 3);
        QCOMPARE(mapping->box(QStringLiteral("notes"))->currentData().toInt(), -1);
        // A required column left out, or one file column chosen twice, holds the wizard here.
        QComboBox *country = mapping->box(QStringLiteral("country"));
        country->setCurrentIndex(country->findData(-1));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        country->setCurrentIndex(country->findData(3));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("mappingMessage"))->text().contains(QStringLiteral("Column 4")));
        country->setCurrentIndex(country->findData(2));
        QComboBox *notes = mapping->box(QStringLiteral("notes"));
        notes->setCurrentIndex(notes->findData(4));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());

        // The check: clean, and what would happen.
        wizard->button(QWizard::NextButton)->click();
        QCOMPARE(wizard->currentId(), int(ImportWizard::CheckPageId));
        QTRY_VERIFY(!checkPage(wizard)->isChecking());
        QVERIFY2(checkSummary(wizard).contains(QStringLiteral("2 would be added, 0 updated, 0 skipped")),
                 qPrintable(checkSummary(wizard)));
        QVERIFY(checkPage(wizard)->problems().isEmpty());
        QCOMPARE(count(w.get(), QStringLiteral("organizations")), before); // the check wrote nothing

        // Import: off the UI thread; then the lists show the new records.
        QPushButton *import = qobject_cast<QPushButton *>(wizard->button(QWizard::CommitButton));
        QVERIFY(import->isEnabled());
        QCOMPARE(import->text(), QStringLiteral("&Import"));
        import->click();
        QCOMPARE(wizard->currentId(), int(ImportWizard::RunPageId));
        auto *run = qobject_cast<ImportRunPage *>(wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 20000);
        const QString status = wizard->findChild<QLabel *>(QStringLiteral("importStatus"))->text();
        QVERIFY2(status.contains(QStringLiteral("2 added, 0 updated, 0 skipped")), qPrintable(status));
        QCOMPARE(count(w.get(), QStringLiteral("organizations")), before + 2);
        QCOMPARE(list->model()->totalCount(), listedBefore + 2);
        OrganizationStore store(*w->database());
        const auto id = store.findByName(QStringLiteral("Udruženje građana Šećer i Đurđevak"), QStringLiteral("RS"));
        QVERIFY(id && id.value());
        const Organization saved = store.get(*id.value()).value();
        QCOMPARE(saved.name, QStringLiteral("Udruženje građana Šećer i Đurđevak"));
        QCOMPARE(saved.city, QStringLiteral("Čačak"));
        QCOMPARE(saved.notes, QStringLiteral("prvi; kontakt 2019."));
        wizard->button(QWizard::FinishButton)->click();
    }

    void reimportReportsDuplicatesAndUpdatesOnlyWhenAsked()
    {
        auto w = window();
        const QString path = writeFile(QStringLiteral("organizacije-opet.csv"), windows1250File());
        const qint64 before = count(w.get(), QStringLiteral("organizations"));
        ImportWizard *wizard = startWizard(w.get(), QStringLiteral("organizations"), path);
        QVERIFY(wizard);
        QVERIFY(goToCheck(wizard));
        QVERIFY2(checkSummary(wizard).contains(QStringLiteral("0 would be added, 0 updated, 2 skipped")),
                 qPrintable(checkSummary(wizard)));
        auto *update = field<QCheckBox>(wizard, QStringLiteral("Update existing records"));
        update->setChecked(true);
        QTRY_VERIFY(!checkPage(wizard)->isChecking());
        QVERIFY2(checkSummary(wizard).contains(QStringLiteral("0 would be added, 2 updated, 0 skipped")),
                 qPrintable(checkSummary(wizard)));
        update->setChecked(false);
        QTRY_VERIFY(!checkPage(wizard)->isChecking());
        wizard->button(QWizard::CommitButton)->click();
        auto *run = qobject_cast<ImportRunPage *>(wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 20000);
        QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("importStatus"))->text().contains(QStringLiteral("0 added, 0 updated, 2 skipped")));
        QCOMPARE(count(w.get(), QStringLiteral("organizations")), before);
        wizard->button(QWizard::FinishButton)->click();
    }

    void aFileWithErrorsListsThemAndImportsNothing()
    {
        auto w = window();
        const QString path = writeFile(QStringLiteral("people.csv"),
                                       QStringLiteral("full_name,organization,email\n"
                                                      "Petar Petrović,,petar@example.org\n"
                                                      ",,nobody@example.org\n"
                                                      "Jovana Jovanović,Nepostojeća organizacija XYZ,\n"
                                                      "Ana Anić,,not-an-address\n")
                                           .toUtf8());
        const qint64 before = count(w.get(), QStringLiteral("people"));
        ImportWizard *wizard = startWizard(w.get(), QStringLiteral("people"), path);
        QVERIFY(wizard);
        QVERIFY(goToCheck(wizard));
        const QStringList problems = checkPage(wizard)->problems();
        QCOMPARE(problems.size(), 3);
        QVERIFY2(problems.at(0).startsWith(QStringLiteral("line 3, column 1: ")), qPrintable(problems.at(0)));
        QVERIFY2(problems.at(1).startsWith(QStringLiteral("line 4, column 2: ")), qPrintable(problems.at(1)));
        QVERIFY2(problems.at(2).startsWith(QStringLiteral("line 5, column 3: ")), qPrintable(problems.at(2)));
        QVERIFY(field<QListView>(wizard, QStringLiteral("Problems"))->isVisible());
        QVERIFY(checkSummary(wizard).contains(QStringLiteral("3 problem(s) found")));
        QAbstractButton *import = wizard->button(QWizard::CommitButton);
        QVERIFY(!import->isEnabled());
        import->click();
        QCOMPARE(wizard->currentId(), int(ImportWizard::CheckPageId));
        QCOMPARE(count(w.get(), QStringLiteral("people")), before);
        wizard->reject();
    }

    void cancellingTheImportWritesNothing()
    {
        auto w = window();
        QByteArray bytes("name,kind,country\n");
        for (int i = 0; i < 3000; ++i)
            bytes += QStringLiteral("Cancelled Town %1,local_authority,AT\n").arg(i).toUtf8();
        const QString path = writeFile(QStringLiteral("many.csv"), bytes);
        const qint64 before = count(w.get(), QStringLiteral("organizations"));
        ImportWizard *wizard = startWizard(w.get(), QStringLiteral("organizations"), path);
        QVERIFY(wizard);
        QVERIFY(goToCheck(wizard));
        QVERIFY(checkSummary(wizard).contains(QStringLiteral("3000 would be added")));
        wizard->button(QWizard::CommitButton)->click();
        auto *run = qobject_cast<ImportRunPage *>(wizard->currentPage());
        QVERIFY(run->isRunning());
        wizard->reject(); // Cancel while it runs: rolled back, and the wizard stays to say so
        QVERIFY(wizard->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), 30000);
        const QString status = wizard->findChild<QLabel *>(QStringLiteral("importStatus"))->text();
        QVERIFY2(status.contains(QStringLiteral("cancelled; nothing was written")), qPrintable(status));
        QCOMPARE(count(w.get(), QStringLiteral("organizations")), before);
        QVERIFY(!wizard->button(QWizard::CancelButton)->isVisible());
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!w->findChild<ImportWizard *>());
    }

    void exportsTheListAsFilteredSortedAndShown()
    {
        auto w = window();
        SectionPage *page = w->section(RecordKind::Organization);
        page->filterEdit()->setText(QStringLiteral("commune d'export"));
        QTRY_COMPARE(page->model()->totalCount(), 450);
        QCOMPARE(page->model()->rowCount(), RecordListModel::pageSize); // only a page is loaded
        page->view()->sortByColumn(0, Qt::DescendingOrder);
        // Only the name and the country, the country first.
        QHeaderView *header = page->view()->horizontalHeader();
        int nameColumn = -1;
        int countryColumn = -1;
        for (int c = 0; c < page->model()->columnCount(); ++c) {
            const QString key = page->model()->columns().at(c).key;
            if (key == QLatin1String("name"))
                nameColumn = c;
            else if (key == QLatin1String("country"))
                countryColumn = c;
            else
                page->view()->setColumnHidden(c, true);
        }
        QVERIFY(nameColumn >= 0 && countryColumn >= 0);
        header->moveSection(header->visualIndex(countryColumn), 0);

        const QString path = m_dir.filePath(QStringLiteral("organisations.csv"));
        QSignalSpy finished(actions(w.get()), &ExchangeActions::exportFinished);
        actions(w.get())->exportListTo(page, path);
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().at(1).value<Status>().ok());
        QCOMPARE(finished.first().at(2).toInt(), 450);
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = bytes.mid(3).split('\n');
        QCOMPARE(lines.size(), 452); // header, 450 rows, and the empty rest after the last CRLF
        QVERIFY(lines.last().isEmpty());
        for (qsizetype i = 0; i < lines.size() - 1; ++i)
            QVERIFY(lines.at(i).endsWith('\r'));
        const QString headerLine = QString::fromUtf8(lines.at(0)).trimmed();
        QCOMPARE(headerLine, page->model()->columns().at(countryColumn).header + QLatin1Char(',')
                                 + page->model()->columns().at(nameColumn).header);
        QVERIFY2(QString::fromUtf8(lines.at(1)).endsWith(QStringLiteral(",Commune d'export 449\r")), lines.at(1).constData());
        QVERIFY(QString::fromUtf8(lines.at(450)).endsWith(QStringLiteral(",Commune d'export 000\r")));
        QVERIFY(!bytes.contains("Suresnes")); // rows the filter leaves out are not there
    }

    void exportsTheCalendar()
    {
        auto w = window();
        const QString path = m_dir.filePath(QStringLiteral("calendar.ics"));
        QSignalSpy finished(actions(w.get()), &ExchangeActions::exportFinished);
        actions(w.get())->exportCalendarTo(path, {}, {});
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().at(1).value<Status>().ok());
        const int events = finished.first().at(2).toInt();
        QVERIFY(events > 0);
        const ProcessResult checked = run(QStringLiteral("python3"), {sourceDir() + QStringLiteral("/tests/icalcheck.py"), path});
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));
        QCOMPARE(QJsonDocument::fromJson(checked.out.toUtf8()).array().size(), events);
        QVERIFY(readAll(path).startsWith("BEGIN:VCALENDAR\r\n"));
    }

    void calendarDialogAcceptsOnlyARange()
    {
        CalendarExportDialog dialog;
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(dialog.from().isValid());
        QVERIFY(!dialog.to().isValid()); // no limit
        QVERIFY(ok->isEnabled());
        dialog.setRange(QDate(2026, 6, 1), QDate(2026, 5, 1));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("rangeMessage"))->text().isEmpty());
        field<QLineEdit>(&dialog, QStringLiteral("To"))->setText(QStringLiteral("31.12.2026."));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.to(), QDate(2026, 12, 31));
        field<QLineEdit>(&dialog, QStringLiteral("From"))->setText(QStringLiteral("not a date"));
        QVERIFY(!ok->isEnabled());
    }

    // SARADNJA_SCREENSHOTS=dir saves the wizard's pages in Serbian Cyrillic
    // (a file of people with three errors), to look at the layout.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("SARADNJA_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("SARADNJA_SCREENSHOTS is not set");
        AppTranslator::install(Language::SerbianCyrillic);
        auto w = window();
        const QString path = writeFile(QStringLiteral("ljudi.csv"),
                                       QStringLiteral("full_name;organization;email\r\n"
                                                      "Петар Петровић;;petar@example.org\r\n"
                                                      ";;nobody@example.org\r\n"
                                                      "Јована Јовановић;Непостојећа организација;\r\n")
                                           .toUtf8());
        ImportWizard *wizard = actions(w.get())->openImportWizard();
        QVERIFY(wizard);
        wizard->resize(900, 640);
        auto *kinds = wizard->currentPage()->findChild<QComboBox *>();
        kinds->setCurrentIndex(kinds->findData(QStringLiteral("people")));
        wizard->currentPage()->findChild<QLineEdit *>()->setText(path);
        QVERIFY(wizard->grab().save(dir + QStringLiteral("/wizard-1-source.png")));
        wizard->button(QWizard::NextButton)->click();
        QVERIFY(QTest::qWaitFor([wizard] { return wizard->currentPage()->isComplete(); }, 20000));
        QVERIFY(wizard->grab().save(dir + QStringLiteral("/wizard-2-preview.png")));
        wizard->button(QWizard::NextButton)->click();
        QVERIFY(wizard->grab().save(dir + QStringLiteral("/wizard-3-mapping.png")));
        wizard->button(QWizard::NextButton)->click();
        QVERIFY(QTest::qWaitFor([wizard] { return !checkPage(wizard)->isChecking(); }, 20000));
        QVERIFY(wizard->grab().save(dir + QStringLiteral("/wizard-4-check.png")));
        wizard->reject();
        AppTranslator::install(Language::English);
    }
};

QTEST_MAIN(TestExchange)
#include "tst_exchange.moc"
