// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "barchart.h"
#include "reporttext.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>

class BarChartObject;

// How a table looks beyond its columns: rows that stand out, room to write.
struct ReportTableOptions
{
    QSet<int> markedRows;  // printed bold on a tinted background (a warning: an agreement expiring)
    QSet<int> totalRows;   // printed bold (a total)
    double rowSpacing = 0; // extra space above and below every body row's text, in points (room to sign)
};

// A report's content, built once and rendered many ways (PDF, plain text for
// golden tests). Everything goes in through QTextCursor as plain text, so a
// name like "<b>X</b><img src=...>" is printed literally and no resource is
// ever loaded; only the report's own charts are drawn.
class ReportDocument
{
public:
    ReportDocument(const QString &title, Language language);
    ~ReportDocument();
    ReportDocument(const ReportDocument &) = delete;
    ReportDocument &operator=(const ReportDocument &) = delete;

    const ReportText &text() const { return m_text; }
    QString title() const { return m_title; }
    QTextDocument *document() const { return m_document.get(); }

    // The title block: report title, what it covers (filters), generation date.
    void addTitleBlock(const QStringList &scopeLines);
    void addHeading(const QString &text);
    void addSubheading(const QString &text);
    void addParagraph(const QString &text);
    // "Label: value" lines; empty values are left out.
    void addFacts(const QList<QPair<QString, QString>> &facts);
    // A table whose header row repeats on every page; an empty table says emptyText instead.
    void addTable(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widthPercents,
                  const QString &emptyText);
    void addTable(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widthPercents,
                  const QString &emptyText, const ReportTableOptions &options);
    // What follows starts on a new page.
    void addPageBreak();
    void addEmptyNote(const QString &text);
    void addChart(const BarChart &chart, const QString &emptyText);
    // Signature lines, one per party, side by side.
    void addSignatureBlock(const QStringList &parties);

    QString toPlainText() const { return m_document->toPlainText(); }

    // Once the document is laid out on pages: a heading that would end a page
    // (less than minSpaceBelow left under it, or what follows it starts on the
    // next page) moves to the next page with what it introduces.
    void keepHeadingsWithNext(double minSpaceBelow);

private:
    QTextCharFormat bodyFormat() const;
    void newBlock(double topMargin = 0, double bottomMargin = 0);
    void newHeadingBlock(double topMargin, double bottomMargin);

    QString m_title;
    ReportText m_text;
    std::unique_ptr<QTextDocument> m_document;
    std::unique_ptr<BarChartObject> m_chartHandler;
    QTextCursor m_cursor;
    bool m_firstBlock = true;
    bool m_pageBreakPending = false;
};
