// SPDX-License-Identifier: GPL-3.0-or-later
#include "foldingcompleter.h"

#include "searchfolding.h"

#include <QStandardItemModel>

namespace {

constexpr int foldedRole = Qt::UserRole + 1;

} // namespace

FoldingCompleter::FoldingCompleter(QObject *parent)
    : QCompleter(parent)
    , m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    setCompletionRole(foldedRole);
    setCaseSensitivity(Qt::CaseSensitive); // both sides are folded already
    setFilterMode(Qt::MatchStartsWith);
    setCompletionMode(QCompleter::PopupCompletion);
}

void FoldingCompleter::setTexts(const QStringList &texts)
{
    m_model->clear();
    for (const QString &text : texts) {
        auto *item = new QStandardItem(text);
        item->setData(SearchFolding::fold(text), foldedRole);
        m_model->appendRow(item);
    }
}

QString FoldingCompleter::pathFromIndex(const QModelIndex &index) const
{
    return index.data(Qt::DisplayRole).toString();
}

QStringList FoldingCompleter::splitPath(const QString &path) const
{
    return {SearchFolding::fold(path)};
}
