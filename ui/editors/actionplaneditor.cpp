// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionplaneditor.h"

#include "actionplanstore.h"
#include "apptranslator.h"
#include "database.h"
#include "datefield.h"
#include "editorform.h"
#include "organizationstore.h"
#include "planactivitydelegate.h"
#include "planactivitymodel.h"
#include "recordpicker.h"
#include "themestore.h"
#include "vocabulary.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int idRole = Qt::UserRole;
constexpr int firstYear = 1950; // as ActionPlanStore::validate
constexpr int lastYear = 2200;

enum TotalsColumn { GroupColumn, CountColumn, PlannedColumn, SpentColumn, ProgressColumn, TotalsColumnCount };

QTableWidget *totalsTable(QWidget *parent, const QString &group, const QString &accessibleName)
{
    auto *t = new QTableWidget(0, TotalsColumnCount, parent);
    t->setHorizontalHeaderLabels({group, ActionPlanEditor::tr("Activities"), ActionPlanEditor::tr("Budget"),
                                  ActionPlanEditor::tr("Spent"), ActionPlanEditor::tr("Progress")});
    t->setAccessibleName(accessibleName);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->setFocusPolicy(Qt::NoFocus);
    t->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    t->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = t->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(GroupColumn, QHeaderView::Stretch);
    return t;
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

// A table as tall as its rows (it sits in the scrolling form, which scrolls instead).
void fitHeight(QTableView *table, int minimumRows, int maximumRows)
{
    const int rows = qBound(minimumRows, table->model()->rowCount(), maximumRows);
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    const QScrollBar *bar = table->horizontalScrollBar();
    const int scrollBar = table->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff ? 0 : bar->sizeHint().height();
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() + rows * rowHeight + scrollBar
                          + 2 * table->frameWidth());
}

QString money(qint64 minorUnits, const QString &currency)
{
    return PlanActivityModel::formatAmount(minorUnits) + QLatin1Char(' ') + currency; // "1.500,00 EUR"
}

} // namespace

