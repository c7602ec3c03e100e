// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

class ReportDocument;

// Renders a report onto A4 pages: a header with the report title and SKGO's
// name, the content (tables break across pages with their header row
// repeated), and a footer with "page X of Y" and the date. One QPainter for
// the whole file, so header, footer and charts are drawn with the text.
class ReportPdf
{
public:
    static Status write(ReportDocument &report, const QString &path);
    // The number of pages write() produces (lays the document out for A4).
    static int pageCount(ReportDocument &report);
};
