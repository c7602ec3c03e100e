// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordkind.h"

#include <QDate>
#include <QTreeWidget>

// Records linked to the one in the editor (a partnership's agreements and
// visits), grouped by kind with their counts; Enter or a double click opens one.
class RelatedRecordsView : public QTreeWidget
{
    Q_OBJECT

public:
    struct Item
    {
        qint64 id = 0;
        QString title;
        QDate date;
    };
    struct Group
    {
        RecordKind kind = RecordKind::Visit;
        QString heading;
        QList<Item> items;
        QString emptyText; // shown in the group when it has no items
    };

    explicit RelatedRecordsView(QWidget *parent = nullptr);

    void setGroups(const QList<Group> &groups);

signals:
    void openRequested(RecordKind kind, qint64 id);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void open(QTreeWidgetItem *item);
};
