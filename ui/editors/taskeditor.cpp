// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskeditor.h"

#include "database.h"
#include "datefield.h"
#include "editorform.h"
#include "recordpicker.h"
#include "searchindex.h"
#include "settingsdialog.h"
#include "taskstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

#include <algorithm>

namespace {

// The kinds a task can be about, in the order of the sidebar.
const QList<RecordKind> &aboutKinds()
{
    static const QList<RecordKind> kinds
        = {RecordKind::Partnership, RecordKind::Initiative, RecordKind::Visit,      RecordKind::Agreement,
           RecordKind::Plan,        RecordKind::Activity,   RecordKind::Membership, RecordKind::Organization,
           RecordKind::Person,      RecordKind::Task};
    return kinds;
}

} // namespace

TaskEditor::TaskEditor(QWidget *parent)
    : RecordEditor(parent)
    , m_title(new QLineEdit(this))
    , m_due(new DateField(this))
    , m_overdue(new QLabel(this))
    , m_done(new QCheckBox(tr("&Done"), this))
    , m_doneOn(new DateField(this))
    , m_assignee(new QLineEdit(this))
    , m_aboutKind(new QComboBox(this))
    , m_about(new RecordPicker(RecordKind::Partnership, this))
    , m_openAbout(new QPushButton(tr("&Open"), this))
    , m_notes(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
{
    m_aboutKind->addItem(tr("Nothing", "a task about no record"), QString());
    for (RecordKind kind : aboutKinds())
        m_aboutKind->addItem(RecordKinds::singular(kind), RecordKinds::key(kind));
    m_title->setAccessibleName(tr("Title"));
    m_due->setAccessibleName(tr("Due date"));
    m_due->setMaximumWidth(160);
    m_overdue->setAccessibleName(tr("Overdue"));
    m_overdue->setTextFormat(Qt::PlainText);
    m_overdue->setStyleSheet(
        QStringLiteral("QLabel { background: #fde2e1; color: #8a1c14; border-radius: 4px; padding: 2px 6px; }"));
    m_done->setAccessibleName(tr("Done"));
    m_doneOn->setAccessibleName(tr("Done on"));
    m_doneOn->setMaximumWidth(160);
    m_doneOn->setToolTip(tr("Today when left empty."));
    m_assignee->setAccessibleName(tr("Assignee"));
    m_assignee->setPlaceholderText(tr("Staff member"));
    m_aboutKind->setAccessibleName(tr("About"));
    m_about->setAccessibleName(tr("Record the task is about"));
    m_about->setPlaceholderText(tr("Type a name or title in Latin or Cyrillic"));
    m_about->setPicksFirstSuggestion(true);
    m_openAbout->setAccessibleName(tr("Open the record"));
    m_openAbout->setToolTip(tr("Shows the record the task is about."));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    buildForm();

    for (QLineEdit *edit : {m_title, m_assignee})
        connect(edit, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    connect(m_due, &DateField::dateEdited, this, [this] {
        setDirty(true);
        showOverdue();
    });
    connect(m_doneOn, &DateField::dateEdited, this, [this] { setDirty(true); });
    connect(m_done, &QCheckBox::toggled, this, [this](bool done) {
        if (m_loading)
            return;
        if (done && !m_doneOn->date().isValid())
            m_doneOn->setDate(QDate::currentDate());
        else if (!done)
            m_doneOn->setDate({});
        m_doneOn->setEnabled(done && !m_readOnly);
        setDirty(true);
        showOverdue();
    });
    connect(m_aboutKind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        showAboutKind(m_aboutKind->currentData().toString());
        setDirty(true);
    });
    connect(m_about, &QLineEdit::textEdited, this, [this] {
        setDirty(true);
        m_openAbout->setEnabled(false);
    });
    connect(m_about, &RecordPicker::picked, this, [this](qint64 id, const QString &text) {
        if (id <= 0)
            m_form->showError(QStringLiteral("record_id"),
                              tr("Nothing of this kind is called \"%1\"; choose one of the suggestions.").arg(text));
        m_openAbout->setEnabled(id > 0);
        setDirty(true);
    });
    connect(m_openAbout, &QPushButton::clicked, this, [this] {
        const auto kind = RecordKinds::fromKey(m_aboutKind->currentData().toString());
        if (kind && m_about->pickedId() > 0)
            emit openRequested(*kind, m_about->pickedId());
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { setDirty(true); });
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); }); // messages appear by the fields
    connect(m_revert, &QPushButton::clicked, this, &TaskEditor::revert);
    setDirty(false);
}

