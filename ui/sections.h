// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordkind.h"
#include "recordlistmodel.h"

#include <QCoreApplication>
#include <QList>

class Database;
class SectionPage;
class QWidget;

// What the sidebar offers: the record sections in their order, each with its
// list columns, filters and editor, and the function that lists it.
class Sections
{
    Q_DECLARE_TR_FUNCTIONS(Sections)

public:
    static const QList<RecordKind> &order();
    static SectionPage *create(RecordKind kind, QWidget *parent);
    static RecordListModel::Source source(RecordKind kind, const Database *db);
};
