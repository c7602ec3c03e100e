// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listcolumn.h"
#include "recordlister.h"
#include "rowemphasis.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

// A table over one core list that never loads it all: rows arrive in pages
// (canFetchMore/fetchMore) as the view scrolls; sorting and filtering ask
// core for a new first page. The model holds no SQL: it calls a function
// of the store (ListPage list(ListQuery)).
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using Source = std::function<Result<ListPage>(const ListQuery &)>;
    // Which rows of a page stand out (by id); asked for each page as it arrives.
    using Emphasis = std::function<QHash<qint64, RowEmphasis>(const ListPage &page)>;
    static constexpr int pageSize = 200;
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int EmphasisRole = Qt::UserRole + 2; // int(RowEmphasis::Level)

    RecordListModel(QList<ListColumnView> columns, QObject *parent = nullptr);

    void setSource(Source source);
    // Takes effect with the next page loaded (set it before the source).
    void setEmphasis(Emphasis emphasis) { m_emphasis = std::move(emphasis); }
    RowEmphasis emphasisOf(qint64 id) const { return m_emphasized.value(id); }
    void setText(const QString &text);
    void setFilter(const QString &key, const QVariant &value);
    void clearFilters();
    // Drops a filter without reloading (the caller reloads, e.g. with a new source).
    void forgetFilter(const QString &key) { m_query.filters.remove(key); }
    ListQuery query() const { return m_query; }
    qint64 totalCount() const { return m_total; }
    qint64 idAt(int row) const;
    // What names the row's record: its title or name column, as shown.
    QString labelAt(int row) const;
    int rowOf(qint64 id) const;
    const QList<ListColumnView> &columns() const { return m_columns; }
    // Reloads the first page(s), keeping as many rows as were loaded.
    void refresh();
    // A value of the column as the list shows it (a date, a vocabulary term...).
    static QString format(const ListColumnView &column, const QVariant &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loadFailed(const QString &message);
    void totalChanged(qint64 total);

private:
    void reload(int minimumRows = 0);
    void emphasize(const ListPage &page);
    QVariant emphasisData(const RowEmphasis &emphasis, int column, int role) const;

    QList<ListColumnView> m_columns;
    Source m_source;
    ListQuery m_query;
    QStringList m_keys;         // column keys of the loaded page
    QList<qint64> m_ids;
    QList<QVariantList> m_rows;
    qint64 m_total = 0;
    Emphasis m_emphasis;
    QHash<qint64, RowEmphasis> m_emphasized;
};
