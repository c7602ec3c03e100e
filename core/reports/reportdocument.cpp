// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdocument.h"

#include "barchartobject.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlockFormat>
#include <QTextTable>

namespace {

const QString fontFamily = QStringLiteral("DejaVu Sans");
constexpr double bodyPointSize = 9.5;

} // namespace

ReportDocument::ReportDocument(const QString &title, Language language)
    : m_title(title)
    , m_text(language)
    , m_document(std::make_unique<QTextDocument>())
    , m_chartHandler(std::make_unique<BarChartObject>())
{
    QFont font(fontFamily);
    font.setPointSizeF(bodyPointSize);
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
    format.setFontWeight(QFont::Normal);
    return format;
}

void ReportDocument::newBlock(double topMargin, double bottomMargin)
{
    QTextBlockFormat block;
    block.setTopMargin(topMargin);
    block.setBottomMargin(bottomMargin);
    if (m_firstBlock) {
        m_cursor.setBlockFormat(block);
        m_firstBlock = false;
    } else {
        m_cursor.insertBlock(block);
    }
    m_cursor.setCharFormat(bodyFormat());
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
    newBlock(14, 4);
    QTextCharFormat format = bodyFormat();
    format.setFontPointSize(13);
    format.setFontWeight(QFont::Bold);
    format.setForeground(QColor(0x1f, 0x3f, 0x6f));
    m_cursor.insertText(text, format);
}

void ReportDocument::addSubheading(const QString &text)
{
    newBlock(8, 2);
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

void ReportDocument::addTable(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widthPercents,
                              const QString &emptyText)
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
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (int percent : widthPercents)
        widths << QTextLength(QTextLength::PercentageLength, percent);
    if (widths.size() == headers.size())
        format.setColumnWidthConstraints(widths);
    QTextTable *table = m_cursor.insertTable(int(rows.size()) + 1, int(headers.size()), format);

    QTextCharFormat headerFormat = bodyFormat();
    headerFormat.setFontWeight(QFont::Bold);
    QTextCharFormat cellFormat = bodyFormat();
    cellFormat.setFontPointSize(bodyPointSize - 0.5);
    for (int column = 0; column < headers.size(); ++column) {
        QTextTableCell cell = table->cellAt(0, column);
        QTextCharFormat background = cell.format();
        background.setBackground(QColor(0xe4, 0xea, 0xf2));
        cell.setFormat(background);
        cell.firstCursorPosition().insertText(headers.at(column), headerFormat);
    }
    for (int row = 0; row < rows.size(); ++row) {
        for (int column = 0; column < headers.size(); ++column)
            table->cellAt(row + 1, column).firstCursorPosition().insertText(rows.at(row).value(column), cellFormat);
    }
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
