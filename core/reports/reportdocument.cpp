// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdocument.h"

#include "barchartobject.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlockFormat>
#include <QTextTable>

namespace {

const QString fontFamily = QStringLiteral("DejaVu Sans");
constexpr double bodyPointSize = 9.5;
constexpr double cellPadding = 3;
constexpr int headingProperty = QTextFormat::UserProperty + 1;

} // namespace

ReportDocument::ReportDocument(const QString &title, Language language)
    : m_title(title)
    , m_text(language)
    , m_document(std::make_unique<QTextDocument>())
    , m_chartHandler(std::make_unique<BarChartObject>())
{
    QFont font(fontFamily);
    font.setPointSizeF(bodyPointSize);
    // No ligatures: "file" must not come out of the PDF as "ﬁle" (copy, search, pdftotext).
    font.setStyleStrategy(QFont::PreferNoShaping);
    m_document->setDefaultFont(font);
    m_document->setUndoRedoEnabled(false);
    m_document->setDocumentMargin(0);
    m_document->documentLayout()->registerHandler(BarChartObject::objectType, m_chartHandler.get());
    m_cursor = QTextCursor(m_document.get());
}

ReportDocument::~ReportDocument() = default;

QTextCharFormat ReportDocument::bodyFormat() const
{
    QTextCharFormat format;
    format.setFontFamilies({fontFamily});
    format.setFontPointSize(bodyPointSize);
    format.setFontStyleStrategy(QFont::PreferNoShaping);
    format.setFontWeight(QFont::Normal);
    return format;
}

void ReportDocument::newBlock(double topMargin, double bottomMargin)
{
    QTextBlockFormat block;
    block.setTopMargin(topMargin);
    block.setBottomMargin(bottomMargin);
    if (m_pageBreakPending) {
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_pageBreakPending = false;
    }
    if (m_firstBlock) {
        m_cursor.setBlockFormat(block);
        m_firstBlock = false;
    } else {
        m_cursor.insertBlock(block);
    }
    m_cursor.setCharFormat(bodyFormat());
}

void ReportDocument::newHeadingBlock(double topMargin, double bottomMargin)
{
    newBlock(topMargin, bottomMargin);
    QTextBlockFormat heading;
    heading.setProperty(headingProperty, true);
    m_cursor.mergeBlockFormat(heading);
}

void ReportDocument::keepHeadingsWithNext(double minSpaceBelow)
{
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    const double pageHeight = m_document->pageSize().height();
    if (pageHeight <= 0)
        return;
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        if (!block.blockFormat().boolProperty(headingProperty))
            continue;
        const QRectF heading = layout->blockBoundingRect(block);
        const int page = int(heading.top() / pageHeight);
        if (heading.top() - page * pageHeight < 1) // already at the top of a page
            continue;
        QTextBlock next = block.next();
        while (next.isValid() && (next.text().isEmpty() || next.blockFormat().boolProperty(headingProperty)))
            next = next.next();
        const double spaceLeft = (page + 1) * pageHeight - heading.bottom();
        const bool nextOnLaterPage = next.isValid() && int(layout->blockBoundingRect(next).top() / pageHeight) > page;
        if (spaceLeft < minSpaceBelow || nextOnLaterPage) {
            QTextBlockFormat breakBefore;
            breakBefore.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            // Lay the document out again from the heading on (tables after it too, as Qt
            // does on a paged document); what comes before it stays as it was.
            QTextCursor cursor(block);
            cursor.beginEditBlock();
            cursor.mergeBlockFormat(breakBefore);
            m_document->markContentsDirty(block.position(), m_document->characterCount() - block.position());
            cursor.endEditBlock();
        }
    }
}

void ReportDocument::addTitleBlock(const QStringList &scopeLines)
{
    newBlock(0, 4);
    QTextCharFormat titleFormat = bodyFormat();
    titleFormat.setFontPointSize(17);
    titleFormat.setFontWeight(QFont::Bold);
    m_cursor.insertText(m_title, titleFormat);
    for (const QString &line : scopeLines) {
        newBlock();
        m_cursor.insertText(line, bodyFormat());
    }
    newBlock(0, 10);
    QTextCharFormat small = bodyFormat();
    small.setFontPointSize(8);
    small.setForeground(Qt::darkGray);
    m_cursor.insertText(m_text.label(QT_TRANSLATE_NOOP("Report", "Generated on %1")).arg(m_text.date(QDate::currentDate())),
                        small);
}

void ReportDocument::addHeading(const QString &text)
{
    newHeadingBlock(14, 4);
    QTextCharFormat format = bodyFormat();
    format.setFontPointSize(13);
    format.setFontWeight(QFont::Bold);
    format.setForeground(QColor(0x1f, 0x3f, 0x6f));
    m_cursor.insertText(text, format);
}

void ReportDocument::addSubheading(const QString &text)
{
    newHeadingBlock(8, 2);
    QTextCharFormat format = bodyFormat();
    format.setFontPointSize(11);
    format.setFontWeight(QFont::Bold);
    m_cursor.insertText(text, format);
}

