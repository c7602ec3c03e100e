// SPDX-License-Identifier: GPL-3.0-or-later
#include "apptranslator.h"
#include "database.h"
#include "datefield.h"
#include "initiativeeditor.h"
#include "initiativepipeline.h"
#include "initiativestore.h"
#include "mainwindow.h"
#include "organizationstore.h"
#include "partnershipstore.h"
#include "recordpicker.h"
#include "referencedata.h"
#include "sampledata.h"
#include "sectionpage.h"
#include "sections.h"
#include "sqlsupport.h"
#include "taskeditor.h"
#include "taskstore.h"
#include "guisupport.h"
#include "testsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace TestSupport;
using namespace GuiSupport;

class TestInitiativeEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_template;
    int m_copies = 0;



    // A window on a fresh copy of the example register (reference and sample data).
    std::unique_ptr<MainWindow> window(AccessMode access = AccessMode::ReadWrite)
    {
        const QString path = m_dir.filePath(QStringLiteral("copy%1.db").arg(++m_copies));
        if (!QFile::copy(m_template, path))
            qFatal("cannot copy the template register");
        auto w = std::make_unique<MainWindow>();
        OpenOptions options;
        options.access = access;
        options.autoBackup = false;
        auto db = Database::open(path, options);
        if (!db)
            qFatal("%s", qPrintable(db.error().toLogString()));
        w->setDatabase(db.take());
        w->resize(1400, 900);
        w->show();
        w->activateWindow();
        if (!QTest::qWaitForWindowActive(w.get()))
            qWarning("the window did not become active");
        return w;
    }

    static SectionPage *showSection(MainWindow *w, RecordKind kind)
    {
        w->showSection(1 + int(Sections::order().indexOf(kind))); // after the dashboard
        SectionPage *page = w->section(kind);
        if (!page->isVisible())
            qFatal("the section is not shown");
        return page;
    }

    static qint64 scalar(MainWindow *w, const QString &sql, const QVariantList &values = {})
    {
        return Sql::scalar(w->database()->connection(), sql, values).value().toLongLong();
    }

    static qint64 count(MainWindow *w, const QString &table)
    {
        return scalar(w, QStringLiteral("SELECT count(*) FROM ") + table);
    }

    static qint64 organization(MainWindow *w, const QString &name)
    {
        return scalar(w, QStringLiteral("SELECT id FROM organizations WHERE name = ?"), {name});
    }

    static qint64 themeId(MainWindow *w, const QString &key)
    {
        return scalar(w, QStringLiteral("SELECT id FROM themes WHERE key = ?"), {key});
    }

    static qint64 foreignOrganization(MainWindow *w, const QString &name, const QString &country)
    {
        Organization o;
        o.kind = QStringLiteral("local_authority");
        o.name = name;
        o.country = country;
        return OrganizationStore(*w->database()).save(o).value();
    }

    static void checkTheme(QListWidget *themes, qint64 id)
    {
        for (int row = 0; row < themes->count(); ++row) {
            if (themes->item(row)->data(Qt::UserRole).toLongLong() == id) {
                themes->item(row)->setCheckState(Qt::Checked);
                return;
            }
        }
        qFatal("no theme %lld", id);
    }


    static void pick(RecordPicker *picker, const QString &text)
    {
        picker->setFocus();
        picker->clear();
        keyClicks(picker, text);
        QVERIFY(picker->suggestions()->rowCount() >= 1);
        picker->pickRow(0);
    }

    // Answers the next message box with the button (polling, as it is modal).
    static void answerMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
    {
        auto *timer = new QTimer(qApp);
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, button, text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            if (text)
                *text = box->text();
            box->button(button)->click();
            timer->stop();
            timer->deleteLater();
        });
        timer->start();
    }

    // A saved initiative of Kragujevac seeking France and culture (store, not widgets).
    static Initiative savedInitiative(MainWindow *w, const QString &stage = QStringLiteral("received"))
    {
        Initiative i;
        i.title = QStringLiteral("Kragujevac seeks a French partner");
        i.requesterId = organization(w, QStringLiteral("Kragujevac"));
        i.openedOn = QDate(2026, 1, 12);
        i.soughtCountries = {QStringLiteral("FR")};
        i.soughtThemeIds = {themeId(w, QStringLiteral("culture"))};
        i.stage = stage;
        if (!InitiativeStore(*w->database()).save(i))
            qFatal("cannot save the initiative");
        return i;
    }

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        m_template = m_dir.filePath(QStringLiteral("template.db"));
        auto db = Database::create(m_template, [](Database &created) {
            Status loaded = ReferenceData::load(created);
            return loaded ? SampleData::load(created) : loaded;
        });
        QVERIFY(db);
    }

    void createsAnInitiativeThroughTheWidgets()
    {
        auto w = window();
        SectionPage *page = showSection(w.get(), RecordKind::Initiative);
        page->newRecord();
        auto *editor = qobject_cast<InitiativeEditor *>(page->editor());
        QVERIFY(editor);
        const qint64 before = count(w.get(), QStringLiteral("initiatives"));
        QSignalSpy saved(editor, &RecordEditor::saved);

        keyClicks(field<QLineEdit>(editor, QStringLiteral("Title")),
                  QStringLiteral("Čačak traži partnera u Francuskoj"));
        pick(field<RecordPicker>(editor, QStringLiteral("Requested by")), QStringLiteral("ЧАЧАК"));
        auto *staff = field<QLineEdit>(editor, QStringLiteral("Staff in charge"));
        staff->clear();
        keyClicks(staff, QStringLiteral("Đorđe Petrović"));
        // Countries by name in any language or by code; Enter adds each.
        auto *country = field<QLineEdit>(editor, QStringLiteral("Country to add"));
        keyClicks(country, QStringLiteral("Francuska"));
        QTest::keyClick(country, Qt::Key_Return);
        keyClicks(country, QStringLiteral("Germany"));
        QTest::keyClick(country, Qt::Key_Return);
        keyClicks(country, QStringLiteral("Atlantis"));
        QTest::keyClick(country, Qt::Key_Return);
        QVERIFY(visibleMessages(editor, QStringLiteral("sought_countries"))
                    .join(QString())
                    .contains(QStringLiteral("Atlantis")));
        auto *countries = field<QListWidget>(editor, QStringLiteral("Countries sought"));
        QCOMPARE(countries->count(), 2);
        QCOMPARE(countries->item(0)->text(), QStringLiteral("France")); // the language of the interface
        // Removing one: select it, Delete.
        countries->setCurrentRow(1);
        QTest::keyClick(countries, Qt::Key_Delete);
        QCOMPARE(countries->count(), 1);
        checkTheme(field<QListWidget>(editor, QStringLiteral("Themes sought")),
                   themeId(w.get(), QStringLiteral("youth")));
        auto *kind = field<QComboBox>(editor, QStringLiteral("Kind sought"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("twinning")));
        keyClicks(field<QLineEdit>(editor, QStringLiteral("Size sought")), QStringLiteral("about 100,000 inhabitants"));

        // The suggestions follow the form before it is saved: Suresnes has a partnership on youth.
        auto *suggestions = field<QListWidget>(editor, QStringLiteral("Suggested partners"));
        QVERIFY(suggestions->count() >= 1);
        QVERIFY(suggestions->item(0)->text().startsWith(QStringLiteral("Ville de Suresnes")));

        QVERIFY(editor->isDirty());
        const Status ok = editor->save();
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message()));
        QCOMPARE(saved.count(), 1);
        QVERIFY(!editor->isDirty());
        QCOMPARE(count(w.get(), QStringLiteral("initiatives")), before + 1);

        const Initiative stored = InitiativeStore(*w->database()).get(editor->recordId()).value();
        QCOMPARE(stored.title, QStringLiteral("Čačak traži partnera u Francuskoj"));
        QCOMPARE(stored.requesterId, organization(w.get(), QStringLiteral("Čačak")));
        QCOMPARE(stored.staffInCharge, QStringLiteral("Đorđe Petrović"));
        QCOMPARE(stored.soughtCountries, QStringList{QStringLiteral("FR")});
        QCOMPARE(stored.soughtThemeIds, QList<qint64>{themeId(w.get(), QStringLiteral("youth"))});
        QCOMPARE(stored.soughtKind, QStringLiteral("twinning"));
        QCOMPARE(stored.soughtSize, QStringLiteral("about 100,000 inhabitants"));
        QCOMPARE(stored.stage, QStringLiteral("received"));
        QCOMPARE(stored.openedOn, QDate::currentDate());
        // The list shows it.
        QVERIFY(page->model()->rowOf(stored.id) >= 0);
    }

    void invalidInputShowsMessagesByTheFieldsAndSavesNothing()
    {
        auto w = window();
        SectionPage *page = showSection(w.get(), RecordKind::Initiative);
        page->newRecord();
        auto *editor = page->editor();
        const qint64 before = count(w.get(), QStringLiteral("initiatives"));
        const qint64 audits = count(w.get(), QStringLiteral("audit_log"));

        // No title, a requester that names nothing, an opening date that is not one.
        keyClicks(field<QLineEdit>(editor, QStringLiteral("Requested by")), QStringLiteral("Nowhere Town"));
        auto *opened = field<DateField>(editor, QStringLiteral("Opened on"));
        opened->clear();
        keyClicks(opened, QStringLiteral("31.2.2026"));
        QVERIFY(!editor->save());
        QCOMPARE(visibleMessages(editor, QStringLiteral("title")).size(), 1);
        const QStringList requester = visibleMessages(editor, QStringLiteral("requester_id"));
        QCOMPARE(requester.size(), 1);
        QVERIFY(requester.at(0).contains(QStringLiteral("Nowhere Town")));
        QVERIFY(
            visibleMessages(editor, QStringLiteral("closed_on")).join(QString()).contains(QStringLiteral("31.2.2026")));
        QVERIFY(visibleMessages(editor, QStringLiteral("sought_countries")).isEmpty());
        // The message sits right under its field.
        auto *picker = field<RecordPicker>(editor, QStringLiteral("Requested by"));
        QLabel *message = editor->findChild<QLabel *>(QStringLiteral("requester_id_message"));
        QCOMPARE(message->parentWidget(), picker->parentWidget());
        QVERIFY(message->mapTo(editor, QPoint()).y() > picker->mapTo(editor, QPoint()).y());

        // Closed before it opened: by the dates.
        keyClicks(field<QLineEdit>(editor, QStringLiteral("Title")), QStringLiteral("Backwards"));
        pick(picker, QStringLiteral("kragujevac"));
        opened->clear();
        keyClicks(opened, QStringLiteral("1.3.2026"));
        auto *stage = field<QComboBox>(editor, QStringLiteral("Stage"));
        stage->setCurrentIndex(stage->findData(QStringLiteral("closed_without_result")));
        keyClicks(field<DateField>(editor, QStringLiteral("Closed on")), QStringLiteral("1.2.2026"));
        QVERIFY(!editor->save());
        QVERIFY(visibleMessages(editor, QStringLiteral("title")).isEmpty());
        QVERIFY(visibleMessages(editor, QStringLiteral("requester_id")).isEmpty());
        QCOMPARE(visibleMessages(editor, QStringLiteral("closed_on")).size(), 1);
        QVERIFY(editor->isDirty());

        QCOMPARE(count(w.get(), QStringLiteral("initiatives")), before);
        QCOMPARE(count(w.get(), QStringLiteral("audit_log")), audits);
    }

    void moveToNextStageWritesTheHistory()
    {
        auto w = window();
        const Initiative initiative = savedInitiative(w.get());
        QVERIFY(w->openRecord(RecordKind::Initiative, initiative.id));
        auto *editor = qobject_cast<InitiativeEditor *>(w->section(RecordKind::Initiative)->editor());
        QCOMPARE(editor->recordId(), initiative.id);
        QSignalSpy saved(editor, &RecordEditor::saved);
        auto *next = field<QPushButton>(editor, QStringLiteral("Move to next stage"));
        QVERIFY(next->isEnabled());
        QVERIFY(next->toolTip().contains(QStringLiteral("Searching")));
        auto *days = field<QLabel>(editor, QStringLiteral("Days in stage"));
        QVERIFY2(days->text().contains(QString::number(QDate(2026, 1, 12).daysTo(QDate::currentDate()))),
                 qPrintable(days->text()));

        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(0).toLongLong(), initiative.id);
        QVERIFY(!editor->isDirty());
        Initiative stored = InitiativeStore(*w->database()).get(initiative.id).value();
        QCOMPARE(stored.stage, QStringLiteral("searching"));
        QCOMPARE(stored.stageHistory.size(), 1);
        QCOMPARE(stored.stageHistory.at(0).stage, QStringLiteral("searching"));
        QCOMPARE(stored.stageHistory.at(0).changedOn, QDate::currentDate());
        auto *history = field<QTableWidget>(editor, QStringLiteral("Stage history"));
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->item(0, 1)->text(), QStringLiteral("Searching"));
        QCOMPARE(history->item(0, 0)->text(), DateField::format(QDate::currentDate()));
        QVERIFY2(days->text().startsWith(QStringLiteral("0 day")), qPrintable(days->text()));
        QCOMPARE(field<QComboBox>(editor, QStringLiteral("Stage"))->currentData().toString(),
                 QStringLiteral("searching"));

        // With other changes pending, they are saved together with the new stage.
        keyClicks(field<QLineEdit>(editor, QStringLiteral("Size sought")), QStringLiteral("small town"));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(saved.count(), 2);
        stored = InitiativeStore(*w->database()).get(initiative.id).value();
        QCOMPARE(stored.stage, QStringLiteral("partners_proposed"));
        QCOMPARE(stored.soughtSize, QStringLiteral("small town"));
        QCOMPARE(stored.stageHistory.size(), 2);
        QCOMPARE(history->rowCount(), 2);
    }

    void suggestionsAppearAndAddingOneStoresACandidate()
    {
        auto w = window();
        const qint64 culture = themeId(w.get(), QStringLiteral("culture"));
        const qint64 amiens = foreignOrganization(w.get(), QStringLiteral("Amiens"), QStringLiteral("FR"));
        Partnership p;
        p.title = QStringLiteral("Novi Sad – Amiens");
        p.parties = {{organization(w.get(), QStringLiteral("Novi Sad")), {}}, {amiens, {}}};
        p.themeIds = {culture};
        QVERIFY(PartnershipStore(*w->database()).save(p));
        const Initiative initiative = savedInitiative(w.get());
        QVERIFY(w->openRecord(RecordKind::Initiative, initiative.id));
        auto *editor = qobject_cast<InitiativeEditor *>(w->section(RecordKind::Initiative)->editor());
        QSignalSpy saved(editor, &RecordEditor::saved);

        auto *suggestions = field<QListWidget>(editor, QStringLiteral("Suggested partners"));
        QList<qint64> suggested;
        for (int row = 0; row < suggestions->count(); ++row)
            suggested << suggestions->item(row)->data(Qt::UserRole).toLongLong();
        QCOMPARE(suggested, InitiativeStore(*w->database()).suggestCandidates(initiative.id).value());
        QVERIFY(suggested.contains(amiens));
        // Nevers (Sremska Mitrovica's partner, on culture) is suggested too; Suresnes is Kragujevac's partner already.
        QVERIFY(suggested.contains(organization(w.get(), QStringLiteral("Ville de Nevers"))));
        QVERIFY(!suggested.contains(organization(w.get(), QStringLiteral("Ville de Suresnes"))));

        auto *add = field<QPushButton>(editor, QStringLiteral("Add as candidate"));
        QVERIFY(!add->isEnabled());
        suggestions->setCurrentRow(int(suggested.indexOf(amiens)));
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);

        // A saved record without other changes: stored at once.
        QCOMPARE(saved.count(), 1);
        QVERIFY(!editor->isDirty());
        const Initiative stored = InitiativeStore(*w->database()).get(initiative.id).value();
        QCOMPARE(stored.candidates.size(), 1);
        QCOMPARE(stored.candidates.at(0).organizationId, amiens);
        auto *candidates = field<QTableWidget>(editor, QStringLiteral("Candidates"));
        QCOMPARE(candidates->rowCount(), 1);
        QCOMPARE(candidates->item(0, 0)->text(), QStringLiteral("Amiens"));
        QCOMPARE(candidates->item(0, 1)->text(), QStringLiteral("France"));
        for (int row = 0; row < suggestions->count(); ++row)
            QVERIFY(suggestions->item(row)->data(Qt::UserRole).toLongLong() != amiens);

        // With the form changed, a candidate goes into the form and waits for Save.
        keyClicks(field<QLineEdit>(editor, QStringLiteral("Title")), QStringLiteral(" (2)"));
        QVERIFY(suggestions->count() >= 1);
        const qint64 second = suggestions->item(0)->data(Qt::UserRole).toLongLong();
        const QPoint onFirst = suggestions->visualItemRect(suggestions->item(0)).center();
        QTest::mouseClick(suggestions->viewport(), Qt::LeftButton, {}, onFirst);
        QTest::mouseDClick(suggestions->viewport(), Qt::LeftButton, {}, onFirst);
        QCOMPARE(candidates->rowCount(), 2);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(InitiativeStore(*w->database()).get(initiative.id).value().candidates.size(), 1);
        QVERIFY(editor->save());
        QCOMPARE(InitiativeStore(*w->database()).get(initiative.id).value().candidates.at(1).organizationId, second);
    }

    void turningIntoAPartnershipCreatesItWithTheRightParties()
    {
        auto w = window();
        const qint64 amiens = foreignOrganization(w.get(), QStringLiteral("Amiens"), QStringLiteral("FR"));
        const qint64 brest = foreignOrganization(w.get(), QStringLiteral("Brest"), QStringLiteral("FR"));
        Initiative initiative = savedInitiative(w.get(), QStringLiteral("negotiating"));
        initiative.soughtKind = QStringLiteral("decentralized");
        initiative.candidates = {{amiens, {}}, {brest, {}}};
        QVERIFY(InitiativeStore(*w->database()).save(initiative));
        QVERIFY(w->openRecord(RecordKind::Initiative, initiative.id));
        SectionPage *page = w->section(RecordKind::Initiative);
        auto *editor = qobject_cast<InitiativeEditor *>(page->editor());
        QSignalSpy saved(editor, &RecordEditor::saved);

        auto *turn = field<QPushButton>(editor, QStringLiteral("Turn into partnership"));
        QVERIFY(turn->isVisible());
        QVERIFY(!turn->isEnabled()); // negotiating: not yet
        QTest::mouseClick(field<QPushButton>(editor, QStringLiteral("Move to next stage")), Qt::LeftButton);
        QCOMPARE(InitiativeStore(*w->database()).get(initiative.id).value().stage, QStringLiteral("agreement_signed"));
        QVERIFY(turn->isEnabled());
        QVERIFY(!field<QPushButton>(editor, QStringLiteral("Move to next stage"))->isEnabled());

        // Two candidates and none selected: the editor asks which.
        const qint64 partnershipsBefore = count(w.get(), QStringLiteral("partnerships"));
        QTest::mouseClick(turn, Qt::LeftButton);
        QVERIFY(visibleMessages(editor, QStringLiteral("candidates"))
                    .join(QString())
                    .contains(QStringLiteral("Select the partner")));
        QCOMPARE(count(w.get(), QStringLiteral("partnerships")), partnershipsBefore);

        auto *candidates = field<QTableWidget>(editor, QStringLiteral("Candidates"));
        candidates->selectRow(1); // Brest
        QString question;
        answerMessageBox(QMessageBox::Open, &question);
        const int savesBefore = int(saved.count());
        QTest::mouseClick(turn, Qt::LeftButton);
        QCOMPARE(saved.count(), savesBefore + 1);
        QCOMPARE(count(w.get(), QStringLiteral("partnerships")), partnershipsBefore + 1);
        QVERIFY(question.contains(QStringLiteral("Kragujevac – Brest")));

        const Initiative linked = InitiativeStore(*w->database()).get(initiative.id).value();
        QVERIFY(linked.partnershipId > 0);
        const Partnership p = PartnershipStore(*w->database()).get(linked.partnershipId).value();
        QCOMPARE(p.title, QStringLiteral("Kragujevac – Brest"));
        QCOMPARE(p.kind, QStringLiteral("decentralized"));
        QCOMPARE(p.status, QStringLiteral("active"));
        QCOMPARE(p.parties.size(), 2);
        QCOMPARE(p.parties.at(0).organizationId, organization(w.get(), QStringLiteral("Kragujevac")));
        QCOMPARE(p.parties.at(1).organizationId, brest);
        QCOMPARE(p.themeIds, initiative.soughtThemeIds);
        QCOMPARE(p.startedOn, QDate::currentDate());

        // "Open" showed the partnership in its section.
        SectionPage *partnerships = w->section(RecordKind::Partnership);
        QTRY_VERIFY(partnerships->isVisible());
        QCOMPARE(partnerships->editor()->recordId(), p.id);

        // Back on the initiative: linked, with a button to open it, no second turn.
        QVERIFY(w->openRecord(RecordKind::Initiative, initiative.id));
        QVERIFY(!turn->isVisible());
        auto *open = field<QPushButton>(editor, QStringLiteral("Open partnership"));
        QVERIFY(open->isVisible());
        QCOMPARE(field<QLabel>(editor, QStringLiteral("Resulting partnership"))->text(),
                 QStringLiteral("Kragujevac – Brest"));
        QTest::mouseClick(open, Qt::LeftButton);
        QTRY_VERIFY(partnerships->isVisible());
    }

    void pipelineShowsAnInitiativeUnderItsStage()
    {
        auto w = window();
        SectionPage *page = showSection(w.get(), RecordKind::Initiative);
        auto *pipeline = page->findChild<InitiativePipeline *>();
        QVERIFY(pipeline);
        QVERIFY(pipeline->isVisible());
        // The example initiative (Ivanjica) is searching.
        const qint64 ivanjica = scalar(w.get(), QStringLiteral("SELECT id FROM initiatives"));
        QCOMPARE(pipeline->idsIn(QStringLiteral("searching")), QList<qint64>{ivanjica});
        QVERIFY(pipeline->idsIn(QStringLiteral("received")).isEmpty());
        QListWidget *searching = pipeline->stageList(QStringLiteral("searching"));
        QVERIFY(searching->isVisible());
        const int days = InitiativeStore(*w->database()).daysInStage(ivanjica).value();
        QCOMPARE(searching->item(0)->data(InitiativePipeline::DaysRole).toInt(), days);
        QCOMPARE(searching->item(0)->data(InitiativePipeline::RequesterRole).toString(), QStringLiteral("Ivanjica"));
        QVERIFY(searching->item(0)->data(InitiativePipeline::StaleRole).toBool()); // waiting since 2020
        // An empty stage says so instead of showing a blank column.
        QListWidget *received = pipeline->stageList(QStringLiteral("received"));
        QCOMPARE(received->count(), 1);
        QCOMPARE(received->item(0)->text(), QStringLiteral("No initiative"));

        // A new initiative appears under "received" once saved.
        const Initiative added = savedInitiative(w.get());
        page->model()->refresh();
        QCOMPARE(pipeline->idsIn(QStringLiteral("received")), QList<qint64>{added.id});

        // Enter on a card opens it in the editor.
        page->newRecord();
        searching->setFocus();
        searching->setCurrentRow(0);
        QTest::keyClick(searching, Qt::Key_Return);
        QCOMPARE(page->editor()->recordId(), ivanjica);
        QCOMPARE(page->model()->idAt(page->view()->currentIndex().row()), ivanjica);

        // Moving it along moves the card.
        QTest::mouseClick(field<QPushButton>(page->editor(), QStringLiteral("Move to next stage")), Qt::LeftButton);
        QVERIFY(pipeline->idsIn(QStringLiteral("searching")).isEmpty());
        QCOMPARE(pipeline->idsIn(QStringLiteral("partners_proposed")), QList<qint64>{ivanjica});
        QCOMPARE(pipeline->stageList(QStringLiteral("partners_proposed"))
                     ->item(0)
                     ->data(InitiativePipeline::DaysRole)
                     .toInt(),
                 0);

        // The board follows the quick filter.
        page->filterEdit()->setText(QStringLiteral("ивањица"));
        QTRY_VERIFY(pipeline->idsIn(QStringLiteral("received")).isEmpty());
        QCOMPARE(pipeline->idsIn(QStringLiteral("partners_proposed")), QList<qint64>{ivanjica});
    }

    void createsATaskAndMarksItDone()
    {
        auto w = window();
        SectionPage *page = showSection(w.get(), RecordKind::Task);
        page->newRecord();
        auto *editor = qobject_cast<TaskEditor *>(page->editor());
        QVERIFY(editor);
        const qint64 before = count(w.get(), QStringLiteral("tasks"));
        QSignalSpy saved(editor, &RecordEditor::saved);

        keyClicks(field<QLineEdit>(editor, QStringLiteral("Title")), QStringLiteral("Poslati pismo Sireni"));
        keyClicks(field<DateField>(editor, QStringLiteral("Due date")), QStringLiteral("1.2.2020"));
        auto *assignee = field<QLineEdit>(editor, QStringLiteral("Assignee"));
        assignee->clear();
        keyClicks(assignee, QStringLiteral("Marija"));
        auto *kind = field<QComboBox>(editor, QStringLiteral("About"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("partnership")));

        // A kind without the record: refused by the record, nothing saved.
        QVERIFY(!editor->save());
        QCOMPARE(visibleMessages(editor, QStringLiteral("record_id")).size(), 1);
        QCOMPARE(count(w.get(), QStringLiteral("tasks")), before);

        pick(field<RecordPicker>(editor, QStringLiteral("Record the task is about")), QStringLiteral("сурес"));
        QVERIFY(editor->save());
        QCOMPARE(saved.count(), 1);
        QCOMPARE(count(w.get(), QStringLiteral("tasks")), before + 1);
        Task stored = TaskStore(*w->database()).get(editor->recordId()).value();
        QCOMPARE(stored.title, QStringLiteral("Poslati pismo Sireni"));
        QCOMPARE(stored.dueOn, QDate(2020, 2, 1));
        QCOMPARE(stored.assignee, QStringLiteral("Marija"));
        QCOMPARE(stored.recordKind, QStringLiteral("partnership"));
        QCOMPARE(stored.recordId,
                 scalar(w.get(), QStringLiteral("SELECT id FROM partnerships WHERE title = 'Kragujevac – Suresnes'")));
        QVERIFY(!stored.done);
        QVERIFY(field<QLabel>(editor, QStringLiteral("Overdue"))->isVisible());

        // The overdue filter lists it (with the example's overdue task).
        QComboBox *overdue = nullptr;
        for (QComboBox *combo : page->findChildren<QComboBox *>()) {
            if (combo->accessibleName() == QStringLiteral("Any due date"))
                overdue = combo;
        }
        QVERIFY(overdue);
        overdue->setCurrentIndex(1);
        QCOMPARE(page->model()->totalCount(), 2);
        QVERIFY(page->model()->rowOf(stored.id) >= 0);

        // Done: today, and no longer overdue.
        QTest::mouseClick(field<QCheckBox>(editor, QStringLiteral("Done")), Qt::LeftButton);
        QCOMPARE(field<DateField>(editor, QStringLiteral("Done on"))->date(), QDate::currentDate());
        QVERIFY(!field<QLabel>(editor, QStringLiteral("Overdue"))->isVisible());
        QVERIFY(editor->save());
        QCOMPARE(saved.count(), 2);
        stored = TaskStore(*w->database()).get(stored.id).value();
        QVERIFY(stored.done);
        QCOMPARE(stored.doneOn, QDate::currentDate());
        QVERIFY(!TaskStore(*w->database()).overdue().value().contains(stored.id));
        // No longer in the overdue list, it is shown in the whole list.
        QCOMPARE(overdue->currentIndex(), 0);
        QVERIFY(page->model()->rowOf(stored.id) >= 0);

        // The record it is about opens from the task.
        overdue->setCurrentIndex(0);
        QVERIFY(w->openRecord(RecordKind::Task, stored.id));
        QTest::mouseClick(field<QPushButton>(editor, QStringLiteral("Open the record")), Qt::LeftButton);
        SectionPage *partnerships = w->section(RecordKind::Partnership);
        QTRY_VERIFY(partnerships->isVisible());
        QCOMPARE(partnerships->editor()->recordId(), stored.recordId);
    }

    void aReadOnlyRegisterOffersNoWrites()
    {
        auto w = window(AccessMode::ReadOnly);
        QVERIFY(w->database()->isReadOnly());
        QVERIFY(w->openRecord(RecordKind::Initiative, 1));
        auto *editor = w->section(RecordKind::Initiative)->editor();
        QVERIFY(!field<QPushButton>(editor, QStringLiteral("Move to next stage"))->isEnabled());
        QVERIFY(!field<QPushButton>(editor, QStringLiteral("Turn into partnership"))->isEnabled());
        auto *suggestions = field<QListWidget>(editor, QStringLiteral("Suggested partners"));
        QVERIFY(suggestions->count() >= 1); // still shown, to read
        suggestions->setCurrentRow(0);
        QVERIFY(!field<QPushButton>(editor, QStringLiteral("Add as candidate"))->isEnabled());
        QVERIFY(field<QLineEdit>(editor, QStringLiteral("Title"))->isReadOnly());
        QVERIFY(!field<QComboBox>(editor, QStringLiteral("Stage"))->isEnabled());

        QVERIFY(w->openRecord(RecordKind::Task, 2));
        auto *tasks = w->section(RecordKind::Task)->editor();
        QVERIFY(!field<QCheckBox>(tasks, QStringLiteral("Done"))->isEnabled());
        QVERIFY(!field<QComboBox>(tasks, QStringLiteral("About"))->isEnabled());
        QVERIFY(field<QPushButton>(tasks, QStringLiteral("Open the record"))->isEnabled()); // reading is fine
    }

    // SARADNJA_SCREENSHOTS=dir saves pictures of the section, the editors and the board.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("SARADNJA_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("SARADNJA_SCREENSHOTS is not set");
        for (const Language language : {Language::English, Language::SerbianLatin}) {
            AppTranslator::install(language);
            const QString suffix = language == Language::English ? QString() : QStringLiteral("-sr");
            auto w = window();
            const qint64 amiens = foreignOrganization(w.get(), QStringLiteral("Amiens"), QStringLiteral("FR"));
            Initiative other = savedInitiative(w.get(), QStringLiteral("contact_made"));
            other.candidates = {{amiens, QStringLiteral("Mayor interested")}};
            QVERIFY(InitiativeStore(*w->database()).save(other));
            savedInitiative(w.get(), QStringLiteral("received"));
            w->section(RecordKind::Initiative)->model()->refresh();
            QVERIFY(w->openRecord(RecordKind::Initiative, 1));
            QTest::qWait(50);
            QVERIFY(w->grab().save(dir + QStringLiteral("/initiatives%1.png").arg(suffix)));
            auto *scroll = w->section(RecordKind::Initiative)->editor()->findChild<QScrollArea *>();
            QVERIFY(scroll->widget()->grab().save(dir + QStringLiteral("/initiative-form%1.png").arg(suffix)));
            QVERIFY(w->section(RecordKind::Initiative)
                        ->findChild<InitiativePipeline *>()
                        ->grab()
                        .save(dir + QStringLiteral("/pipeline%1.png").arg(suffix)));
            QVERIFY(w->openRecord(RecordKind::Task, 2));
            QTest::qWait(50);
            QVERIFY(w->grab().save(dir + QStringLiteral("/tasks%1.png").arg(suffix)));
        }
        AppTranslator::install(Language::English);
    }
};

QTEST_MAIN(TestInitiativeEditor)
#include "tst_initiativeeditor.moc"
