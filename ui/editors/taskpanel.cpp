// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskpanel.h"

#include "database.h"
#include "datefield.h"
#include "settingsdialog.h"
#include "snapshotstore.h"
#include "taskstore.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column { DoneColumn, DueColumn, TitleColumn, AssigneeColumn };

} // namespace

TaskPanel::TaskPanel(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 4, this))
    , m_title(new QLineEdit(this))
    , m_due(new DateField(this))
    , m_assignee(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add &task"), this))
    , m_message(new QLabel(this))
{
    m_table->setHorizontalHeaderLabels({tr("Done"), tr("Due"), tr("Task"), tr("Assignee")});
    m_table->setAccessibleName(tr("Follow-up tasks"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(DoneColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DueColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AssigneeColumn, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 7);
    m_title->setPlaceholderText(tr("New task, e.g. Send the minutes to the partner"));
    m_title->setAccessibleName(tr("New task"));
    m_due->setPlaceholderText(tr("Due date"));
    m_due->setAccessibleName(tr("Due date of the new task"));
    m_assignee->setPlaceholderText(tr("Assignee"));
    m_assignee->setAccessibleName(tr("Assignee of the new task"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("task_message"));
    m_message->hide();

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_title, 3);
    addRow->addWidget(m_due, 1);
    addRow->addWidget(m_assignee, 1);
    addRow->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(addRow);
    layout->addWidget(m_message);
    setTabOrder(m_table, m_title);
    setTabOrder(m_title, m_due);
    setTabOrder(m_due, m_assignee);
    setTabOrder(m_assignee, m_add);

    connect(m_add, &QPushButton::clicked, this, &TaskPanel::addTask);
    connect(m_title, &QLineEdit::returnPressed, this, &TaskPanel::addTask);
    connect(m_due, &QLineEdit::returnPressed, this, &TaskPanel::addTask);
    connect(m_assignee, &QLineEdit::returnPressed, this, &TaskPanel::addTask);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_loading && item->column() == DoneColumn)
            setDone(item->row(), item->checkState() == Qt::Checked);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        emit openTask(m_table->item(row, DoneColumn)->data(Qt::UserRole).toLongLong());
    });
    updateEnabled();
}

void TaskPanel::setDatabase(Database *db)
{
    m_db = db;
    m_id = 0;
    reload();
}

void TaskPanel::showRecord(RecordKind kind, qint64 id)
{
    m_kind = kind;
    m_id = id;
    m_message->hide();
    m_title->clear();
    m_due->setDate({});
    m_assignee->setText(SettingsDialog::staffName());
    reload();
}

void TaskPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateEnabled();
}

void TaskPanel::updateEnabled()
{
    const bool canAdd = m_db && !m_readOnly && m_id > 0;
    for (QWidget *widget : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_due),
                            static_cast<QWidget *>(m_assignee), static_cast<QWidget *>(m_add)})
        widget->setEnabled(canAdd);
    m_title->setPlaceholderText(m_id > 0 ? tr("New task, e.g. Send the minutes to the partner")
                                         : tr("Save the record first, then add its tasks here"));
}

void TaskPanel::reload()
{
    m_loading = true;
    m_table->setRowCount(0);
    if (m_db && m_id > 0) {
        const QDate today = QDate::currentDate();
        for (const Task &task : TaskStore(*m_db).forRecord(m_kind, m_id).valueOr({})) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto *done = new QTableWidgetItem;
            done->setData(Qt::UserRole, task.id);
            done->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | (m_readOnly ? Qt::NoItemFlags : Qt::ItemIsUserCheckable));
            done->setCheckState(task.done ? Qt::Checked : Qt::Unchecked);
            done->setToolTip(task.done ? tr("Done on %1").arg(DateField::format(task.doneOn)) : tr("Open"));
            m_table->setItem(row, DoneColumn, done);
            auto *due = new QTableWidgetItem(DateField::format(task.dueOn));
            if (task.isOverdue(today)) {
                due->setForeground(QColor(0xb0, 0x1c, 0x1c)); // the dark red of an overdue date
                due->setText(tr("%1 (overdue)").arg(DateField::format(task.dueOn)));
                QFont bold = due->font();
                bold.setBold(true);
                due->setFont(bold);
            }
            m_table->setItem(row, DueColumn, due);
            m_table->setItem(row, TitleColumn, new QTableWidgetItem(task.title));
            m_table->setItem(row, AssigneeColumn, new QTableWidgetItem(task.assignee));
        }
    }
    m_loading = false;
    updateEnabled();
}

bool TaskPanel::addTask()
{
    if (!m_db || m_readOnly || m_id <= 0)
        return false;
    Task task;
    task.title = m_title->text().trimmed();
    task.dueOn = m_due->date();
    task.assignee = m_assignee->text().trimmed();
    task.recordKind = RecordKinds::key(m_kind);
    task.recordId = m_id;
    QString problem;
    if (m_due->hasInvalidText())
        problem = tr("The due date is not a date; write it as 22.11.2026.");
    else if (const Validation validation = TaskStore(*m_db).validate(task); validation.hasErrors())
        problem = validation.errors().constFirst().message;
    if (problem.isEmpty()) {
        auto saved = TaskStore(*m_db).save(task);
        if (!saved)
            problem = saved.error().message();
    }
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        m_message->show();
        m_title->setFocus();
        return false;
    }
    m_message->hide();
    RecordSnapshot none;
    none.kind = RecordKind::Task;
    none.id = task.id;
    emit taskSaved(task.id, none);
    m_title->clear();
    m_due->setDate({});
    reload();
    m_title->setFocus();
    return true;
}

void TaskPanel::setDone(int row, bool done)
{
    const qint64 id = m_table->item(row, DoneColumn)->data(Qt::UserRole).toLongLong();
    auto before = SnapshotStore(*m_db).capture(RecordKind::Task, id);
    if (Status saved = TaskStore(*m_db).setDone(id, done); !saved) {
        m_message->setText(saved.error().message());
        m_message->show();
    } else if (before) {
        emit taskSaved(id, before.value());
    }
    reload();
}
