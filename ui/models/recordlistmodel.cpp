// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordlistmodel.h"

#include "apptranslator.h"
#include "dates.h"

#include <QApplication>
#include <QDate>
#include <QLocale>
#include <QStyle>

RecordListModel::RecordListModel(QList<ListColumnView> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(std::move(columns))
{
    m_query.limit = pageSize;
}

void RecordListModel::setSource(Source source)
{
    m_source = std::move(source);
    m_query.language = AppTranslator::current(); // names of Serbian organisations in the script of the interface
    reload();
}

void RecordListModel::setText(const QString &text)
{
    if (m_query.text == text)
        return;
    m_query.text = text;
    reload();
}

void RecordListModel::setFilter(const QString &key, const QVariant &value)
{
    if (!value.isValid() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
        m_query.filters.remove(key);
    else
        m_query.filters.insert(key, value);
    reload();
}

void RecordListModel::clearFilters()
{
    m_query.filters.clear();
    m_query.text.clear();
    reload();
}

void RecordListModel::refresh()
{
    reload(int(m_ids.size()));
}

qint64 RecordListModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

QString RecordListModel::labelAt(int row) const
{
    for (const char *key : {"title", "name", "full_name", "organization"}) {
        for (int column = 0; column < m_columns.size(); ++column) {
            if (m_columns.at(column).key == QLatin1String(key))
                return data(index(row, column)).toString();
        }
    }
    return data(index(row, 0)).toString();
}

int RecordListModel::rowOf(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

void RecordListModel::reload(int minimumRows)
{
    beginResetModel();
    m_ids.clear();
    m_rows.clear();
    m_emphasized.clear();
    m_total = 0;
    if (m_source) {
        ListQuery first = m_query;
        first.offset = 0;
        first.limit = qMax(pageSize, minimumRows);
        auto page = m_source(first);
        if (page) {
            m_keys = page.value().columnKeys;
            m_ids = page.value().ids;
            m_rows = page.value().rows;
            m_total = page.value().total;
            emphasize(page.value());
        } else {
            emit loadFailed(page.error().message());
        }
    }
    endResetModel();
    emit totalChanged(m_total);
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

bool RecordListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_ids.size() < m_total;
}

void RecordListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_source)
        return;
    ListQuery next = m_query;
    next.offset = int(m_ids.size());
    next.limit = pageSize;
    auto page = m_source(next);
    if (!page) {
        emit loadFailed(page.error().message());
        return;
    }
    if (page.value().ids.isEmpty()) {
        m_total = m_ids.size(); // the list shrank meanwhile
        return;
    }
    const int first = int(m_ids.size());
    beginInsertRows({}, first, first + int(page.value().ids.size()) - 1);
    m_ids << page.value().ids;
    m_rows << page.value().rows;
    emphasize(page.value());
    endInsertRows();
}

void RecordListModel::emphasize(const ListPage &page)
{
    if (!m_emphasis)
        return;
    const QHash<qint64, RowEmphasis> emphasized = m_emphasis(page);
    for (auto it = emphasized.cbegin(); it != emphasized.cend(); ++it) {
        if (it.value().isEmphasized())
            m_emphasized.insert(it.key(), it.value());
    }
}

QVariant RecordListModel::emphasisData(const RowEmphasis &emphasis, int column, int role) const
{
    switch (role) {
    case Qt::BackgroundRole:
        return RowEmphasis::background(emphasis.level);
    case Qt::ForegroundRole:
        return RowEmphasis::foreground(emphasis.level);
    case Qt::DecorationRole:
        if (column != 0)
            return {};
        return QApplication::style()->standardIcon(emphasis.level == RowEmphasis::Level::Warning
                                                       ? QStyle::SP_MessageBoxWarning
                                                       : QStyle::SP_MessageBoxInformation);
    case Qt::AccessibleDescriptionRole:
        return emphasis.note;
    case EmphasisRole:
        return int(emphasis.level);
    default:
        return {};
    }
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        return;
    m_query.sortKey = m_columns.at(column).key;
    m_query.order = order;
    reload();
}

QString RecordListModel::format(const ListColumnView &column, const QVariant &value)
{
    if (value.isNull())
        return {};
    const QLocale locale;
    switch (column.format) {
    case ListColumnView::Format::Text:
        return value.toString();
    case ListColumnView::Format::Date: {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? Dates::display(date) : value.toString();
    }
    case ListColumnView::Format::Number:
        return locale.toString(value.toLongLong());
    case ListColumnView::Format::Percent:
        return locale.toString(value.toDouble(), 'f', 0) + QLatin1Char('%');
    case ListColumnView::Format::YesNo:
        return value.toBool() ? tr("Yes") : tr("No");
    case ListColumnView::Format::Term:
        return column.vocab ? Vocabulary::label(*column.vocab, value.toString()) : value.toString();
    }
    return value.toString();
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const ListColumnView &column = m_columns.at(index.column());
    if (role == IdRole)
        return m_ids.at(index.row());
    const int sourceColumn = int(m_keys.indexOf(column.key));
    const QVariant value = sourceColumn >= 0 ? m_rows.at(index.row()).value(sourceColumn) : QVariant();
    const auto emphasized = m_emphasized.constFind(m_ids.at(index.row()));
    if (role == Qt::DisplayRole)
        return format(column, value);
    if (role == Qt::ToolTipRole) {
        const QString text = format(column, value);
        if (emphasized == m_emphasized.cend() || emphasized->note.isEmpty())
            return text;
        return text.isEmpty() ? emphasized->note : text + QLatin1Char('\n') + emphasized->note;
    }
    if (emphasized != m_emphasized.cend()) {
        if (QVariant data = emphasisData(*emphasized, index.column(), role); data.isValid())
            return data;
    }
    if (role == Qt::TextAlignmentRole && (column.format == ListColumnView::Format::Number
                                          || column.format == ListColumnView::Format::Percent))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < m_columns.size())
        return m_columns.at(section).header;
    return QAbstractTableModel::headerData(section, orientation, role);
}
