// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpdf.h"

#include "applog.h"
#include "reportdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace {

constexpr int resolution = 300;
const QMarginsF pageMargins(18, 16, 18, 14); // millimetres

struct PageGeometry
{
    QRectF paint;     // printable area, in device pixels, origin at its top-left
    double header = 0;
    double footer = 0;
    QSizeF body() const { return {paint.width(), paint.height() - header - footer}; }
};

PageGeometry layOut(ReportDocument &report, QPaintDevice *device, const QPageLayout &layout)
{
    PageGeometry geometry;
    const QRect paint = layout.paintRectPixels(resolution);
    geometry.paint = QRectF(0, 0, paint.width(), paint.height());
    const double mm = resolution / 25.4;
    geometry.header = 11 * mm;
    geometry.footer = 9 * mm;
    QTextDocument *doc = report.document();
    doc->documentLayout()->setPaintDevice(device);
    doc->setPageSize(geometry.body());
    report.keepHeadingsWithNext(28 * mm);
    return geometry;
}

QString skgoName(const ReportText &text)
{
    return text.label(QT_TRANSLATE_NOOP("Report", "Standing Conference of Towns and Municipalities"));
}

void drawHeader(QPainter &painter, const PageGeometry &g, const ReportDocument &report)
{
    QFont font = report.document()->defaultFont();
    font.setPointSizeF(7.5);
    painter.setFont(font);
    painter.setPen(Qt::darkGray);
    const QRectF line(0, 0, g.paint.width(), g.header * 0.6);
    painter.drawText(line, Qt::AlignLeft | Qt::AlignTop, report.title());
    painter.drawText(line, Qt::AlignRight | Qt::AlignTop, skgoName(report.text()));
    painter.setPen(QPen(Qt::gray, 2));
    painter.drawLine(QPointF(0, g.header * 0.62), QPointF(g.paint.width(), g.header * 0.62));
}

void drawFooter(QPainter &painter, const PageGeometry &g, const ReportDocument &report, int page, int pages)
{
    QFont font = report.document()->defaultFont();
    font.setPointSizeF(7.5);
    painter.setFont(font);
    painter.setPen(Qt::darkGray);
    const double top = g.paint.height() - g.footer * 0.7;
    painter.drawLine(QPointF(0, top), QPointF(g.paint.width(), top));
    const QRectF line(0, top, g.paint.width(), g.footer * 0.7);
    const ReportText &text = report.text();
    painter.drawText(line, Qt::AlignLeft | Qt::AlignBottom, text.date(QDate::currentDate()));
    painter.drawText(line, Qt::AlignRight | Qt::AlignBottom,
                     text.label(QT_TRANSLATE_NOOP("Report", "Page %1 of %2")).arg(page).arg(pages));
}

} // namespace

int ReportPdf::pageCount(ReportDocument &report)
{
    QPdfWriter writer(QStringLiteral("/dev/null"));
    writer.setResolution(resolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(pageMargins, QPageLayout::Millimeter);
    layOut(report, &writer, writer.pageLayout());
    return report.document()->pageCount();
}

Status ReportPdf::write(ReportDocument &report, const QString &path)
{
    const QString failed = QCoreApplication::translate("ReportPdf", "The PDF could not be written.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, failed, path + QLatin1String(": ") + file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(resolution);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(pageMargins, QPageLayout::Millimeter);
        writer.setTitle(report.title());
        writer.setCreator(QStringLiteral("Saradnja"));
        const PageGeometry g = layOut(report, &writer, writer.pageLayout());
        QTextDocument *doc = report.document();
        const int pages = doc->pageCount();
        const QSizeF body = g.body();

        QPainter painter(&writer);
        if (!painter.isActive())
            return Error(ErrorCode::Io, failed, path);
        QAbstractTextDocumentLayout::PaintContext context;
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            drawHeader(painter, g, report);
            painter.save();
            painter.translate(0, g.header - page * body.height());
            const QRectF clip(0, page * body.height(), body.width(), body.height());
            context.clip = clip;
            painter.setClipRect(clip);
            doc->documentLayout()->draw(&painter, context);
            painter.restore();
            drawFooter(painter, g, report, page + 1, pages);
        }
        painter.end();
    }
    if (!file.commit())
        return Error(ErrorCode::Io, failed, path + QLatin1String(": ") + file.errorString());
    AppLog::info(QStringLiteral("report \"%1\" written to %2").arg(report.title(), path));
    return {};
}
