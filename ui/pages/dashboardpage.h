// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard.h"

#include <QWidget>

class Database;
class QChartView;
class QListWidget;

// The first page: what needs attention today (upcoming visits, partnerships
// needing care, agreements expiring, overdue tasks, open initiatives by
// stage) and three charts. Every item opens its record.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    void refresh();
    void setCareMonths(int months) { m_careMonths = months; }
    QListWidget *list(const QString &name) const;

signals:
    void recordActivated(RecordKind kind, qint64 id);
    void statusMessage(const QString &message);

private:
    QListWidget *addList(const QString &name, const QString &title, int row, int column);
    void fill(QListWidget *list, const QList<DashboardItem> &items, const QString &emptyText);

    Database *m_db = nullptr;
    int m_careMonths = 12;
    QList<QListWidget *> m_lists;
    QChartView *m_countries;
    QChartView *m_visits;
    QChartView *m_progress;
};
