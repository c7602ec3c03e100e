// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listcolumn.h"
#include "recordlistmodel.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// A list of the app as CSV rows (no widgets): the header and every row the
// list's query selects (its quick filter, filters and order; all pages, not
// only those loaded into the view), in the columns given (those shown, in
// the order shown). Cells as the list shows them, except dates (ISO
// YYYY-MM-DD) and numbers (no thousands separators), which spreadsheets
// read as values in any locale.
class ListExport
{
    Q_DECLARE_TR_FUNCTIONS(ListExport)

public:
    static constexpr int pageSize = 2000;

    static Result<QList<QStringList>> rows(const RecordListModel::Source &source, ListQuery query,
                                           const QList<ListColumnView> &columns);
    static QString cell(const ListColumnView &column, const QVariant &value);
    // rows() written as CSV (UTF-8 with BOM, CRLF, see CsvWriter); the number of records on success.
    static Result<int> write(const QString &path, const RecordListModel::Source &source, const ListQuery &query,
                             const QList<ListColumnView> &columns);
};
