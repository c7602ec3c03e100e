// SPDX-License-Identifier: GPL-3.0-or-later
#include "listexport.h"

#include "csvwriter.h"

Result<QList<QStringList>> ListExport::rows(const RecordListModel::Source &source, ListQuery query,
                                            const QList<ListColumnView> &columns)
{
    if (!source)
        return Error(ErrorCode::Invalid, tr("No register is open."));
    QList<QStringList> rows;
    QStringList header;
    for (const ListColumnView &column : columns)
        header << column.header;
    rows << header;
    query.offset = 0;
    query.limit = pageSize;
    while (true) {
        auto page = source(query);
        if (!page)
            return page.error();
        const ListPage &list = page.value();
        QList<int> positions; // of each exported column in the page's rows
        for (const ListColumnView &column : columns)
            positions << int(list.columnKeys.indexOf(column.key));
        for (const QVariantList &values : list.rows) {
            QStringList row;
            row.reserve(columns.size());
            for (int c = 0; c < columns.size(); ++c)
                row << (positions.at(c) >= 0 ? cell(columns.at(c), values.value(positions.at(c))) : QString());
            rows << row;
        }
        query.offset += int(list.ids.size());
        if (list.ids.isEmpty() || query.offset >= list.total)
            break;
    }
    return rows;
}

QString ListExport::cell(const ListColumnView &column, const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (column.format) {
    case ListColumnView::Format::Date:
    case ListColumnView::Format::Text:
        return value.toString();
    case ListColumnView::Format::Number:
        return QString::number(value.toLongLong());
    case ListColumnView::Format::Percent:
        return QString::number(qRound(value.toDouble())) + QLatin1Char('%');
    case ListColumnView::Format::YesNo:
    case ListColumnView::Format::Term:
        return RecordListModel::format(column, value);
    }
    return value.toString();
}

Result<int> ListExport::write(const QString &path, const RecordListModel::Source &source, const ListQuery &query,
                              const QList<ListColumnView> &columns)
{
    auto all = rows(source, query, columns);
    if (!all)
        return all.error();
    if (Status written = CsvWriter::write(path, all.value()); !written)
        return written.error();
    return int(all.value().size()) - 1;
}