ActionPlanEditor::ActionPlanEditor(QWidget *parent)
    : RecordEditor(parent)
    , m_title(new QLineEdit(this))
    , m_partner(new RecordPicker(RecordKind::Organization, this))
    , m_year(new QSpinBox(this))
    , m_status(new QComboBox(this))
    , m_signed(new DateField(this))
    , m_priorities(new QListWidget(this))
    , m_model(new PlanActivityModel(this))
    , m_delegate(new PlanActivityDelegate(this))
    , m_activities(new QTableView(this))
    , m_addActivity(new QPushButton(tr("&Add activity"), this))
    , m_removeActivity(new QPushButton(tr("Remove activity"), this))
    , m_moveUp(new QPushButton(tr("Move up"), this))
    , m_moveDown(new QPushButton(tr("Move down"), this))
    , m_indicator(new QLineEdit(this))
    , m_result(new QLineEdit(this))
    , m_themeTotals(totalsTable(this, tr("Theme"), tr("Totals by theme")))
    , m_sourceTotals(totalsTable(this, tr("Funding source"), tr("Totals by funding source")))
    , m_noTotals(
          new QLabel(tr("No activities yet: add them above with Add activity, and their totals appear here."), this))
    , m_notes(new QPlainTextEdit(this))
    , m_nextYear(new QPushButton(tr("Start next year's plan from this one"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
{
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("e.g. Action plan with the French Embassy 2026"));
    m_partner->setAccessibleName(tr("Partner"));
    m_partner->setPlaceholderText(tr("The embassy, donor or organisation; Latin or Cyrillic"));
    m_partner->setPicksFirstSuggestion(true);
    m_year->setAccessibleName(tr("Year"));
    m_year->setRange(firstYear, lastYear);
    m_year->setGroupSeparatorShown(false);
    m_status->setAccessibleName(tr("Status"));
    for (const QString &key : Vocabulary::keys(Vocab::PlanStatus))
        m_status->addItem(Vocabulary::label(Vocab::PlanStatus, key), key);
    m_signed->setAccessibleName(tr("Signed on"));
    m_signed->setMaximumWidth(160);
    m_priorities->setAccessibleName(tr("Priorities"));
    m_priorities->setToolTip(tr("The themes the plan gives priority to."));
    m_priorities->setMaximumHeight(120);

    m_activities->setModel(m_model);
    m_activities->setItemDelegate(m_delegate);
    m_activities->setAccessibleName(tr("Activities"));
    m_activities->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_activities->setSelectionMode(QAbstractItemView::SingleSelection);
    m_activities->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                  | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_activities->setTabKeyNavigation(false);
    m_activities->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_activities->setWordWrap(false);
    m_activities->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_activities->horizontalHeader()->setStretchLastSection(false);
    m_activities->horizontalHeader()->setHighlightSections(false);
    m_activities->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_activities->setToolTip(tr("Type or double-click to edit a cell; Enter keeps the value."));
    m_activities->installEventFilter(this);
    m_addActivity->setAccessibleName(tr("Add activity"));
    m_removeActivity->setAccessibleName(tr("Remove activity"));
    m_moveUp->setAccessibleName(tr("Move the activity up"));
    m_moveDown->setAccessibleName(tr("Move the activity down"));
    m_indicator->setAccessibleName(tr("Indicator"));
    m_indicator->setPlaceholderText(tr("How success is measured"));
    m_result->setAccessibleName(tr("Result"));
    m_result->setPlaceholderText(tr("What was achieved"));
    m_noTotals->setWordWrap(true);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(100);
    m_nextYear->setAccessibleName(tr("Start next year's plan"));
    m_save->setAccessibleName(tr("Save"));
    m_revert->setAccessibleName(tr("Revert"));
    buildForm();

    connect(m_title, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    connect(m_partner, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    connect(m_partner, &RecordPicker::picked, this, [this] {
        setDirty(true);
        m_delegate->setSuggestedSources({m_partner->text().trimmed()});
    });
    connect(m_year, &QSpinBox::valueChanged, this, [this] { setDirty(true); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { setDirty(true); });
    connect(m_signed, &DateField::dateEdited, this, [this] { setDirty(true); });
    connect(m_priorities, &QListWidget::itemChanged, this, [this] { setDirty(true); });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { setDirty(true); });
    for (QLineEdit *detail : {m_indicator, m_result}) {
        connect(detail, &QLineEdit::textEdited, this, [this] {
            const int row = m_activities->currentIndex().row();
            if (row >= 0)
                m_model->setDetails(row, m_indicator->text(), m_result->text());
        });
    }
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                // Marking refused cells (setIssues) is not an edit.
                const QList<int> marks = {Qt::BackgroundRole, Qt::ToolTipRole};
                if (roles != marks)
                    activitiesChanged();
            });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ActionPlanEditor::activitiesChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ActionPlanEditor::activitiesChanged);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &ActionPlanEditor::activitiesChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateTotals();
        fitActivityColumns();
        fitHeight(m_activities, 3, 12);
        showCurrentDetails();
    });
    connect(m_activities->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        showCurrentDetails();
        updateActions();
    });
    connect(m_addActivity, &QPushButton::clicked, this, &ActionPlanEditor::addActivity);
    connect(m_removeActivity, &QPushButton::clicked, this, &ActionPlanEditor::removeActivity);
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveActivity(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveActivity(+1); });
    connect(m_nextYear, &QPushButton::clicked, this,
            [this] { (void)startNextYear(); });                             // the message appears by the button
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); }); // messages appear by the fields
    connect(m_revert, &QPushButton::clicked, this, &ActionPlanEditor::revert);
    setDirty(false);
    updateTotals();
    fitHeight(m_activities, 3, 12);
}

ActionPlanEditor::~ActionPlanEditor() = default;

