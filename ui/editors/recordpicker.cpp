// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordpicker.h"

#include "database.h"
#include "searchindex.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>

namespace {
constexpr int idRole = Qt::UserRole + 1;
constexpr int suggestionLimit = 20;
} // namespace

RecordPicker::RecordPicker(RecordKind kind, QWidget *parent)
    : QLineEdit(parent)
    , m_kind(kind)
    , m_model(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_model, this))
{
    // The model is already filtered by the search index: show all of it.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(10);
    setCompleter(m_completer);
    connect(this, &QLineEdit::textEdited, this, &RecordPicker::refresh);
    // activated(index) comes first, then activated(text), which the line edit
    // (connected before us) turns into its text: pick after that.
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { m_activatedId = index.data(idRole).toLongLong(); });
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &title) { pick(m_activatedId, title); });
    connect(this, &QLineEdit::returnPressed, this, [this] {
        QAbstractItemView *popup = m_completer->popup();
        if (popup->isVisible() && popup->currentIndex().isValid())
            return; // the completer's activated() picks
        popup->hide();
        if (text().trimmed().isEmpty())
            return;
        if (pickedId() == 0 && m_picksFirst && m_model->rowCount() > 0)
            pickRow(0);
        else
            emit picked(pickedId(), text().trimmed());
    });
}

void RecordPicker::refresh(const QString &text)
{
    m_pickedId = 0;
    m_model->clear();
    if (!m_db || text.trimmed().isEmpty())
        return;
    auto hits = SearchIndex::search(m_db->connection(), text, suggestionLimit, m_kind);
    if (!hits)
        return;
    for (const SearchHit &hit : hits.value()) {
        auto *item = new QStandardItem(hit.title);
        item->setData(hit.id, idRole);
        m_model->appendRow(item);
    }
    m_completer->setCompletionPrefix(QString());
    if (m_model->rowCount() > 0 && hasFocus())
        m_completer->complete(); // no row is current: Enter then takes the best match (or the typed name)
}

qint64 RecordPicker::pickedId() const
{
    const QString typed = text().trimmed();
    if (m_pickedId > 0 && typed == m_pickedText)
        return m_pickedId;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *item = m_model->item(row);
        if (item->text().compare(typed, Qt::CaseInsensitive) == 0)
            return item->data(idRole).toLongLong();
    }
    return 0;
}

void RecordPicker::pickRow(int row)
{
    if (const QStandardItem *item = m_model->item(row))
        pick(item->data(idRole).toLongLong(), item->text());
}

void RecordPicker::pick(qint64 id, const QString &title)
{
    m_pickedId = id;
    m_pickedText = title;
    setText(m_pickedText);
    m_completer->popup()->hide();
    emit picked(m_pickedId, m_pickedText);
}

void RecordPicker::reset()
{
    clear();
    m_model->clear();
    m_pickedId = 0;
    m_pickedText.clear();
}

void RecordPicker::setPicked(qint64 id, const QString &title)
{
    m_model->clear();
    m_pickedId = id;
    m_pickedText = title;
    setText(title);
}
