// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planactivity.h"
#include "validation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The activities of the action plan being edited, one per row, editable in
// place. Display shows the values as the interface does (theme names,
// translated statuses, amounts and dates in the UI locale); EditRole holds
// the values themselves (theme id, status key, amount in major units, QDate).
// Dates typed as text that is not a date are kept (and shown) so that the
// form can point at them instead of losing them.
class PlanActivityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        ThemeColumn,
        ResponsibleColumn,
        StartsColumn,
        EndsColumn,
        BudgetColumn,
        SpentColumn,
        CurrencyColumn,
        FundingColumn,
        StatusColumn,
        ProgressColumn,
        ColumnCount
    };

    explicit PlanActivityModel(QObject *parent = nullptr);

    // The names the theme column shows, by theme id.
    void setThemeNames(const QHash<qint64, QString> &names);
    void setActivities(const QList<PlanActivity> &activities);
    QList<PlanActivity> activities() const;
    const PlanActivity &activity(int row) const { return m_rows.at(row).activity; }
    // Replaces the fields not shown in the table (indicator, result) of a row.
    void setDetails(int row, const QString &indicator, const QString &result);
    // Adds an activity after the row (at the end for -1); returns its row.
    int addActivity(int afterRow = -1, const PlanActivity &activity = {});
    void removeActivity(int row);
    // Moves a row one place up (-1) or down (+1); false at either end.
    bool moveActivity(int row, int delta);
    void setReadOnly(bool readOnly);

    // Date cells whose text is not a date, as issues keyed like the store's
    // ("activities[2].ends_on").
    QList<ValidationIssue> inputIssues() const;
    // Marks the cells the issues name ("activities[N].field"); clears the others.
    void setIssues(const QList<ValidationIssue> &issues);
    // The column showing a store field key ("progress", "budget_minor"...), -1 for none.
    static int columnOf(const QString &field);
    // "activities[3].progress" → row 3, field "progress"; false for other keys.
    static bool parseKey(const QString &key, int *row, QString *field);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Amounts are in minor units (cents); the editors show major units.
    static double toMajor(qint64 minorUnits);
    static qint64 toMinor(double majorUnits);
    static QString formatAmount(qint64 minorUnits);

private:
    struct Row
    {
        PlanActivity activity;
        QString badStarts; // text typed into the date cells that is not a date
        QString badEnds;
        QHash<int, ValidationIssue> issues; // by column; several on one cell are joined
    };

    QString display(const Row &row, int column) const;
    static QVariant editValue(const Row &row, int column);

    QList<Row> m_rows;
    QHash<qint64, QString> m_themeNames;
    bool m_readOnly = false;
};