void ActionPlanEditor::buildForm()
{
    auto *form = new QFormLayout;
    m_form = std::make_unique<EditorForm>(form, this, QStringLiteral("title"));

    auto *yearRow = new QWidget(this);
    auto *yearLayout = new QHBoxLayout(yearRow);
    yearLayout->setContentsMargins(0, 0, 0, 0);
    yearLayout->addWidget(m_year);
    auto *statusLabel = new QLabel(tr("S&tatus:"), yearRow);
    statusLabel->setBuddy(m_status);
    yearLayout->addSpacing(12);
    yearLayout->addWidget(statusLabel);
    yearLayout->addWidget(m_status);
    auto *signedLabel = new QLabel(tr("Si&gned on:"), yearRow);
    signedLabel->setBuddy(m_signed);
    yearLayout->addSpacing(12);
    yearLayout->addWidget(signedLabel);
    yearLayout->addWidget(m_signed);
    yearLayout->addStretch();

    auto *activities = new QWidget(this);
    auto *activitiesColumn = new QVBoxLayout(activities);
    activitiesColumn->setContentsMargins(0, 0, 0, 0);
    activitiesColumn->addWidget(m_activities);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addActivity);
    buttons->addWidget(m_removeActivity);
    buttons->addStretch();
    buttons->addWidget(m_moveUp);
    buttons->addWidget(m_moveDown);
    activitiesColumn->addLayout(buttons);
    auto *details = new QFormLayout;
    details->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    details->addRow(tr("&Indicator:"), m_indicator);
    details->addRow(tr("Res&ult:"), m_result);
    activitiesColumn->addLayout(details);

    auto *totals = new QWidget(this);
    auto *totalsColumn = new QVBoxLayout(totals);
    totalsColumn->setContentsMargins(0, 0, 0, 0);
    totalsColumn->addWidget(m_themeTotals);
    totalsColumn->addWidget(m_sourceTotals);
    totalsColumn->addWidget(m_noTotals);

    m_form->addRow(tr("&Title:"), m_title, QStringLiteral("title"));
    m_form->addRow(tr("&Partner:"), m_partner, QStringLiteral("partner_id"));
    m_form->addRow(tr("&Year:"), yearRow, QStringLiteral("year"));
    m_form->addRow(tr("Pri&orities:"), m_priorities, QStringLiteral("priority_theme_ids"));
    m_form->addWideRow(tr("Acti&vities"), activities, QStringLiteral("activities"));
    m_form->addWideRow(tr("Totals by theme and by funding source (per currency)"), totals);
    m_form->addRow(tr("&Notes:"), m_notes);
    m_form->addRow(tr("Next year:"), m_nextYear, QStringLiteral("next_year"));

    // Spare height goes below the form, not between its rows.
    auto *column = new QVBoxLayout;
    column->addLayout(form);
    column->addStretch(1);
    arrange(column, m_revert, m_save);

    const QList<QWidget *> chain = {m_title,      m_partner,     m_year,           m_status, m_signed,   m_priorities,
                                    m_activities, m_addActivity, m_removeActivity, m_moveUp, m_moveDown, m_indicator,
                                    m_result,     m_notes,       m_nextYear,       m_revert, m_save};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void ActionPlanEditor::setDatabase(Database *db)
{
    m_db = db;
    m_partner->setDatabase(db);
    m_loading = true;
    m_priorities->clear();
    QHash<qint64, QString> names;
    QList<std::pair<qint64, QString>> themes;
    if (db) {
        const Language language = AppTranslator::current();
        if (auto list = ThemeStore(*db).list(language)) {
            for (const Theme &theme : list.value()) {
                const QString name = theme.name(language);
                auto *item = new QListWidgetItem(name, m_priorities);
                item->setData(idRole, theme.id);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
                names.insert(theme.id, name);
                themes.append({theme.id, name});
            }
        }
    }
    m_model->setThemeNames(names);
    m_delegate->setThemes(themes);
    m_loading = false;
    setReadOnly(!db || db->isReadOnly());
}

void ActionPlanEditor::load(qint64 id)
{
    ActionPlan plan;
    plan.year = QDate::currentDate().year();
    if (id > 0 && m_db) {
        if (auto loaded = ActionPlanStore(*m_db).get(id))
            plan = loaded.value();
    }
    m_original = plan;
    show(plan);
}

