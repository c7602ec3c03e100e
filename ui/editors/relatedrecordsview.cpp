// SPDX-License-Identifier: GPL-3.0-or-later
#include "relatedrecordsview.h"

#include "datefield.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace {

constexpr int kindRole = Qt::UserRole;
constexpr int idRole = Qt::UserRole + 1;

} // namespace

RelatedRecordsView::RelatedRecordsView(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Record"), tr("Date")});
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setAccessibleName(tr("Linked records"));
    setToolTip(tr("Double-click or press Enter to open"));
    setMinimumHeight(fontMetrics().height() * 8);
    connect(this, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) { open(item); });
}

void RelatedRecordsView::setGroups(const QList<Group> &groups)
{
    clear();
    for (const Group &group : groups) {
        auto *top = new QTreeWidgetItem(this, {tr("%1 (%2)").arg(group.heading).arg(group.items.size())});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setFlags(Qt::ItemIsEnabled);
        for (const Item &item : group.items) {
            auto *child = new QTreeWidgetItem(top, {item.title, DateField::format(item.date)});
            child->setData(0, kindRole, int(group.kind));
            child->setData(0, idRole, item.id);
        }
        if (group.items.isEmpty() && !group.emptyText.isEmpty()) {
            auto *none = new QTreeWidgetItem(top, {group.emptyText});
            none->setFlags(Qt::NoItemFlags);
        }
        top->setExpanded(true);
    }
}

void RelatedRecordsView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentItem()) {
        open(currentItem());
        return;
    }
    QTreeWidget::keyPressEvent(event);
}

void RelatedRecordsView::open(QTreeWidgetItem *item)
{
    const qint64 id = item->data(0, idRole).toLongLong();
    if (id > 0)
        emit openRequested(RecordKind(item->data(0, kindRole).toInt()), id);
}
