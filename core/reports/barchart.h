// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// A horizontal bar chart as data; drawn as vector graphics inside a report
// (BarChartObject), so it stays sharp in print and its labels are real text.
struct BarChart
{
    QString title;
    QList<QString> labels;
    QList<double> values;
    QString valueSuffix; // "%" for progress, empty for counts
    QStringList valueTexts; // the values as printed (in the report's locale); filled by ReportDocument

    bool isEmpty() const { return values.isEmpty(); }
};
Q_DECLARE_METATYPE(BarChart)