void ReportDocument::addParagraph(const QString &text)
{
    newBlock(0, 4);
    m_cursor.insertText(text, bodyFormat());
}

void ReportDocument::addFacts(const QList<QPair<QString, QString>> &facts)
{
    for (const auto &fact : facts) {
        if (fact.second.trimmed().isEmpty())
            continue;
        newBlock(0, 1);
        QTextCharFormat label = bodyFormat();
        label.setFontWeight(QFont::Bold);
        m_cursor.insertText(fact.first + QLatin1String(": "), label);
        m_cursor.insertText(fact.second, bodyFormat());
    }
}

void ReportDocument::addEmptyNote(const QString &text)
{
    newBlock(0, 4);
    QTextCharFormat format = bodyFormat();
    format.setFontItalic(true);
    format.setForeground(Qt::darkGray);
    m_cursor.insertText(text, format);
}

void ReportDocument::addPageBreak()
{
    if (!m_firstBlock)
        m_pageBreakPending = true;
}

void ReportDocument::addTable(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widthPercents,
                              const QString &emptyText)
{
    addTable(headers, rows, widthPercents, emptyText, ReportTableOptions());
}

void ReportDocument::addTable(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widthPercents,
                              const QString &emptyText, const ReportTableOptions &options)
{
    if (rows.isEmpty()) {
        addEmptyNote(emptyText);
        return;
    }
    newBlock(2, 0);
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setBorder(0.5);
    format.setBorderBrush(Qt::gray);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setCellPadding(cellPadding);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (int percent : widthPercents)
        widths << QTextLength(QTextLength::PercentageLength, percent);
    if (widths.size() == headers.size())
        format.setColumnWidthConstraints(widths);
    // One edit block for the whole table: the document is laid out once at
    // its end, not again after every cell (which made a long table quadratic).
    m_cursor.beginEditBlock();
    QTextTable *table = m_cursor.insertTable(int(rows.size()) + 1, int(headers.size()), format);

    QTextCharFormat cellFormat = bodyFormat();
    cellFormat.setFontPointSize(bodyPointSize - 0.5);
    QTextCharFormat headerFormat = cellFormat;
    headerFormat.setFontWeight(QFont::Bold);
    for (int column = 0; column < headers.size(); ++column) {
        QTextTableCell cell = table->cellAt(0, column);
        QTextCharFormat background = cell.format();
        background.setBackground(QColor(0xe4, 0xea, 0xf2));
        cell.setFormat(background);
        cell.firstCursorPosition().insertText(headers.at(column), headerFormat);
    }
    QTextCharFormat boldCell = cellFormat;
    boldCell.setFontWeight(QFont::Bold);
    for (int row = 0; row < rows.size(); ++row) {
        const bool marked = options.markedRows.contains(row);
        const bool bold = marked || options.totalRows.contains(row);
        for (int column = 0; column < headers.size(); ++column) {
            QTextTableCell cell = table->cellAt(row + 1, column);
            if (marked || options.rowSpacing > 0) {
                QTextTableCellFormat look = cell.format().toTableCellFormat();
                if (marked)
                    look.setBackground(QColor(0xfb, 0xe9, 0xc8));
                if (options.rowSpacing > 0) {
                    // Block margins are ignored in a cell of one paragraph; padding is not.
                    look.setTopPadding(cellPadding + options.rowSpacing);
                    look.setBottomPadding(cellPadding + options.rowSpacing);
                }
                cell.setFormat(look);
            }
            cell.firstCursorPosition().insertText(rows.at(row).value(column), bold ? boldCell : cellFormat);
        }
    }
    m_cursor.endEditBlock();
    m_cursor.movePosition(QTextCursor::End);
}

void ReportDocument::addChart(const BarChart &chart, const QString &emptyText)
{
    if (chart.isEmpty()) {
        addEmptyNote(emptyText);
        return;
    }
    BarChart printed = chart;
    printed.valueTexts.clear();
    for (double value : chart.values)
        printed.valueTexts << m_text.locale().toString(value, 'f', value == double(qRound64(value)) ? 0 : 1);
    newBlock(6, 6);
    QTextCharFormat format;
    format.setObjectType(BarChartObject::objectType);
    format.setProperty(BarChartObject::chartProperty, QVariant::fromValue(printed));
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

void ReportDocument::addSignatureBlock(const QStringList &parties)
{
    if (parties.isEmpty())
        return;
    newBlock(28, 0);
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellPadding(6);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QTextTable *table = m_cursor.insertTable(3, int(parties.size()), format);
    for (int column = 0; column < parties.size(); ++column) {
        QTextCharFormat bold = bodyFormat();
        bold.setFontWeight(QFont::Bold);
        table->cellAt(0, column).firstCursorPosition().insertText(parties.at(column), bold);
        table->cellAt(1, column).firstCursorPosition().insertText(QStringLiteral("\n\n______________________________"), bodyFormat());
        table->cellAt(2, column).firstCursorPosition().insertText(
            m_text.label(QT_TRANSLATE_NOOP("Report", "Place and date:")) + QStringLiteral(" ____________________"), bodyFormat());
    }
    m_cursor.movePosition(QTextCursor::End);
}