TaskEditor::~TaskEditor() = default;

void TaskEditor::buildForm()
{
    auto *form = new QFormLayout;
    m_form = std::make_unique<EditorForm>(form, this, QStringLiteral("title"));

    auto *due = new QWidget(this);
    auto *dueRow = new QHBoxLayout(due);
    dueRow->setContentsMargins(0, 0, 0, 0);
    dueRow->addWidget(m_due);
    dueRow->addWidget(m_overdue);
    dueRow->addStretch();

    auto *done = new QWidget(this);
    auto *doneRow = new QHBoxLayout(done);
    doneRow->setContentsMargins(0, 0, 0, 0);
    doneRow->addWidget(m_done);
    auto *onLabel = new QLabel(tr("o&n:", "done on a date"), done);
    onLabel->setBuddy(m_doneOn);
    doneRow->addWidget(onLabel);
    doneRow->addWidget(m_doneOn);
    doneRow->addStretch();

    auto *about = new QWidget(this);
    auto *aboutRow = new QHBoxLayout(about);
    aboutRow->setContentsMargins(0, 0, 0, 0);
    aboutRow->addWidget(m_aboutKind);
    aboutRow->addWidget(m_about, 1);
    aboutRow->addWidget(m_openAbout);

    m_form->addRow(tr("&Title:"), m_title, QStringLiteral("title"));
    m_form->addRow(tr("D&ue:"), due, QStringLiteral("due_on"));
    m_form->addRow(tr("Status:"), done, QStringLiteral("done_on"));
    m_form->addRow(tr("&Assignee:"), m_assignee);
    m_form->addRow(tr("A&bout:"), about, QStringLiteral("record_id"));
    m_form->addRow(tr("&Notes:"), m_notes);

    arrange(form, m_revert, m_save);

    const QList<QWidget *> chain
        = {m_title, m_due, m_done, m_doneOn, m_assignee, m_aboutKind, m_about, m_openAbout, m_notes, m_revert, m_save};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void TaskEditor::setDatabase(Database *db)
{
    m_db = db;
    m_about->setDatabase(db);
    setReadOnly(!db || db->isReadOnly());
}

void TaskEditor::load(qint64 id)
{
    Task task;
    task.assignee = SettingsDialog::staffName();
    if (id > 0 && m_db) {
        if (auto loaded = TaskStore(*m_db).get(id))
            task = loaded.value();
    }
    m_original = task;
    show(task);
}

void TaskEditor::show(const Task &t)
{
    m_loading = true;
    m_title->setText(t.title);
    m_due->setDate(t.dueOn);
    m_done->setChecked(t.done);
    m_doneOn->setDate(t.doneOn);
    m_doneOn->setEnabled(t.done && !m_readOnly);
    m_assignee->setText(t.assignee);
    m_aboutKind->setCurrentIndex(std::max(0, m_aboutKind->findData(t.recordKind)));
    showAboutKind(t.recordKind);
    QString title;
    const auto kind = RecordKinds::fromKey(t.recordKind);
    if (kind && t.recordId > 0 && m_db) {
        title = SearchIndex::title(m_db->connection(), *kind, t.recordId).valueOr({});
        if (title.isEmpty())
            title = RecordKinds::singular(*kind) + QLatin1Char(' ') + QString::number(t.recordId);
    }
    m_about->setRecord(kind ? t.recordId : 0, title);
    m_openAbout->setEnabled(kind && t.recordId > 0);
    m_notes->setPlainText(t.notes);
    m_form->clear();
    m_loading = false;
    setDirty(false);
    showOverdue();
}

void TaskEditor::showAboutKind(const QString &kindKey)
{
    const auto kind = RecordKinds::fromKey(kindKey);
    if (kind)
        m_about->setKind(*kind);
    else
        m_about->reset();
    m_about->setEnabled(kind.has_value());
    m_openAbout->setEnabled(false);
}

void TaskEditor::showOverdue()
{
    const QDate due = m_due->date();
    const bool overdue = !m_done->isChecked() && due.isValid() && due < QDate::currentDate();
    m_overdue->setVisible(overdue);
    if (overdue)
        m_overdue->setText(tr("Overdue by %n day(s)", nullptr, int(due.daysTo(QDate::currentDate()))));
}

Task TaskEditor::collect() const
{
    Task t = m_original;
    t.title = m_title->text().trimmed();
    t.dueOn = m_due->date();
    t.done = m_done->isChecked();
    t.doneOn = t.done ? m_doneOn->date() : QDate();
    t.assignee = m_assignee->text().trimmed();
    t.recordKind = m_aboutKind->currentData().toString();
    t.recordId = t.recordKind.isEmpty() ? 0 : m_about->pickedId();
    t.notes = m_notes->toPlainText();
    return t;
}

Status TaskEditor::save()
{
    if (!m_db)
        return Error(ErrorCode::Invalid, tr("No register is open."));
    Task task = collect();
    TaskStore store(*m_db);
    Validation validation;
    const bool unpicked = !task.recordKind.isEmpty() && task.recordId <= 0;
    const Validation checked = store.validate(task);
    for (const ValidationIssue &issue : checked.issues()) {
        if (unpicked && issue.field == QLatin1String("record_id"))
            continue; // said below, in the form's words
        const QString field = issue.field == QLatin1String("record_kind") ? QStringLiteral("record_id") : issue.field;
        issue.warning ? validation.addWarning(field, issue.message) : validation.addError(field, issue.message);
    }
    if (unpicked) {
        const QString typed = m_about->text().trimmed();
        validation.addError(
            QStringLiteral("record_id"),
            typed.isEmpty() ? tr("Choose the record the task is about, or \"%1\".").arg(m_aboutKind->itemText(0))
                            : tr("Nothing of this kind is called \"%1\"; choose one of the suggestions.").arg(typed));
    }
    for (const auto &[field, key] :
         {std::pair{m_due, QStringLiteral("due_on")}, std::pair{m_doneOn, QStringLiteral("done_on")}}) {
        if (field->hasInvalidText())
            validation.addError(key, tr("\"%1\" is not a date; write it as D.M.YYYY.").arg(field->text()));
    }
    m_form->show(validation.issues());
    if (validation.hasErrors())
        return validation.toError();
    auto written = store.save(task);
    if (!written) {
        m_form->showError(QStringLiteral("title"), written.error().message());
        return written.error();
    }
    load(task.id);
    emit saved(task.id);
    return {};
}

void TaskEditor::revert()
{
    show(m_original);
}

void TaskEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setReadOnly(readOnly);
    m_notes->setReadOnly(readOnly);
    m_done->setEnabled(!readOnly);
    m_aboutKind->setEnabled(!readOnly);
    m_doneOn->setEnabled(!readOnly && m_done->isChecked());
    setDirty(m_dirty);
}

void TaskEditor::setDirty(bool dirty)
{
    if (m_loading)
        return;
    const bool changed = m_dirty != dirty;
    m_dirty = dirty;
    m_save->setEnabled(dirty && !m_readOnly);
    m_revert->setEnabled(dirty);
    if (changed)
        emit dirtyChanged(dirty);
}
