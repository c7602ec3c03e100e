// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionplan.h"
#include "budgetline.h"
#include "recordeditor.h"
#include "validation.h"

#include <memory>

class DateField;
class EditorForm;
class PlanActivityDelegate;
class PlanActivityModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class RecordPicker;

// An action plan with a partner (an embassy, a donor): year, title, status,
// priorities, notes, and its activities in an editable table (theme,
// responsible, dates, budget, currency, funding source, status, progress),
// with totals by theme and by funding source per currency that follow the
// edits. The plan and its activities are saved together, in one
// transaction. "Start next year's plan" copies a saved plan forward.
class ActionPlanEditor : public RecordEditor
{
    Q_OBJECT

public:
    explicit ActionPlanEditor(QWidget *parent = nullptr);
    ~ActionPlanEditor() override;

    void setDatabase(Database *db) override;
    void load(qint64 id) override;
    qint64 recordId() const override { return m_original.id; }
    Status save() override;
    void revert() override;
    bool isDirty() const override { return m_dirty; }
    void setReadOnly(bool readOnly) override;

    PlanActivityModel *activityModel() const { return m_model; }
    QTableView *activityView() const { return m_activities; }
    // Saves next year's plan copied from this one and shows it (emits saved()
    // with its id); refused, with the message by the button, when the
    // partner already has a plan for that year.
    Status startNextYear();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildForm();
    void show(const ActionPlan &plan);
    ActionPlan collect() const;
    void showMessages(const QList<ValidationIssue> &issues);
    void addActivity();
    void removeActivity();
    void moveActivity(int delta);
    void showCurrentDetails();
    void activitiesChanged();
    void updateTotals();
    void fillTotals(QTableWidget *table, const QList<BudgetLine> &lines);
    void fitActivityColumns();
    void updateActions();
    void setDirty(bool dirty);

    Database *m_db = nullptr;
    ActionPlan m_original;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_readOnly = false;

    QLineEdit *m_title;
    RecordPicker *m_partner;
    QSpinBox *m_year;
    QComboBox *m_status;
    DateField *m_signed;
    QListWidget *m_priorities;
    PlanActivityModel *m_model;
    PlanActivityDelegate *m_delegate;
    QTableView *m_activities;
    QPushButton *m_addActivity;
    QPushButton *m_removeActivity;
    QPushButton *m_moveUp;
    QPushButton *m_moveDown;
    QLineEdit *m_indicator;
    QLineEdit *m_result;
    QTableWidget *m_themeTotals;
    QTableWidget *m_sourceTotals;
    QLabel *m_noTotals;
    QPlainTextEdit *m_notes;
    QPushButton *m_nextYear;
    QPushButton *m_save;
    QPushButton *m_revert;
    std::unique_ptr<EditorForm> m_form;
};
