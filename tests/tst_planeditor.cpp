// SPDX-License-Identifier: GPL-3.0-or-later
// The action plan and person editors, driven through their widgets.
#include "actionplaneditor.h"
#include "actionplanstore.h"
#include "apptranslator.h"
#include "database.h"
#include "erasurenoticedialog.h"
#include "mainwindow.h"
#include "organizationstore.h"
#include "personeditor.h"
#include "personstore.h"
#include "planactivitymodel.h"
#include "recordpicker.h"
#include "searchindex.h"
#include "sectionpage.h"
#include "sections.h"
#include "sqlsupport.h"
#include "guisupport.h"
#include "testsupport.h"
#include "undohistory.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace TestSupport;
using namespace GuiSupport;

class TestPlanEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_embassy = 0;



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

    static qint64 count(MainWindow *w, const QString &table)
    {
        return Sql::scalar(w->database()->connection(), QStringLiteral("SELECT count(*) FROM ") + table)
            .value()
            .toLongLong();
    }

    static qint64 themeId(MainWindow *w, const QString &key)
    {
        return Sql::scalar(w->database()->connection(), QStringLiteral("SELECT id FROM themes WHERE key = ?"), {key})
            .value()
            .toLongLong();
    }


    // Opens the cell's editor (the delegate's) as a double-click would and returns it.
    template<typename T>
    static T *openCell(QTableView *view, int row, int column)
    {
        const QModelIndex index = view->model()->index(row, column);
        view->setFocus();
        view->setCurrentIndex(index);
        view->edit(index);
        const QString name = view->model()->headerData(column, Qt::Horizontal).toString();
        for (T *editor : view->viewport()->findChildren<T *>()) {
            if (editor->accessibleName() == name && editor->isVisible())
                return editor;
        }
        qFatal("no editor for column %s", qPrintable(name));
        return nullptr;
    }

    // Types into a cell and presses Enter, which keeps the value and closes the editor.
    static void typeIntoCell(QTableView *view, int row, int column, const QString &text)
    {
        QWidget *editor = openCell<QWidget>(view, row, column);
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->lineEdit()->selectAll();
            keyClicks(combo->lineEdit(), text);
            // The completer's list may show the suggestions: Enter goes to it first, as it takes the keyboard.
            if (QAbstractItemView *popup = combo->completer() ? combo->completer()->popup() : nullptr;
                popup && popup->isVisible()) {
                QTest::keyClick(popup, Qt::Key_Return);
                QVERIFY(!popup->isVisible());
            }
        } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(editor)) {
            spin->selectAll();
            keyClicks(spin, text);
        } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
            edit->selectAll();
            keyClicks(edit, text);
        }
        commit(view, editor);
    }

    // A cell editor is open (closed ones are hidden until they are deleted).
    static bool editing(QTableView *view)
    {
        for (QWidget *child : view->viewport()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (child->isVisible())
                return true;
        }
        return false;
    }

    // Enter in a cell editor: the delegate keeps the value once the event loop runs.
    static void commit(QTableView *view, QWidget *editor)
    {
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
        QVERIFY(!editing(view));
    }

    // Chooses an item of a cell's combo box by its text.
    static void chooseInCell(QTableView *view, int row, int column, const QString &text)
    {
        auto *combo = openCell<QComboBox>(view, row, column);
        const int found = combo->findText(text);
        QVERIFY2(found >= 0, qPrintable(text));
        combo->setCurrentIndex(found);
        commit(view, combo);
    }

    static QStringList column(QTableWidget *table, int col)
    {
        QStringList texts;
        for (int row = 0; row < table->rowCount(); ++row)
            texts << table->item(row, col)->text();
        return texts;
    }

    static QStringList rowTexts(QTableWidget *table, int row)
    {
        QStringList texts;
        for (int col = 0; col < table->columnCount(); ++col)
            texts << table->item(row, col)->text();
        return texts;
    }

    // Fills a new plan's own fields through the widgets.
    void fillPlan(ActionPlanEditor *editor, const QString &title, int year)
    {
        keyClicks(field<QLineEdit>(editor, QStringLiteral("Title")), title);
        auto *partner = field<RecordPicker>(editor, QStringLiteral("Partner"));
        partner->setFocus();
        keyClicks(partner, QStringLiteral("ambasada francuske"));
        QVERIFY(partner->suggestions()->rowCount() >= 1);
        QTest::keyClick(partner, Qt::Key_Return); // the first suggestion
        QCOMPARE(partner->pickedId(), m_embassy);
        auto *yearBox = field<QSpinBox>(editor, QStringLiteral("Year"));
        yearBox->setFocus();
        yearBox->selectAll();
        QTest::keyClicks(yearBox, QString::number(year));
        QCOMPARE(yearBox->value(), year);
        // The offscreen platform activates the suggestions' popup late, and
        // nothing gives the activation back: the window takes it again.
        QTest::qWait(10);
        editor->window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(editor->window()));
    }

    // A saved plan with the embassy for the year (made through the store): a
    // rule-of-law activity in dinars, then a gender-equality one in euros.
    qint64 makePlan(MainWindow *w, int year)
    {
        ActionPlan plan;
        plan.year = year;
        plan.partnerId = m_embassy;
        plan.title = QStringLiteral("Akcioni plan sa Ambasadom Francuske %1").arg(year);
        plan.status = QStringLiteral("signed");
        PlanActivity law;
        law.title = QStringLiteral("Obuka o vladavini prava");
        law.themeId = themeId(w, QStringLiteral("rule_of_law"));
        law.currency = QStringLiteral("RSD");
        law.budgetMinor = 250000000;
        law.fundingSource = QStringLiteral("Budžet SKGO");
        PlanActivity gender;
        gender.title = QStringLiteral("Rodna ravnopravnost u opštinama");
        gender.themeId = themeId(w, QStringLiteral("gender_equality"));
        gender.startsOn = QDate(year, 3, 1);
        gender.endsOn = QDate(year, 11, 30);
        gender.budgetMinor = 1500050;
        gender.spentMinor = 400000;
        gender.fundingSource = QStringLiteral("Ambasada Francuske");
        gender.status = QStringLiteral("in_progress");
        gender.progress = 40;
        plan.activities = {law, gender};
        auto saved = ActionPlanStore(*w->database()).save(plan);
        if (!saved)
            qFatal("cannot save the plan: %s", qPrintable(saved.error().toLogString()));
        return saved.value();
    }

    // Answers the next modal message box with the button whose text contains buttonText.
    // With SARADNJA_SCREENSHOTS set, the box is saved as screenshot (a file name) first.
    static void answerNextMessageBox(const QString &buttonText, QString *informativeText = nullptr,
                                     const QString &screenshot = {})
    {
        QTimer::singleShot(0, [buttonText, informativeText, screenshot] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                qFatal("no message box");
            if (informativeText)
                *informativeText = box->text() + QLatin1Char('\n') + box->informativeText();
            if (const QString dir = qEnvironmentVariable("SARADNJA_SCREENSHOTS");
                !dir.isEmpty() && !screenshot.isEmpty())
                box->grab().save(dir + QLatin1Char('/') + screenshot);
            for (QAbstractButton *button : box->buttons()) {
                if (button->text().remove(QLatin1Char('&')).contains(buttonText)) {
                    button->click();
                    return;
                }
            }
            qFatal("no button %s", qPrintable(buttonText));
        });
    }