void ActionPlanEditor::show(const ActionPlan &plan)
{
    m_loading = true;
    m_title->setText(plan.title);
    QString partnerName;
    if (plan.partnerId > 0 && m_db) {
        if (auto partner = OrganizationStore(*m_db).get(plan.partnerId))
            partnerName = partner.value().name;
    }
    if (plan.partnerId > 0)
        m_partner->setRecord(plan.partnerId, partnerName);
    else
        m_partner->reset();
    m_delegate->setSuggestedSources({partnerName});
    m_year->setValue(plan.year);
    m_status->setCurrentIndex(qMax(0, m_status->findData(plan.status)));
    m_signed->setDate(plan.signedOn);
    for (int row = 0; row < m_priorities->count(); ++row) {
        QListWidgetItem *item = m_priorities->item(row);
        item->setCheckState(plan.priorityThemeIds.contains(item->data(idRole).toLongLong()) ? Qt::Checked
                                                                                            : Qt::Unchecked);
    }
    m_notes->setPlainText(plan.notes);
    m_model->setActivities(plan.activities);
    m_model->setIssues({});
    if (m_model->rowCount() > 0)
        m_activities->setCurrentIndex(m_model->index(0, PlanActivityModel::TitleColumn));
    m_form->clear();
    m_loading = false;
    showCurrentDetails();
    setDirty(false);
}

ActionPlan ActionPlanEditor::collect() const
{
    ActionPlan plan = m_original;
    plan.title = m_title->text().trimmed();
    plan.partnerId = m_partner->pickedId();
    plan.year = m_year->value();
    plan.status = m_status->currentData().toString();
    plan.signedOn = m_signed->date();
    plan.notes = m_notes->toPlainText();
    plan.priorityThemeIds.clear();
    for (int row = 0; row < m_priorities->count(); ++row) {
        if (m_priorities->item(row)->checkState() == Qt::Checked)
            plan.priorityThemeIds.append(m_priorities->item(row)->data(idRole).toLongLong());
    }
    plan.activities = m_model->activities();
    return plan;
}

void ActionPlanEditor::showMessages(const QList<ValidationIssue> &issues)
{
    // Issues of an activity ("activities[2].progress") go under the table,
    // naming the row and column; the cell is marked too.
    QList<ValidationIssue> shown;
    for (const ValidationIssue &issue : issues) {
        int row = -1;
        QString field;
        if (PlanActivityModel::parseKey(issue.field, &row, &field)) {
            const int column = qMax(0, PlanActivityModel::columnOf(field));
            const QString header = m_model->headerData(column, Qt::Horizontal).toString();
            shown.append({QStringLiteral("activities"), tr("Row %1, %2: %3").arg(row + 1).arg(header, issue.message),
                          issue.warning});
        } else if (issue.field == QLatin1String("status")) {
            shown.append({QStringLiteral("year"), issue.message, issue.warning});
        } else {
            shown.append(issue);
        }
    }
    m_form->show(shown);
    m_model->setIssues(issues);
}

