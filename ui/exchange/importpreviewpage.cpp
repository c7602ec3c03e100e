// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreviewpage.h"

#include "importwizard.h"
#include "threadjob.h"

#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

struct FileRead
{
    std::shared_ptr<const CsvContent> content;
    bool bom = false;
    Error error;
};

bool startsWithBom(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(3) == QByteArray("\xEF\xBB\xBF");
}

QString delimiterKey(QChar delimiter)
{
    if (delimiter == QLatin1Char('\t'))
        return QStringLiteral("tab");
    return QString(delimiter);
}

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_detected(new QLabel(this))
    , m_message(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setTitle(tr("Check how the file reads"));
    setSubTitle(tr("The encoding and the delimiter were detected. If letters or columns look wrong below, choose others."));
    m_encoding->addItem(tr("UTF-8"), QStringLiteral("UTF-8"));
    m_encoding->addItem(tr("Windows-1250 (Latin)"), QStringLiteral("windows-1250"));
    m_encoding->addItem(tr("Windows-1251 (Cyrillic)"), QStringLiteral("windows-1251"));
    m_encoding->setAccessibleName(tr("Encoding"));
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("tab"));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_detected->setObjectName(QStringLiteral("detected"));
    m_detected->setTextFormat(Qt::PlainText);
    m_detected->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("readMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_table->setAccessibleName(tr("Preview"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto *choices = new QHBoxLayout;
    auto *form = new QFormLayout;
    form->addRow(tr("&Encoding:"), m_encoding);
    auto *form2 = new QFormLayout;
    form2->addRow(tr("&Delimiter:"), m_delimiter);
    choices->addLayout(form);
    choices->addSpacing(24);
    choices->addLayout(form2);
    choices->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_detected);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::readWithOverrides);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::readWithOverrides);
}

void ImportPreviewPage::initializePage()
{
    // A new file, or the same one again: detect afresh unless it is the file already shown.
    const std::shared_ptr<const CsvContent> shown = m_wizard->content();
    if (shown && m_shownPath == m_wizard->filePath())
        return;
    m_shownPath = m_wizard->filePath();
    m_detected->clear();
    read({}, {});
}

void ImportPreviewPage::readWithOverrides()
{
    read(m_encoding->currentData().toString(), m_delimiter->currentData().toString());
}

void ImportPreviewPage::read(const QString &encoding, const QString &delimiter)
{
    const int generation = ++m_generation;
    const bool detect = encoding.isEmpty();
    m_reading = true;
    m_wizard->setContent(nullptr);
    m_message->setText(tr("Reading the file…"));
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    emit completeChanged();
    const QString path = m_wizard->filePath();
    ThreadJob::run<FileRead>(
        this,
        [path, encoding, delimiter] {
            FileRead read;
            auto content = CsvSource::read(path, encoding, delimiter);
            if (!content) {
                read.error = content.error();
                return read;
            }
            read.content = std::make_shared<const CsvContent>(content.take());
            read.bom = read.content->encoding == QLatin1String("UTF-8") && startsWithBom(path);
            return read;
        },
        [this, generation, detect](FileRead read) {
            if (generation != m_generation)
                return;
            m_reading = false;
            if (!read.content) {
                m_message->setText(read.error.message());
                emit completeChanged();
                return;
            }
            if (detect) {
                const QSignalBlocker encodingBlocker(m_encoding);
                const QSignalBlocker delimiterBlocker(m_delimiter);
                m_encoding->setCurrentIndex(m_encoding->findData(read.content->encoding));
                m_delimiter->setCurrentIndex(m_delimiter->findData(delimiterKey(read.content->delimiter)));
                const QString encodingName = read.content->encoding == QLatin1String("UTF-8")
                    ? (read.bom ? tr("UTF-8 with BOM") : tr("UTF-8 without BOM"))
                    : m_encoding->currentText();
                m_detected->setText(tr("Detected: %1, %2.").arg(encodingName, m_delimiter->currentText().toLower()));
            }
            m_wizard->setContent(read.content);
            showPreview();
            emit completeChanged();
        });
}

void ImportPreviewPage::showPreview()
{
    const std::shared_ptr<const CsvContent> content = m_wizard->content();
    if (!content || content->records.isEmpty()) {
        m_message->setText(tr("The file is empty."));
        return;
    }
    const QStringList header = content->records.first().fields;
    int columns = int(header.size());
    const int rows = int(qMin<qsizetype>(content->records.size() - 1, previewRows));
    for (int r = 1; r <= rows; ++r)
        columns = qMax(columns, int(content->records.at(r).fields.size()));
    m_table->setColumnCount(columns);
    m_table->setRowCount(rows);
    QStringList labels;
    for (int c = 0; c < columns; ++c)
        labels << (c < header.size() ? header.at(c) : QString());
    m_table->setHorizontalHeaderLabels(labels);
    QStringList lines;
    for (int r = 0; r < rows; ++r) {
        const CsvRecord &record = content->records.at(r + 1);
        lines << QString::number(record.line);
        for (int c = 0; c < record.fields.size(); ++c) {
            // Line breaks inside a cell shown as ↵, so each record keeps one line.
            QString text = record.fields.at(c);
            text.replace(QLatin1String("\r\n"), QStringLiteral("↵")).replace(QLatin1Char('\n'), QStringLiteral("↵"));
            m_table->setItem(r, c, new QTableWidgetItem(text));
        }
    }
    m_table->setVerticalHeaderLabels(lines);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < columns; ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 260));
    const int dataRows = int(content->records.size()) - 1;
    m_message->setText(dataRows > rows ? tr("%n row(s) in the file; the first %1 are shown (the numbers are the file's lines).", nullptr, dataRows).arg(rows)
                                       : tr("%n row(s) in the file (the numbers are the file's lines).", nullptr, dataRows));
}

bool ImportPreviewPage::isComplete() const
{
    return !m_reading && m_wizard->content() && !m_wizard->content()->records.isEmpty();
}
