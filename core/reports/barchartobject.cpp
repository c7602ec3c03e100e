// SPDX-License-Identifier: GPL-3.0-or-later
#include "barchartobject.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>

namespace {

constexpr double barPitch = 1.9;  // line heights per bar
constexpr double minLabelShare = 0.15; // of the width, for the labels: as wide as the longest label
constexpr double maxLabelShare = 0.45; // within these bounds; longer labels are elided

QFont chartFont(const QTextDocument *doc, double scale)
{
    QFont font = doc->defaultFont();
    font.setPointSizeF(font.pointSizeF() * scale);
    return font;
}

} // namespace

BarChartObject::BarChartObject(QObject *parent)
    : QObject(parent)
{
}

QSizeF BarChartObject::intrinsicSize(QTextDocument *doc, int, const QTextFormat &format)
{
    const BarChart chart = format.property(chartProperty).value<BarChart>();
    const QFontMetricsF metrics(chartFont(doc, 0.9), doc->documentLayout()->paintDevice());
    const double width = doc->pageSize().width() > 0 ? doc->pageSize().width() * 0.96 : 600;
    const double height = metrics.height() * (2.2 + barPitch * std::max<qsizetype>(1, chart.values.size()));
    return {width, height};
}

void BarChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int, const QTextFormat &format)
{
    const BarChart chart = format.property(chartProperty).value<BarChart>();
    painter->save();
    const QFont titleFont = [&] {
        QFont f = chartFont(doc, 1.0);
        f.setBold(true);
        return f;
    }();
    const QFont labelFont = chartFont(doc, 0.9);
    const QFontMetricsF titleMetrics(titleFont, painter->device());
    const QFontMetricsF metrics(labelFont, painter->device());
    const double line = metrics.height();

    painter->setFont(titleFont);
    painter->setPen(Qt::black);
    painter->drawText(QRectF(rect.left(), rect.top(), rect.width(), titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      chart.title);

    const double top = rect.top() + line * 1.8;
    double longest = 0;
    for (const QString &label : chart.labels)
        longest = std::max(longest, metrics.horizontalAdvance(label));
    const double labelWidth = std::clamp(longest + line * 0.2, rect.width() * minLabelShare, rect.width() * maxLabelShare);
    const double valueWidth = metrics.horizontalAdvance(QStringLiteral("0000000")) + metrics.horizontalAdvance(chart.valueSuffix);
    const double barLeft = rect.left() + labelWidth + line * 0.5;
    const double barSpace = std::max(1.0, rect.right() - barLeft - valueWidth - line * 0.5);
    const double maxValue = chart.values.isEmpty() ? 1.0 : std::max(1.0, *std::max_element(chart.values.cbegin(), chart.values.cend()));

    painter->setFont(labelFont);
    for (qsizetype i = 0; i < chart.values.size(); ++i) {
        const double y = top + double(i) * line * barPitch;
        const QRectF labelRect(rect.left(), y, labelWidth, line * 1.4);
        painter->setPen(Qt::black);
        painter->drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter,
                          metrics.elidedText(chart.labels.value(i), Qt::ElideRight, labelWidth));
        const double length = barSpace * chart.values.at(i) / maxValue;
        const QRectF bar(barLeft, y + line * 0.15, std::max(length, line * 0.08), line * 1.1);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x2f, 0x5f, 0x9f));
        painter->drawRect(bar);
        painter->setPen(Qt::black);
        const QString value = chart.valueTexts.value(i) + chart.valueSuffix;
        painter->drawText(QRectF(bar.right() + line * 0.3, y, valueWidth + line, line * 1.4), Qt::AlignLeft | Qt::AlignVCenter,
                          value);
    }
    // The axis.
    painter->setPen(QPen(Qt::darkGray, 0));
    painter->drawLine(QPointF(barLeft, top), QPointF(barLeft, top + double(chart.values.size()) * line * barPitch));
    painter->restore();
}