private slots:
    void initTestCase()
    {
        isolateEnvironment();
        m_path = createRegister(m_dir.path());
        auto db = Database::open(m_path);
        QVERIFY(db);
        Organization embassy;
        embassy.kind = QStringLiteral("embassy");
        embassy.name = QStringLiteral("Ambassade de France en Serbie");
        embassy.nameSr = QStringLiteral("Ambasada Francuske u Srbiji");
        embassy.country = QStringLiteral("FR");
        auto saved = OrganizationStore(*db.value()).save(embassy);
        QVERIFY(saved);
        m_embassy = saved.value();
    }

    void createsAPlanWithTwoActivities()
    {
        auto w = window();
        SectionPage *page = showSection(w.get(), RecordKind::Plan);
        page->newRecord();
        auto *editor = qobject_cast<ActionPlanEditor *>(page->editor());
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        const qint64 plansBefore = count(w.get(), QStringLiteral("action_plans"));
        const qint64 gender = themeId(w.get(), QStringLiteral("gender_equality"));
        const qint64 law = themeId(w.get(), QStringLiteral("rule_of_law"));

        fillPlan(editor, QStringLiteral("Akcioni plan sa Ambasadom Francuske 2026"), 2026);
        auto *status = field<QComboBox>(editor, QStringLiteral("Status"));
        status->setCurrentIndex(status->findData(QStringLiteral("signed")));
        keyClicks(field<QLineEdit>(editor, QStringLiteral("Signed on")), QStringLiteral("14.2.2026"));
        auto *priorities = field<QListWidget>(editor, QStringLiteral("Priorities"));
        for (int row = 0; row < priorities->count(); ++row) {
            if (priorities->item(row)->text() == QStringLiteral("Gender equality"))
                priorities->item(row)->setCheckState(Qt::Checked);
        }

        // The first activity, cell by cell through the delegates.
        QTableView *view = field<QTableView>(editor, QStringLiteral("Activities"));
        PlanActivityModel *model = editor->activityModel();
        QTest::mouseClick(field<QPushButton>(editor, QStringLiteral("Add activity")), Qt::LeftButton);
        QCOMPARE(model->rowCount(), 1);
        auto *titleEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY2(titleEditor && view->viewport()->isAncestorOf(titleEditor), "Add activity opens the title cell");
        keyClicks(titleEditor, QStringLiteral("Rodna ravnopravnost u opštinama"));
        commit(view, titleEditor);
        QCOMPARE(model->activity(0).title, QStringLiteral("Rodna ravnopravnost u opštinama"));
        chooseInCell(view, 0, PlanActivityModel::ThemeColumn, QStringLiteral("Gender equality"));
        typeIntoCell(view, 0, PlanActivityModel::ResponsibleColumn, QStringLiteral("Sektor za međunarodnu saradnju"));
        typeIntoCell(view, 0, PlanActivityModel::StartsColumn, QStringLiteral("1.3.2026"));
        typeIntoCell(view, 0, PlanActivityModel::EndsColumn, QStringLiteral("30.11.2026."));
        typeIntoCell(view, 0, PlanActivityModel::BudgetColumn, QStringLiteral("15000.50"));
        typeIntoCell(view, 0, PlanActivityModel::SpentColumn, QStringLiteral("4000"));
        typeIntoCell(view, 0, PlanActivityModel::FundingColumn, QStringLiteral("Ambasada Francuske"));
        chooseInCell(view, 0, PlanActivityModel::StatusColumn, QStringLiteral("In progress"));
        typeIntoCell(view, 0, PlanActivityModel::ProgressColumn, QStringLiteral("40"));
        auto *indicator = field<QLineEdit>(editor, QStringLiteral("Indicator"));
        keyClicks(indicator, QStringLiteral("Broj opština sa planom"));
        const PlanActivity &first = model->activity(0);
        QCOMPARE(first.themeId, gender);
        QCOMPARE(first.startsOn, QDate(2026, 3, 1));
        QCOMPARE(first.endsOn, QDate(2026, 11, 30));
        QCOMPARE(first.budgetMinor, qint64(1500050));
        QCOMPARE(first.spentMinor, qint64(400000));
        QCOMPARE(first.status, QStringLiteral("in_progress"));
        QCOMPARE(first.progress, 40);
        QCOMPARE(first.indicator, QStringLiteral("Broj opština sa planom"));
        // Shown in the UI locale (English here: 15,000.50).
        QCOMPARE(model->index(0, PlanActivityModel::BudgetColumn).data().toString(), QStringLiteral("15,000.50"));
        QCOMPARE(model->index(0, PlanActivityModel::StatusColumn).data().toString(), QStringLiteral("In progress"));

        // The second one in dinars; its currency and funding source start as the first one's.
        QTest::mouseClick(field<QPushButton>(editor, QStringLiteral("Add activity")), Qt::LeftButton);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->activity(1).currency, QStringLiteral("EUR"));
        QCOMPARE(model->activity(1).fundingSource, QStringLiteral("Ambasada Francuske"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        typeIntoCell(view, 1, PlanActivityModel::TitleColumn, QStringLiteral("Obuka o vladavini prava"));
        chooseInCell(view, 1, PlanActivityModel::ThemeColumn, QStringLiteral("Rule of law"));
        typeIntoCell(view, 1, PlanActivityModel::CurrencyColumn, QStringLiteral("rsd"));
        typeIntoCell(view, 1, PlanActivityModel::BudgetColumn, QStringLiteral("2500000"));
        QVERIFY(model->setData(model->index(1, PlanActivityModel::FundingColumn), QStringLiteral("Budžet SKGO")));
        QCOMPARE(model->activity(1).currency, QStringLiteral("RSD"));

        // The totals follow before anything is saved.
        auto *byTheme = field<QTableWidget>(editor, QStringLiteral("Totals by theme"));
        auto *bySource = field<QTableWidget>(editor, QStringLiteral("Totals by funding source"));
        QCOMPARE(column(byTheme, 0), QStringList({QStringLiteral("Gender equality"), QStringLiteral("Rule of law")}));
        QCOMPARE(rowTexts(byTheme, 0).at(2), QStringLiteral("15,000.50 EUR"));
        QCOMPARE(rowTexts(byTheme, 1).at(2), QStringLiteral("2,500,000.00 RSD"));
        QCOMPARE(column(bySource, 0),
                 QStringList({QStringLiteral("Ambasada Francuske"), QStringLiteral("Budžet SKGO")}));
        QCOMPARE(count(w.get(), QStringLiteral("action_plans")), plansBefore);

        QVERIFY(editor->isDirty());
        QSignalSpy saved(editor, &RecordEditor::saved);
        QTest::mouseClick(field<QPushButton>(editor, QStringLiteral("Save")), Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        QVERIFY(!editor->isDirty());
        QCOMPARE(count(w.get(), QStringLiteral("action_plans")), plansBefore + 1);

        auto stored = ActionPlanStore(*w->database()).get(editor->recordId());
        QVERIFY(stored);
        const ActionPlan &plan = stored.value();
        QCOMPARE(saved.at(0).at(0).toLongLong(), plan.id);
        QCOMPARE(plan.title, QStringLiteral("Akcioni plan sa Ambasadom Francuske 2026"));
        QCOMPARE(plan.year, 2026);
        QCOMPARE(plan.partnerId, m_embassy);
        QCOMPARE(plan.status, QStringLiteral("signed"));
        QCOMPARE(plan.signedOn, QDate(2026, 2, 14));
        QCOMPARE(plan.priorityThemeIds, QList<qint64>{gender});
        QCOMPARE(plan.activities.size(), 2);
        const PlanActivity &a = plan.activities.at(0);
        QCOMPARE(a.title, QStringLiteral("Rodna ravnopravnost u opštinama"));
        QCOMPARE(a.themeId, gender);
        QCOMPARE(a.responsible, QStringLiteral("Sektor za međunarodnu saradnju"));
        QCOMPARE(a.startsOn, QDate(2026, 3, 1));
        QCOMPARE(a.endsOn, QDate(2026, 11, 30));
        QCOMPARE(a.budgetMinor, qint64(1500050));
        QCOMPARE(a.spentMinor, qint64(400000));
        QCOMPARE(a.currency, QStringLiteral("EUR"));
        QCOMPARE(a.fundingSource, QStringLiteral("Ambasada Francuske"));
        QCOMPARE(a.status, QStringLiteral("in_progress"));
        QCOMPARE(a.progress, 40);
        QCOMPARE(a.indicator, QStringLiteral("Broj opština sa planom"));
        const PlanActivity &b = plan.activities.at(1);
        QCOMPARE(b.title, QStringLiteral("Obuka o vladavini prava"));
        QCOMPARE(b.themeId, law);
        QCOMPARE(b.currency, QStringLiteral("RSD"));
        QCOMPARE(b.budgetMinor, qint64(250000000));
        QCOMPARE(b.fundingSource, QStringLiteral("Budžet SKGO"));
        QCOMPARE(b.status, QStringLiteral("planned"));

        // Moving a row and saving keeps the activities' ids, in the new order.
        view->setCurrentIndex(model->index(1, 0));
        QTest::mouseClick(field<QPushButton>(editor, QStringLiteral("Move the activity up")), Qt::LeftButton);
        QCOMPARE(model->activity(0).title, QStringLiteral("Obuka o vladavini prava"));
        QVERIFY(editor->save());
        const ActionPlan moved = ActionPlanStore(*w->database()).get(plan.id).value();
        QCOMPARE(moved.activities.at(0).id, b.id);
        QCOMPARE(moved.activities.at(1).id, a.id);

        // Saving (Ctrl+S) while a cell is still being edited keeps what was typed there.
        auto *open = openCell<QLineEdit>(view, 1, PlanActivityModel::ResponsibleColumn);
        open->setFocus(); // where the user types
        QCOMPARE(QApplication::focusWidget(), open);
        open->end(false);
        keyClicks(open, QStringLiteral(" i partneri"));
        QVERIFY(editor->save());
        QCOMPARE(ActionPlanStore(*w->database()).get(plan.id).value().activities.at(1).responsible,
                 QStringLiteral("Sektor za međunarodnu saradnju i partneri"));
    }

    void invalidActivityShowsAMessageAndSavesNothing()
    {
        auto w = window();
        SectionPage *page = showSection(w.get(), RecordKind::Plan);
        page->newRecord();
        auto *editor = qobject_cast<ActionPlanEditor *>(page->editor());
        const qint64 plansBefore = count(w.get(), QStringLiteral("action_plans"));
        const qint64 activitiesBefore = count(w.get(), QStringLiteral("plan_activities"));
        fillPlan(editor, QStringLiteral("Plan with a bad activity"), 2030);
        QTableView *view = editor->activityView();
        PlanActivityModel *model = editor->activityModel();

        // An activity left without a title, and one whose progress is out of range.
        QTest::mouseClick(field<QPushButton>(editor, QStringLiteral("Add activity")), Qt::LeftButton);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTest::mouseClick(field<QPushButton>(editor, QStringLiteral("Add activity")), Qt::LeftButton);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        typeIntoCell(view, 1, PlanActivityModel::TitleColumn, QStringLiteral("Overdone"));
        QVERIFY(model->setData(model->index(1, PlanActivityModel::ProgressColumn), 150));
        // The progress editor itself cannot go past 100.
        auto *progress = openCell<QSpinBox>(view, 1, PlanActivityModel::ProgressColumn);
        QCOMPARE(progress->maximum(), 100);
        QTest::keyClick(progress, Qt::Key_Escape);
        QCoreApplication::processEvents();
        typeIntoCell(view, 1, PlanActivityModel::EndsColumn, QStringLiteral("31.2.2030"));

        QVERIFY(!editor->save());
        QVERIFY(editor->isDirty());
        const QString messages = visibleMessages(editor, QStringLiteral("activities")).join(QLatin1Char('\n'));
        QVERIFY2(messages.contains(QStringLiteral("Row 1, Activity: Activity 1 needs a title.")), qPrintable(messages));
        QVERIFY2(messages.contains(QStringLiteral("Row 2, Progress: Progress must be between 0 and 100.")),
                 qPrintable(messages));
        QVERIFY2(messages.contains(QStringLiteral("Row 2, Ends: \"31.2.2030\" is not a date")), qPrintable(messages));
        QVERIFY(visibleMessages(editor, QStringLiteral("title")).isEmpty());
        // The refused cells are marked, with the message as their tooltip; the form points at the first.
        QVERIFY(model->index(1, PlanActivityModel::ProgressColumn).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model->index(1, PlanActivityModel::ProgressColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Progress must be between 0 and 100."));
        QVERIFY(!model->index(1, PlanActivityModel::BudgetColumn).data(Qt::BackgroundRole).isValid());
        QCOMPARE(view->currentIndex(), model->index(0, PlanActivityModel::TitleColumn));
        QCOMPARE(count(w.get(), QStringLiteral("action_plans")), plansBefore);
        QCOMPARE(count(w.get(), QStringLiteral("plan_activities")), activitiesBefore);

        // Corrected, it saves.
        typeIntoCell(view, 0, PlanActivityModel::TitleColumn, QStringLiteral("Named now"));
        typeIntoCell(view, 1, PlanActivityModel::ProgressColumn, QStringLiteral("100"));
        typeIntoCell(view, 1, PlanActivityModel::EndsColumn, QStringLiteral("28.2.2030"));
        const Status saved = editor->save();
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message()));
        QVERIFY(visibleMessages(editor, QStringLiteral("activities")).isEmpty());
        QCOMPARE(count(w.get(), QStringLiteral("action_plans")), plansBefore + 1);
        QCOMPARE(count(w.get(), QStringLiteral("plan_activities")), activitiesBefore + 2);
        QCOMPARE(ActionPlanStore(*w->database()).get(editor->recordId()).value().activities.at(1).progress, 100);
        QVERIFY(ActionPlanStore(*w->database()).remove(editor->recordId()));
    }

    void totalsFollowTheEdits()
    {
        auto w = window();
        const qint64 planId = makePlan(w.get(), 2040);
        QVERIFY(w->openRecord(RecordKind::Plan, planId));
        auto *editor = qobject_cast<ActionPlanEditor *>(w->section(RecordKind::Plan)->editor());
        QCOMPARE(editor->recordId(), planId);
        QTableView *view = editor->activityView();
        PlanActivityModel *model = editor->activityModel();
        auto *byTheme = field<QTableWidget>(editor, QStringLiteral("Totals by theme"));
        auto *bySource = field<QTableWidget>(editor, QStringLiteral("Totals by funding source"));
        QCOMPARE(byTheme->rowCount(), 2);
        QCOMPARE(model->activity(1).title, QStringLiteral("Rodna ravnopravnost u opštinama"));

        // A new budget shows while the spin box is still open (it commits as it changes).
        auto *budget = openCell<QDoubleSpinBox>(view, 1, PlanActivityModel::BudgetColumn);
        budget->selectAll();
        keyClicks(budget, QStringLiteral("20000"));
        QCOMPARE(rowTexts(byTheme, 0).at(2), QStringLiteral("20,000.00 EUR"));
        commit(view, budget);
        QVERIFY(editor->isDirty());

        // Both activities under one theme: one line per currency.
        chooseInCell(view, 0, PlanActivityModel::ThemeColumn, QStringLiteral("Gender equality"));
        QCOMPARE(column(byTheme, 0),
                 QStringList({QStringLiteral("Gender equality"), QStringLiteral("Gender equality")}));
        QCOMPARE(column(byTheme, 2),
                 QStringList({QStringLiteral("20,000.00 EUR"), QStringLiteral("2,500,000.00 RSD")}));
        // Typed in another case, the funding source takes the spelling the plan already uses.
        typeIntoCell(view, 0, PlanActivityModel::FundingColumn, QStringLiteral("ambasada francuske"));
        QCOMPARE(model->activity(0).fundingSource, QStringLiteral("Ambasada Francuske"));
        QCOMPARE(bySource->rowCount(), 2); // one line per currency
        QCOMPARE(column(bySource, 3), QStringList({QStringLiteral("4,000.00 EUR"), QStringLiteral("0.00 RSD")}));
        typeIntoCell(view, 0, PlanActivityModel::CurrencyColumn, QStringLiteral("EUR"));
        QCOMPARE(bySource->rowCount(), 1);
        QCOMPARE(rowTexts(bySource, 0).at(0), QStringLiteral("Ambasada Francuske"));
        QCOMPARE(rowTexts(bySource, 0).at(1), QStringLiteral("2"));
        QCOMPARE(rowTexts(bySource, 0).at(2), QStringLiteral("2,520,000.00 EUR")); // the 2,500,000 RSD read as EUR now
        QCOMPARE(rowTexts(bySource, 0).at(4), QStringLiteral("20%"));              // (0 + 40) / 2

        // Removing an activity updates them too; Revert brings back the saved plan.
        view->setCurrentIndex(model->index(0, 0));
        QTest::mouseClick(field<QPushButton>(editor, QStringLiteral("Remove activity")), Qt::LeftButton);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(byTheme->rowCount(), 1);
        editor->revert();
        QVERIFY(!editor->isDirty());
        QCOMPARE(byTheme->rowCount(), 2);
        QCOMPARE(ActionPlanStore(*w->database()).get(planId).value().activities.at(1).budgetMinor, qint64(1500050));
    }

    void startsNextYearsPlanWithStatusesReset()
    {
        auto w = window();
        const qint64 planId = makePlan(w.get(), 2050);
        QVERIFY(w->openRecord(RecordKind::Plan, planId));
        auto *editor = qobject_cast<ActionPlanEditor *>(w->section(RecordKind::Plan)->editor());
        auto *nextYear = field<QPushButton>(editor, QStringLiteral("Start next year's plan"));
        QVERIFY(nextYear->isEnabled());
        QVERIFY(nextYear->toolTip().contains(QStringLiteral("2051")));
        const qint64 plansBefore = count(w.get(), QStringLiteral("action_plans"));

        // Not while the plan has unsaved changes.
        keyClicks(field<QLineEdit>(editor, QStringLiteral("Title")), QStringLiteral(" (draft)"));
        QVERIFY(!nextYear->isEnabled());
        editor->revert();
        QVERIFY(nextYear->isEnabled());

        QSignalSpy saved(editor, &RecordEditor::saved);
        QTest::mouseClick(nextYear, Qt::LeftButton);
        QCOMPARE(count(w.get(), QStringLiteral("action_plans")), plansBefore + 1);
        QCOMPARE(saved.size(), 1);
        const qint64 nextId = saved.at(0).at(0).toLongLong();
        QVERIFY(nextId != planId);
        QCOMPARE(editor->recordId(), nextId); // the new plan is shown
        QCOMPARE(field<QSpinBox>(editor, QStringLiteral("Year"))->value(), 2051);
        QCOMPARE(field<QLineEdit>(editor, QStringLiteral("Title"))->text(),
                 QStringLiteral("Akcioni plan sa Ambasadom Francuske 2051"));

        ActionPlanStore store(*w->database());
        const ActionPlan next = store.get(nextId).value();
        QCOMPARE(next.year, 2051);
        QCOMPARE(next.partnerId, m_embassy);
        QCOMPARE(next.status, QStringLiteral("draft"));
        QVERIFY(!next.signedOn.isValid());
        QCOMPARE(next.activities.size(), 2);
        for (const PlanActivity &activity : next.activities) {
            QCOMPARE(activity.status, QStringLiteral("planned"));
            QCOMPARE(activity.progress, 0);
            QCOMPARE(activity.spentMinor, qint64(0));
        }
        QCOMPARE(next.activities.at(1).title, QStringLiteral("Rodna ravnopravnost u opštinama"));
        QCOMPARE(next.activities.at(1).startsOn, QDate(2051, 3, 1));
        QCOMPARE(next.activities.at(1).budgetMinor, qint64(1500050));
        QCOMPARE(editor->activityModel()->index(1, PlanActivityModel::StatusColumn).data().toString(),
                 QStringLiteral("Planned"));
        // The 2050 plan is untouched.
        QCOMPARE(store.get(planId).value().activities.at(1).progress, 40);

        // Again from 2050: refused, with the reason by the button; nothing is added.
        QVERIFY(w->openRecord(RecordKind::Plan, planId));
        QCOMPARE(editor->recordId(), planId);
        QTest::mouseClick(nextYear, Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(count(w.get(), QStringLiteral("action_plans")), plansBefore + 1);
        const QString refusal = visibleMessages(editor, QStringLiteral("next_year")).join(QString());
        QVERIFY2(refusal.contains(QStringLiteral("for 2051 already exists")), qPrintable(refusal));
        QCOMPARE(editor->recordId(), planId);
    }

    void createsAPersonThroughTheForm()
    {
        auto w = window();
        SectionPage *page = showSection(w.get(), RecordKind::Person);
        page->newRecord();
        auto *editor = qobject_cast<PersonEditor *>(page->editor());
        QVERIFY(editor);
        const qint64 before = count(w.get(), QStringLiteral("people"));

        auto *organization = field<RecordPicker>(editor, QStringLiteral("Organisation"));
        organization->setFocus();
        keyClicks(organization, QStringLiteral("Nepostojeća opština"));
        keyClicks(field<QLineEdit>(editor, QStringLiteral("E-mail")), QStringLiteral("not an address"));
        QVERIFY(!editor->save());
        QVERIFY(!visibleMessages(editor, QStringLiteral("full_name")).isEmpty());
        QVERIFY(visibleMessages(editor, QStringLiteral("email"))
                    .join(QString())
                    .contains(QStringLiteral("not a valid e-mail")));
        QVERIFY(visibleMessages(editor, QStringLiteral("organization_id"))
                    .join(QString())
                    .contains(QStringLiteral("No organisation is called")));
        QCOMPARE(count(w.get(), QStringLiteral("people")), before);

        keyClicks(field<QLineEdit>(editor, QStringLiteral("Name")), QStringLiteral("Jelena Marković"));
        organization->clear();
        keyClicks(organization, QStringLiteral("крагујевац"));
        QTest::keyClick(organization, Qt::Key_Return);
        auto *email = field<QLineEdit>(editor, QStringLiteral("E-mail"));
        email->clear();
        keyClicks(email, QStringLiteral("jelena.markovic@kragujevac.rs"));
        keyClicks(field<QLineEdit>(editor, QStringLiteral("Position")),
                  QStringLiteral("Savetnica za međunarodnu saradnju"));
        keyClicks(field<QLineEdit>(editor, QStringLiteral("Phone")), QStringLiteral("+381 34 306 000"));
        keyClicks(field<QLineEdit>(editor, QStringLiteral("Languages")), QStringLiteral("sr, en, fr"));
        keyClicks(field<QPlainTextEdit>(editor, QStringLiteral("Notes")),
                  QStringLiteral("Agreed to be contacted by e-mail."));
        QSignalSpy saved(editor, &RecordEditor::saved);
        const Status ok = editor->save();
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message()));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(count(w.get(), QStringLiteral("people")), before + 1);

        const Person p = PersonStore(*w->database()).get(editor->recordId()).value();
        QCOMPARE(p.fullName, QStringLiteral("Jelena Marković"));
        QCOMPARE(OrganizationStore(*w->database()).get(p.organizationId).value().name, QStringLiteral("Kragujevac"));
        QCOMPARE(p.email, QStringLiteral("jelena.markovic@kragujevac.rs"));
        QCOMPARE(p.position, QStringLiteral("Savetnica za međunarodnu saradnju"));
        QCOMPARE(p.phone, QStringLiteral("+381 34 306 000"));
        QCOMPARE(p.languages, QStringLiteral("sr, en, fr"));
        QCOMPARE(p.notes, QStringLiteral("Agreed to be contacted by e-mail."));
        // Shown again as saved, the organisation as picked.
        QCOMPARE(organization->text(), QStringLiteral("Kragujevac"));
        QCOMPARE(organization->pickedId(), p.organizationId);
        QVERIFY(!editor->isDirty());
    }

    void erasesPersonalDataAndShowsTheNotice()
    {
        auto w = window();
        PersonStore people(*w->database());
        Person p;
        p.fullName = QStringLiteral("Ksenija Qwertović");
        p.email = QStringLiteral("ksenija.qwertovic@example.rs");
        p.phone = QStringLiteral("+381 64 555 0199");
        QVERIFY(people.save(p));
        OrganizationStore organizations(*w->database());
        Organization embassy = organizations.get(m_embassy).value();
        embassy.liaisonPersonId = p.id;
        QVERIFY(organizations.save(embassy));

        QVERIFY(w->openRecord(RecordKind::Person, p.id));
        auto *editor = qobject_cast<PersonEditor *>(w->section(RecordKind::Person)->editor());
        QCOMPARE(editor->recordId(), p.id);
        auto *erase = field<QPushButton>(editor, QStringLiteral("Erase personal data"));
        QVERIFY(erase->isEnabled());
        // An edit first: something undo could put back.
        auto *name = field<QLineEdit>(editor, QStringLiteral("Name"));
        name->end(false);
        keyClicks(name, QStringLiteral("a"));
        QVERIFY(editor->save());
        QVERIFY(w->undoHistory()->stack()->canUndo());

        // Cancelled: nothing changes.
        answerNextMessageBox(QStringLiteral("Cancel"));
        QTest::mouseClick(erase, Qt::LeftButton);
        QVERIFY(people.get(p.id));
        QVERIFY(editor->findChildren<ErasureNoticeDialog *>().isEmpty());

        // Confirmed: the question says what goes, then it is gone.
        QString question;
        answerNextMessageBox(QStringLiteral("Erase"), &question, QStringLiteral("ed-erasure-confirm.png"));
        QSignalSpy saved(editor, &RecordEditor::erased);
        QTest::mouseClick(erase, Qt::LeftButton);
        QVERIFY2(question.contains(QStringLiteral("Ksenija Qwertović")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("liaison of 1 organisation")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("e-mail, phone")), qPrintable(question));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0).at(0).toLongLong(), p.id);
        QCOMPARE(people.get(p.id).error().code(), ErrorCode::NotFound);
        QVERIFY(!w->undoHistory()->stack()->canUndo()); // nothing can bring the data back
        QVERIFY(organizations.get(m_embassy).value().liaisonPersonId == 0);
        QVERIFY(SearchIndex::search(w->database()->connection(), QStringLiteral("qwertović"), 10).value().isEmpty());
        for (const QString &needle :
             {QStringLiteral("Qwertovi"), QStringLiteral("555 0199"), QStringLiteral("ksenija.qwertovic")}) {
            const QString pattern = QLatin1Char('%') + needle + QLatin1Char('%');
            QCOMPARE(
                Sql::scalar(w->database()->connection(),
                            QStringLiteral(
                                "SELECT count(*) FROM people WHERE full_name LIKE ? OR email LIKE ? OR phone LIKE ?"),
                            {pattern, pattern, pattern})
                    .value()
                    .toLongLong(),
                0);
        }
        // The form no longer shows the person.
        QCOMPARE(editor->recordId(), 0);
        QCOMPARE(field<QLineEdit>(editor, QStringLiteral("Name"))->text(), QString());

        // The notice, to copy or save for the person.
        const QList<ErasureNoticeDialog *> dialogs = editor->findChildren<ErasureNoticeDialog *>();
        QCOMPARE(dialogs.size(), 1);
        ErasureNoticeDialog *notice = dialogs.first();
        QTRY_VERIFY(notice->isVisible());
        QVERIFY(notice->notice().contains(PersonStore::erasureNotice()));
        QVERIFY(notice->notice().contains(QStringLiteral("Ksenija Qwertović")));
        const QString path = m_dir.filePath(QStringLiteral("notice.txt"));
        QVERIFY(notice->saveTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(PersonStore::erasureNotice()));
        if (const QString dir = qEnvironmentVariable("SARADNJA_SCREENSHOTS"); !dir.isEmpty()) {
            QTest::qWait(50);
            QVERIFY(notice->grab().save(dir + QStringLiteral("/ed-erasure-notice.png")));
        }
        notice->close();
    }

    // Serbian: amounts, dates and percentages in the UI locale.
    void serbianNumbers()
    {
        QVERIFY(AppTranslator::install(Language::SerbianLatin));
        auto w = window();
        const qint64 planId = makePlan(w.get(), 2060);
        QVERIFY(w->openRecord(RecordKind::Plan, planId));
        auto *editor = qobject_cast<ActionPlanEditor *>(w->section(RecordKind::Plan)->editor());
        PlanActivityModel *model = editor->activityModel();
        QCOMPARE(model->index(1, PlanActivityModel::BudgetColumn).data().toString(), QStringLiteral("15.000,50"));
        QCOMPARE(model->index(1, PlanActivityModel::StartsColumn).data().toString(), QStringLiteral("1.3.2060."));
        auto *budget = openCell<QDoubleSpinBox>(editor->activityView(), 1, PlanActivityModel::BudgetColumn);
        QCOMPARE(budget->text(), QStringLiteral("15.000,50"));
        budget->selectAll();
        keyClicks(budget, QStringLiteral("1234,5"));
        commit(editor->activityView(), budget);
        QCOMPARE(model->activity(1).budgetMinor, qint64(123450));
        // The accessible name is translated too.
        auto *byTheme = field<QTableWidget>(editor, ActionPlanEditor::tr("Totals by theme"));
        QVERIFY(byTheme->accessibleName() != QLatin1String("Totals by theme"));
        QCOMPARE(rowTexts(byTheme, 0).at(2), QStringLiteral("1.234,50 EUR"));
        if (const QString dir = qEnvironmentVariable("SARADNJA_SCREENSHOTS"); !dir.isEmpty()) {
            QTest::qWait(50);
            QVERIFY(w->grab().save(dir + QStringLiteral("/ed-plan-sr.png")));
        }
        editor->revert();
        QVERIFY(AppTranslator::install(Language::English));
    }

    // SARADNJA_SCREENSHOTS=dir saves pictures of both editors, to look at the layout.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("SARADNJA_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("SARADNJA_SCREENSHOTS is not set");
        // As on a first start: the editor below the list takes most of the height.
        QSettings().remove(QStringLiteral("sections/%1/splitter").arg(RecordKinds::key(RecordKind::Plan)));
        auto w = window();
        QVERIFY(w->openRecord(RecordKind::Plan, makePlan(w.get(), 2070)));
        QTest::qWait(50); // the layouts settle
        QVERIFY(w->grab().save(dir + QStringLiteral("/ed-plan.png")));
        auto *editor = qobject_cast<ActionPlanEditor *>(w->section(RecordKind::Plan)->editor());
        // The whole form, below the fold too.
        QVERIFY(editor->findChild<QScrollArea *>()->widget()->grab().save(dir + QStringLiteral("/ed-plan-form.png")));
        w->section(RecordKind::Plan)->newRecord();
        QTest::qWait(50);
        QVERIFY(w->grab().save(dir + QStringLiteral("/ed-plan-new.png")));
        showSection(w.get(), RecordKind::Person);
        Person person;
        person.fullName = QStringLiteral("Jelena Marković");
        person.position = QStringLiteral("Savetnica za međunarodnu saradnju");
        person.email = QStringLiteral("jelena.markovic@example.rs");
        person.languages = QStringLiteral("sr, en, fr");
        QVERIFY(PersonStore(*w->database()).save(person));
        w->section(RecordKind::Person)->model()->refresh();
        QVERIFY(w->openRecord(RecordKind::Person, person.id));
        QTest::qWait(50);
        QVERIFY(w->grab().save(dir + QStringLiteral("/ed-person.png")));
        w->section(RecordKind::Person)->newRecord();
        QVERIFY(field<QLineEdit>(w->section(RecordKind::Person)->editor(), QStringLiteral("Name")));
        keyClicks(field<QLineEdit>(w->section(RecordKind::Person)->editor(), QStringLiteral("E-mail")),
                  QStringLiteral("nope"));
        (void)w->section(RecordKind::Person)->editor()->save();
        QTest::qWait(50);
        QVERIFY(w->grab().save(dir + QStringLiteral("/ed-person-invalid.png")));
        w->section(RecordKind::Person)->editor()->revert();
    }
};

QTEST_MAIN(TestPlanEditor)
#include "tst_planeditor.moc"
