// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardpage.h"
#include "database.h"
#include "globalsearchdialog.h"
#include "mainwindow.h"
#include "organizationeditor.h"
#include "organizationstore.h"
#include "recordlistmodel.h"
#include "referencedata.h"
#include "reportsdialog.h"
#include "sampledata.h"
#include "sectionpage.h"
#include "sqlsupport.h"
#include "themestore.h"
#include "testsupport.h"
#include "writetransaction.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QValueAxis>
#include <QFileInfo>
#include <QPdfDocument>
#include <QPrinter>
#include <QSignalSpy>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace TestSupport;

class TestSections : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    template<typename T>
    static T *field(QWidget *editor, const QString &accessibleName)
    {
        for (T *widget : editor->findChildren<T *>()) {
            if (widget->accessibleName() == accessibleName)
                return widget;
        }
        qFatal("no field %s", qPrintable(accessibleName));
        return nullptr;
    }

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

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        m_path = m_dir.filePath(QStringLiteral("sample.db"));
        auto db = Database::create(m_path, [](Database &created) {
            Status loaded = ReferenceData::load(created);
            return loaded ? SampleData::load(created) : loaded;
        });
        QVERIFY(db);
        // More organisations than one page holds.
        WriteTransaction transaction(db.value()->connection());
        OrganizationStore store(*db.value());
        for (int i = 0; i < 300; ++i) {
            Organization o;
            o.kind = QStringLiteral("local_authority");
            o.name = QStringLiteral("Commune %1").arg(i);
            o.country = QStringLiteral("FR");
            QVERIFY(store.saveWithin(o));
        }
        QVERIFY(transaction.commit());
    }

    void everySectionListsItsRecords()
    {
        auto w = window();
        const QList<QPair<RecordKind, int>> expected = {{RecordKind::Partnership, 16}, {RecordKind::Agreement, 4},
                                                        {RecordKind::Visit, 1},        {RecordKind::Plan, 1},
                                                        {RecordKind::Membership, 2},   {RecordKind::Person, 5},
                                                        {RecordKind::Task, 2},         {RecordKind::Initiative, 1}};
        for (const auto &[kind, count] : expected) {
            SectionPage *page = w->section(kind);
            QVERIFY(page);
            QCOMPARE(page->model()->totalCount(), count);
            QCOMPARE(page->model()->rowCount(), count);
        }
        // Organisations: more than a page; the view fetches more as it scrolls.
        SectionPage *organizations = w->section(RecordKind::Organization);
        QCOMPARE(organizations->model()->rowCount(), RecordListModel::pageSize);
        QVERIFY(organizations->model()->totalCount() > RecordListModel::pageSize);
        QVERIFY(organizations->model()->canFetchMore({}));
        organizations->model()->fetchMore({});
        QCOMPARE(organizations->model()->rowCount(), 2 * RecordListModel::pageSize);
        while (organizations->model()->canFetchMore({}))
            organizations->model()->fetchMore({});
        QCOMPARE(organizations->model()->rowCount(), int(organizations->model()->totalCount()));
    }

    void quickFilterInEitherScript()
    {
        auto w = window();
        SectionPage *page = w->section(RecordKind::Partnership);
        w->openRecord(RecordKind::Partnership, 1);
        page->filterEdit()->setText(QStringLiteral("крагујевац"));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->index(0, 0).data().toString(), QStringLiteral("Kragujevac – Suresnes"));
        page->filterEdit()->clear();
        QTRY_COMPARE(page->model()->rowCount(), 16);
    }

    void sortsAndFiltersThroughCore()
    {
        auto w = window();
        SectionPage *page = w->section(RecordKind::Partnership);
        page->view()->sortByColumn(0, Qt::DescendingOrder);
        QCOMPARE(page->model()->index(0, 0).data().toString(), QStringLiteral("Sremska Mitrovica – Nevers"));
        page->view()->sortByColumn(0, Qt::AscendingOrder);
        QCOMPARE(page->model()->index(0, 0).data().toString(), QStringLiteral("Kragujevac – Suresnes"));
        QList<QComboBox *> filters; // status, kind, year (the editor's combos are not filters)
        for (QComboBox *combo : page->findChildren<QComboBox *>()) {
            if (!page->editor()->isAncestorOf(combo))
                filters.append(combo);
        }
        auto *kind = filters.at(1);
        kind->setCurrentIndex(kind->findData(QStringLiteral("twinning")));
        QCOMPARE(page->model()->totalCount(), 2);
    }

    void cyrillicGlobalSearchOpensALatinRecord()
    {
        auto w = window();
        auto db = w->database();
        GlobalSearchDialog dialog(db, w.get());
        RecordKind chosenKind = RecordKind::Task;
        qint64 chosenId = 0;
        connect(&dialog, &GlobalSearchDialog::recordChosen, this, [&](RecordKind kind, qint64 id) {
            chosenKind = kind;
            chosenId = id;
        });
        dialog.show();
        dialog.setQuery(QStringLiteral("ЧАЧАК"));
        QTreeWidget *results = dialog.results();
        QVERIFY(results->topLevelItemCount() >= 2); // the group heading and the hit
        QVERIFY(results->currentItem()->text(0).contains(QStringLiteral("Čačak")));
        QTest::keyClick(dialog.findChild<QLineEdit *>(), Qt::Key_Return);
        QCOMPARE(chosenKind, RecordKind::Organization);
        QVERIFY(w->openRecord(chosenKind, chosenId));
        SectionPage *page = w->section(RecordKind::Organization);
        QVERIFY(page->isVisible());
        const int row = page->view()->currentIndex().row();
        QCOMPARE(page->model()->idAt(row), chosenId);
        auto *editor = qobject_cast<OrganizationEditor *>(page->editor());
        QCOMPARE(editor->recordId(), chosenId);
    }

    void dashboardItemsOpenTheirRecords()
    {
        auto w = window();
        QListWidget *care = w->dashboard()->list(QStringLiteral("care"));
        QVERIFY(care);
        QListWidgetItem *kragujevac = nullptr;
        for (int i = 0; i < care->count(); ++i) {
            if (care->item(i)->text().contains(QStringLiteral("Kragujevac – Suresnes")))
                kragujevac = care->item(i);
        }
        QVERIFY(kragujevac); // last activity in 2020: it needs care
        QCOMPARE(w->dashboard()->list(QStringLiteral("tasks"))->count(), 1); // one overdue task
        emit care->itemActivated(kragujevac);
        SectionPage *page = w->section(RecordKind::Partnership);
        QTRY_VERIFY(page->isVisible());
        QCOMPARE(page->model()->index(page->view()->currentIndex().row(), 0).data().toString(),
                 QStringLiteral("Kragujevac – Suresnes"));
    }

    // The charts: round axis steps, whole percentages, every bar's name with room.
    void dashboardChartsAreReadable()
    {
        auto w = window();
        const QList<QChartView *> views = w->dashboard()->findChildren<QChartView *>();
        QCOMPARE(views.size(), 3);
        int charts = 0;
        for (QChartView *view : views) {
            const auto values = view->chart()->axes(Qt::Horizontal) + view->chart()->axes(Qt::Vertical);
            for (QAbstractAxis *axis : values) {
                auto *valueAxis = qobject_cast<QValueAxis *>(axis);
                if (!valueAxis)
                    continue;
                ++charts;
                const double step = valueAxis->tickInterval();
                const double power = std::pow(10.0, std::floor(std::log10(step)));
                const double factor = step / power;
                QVERIFY2(qFuzzyCompare(factor, 1.0) || qFuzzyCompare(factor, 2.0) || qFuzzyCompare(factor, 5.0),
                         qPrintable(QString::number(step)));
            }
            if (!view->chart()->title().startsWith(QStringLiteral("Action plan progress")))
                continue;
            const auto series = view->chart()->series();
            QCOMPARE(series.size(), 1);
            QBarSet *set = qobject_cast<QAbstractBarSeries *>(series.constFirst())->barSets().constFirst();
            QVERIFY(set->count() > 0);
            for (int i = 0; i < set->count(); ++i)
                QCOMPARE(set->at(i), std::round(set->at(i)));
            QVERIFY(view->minimumHeight() >= 24 * set->count());
        }
        QCOMPARE(charts, 3);
    }

    // Qt Charts draws axis labels as rich text: a theme's name shows as typed,
    // cut to a label's length, and loads nothing.
    void dashboardChartLabelsAreLiteral()
    {
        auto w = window();
        auto themeAxis = [&w]() -> QBarCategoryAxis * {
            for (QChartView *view : w->dashboard()->findChildren<QChartView *>()) {
                if (view->chart()->title().startsWith(QStringLiteral("Action plan progress")))
                    return qobject_cast<QBarCategoryAxis *>(view->chart()->axes(Qt::Vertical).value(0));
            }
            return nullptr;
        };
        QBarCategoryAxis *themes = themeAxis();
        QVERIFY(themes);
        QVERIFY(themes->count() > 0);
        ThemeStore store(*w->database());
        auto all = store.list(Language::English);
        QVERIFY(all);
        Theme theme;
        for (const Theme &t : all.value()) {
            if (t.name(Language::English) == themes->at(0))
                theme = t;
        }
        QVERIFY(theme.id > 0);
        const Theme original = theme;
        const QString hostile = QStringLiteral("<b>X</b><img src=\"file:///etc/hostname\">") + QString(300, QLatin1Char('y'));
        theme.nameEn = theme.nameSrLatn = theme.nameSrCyrl = hostile;
        QVERIFY(store.save(theme));
        w->dashboard()->refresh();
        themes = themeAxis();
        QVERIFY(themes);
        const QString expected = (hostile.left(60) + QChar(0x2026)).toHtmlEscaped();
        QVERIFY2(themes->categories().contains(expected), qPrintable(themes->categories().join(QLatin1Char('|'))));
        for (const QString &label : themes->categories())
            QVERIFY(!label.contains(QLatin1Char('<')));
        Theme restored = original;
        QVERIFY(store.save(restored));
    }

    void reportsDialogPreviewsEveryReport()
    {
        auto w = window();
        ReportsDialog dialog(w->database(), w.get());
        dialog.show();
        for (int kind = 0; kind < dialog.kindBox()->count(); ++kind) {
            dialog.kindBox()->setCurrentIndex(kind);
            const QString key = dialog.kindBox()->currentData().toString();
            if (key == QLatin1String("year"))
                dialog.findChild<QSpinBox *>()->setValue(2020);
            if (dialog.recordBox()->isEnabled())
                QVERIFY2(dialog.recordBox()->count() > 0, qPrintable(key));
            dialog.languageBox()->setCurrentIndex(1); // Cyrillic
            QSignalSpy finished(&dialog, &ReportsDialog::previewFinished);
            dialog.preview();
            QVERIFY(dialog.isBuilding()); // off the UI thread
            QVERIFY(finished.wait(60000));
            QVERIFY2(finished.first().first().toBool(), qPrintable(key));
            QVERIFY(dialog.previewPages() > 0);
            QFile pdf(dialog.previewFile());
            QVERIFY(pdf.open(QIODevice::ReadOnly));
            QVERIFY(pdf.read(5) == "%PDF-");
        }
        if (qEnvironmentVariableIsSet("SARADNJA_SCREENSHOTS")) {
            QTest::qWait(1500); // QPdfView renders its pages in the background
            dialog.grab().save(qEnvironmentVariable("SARADNJA_SCREENSHOTS") + QStringLiteral("/reports-dialog.png"));
        }
    }

    // Print renders the previewed pages onto the printer (here a PDF printer).
    void printsThePreviewedReport()
    {
        auto w = window();
        ReportsDialog dialog(w->database(), w.get());
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(QStringLiteral("agreements")));
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
        QVERIFY(!dialog.printTo(&printer)); // nothing previewed yet
        QSignalSpy finished(&dialog, &ReportsDialog::previewFinished);
        dialog.preview();
        QVERIFY(finished.wait(60000));
        QVERIFY(dialog.printTo(&printer));
        QPdfDocument printed;
        QCOMPARE(printed.load(printer.outputFileName()), QPdfDocument::Error::None);
        QCOMPARE(printed.pageCount(), dialog.previewPages());
    }

    // Back Up Now copies the register off the UI thread and says where.
    void backsUpOffTheUiThread()
    {
        auto w = window();
        QSignalSpy finished(w.get(), &MainWindow::backupFinished);
        w->backupNow();
        QVERIFY(finished.wait(60000));
        const QString backup = finished.first().first().toString();
        QVERIFY(QFileInfo::exists(backup));
        QVERIFY(Database::verifyFile(backup));
    }

    void editorShowsMessagesByTheFieldAndSavesNothing()
    {
        auto w = window();
        SectionPage *page = w->section(RecordKind::Organization);
        w->openRecord(RecordKind::Organization, 1);
        page->newRecord();
        auto *editor = page->editor();
        auto *email = field<QLineEdit>(editor, QStringLiteral("E-mail"));
        QTest::keyClicks(email, QStringLiteral("not an address"));
        QVERIFY(editor->isDirty());
        const qint64 before = Sql::scalar(w->database()->connection(), QStringLiteral("SELECT count(*) FROM organizations")).value().toLongLong();
        const Status saved = editor->save();
        QVERIFY(!saved);
        const QStringList visibleMessages = [&] {
            QStringList texts;
            for (QLabel *label : editor->findChildren<QLabel *>()) {
                if (label->isVisible() && label->metaObject()->className() == QByteArray("FieldMessage"))
                    texts << label->text();
            }
            return texts;
        }();
        QVERIFY2(visibleMessages.contains(QStringLiteral("The name is required.")), qPrintable(visibleMessages.join(QLatin1Char('|'))));
        QVERIFY(std::any_of(visibleMessages.cbegin(), visibleMessages.cend(),
                            [](const QString &m) { return m.contains(QStringLiteral("not a valid e-mail")); }));
        QCOMPARE(Sql::scalar(w->database()->connection(), QStringLiteral("SELECT count(*) FROM organizations")).value().toLongLong(), before);

        auto *name = field<QLineEdit>(editor, QStringLiteral("Name"));
        QTest::keyClicks(name, QStringLiteral("Ville de Lyon"));
        email->clear();
        QTest::keyClicks(email, QStringLiteral("international@lyon.fr"));
        auto *country = field<QComboBox>(editor, QStringLiteral("Country"));
        country->setCurrentIndex(country->findData(QStringLiteral("FR")));
        QVERIFY(editor->save());
        QVERIFY(!editor->isDirty());
        QCOMPARE(Sql::scalar(w->database()->connection(), QStringLiteral("SELECT count(*) FROM organizations")).value().toLongLong(), before + 1);
        QCOMPARE(page->model()->idAt(page->view()->currentIndex().row()), editor->recordId());
    }
};

QTEST_MAIN(TestSections)
#include "tst_sections.moc"