Status ActionPlanEditor::save()
{
    if (!m_db)
        return Error(ErrorCode::Invalid, tr("No register is open."));
    // A cell still being edited (Ctrl+S while typing) keeps its value.
    if (QWidget *editor = QApplication::focusWidget(); editor && m_activities->viewport()->isAncestorOf(editor)) {
        while (editor->parentWidget() != m_activities->viewport())
            editor = editor->parentWidget();
        emit m_delegate->commitData(editor);
    }
    ActionPlan plan = collect();
    ActionPlanStore store(*m_db);
    Validation validation = store.validate(plan);
    const QString partnerText = m_partner->text().trimmed();
    if (plan.partnerId <= 0 && !partnerText.isEmpty()) {
        Validation replaced;
        for (const ValidationIssue &issue : validation.issues()) {
            if (issue.field != QLatin1String("partner_id"))
                issue.warning ? replaced.addWarning(issue.field, issue.message)
                              : replaced.addError(issue.field, issue.message);
        }
        replaced.addError(QStringLiteral("partner_id"),
                          tr("No organisation is called \"%1\"; choose one of the suggestions.").arg(partnerText));
        validation = replaced;
    }
    if (m_signed->hasInvalidText())
        validation.addError(QStringLiteral("year"),
                            tr("\"%1\" is not a date; write it as D.M.YYYY.").arg(m_signed->text()));
    for (const ValidationIssue &issue : m_model->inputIssues())
        validation.addError(issue.field, issue.message);
    showMessages(validation.issues());
    if (validation.hasErrors()) {
        // Take the user to the first refused cell.
        for (const ValidationIssue &issue : validation.errors()) {
            int row = -1;
            QString field;
            if (PlanActivityModel::parseKey(issue.field, &row, &field) && row < m_model->rowCount()) {
                m_activities->setCurrentIndex(m_model->index(row, qMax(0, PlanActivityModel::columnOf(field))));
                break;
            }
        }
        return validation.toError();
    }
    auto written = store.save(plan);
    if (!written) {
        m_form->showError(QStringLiteral("title"), written.error().message());
        return written.error();
    }
    load(plan.id); // the stored form, with the activities' ids
    emit saved(plan.id);
    return {};
}

Status ActionPlanEditor::startNextYear()
{
    if (!m_db || m_original.id <= 0)
        return Error(ErrorCode::Invalid, tr("Save the plan first."));
    if (m_dirty) {
        const QString message = tr("Save or revert the changes first: next year's plan is copied from the saved plan.");
        m_form->showError(QStringLiteral("next_year"), message);
        return Error(ErrorCode::Invalid, message);
    }
    auto started = ActionPlanStore(*m_db).startNextYear(m_original.id);
    if (!started) {
        m_form->showError(QStringLiteral("next_year"), started.error().message());
        return started.error();
    }
    load(started.value());
    emit saved(started.value());
    return {};
}

void ActionPlanEditor::revert()
{
    show(m_original);
}

void ActionPlanEditor::addActivity()
{
    if (m_readOnly)
        return;
    PlanActivity activity;
    // A new activity takes the currency and funding source of the one above (a plan rarely mixes many).
    const int current = m_activities->currentIndex().row();
    const int above = current >= 0 ? current : m_model->rowCount() - 1;
    if (above >= 0) {
        activity.currency = m_model->activity(above).currency;
        activity.fundingSource = m_model->activity(above).fundingSource;
    }
    const int row = m_model->addActivity(current, activity);
    const QModelIndex title = m_model->index(row, PlanActivityModel::TitleColumn);
    m_activities->setCurrentIndex(title);
    m_activities->setFocus();
    m_activities->edit(title);
}

void ActionPlanEditor::removeActivity()
{
    const int row = m_activities->currentIndex().row();
    if (m_readOnly || row < 0)
        return;
    const int column = m_activities->currentIndex().column();
    m_model->removeActivity(row);
    if (m_model->rowCount() > 0)
        m_activities->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1), column));
    m_model->setIssues({}); // the rows moved: old marks would point at the wrong ones
}

void ActionPlanEditor::moveActivity(int delta)
{
    const QModelIndex current = m_activities->currentIndex();
    if (m_readOnly || !current.isValid())
        return;
    if (m_model->moveActivity(current.row(), delta)) {
        m_activities->setCurrentIndex(m_model->index(current.row() + delta, current.column()));
        m_model->setIssues({});
    }
}

void ActionPlanEditor::showCurrentDetails()
{
    const int row = m_activities->currentIndex().row();
    const bool has = row >= 0 && row < m_model->rowCount();
    m_indicator->setText(has ? m_model->activity(row).indicator : QString());
    m_result->setText(has ? m_model->activity(row).result : QString());
    m_indicator->setEnabled(has);
    m_result->setEnabled(has);
    updateActions();
}

