// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "datefield.h"
#include "mainwindow.h"
#include "organizationstore.h"
#include "partnershipeditor.h"
#include "partnershipstore.h"
#include "personstore.h"
#include "recordpicker.h"
#include "relatedrecordsview.h"
#include "taskstore.h"
#include "sections.h"
#include "sectionpage.h"
#include "sqlsupport.h"
#include "guisupport.h"
#include "testsupport.h"
#include "visiteditor.h"
#include "visitstore.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;
using namespace GuiSupport;

class TestEditors : public QObject
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

    qint64 count(MainWindow *w, const QString &table)
    {
        return Sql::scalar(w->database()->connection(), QStringLiteral("SELECT count(*) FROM ") + table).value().toLongLong();
    }

    static QWidget *focused()
    {
        QWidget *widget = QApplication::focusWidget();
        if (!widget)
            qFatal("nothing has the focus");
        return widget;
    }
    static void type(const QString &text) { keyClicks(focused(), text); }
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(focused(), key, modifiers);
    }

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        m_path = createRegister(m_dir.path());
    }

    void pickerFindsOrganisationsInEitherScript()
    {
        auto w = window();
        SectionPage *page = showSection(w.get(), RecordKind::Partnership);
        page->newRecord();
        auto *picker = field<RecordPicker>(page->editor(), QStringLiteral("Organisation to add"));
        picker->setFocus();
        keyClicks(picker, QStringLiteral("чачак"));
        QVERIFY(picker->suggestions()->rowCount() >= 1);
        QCOMPARE(picker->suggestions()->item(0)->text(), QStringLiteral("Čačak"));
        picker->clear();
        keyClicks(picker, QStringLiteral("cacak"));
        QCOMPARE(picker->suggestions()->item(0)->text(), QStringLiteral("Čačak"));
    }

    void createsAPartnershipWithTwoParties()
    {
        auto w = window();
        SectionPage *page = showSection(w.get(), RecordKind::Partnership);
        page->newRecord();
        auto *editor = qobject_cast<PartnershipEditor *>(page->editor());
        QVERIFY(editor);
        const qint64 before = count(w.get(), QStringLiteral("partnerships"));

        keyClicks(field<QLineEdit>(editor, QStringLiteral("Title")), QStringLiteral("Čačak – Kragujevac"));
        keyClicks(field<DateField>(editor, QStringLiteral("Started")), QStringLiteral("1.3.2024"));
        auto *picker = field<RecordPicker>(editor, QStringLiteral("Organisation to add"));
        auto *role = field<QLineEdit>(editor, QStringLiteral("Role of the party"));
        picker->setFocus();
        keyClicks(picker, QStringLiteral("ЧАЧАК"));
        picker->pickRow(0);
        keyClicks(role, QStringLiteral("lead"));
        QTest::keyClick(role, Qt::Key_Return);
        auto *parties = field<QTableWidget>(editor, QStringLiteral("Parties"));
        QCOMPARE(parties->rowCount(), 1);

        // One party is refused, by the parties.
        QVERIFY(!editor->save());
        QVERIFY(visibleMessages(editor, QStringLiteral("parties")).join(QString()).contains(QStringLiteral("at least two different parties")));
        QCOMPARE(count(w.get(), QStringLiteral("partnerships")), before);

        picker->setFocus();
        keyClicks(picker, QStringLiteral("kragujevac"));
        picker->pickRow(0);
        QTest::keyClick(role, Qt::Key_Return);
        QCOMPARE(parties->rowCount(), 2);

        auto *themes = field<QListWidget>(editor, QStringLiteral("Themes"));
        QVERIFY(themes->count() >= 30);
        themes->item(0)->setCheckState(Qt::Checked);

        // A committee member who is not in the contacts: just a name and a role.
        auto *member = field<RecordPicker>(editor, QStringLiteral("Committee member to add"));
        auto *memberRole = field<QLineEdit>(editor, QStringLiteral("Role in the committee"));
        member->setFocus();
        keyClicks(member, QStringLiteral("Jovana Ilić"));
        keyClicks(memberRole, QStringLiteral("chair"));
        QTest::keyClick(memberRole, Qt::Key_Return);
        QCOMPARE(field<QTableWidget>(editor, QStringLiteral("Twinning committee"))->rowCount(), 1);

        // The one-line timeline add on an unsaved record goes into the form.
        auto *entryDate = field<DateField>(editor, QStringLiteral("Activity date"));
        auto *entryText = field<QLineEdit>(editor, QStringLiteral("Activity"));
        keyClicks(entryDate, QStringLiteral("15.4.2024"));
        keyClicks(entryText, QStringLiteral("First exchange of pupils"));
        QTest::keyClick(entryText, Qt::Key_Return);
        QCOMPARE(field<QTableWidget>(editor, QStringLiteral("Timeline"))->rowCount(), 1);

        QVERIFY(editor->isDirty());
        const Status saved = editor->save();
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message()));
        QVERIFY(!editor->isDirty());
        QCOMPARE(count(w.get(), QStringLiteral("partnerships")), before + 1);

        auto stored = PartnershipStore(*w->database()).get(editor->recordId());
        QVERIFY(stored);
        const Partnership &p = stored.value();
        QCOMPARE(p.title, QStringLiteral("Čačak – Kragujevac"));
        QCOMPARE(p.startedOn, QDate(2024, 3, 1));
        QCOMPARE(p.parties.size(), 2);
        OrganizationStore organizations(*w->database());
        QCOMPARE(organizations.get(p.parties.at(0).organizationId).value().name, QStringLiteral("Čačak"));
        QCOMPARE(p.parties.at(0).role, QStringLiteral("lead"));
        QCOMPARE(organizations.get(p.parties.at(1).organizationId).value().name, QStringLiteral("Kragujevac"));
        QCOMPARE(p.themeIds.size(), 1);
        QCOMPARE(p.committee.size(), 1);
        QCOMPARE(p.committee.at(0).name, QStringLiteral("Jovana Ilić"));
        QCOMPARE(p.committee.at(0).role, QStringLiteral("chair"));
        QCOMPARE(p.committee.at(0).personId, 0);
        QCOMPARE(p.timeline.size(), 1);
        QCOMPARE(p.timeline.at(0).occurredOn, QDate(2024, 4, 15));
        QCOMPARE(field<QTableWidget>(editor, QStringLiteral("Status history"))->rowCount(), 1);

        // A saved, unchanged record: Enter saves the entry at once and the badge follows.
        keyClicks(entryDate, QStringLiteral("2.2.2025."));
        keyClicks(entryText, QStringLiteral("Mayors met in Čačak"));
        QTest::keyClick(entryText, Qt::Key_Return);
        QCOMPARE(PartnershipStore(*w->database()).get(p.id).value().timeline.size(), 2);
        QVERIFY(!editor->isDirty());
        QVERIFY(field<QLabel>(editor, QStringLiteral("Last activity"))->text().contains(QStringLiteral("2.2.2025.")));
    }

    void endedBeforeStartedIsRefusedByTheEndDate()
    {
        auto w = window();
        SectionPage *page = showSection(w.get(), RecordKind::Partnership);
        page->newRecord();
        auto *editor = page->editor();
        keyClicks(field<QLineEdit>(editor, QStringLiteral("Title")), QStringLiteral("Backwards"));
        keyClicks(field<DateField>(editor, QStringLiteral("Started")), QStringLiteral("1.3.2024"));
        keyClicks(field<DateField>(editor, QStringLiteral("Ended")), QStringLiteral("1.3.2020"));
        QVERIFY(!editor->save());
        QVERIFY(!visibleMessages(editor, QStringLiteral("ended_on")).isEmpty());
        QVERIFY(!visibleMessages(editor, QStringLiteral("parties")).isEmpty());
        QVERIFY(visibleMessages(editor, QStringLiteral("title")).isEmpty());
    }

    void logsAVisitWithTheKeyboardAlone()
    {
        auto w = window();
        SectionPage *page = showSection(w.get(), RecordKind::Visit);
        page->newRecord();
        auto *editor = qobject_cast<VisitEditor *>(page->editor());
        QVERIFY(editor);
        const qint64 visitsBefore = count(w.get(), QStringLiteral("visits"));
        const qint64 peopleBefore = count(w.get(), QStringLiteral("people"));

        field<QLineEdit>(editor, QStringLiteral("Title"))->setFocus();
        QCOMPARE(focused()->accessibleName(), QStringLiteral("Title"));
        type(QStringLiteral("Delegation of Čačak in Kragujevac"));
        press(Qt::Key_Tab); // direction
        press(Qt::Key_Tab); // kind
        press(Qt::Key_Tab);
        QCOMPARE(focused()->accessibleName(), QStringLiteral("Start date"));
        type(QStringLiteral("12.5.2026"));
        press(Qt::Key_Tab);
        type(QStringLiteral("13.5.2026"));
        press(Qt::Key_Tab);
        QCOMPARE(focused()->accessibleName(), QStringLiteral("City"));
        type(QStringLiteral("Kragujevac"));
        press(Qt::Key_Tab); // country
        press(Qt::Key_Tab);
        QCOMPARE(focused()->accessibleName(), QStringLiteral("Host to add"));
        type(QStringLiteral("крагујевац"));
        press(Qt::Key_Return);
        QCOMPARE(field<QListWidget>(editor, QStringLiteral("Hosts"))->count(), 1);
        press(Qt::Key_Tab); // the hosts list
        press(Qt::Key_Tab);
        QCOMPARE(focused()->accessibleName(), QStringLiteral("Guest to add"));
        type(QStringLiteral("cacak"));
        press(Qt::Key_Return);
        QCOMPARE(field<QListWidget>(editor, QStringLiteral("Guests"))->count(), 1);
        QCOMPARE(field<QListWidget>(editor, QStringLiteral("Guests"))->item(0)->text(), QStringLiteral("Čačak"));
        press(Qt::Key_Tab); // the guests list
        press(Qt::Key_Tab);
        QCOMPARE(focused()->accessibleName(), QStringLiteral("Participant to add"));
        type(QStringLiteral("Milica Jovanović"));
        press(Qt::Key_Tab);
        type(QStringLiteral("mayor"));
        press(Qt::Key_Return);
        QCOMPARE(focused()->accessibleName(), QStringLiteral("Participant to add"));
        type(QStringLiteral("Petar Petrović"));
        press(Qt::Key_Tab);
        type(QStringLiteral("interpreter"));
        press(Qt::Key_Return);
        QCOMPARE(field<QTableWidget>(editor, QStringLiteral("Participants"))->rowCount(), 2);
        press(Qt::Key_S, Qt::ControlModifier); // the main window's Save Record

        QTRY_COMPARE(count(w.get(), QStringLiteral("visits")), visitsBefore + 1);
        QVERIFY(!editor->isDirty());
        QCOMPARE(count(w.get(), QStringLiteral("people")), peopleBefore + 2);
        auto stored = VisitStore(*w->database()).get(editor->recordId());
        QVERIFY(stored);
        const Visit &v = stored.value();
        QCOMPARE(v.title, QStringLiteral("Delegation of Čačak in Kragujevac"));
        QCOMPARE(v.startDate, QDate(2026, 5, 12));
        QCOMPARE(v.endDate, QDate(2026, 5, 13));
        QCOMPARE(v.city, QStringLiteral("Kragujevac"));
        QCOMPARE(v.organizations.size(), 2);
        QCOMPARE(v.participants.size(), 2);
        PersonStore people(*w->database());
        QCOMPARE(people.get(v.participants.at(0).personId).value().fullName, QStringLiteral("Milica Jovanović"));
        QCOMPARE(v.participants.at(0).role, QStringLiteral("mayor"));
        QCOMPARE(people.get(v.participants.at(1).personId).value().fullName, QStringLiteral("Petar Petrović"));

        // Follow-up tasks with due dates, on the saved visit, from the keyboard.
        auto *newTask = field<QLineEdit>(editor, QStringLiteral("New task"));
        QVERIFY(newTask->isEnabled());
        newTask->setFocus();
        type(QStringLiteral("Send the minutes to Kragujevac"));
        press(Qt::Key_Tab);
        QCOMPARE(focused()->accessibleName(), QStringLiteral("Due date of the new task"));
        type(QStringLiteral("20.5.2026"));
        press(Qt::Key_Return);
        QList<Task> tasks = TaskStore(*w->database()).forRecord(RecordKind::Visit, v.id).value();
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.at(0).title, QStringLiteral("Send the minutes to Kragujevac"));
        QCOMPARE(tasks.at(0).dueOn, QDate(2026, 5, 20));
        QCOMPARE(field<QTableWidget>(editor, QStringLiteral("Follow-up tasks"))->rowCount(), 1);
        QCOMPARE(focused(), static_cast<QWidget *>(newTask)); // ready for the next one
        // Ticked done in the list; undone from the Edit menu like any change.
        auto *taskList = field<QTableWidget>(editor, QStringLiteral("Follow-up tasks"));
        taskList->item(0, 0)->setCheckState(Qt::Checked);
        QVERIFY(TaskStore(*w->database()).get(tasks.at(0).id).value().done);
        w->undo();
        QVERIFY(!TaskStore(*w->database()).get(tasks.at(0).id).value().done);
        w->undo();
        QVERIFY(!TaskStore(*w->database()).get(tasks.at(0).id));
        showSection(w.get(), RecordKind::Visit);

        // The next visit picks the same person from the contacts instead of adding one.
        page->newRecord();
        auto *personPicker = field<RecordPicker>(editor, QStringLiteral("Participant to add"));
        personPicker->setFocus();
        type(QStringLiteral("милица"));
        QCOMPARE(personPicker->suggestions()->rowCount(), 1);
        personPicker->pickRow(0);
        press(Qt::Key_Return);
        QCOMPARE(field<QTableWidget>(editor, QStringLiteral("Participants"))->rowCount(), 1);
        keyClicks(field<QLineEdit>(editor, QStringLiteral("Title")), QStringLiteral("Follow-up"));
        keyClicks(field<DateField>(editor, QStringLiteral("Start date")), QStringLiteral("1.6.2026"));
        QVERIFY(editor->save());
        QCOMPARE(count(w.get(), QStringLiteral("people")), peopleBefore + 2);
    }

    // The places completer offers Čačak for Cyrillic and unaccented typing.
    void placesAreCompletedInEitherScript()
    {
        auto w = window();
        SectionPage *page = showSection(w.get(), RecordKind::Visit);
        page->newRecord();
        auto *city = field<QLineEdit>(page->editor(), QStringLiteral("City"));
        QVERIFY(city->completer());
        for (const QString &typed : {QStringLiteral("чача"), QStringLiteral("cacak")}) {
            city->completer()->setCompletionPrefix(typed);
            QVERIFY2(city->completer()->completionCount() >= 1, qPrintable(typed));
            QCOMPARE(city->completer()->currentIndex().data(Qt::DisplayRole).toString(), QStringLiteral("Čačak"));
            // What the field receives when it is chosen: the name, not its folded form.
            const QModelIndex chosen = city->completer()->model()->match(city->completer()->model()->index(0, 0), Qt::DisplayRole,
                                                                          QStringLiteral("Čačak"), 1, Qt::MatchExactly).value(0);
            QCOMPARE(city->completer()->pathFromIndex(chosen), QStringLiteral("Čačak"));
        }
    }

    // A partnership lists its agreements and visits; Enter opens one.
    void partnershipOpensItsLinkedVisit()
    {
        auto w = window();
        OrganizationStore organizations(*w->database());
        Partnership partnership;
        partnership.title = QStringLiteral("Niš – Kraljevo");
        partnership.parties = {{organizations.findByName(QStringLiteral("Niš")).value().value_or(0), QStringLiteral("lead")},
                               {organizations.findByName(QStringLiteral("Kraljevo")).value().value_or(0), QString()}};
        QVERIFY(PartnershipStore(*w->database()).save(partnership));
        Visit visit;
        visit.title = QStringLiteral("Sastanak u Nišu");
        visit.startDate = QDate(2025, 9, 1);
        visit.partnershipId = partnership.id;
        QVERIFY(VisitStore(*w->database()).save(visit));

        SectionPage *page = showSection(w.get(), RecordKind::Partnership);
        QVERIFY(page->openRecord(partnership.id));
        auto *linked = field<RelatedRecordsView>(page->editor(), QStringLiteral("Linked records"));
        QCOMPARE(linked->topLevelItemCount(), 2);
        QTreeWidgetItem *visits = linked->topLevelItem(1);
        QCOMPARE(visits->childCount(), 1);
        QCOMPARE(visits->child(0)->text(0), visit.title);
        linked->setFocus();
        linked->setCurrentItem(visits->child(0));
        QTest::keyClick(linked, Qt::Key_Return);
        QVERIFY(w->section(RecordKind::Visit)->isVisible());
        QCOMPARE(w->section(RecordKind::Visit)->editor()->recordId(), visit.id);
    }

    void endBeforeStartShowsTheMessageByTheEndDateAndSavesNothing()
    {
        auto w = window();
        SectionPage *page = showSection(w.get(), RecordKind::Visit);
        page->newRecord();
        auto *editor = page->editor();
        const qint64 visitsBefore = count(w.get(), QStringLiteral("visits"));
        const qint64 peopleBefore = count(w.get(), QStringLiteral("people"));
        keyClicks(field<QLineEdit>(editor, QStringLiteral("Title")), QStringLiteral("Backwards visit"));
        keyClicks(field<DateField>(editor, QStringLiteral("Start date")), QStringLiteral("20.5.2026"));
        keyClicks(field<DateField>(editor, QStringLiteral("End date")), QStringLiteral("18.5.2026"));
        auto *personPicker = field<RecordPicker>(editor, QStringLiteral("Participant to add"));
        keyClicks(personPicker, QStringLiteral("Nobody New"));
        QTest::keyClick(field<QLineEdit>(editor, QStringLiteral("Participant's role")), Qt::Key_Return);

        QVERIFY(!editor->save());
        QVERIFY(editor->isDirty());
        const QStringList atEnd = visibleMessages(editor, QStringLiteral("end_date"));
        QCOMPARE(atEnd.size(), 1);
        QVERIFY(!atEnd.at(0).isEmpty());
        // The message sits right under the end date field.
        auto *end = field<DateField>(editor, QStringLiteral("End date"));
        QLabel *message = editor->findChild<QLabel *>(QStringLiteral("end_date_message"));
        QCOMPARE(message->parentWidget(), end->parentWidget());
        QVERIFY(message->mapTo(editor, QPoint()).y() > end->mapTo(editor, QPoint()).y());
        QVERIFY(visibleMessages(editor, QStringLiteral("start_date")).isEmpty());
        QCOMPARE(count(w.get(), QStringLiteral("visits")), visitsBefore);
        QCOMPARE(count(w.get(), QStringLiteral("people")), peopleBefore); // the new contact is not added either
    }

    // SARADNJA_SCREENSHOTS=dir saves pictures of both editors, to look at the layout.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("SARADNJA_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("SARADNJA_SCREENSHOTS is not set");
        auto w = window();
        QVERIFY(w->openRecord(RecordKind::Partnership, 1));
        QVERIFY(w->grab().save(dir + QStringLiteral("/ed-partnership.png")));
        QVERIFY(w->openRecord(RecordKind::Visit, 1));
        QVERIFY(w->grab().save(dir + QStringLiteral("/ed-visit.png")));
    }
};

QTEST_MAIN(TestEditors)
#include "tst_editors.moc"
