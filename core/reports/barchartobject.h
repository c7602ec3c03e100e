// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "barchart.h"

#include <QObject>
#include <QTextObjectInterface>

// Draws a BarChart embedded in a QTextDocument with the painter of the
// page, so the chart is vector drawing and text in the PDF.
class BarChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int objectType = QTextFormat::UserObject + 1;
    static constexpr int chartProperty = QTextFormat::UserProperty + 1;

    explicit BarChartObject(QObject *parent = nullptr);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;
};