void ActionPlanEditor::activitiesChanged()
{
    updateTotals();
    fitActivityColumns();
    fitHeight(m_activities, 3, 12);
    updateActions();
    setDirty(true);
}

void ActionPlanEditor::updateTotals()
{
    const QList<PlanActivity> activities = m_model->activities();
    QList<BudgetLine> byTheme;
    if (m_db) {
        if (auto lines = ActionPlanStore(*m_db).totalsByTheme(activities, AppTranslator::current()))
            byTheme = lines.value();
    }
    fillTotals(m_themeTotals, byTheme);
    fillTotals(m_sourceTotals, ActionPlanStore::totalsByFundingSource(activities));
    const bool any = !activities.isEmpty();
    m_themeTotals->setVisible(any);
    m_sourceTotals->setVisible(any);
    m_noTotals->setVisible(!any);
}

void ActionPlanEditor::fillTotals(QTableWidget *table, const QList<BudgetLine> &lines)
{
    const QLocale locale;
    table->setRowCount(0);
    for (const BudgetLine &line : lines) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, GroupColumn, cell(line.label));
        const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
        table->setItem(row, CountColumn, cell(locale.toString(line.activityCount), right));
        table->setItem(row, PlannedColumn, cell(money(line.plannedMinor, line.currency), right));
        table->setItem(row, SpentColumn, cell(money(line.spentMinor, line.currency), right));
        table->setItem(row, ProgressColumn,
                       cell(locale.toString(line.averageProgress, 'f', 0) + QLatin1Char('%'), right));
    }
    fitHeight(table, 1, 1000);
}

void ActionPlanEditor::fitActivityColumns()
{
    // Every column as wide as its header and values (within reason); the
    // activity's title takes the room that is left, and at least 220 pixels.
    int others = 0;
    for (int column = 0; column < PlanActivityModel::ColumnCount; ++column) {
        if (column == PlanActivityModel::TitleColumn)
            continue;
        m_activities->resizeColumnToContents(column);
        int width = m_activities->columnWidth(column);
        width = qMin(width, 200); // longer values are elided; the tooltip shows them whole
        m_activities->setColumnWidth(column, width);
        others += width;
    }
    const int room = m_activities->viewport()->width() - others;
    m_activities->setColumnWidth(PlanActivityModel::TitleColumn, qMax(220, room));
}

void ActionPlanEditor::updateActions()
{
    const int row = m_activities->currentIndex().row();
    const bool editable = !m_readOnly;
    m_addActivity->setEnabled(editable);
    m_removeActivity->setEnabled(editable && row >= 0);
    m_moveUp->setEnabled(editable && row > 0);
    m_moveDown->setEnabled(editable && row >= 0 && row < m_model->rowCount() - 1);
    m_nextYear->setEnabled(editable && m_original.id > 0 && !m_dirty);
    if (m_original.id <= 0)
        m_nextYear->setToolTip(tr("Save the plan first."));
    else if (m_dirty)
        m_nextYear->setToolTip(tr("Save or revert the changes first."));
    else
        m_nextYear->setToolTip(tr("Copies this plan to %1: the same partner, priorities and activities, dates a year "
                                  "later, statuses planned and progress reset.")
                                   .arg(m_original.year + 1));
}

bool ActionPlanEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_activities && event->type() == QEvent::Resize)
        fitActivityColumns();
    return RecordEditor::eventFilter(watched, event);
}

void ActionPlanEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setReadOnly(readOnly);
    m_notes->setReadOnly(readOnly);
    m_year->setReadOnly(readOnly);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_status, m_priorities})
        widget->setEnabled(!readOnly);
    m_model->setReadOnly(readOnly);
    updateActions();
    setDirty(m_dirty);
}

void ActionPlanEditor::setDirty(bool dirty)
{
    if (m_loading)
        return;
    const bool changed = m_dirty != dirty;
    m_dirty = dirty;
    m_save->setEnabled(dirty && !m_readOnly);
    m_revert->setEnabled(dirty);
    updateActions();
    if (changed)
        emit dirtyChanged(dirty);
}
