// SPDX-License-Identifier: GPL-3.0-or-later
#include "editorwidgets.h"

#include <QComboBox>
#include <QHeaderView>
#include <QTableWidget>

namespace EditorWidgets {

QTableWidget *table(QWidget *parent, const QStringList &headers, const QString &accessibleName)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setAccessibleName(accessibleName);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setTabKeyNavigation(false);
    t->setMinimumHeight(90);
    t->setMaximumHeight(160);
    return t;
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

void fill(QComboBox *combo, Vocab vocab)
{
    for (const QString &key : Vocabulary::keys(vocab))
        combo->addItem(Vocabulary::label(vocab, key), key);
}

} // namespace EditorWidgets
