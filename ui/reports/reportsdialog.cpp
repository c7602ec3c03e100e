// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportsdialog.h"

#include "actionplanstore.h"
#include "backgroundtask.h"
#include "database.h"
#include "partnershipstore.h"
#include "reportdocument.h"
#include "reportpdf.h"
#include "reports.h"
#include "visitstore.h"

#include <QComboBox>
#include <QDate>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPdfDocument>
#include <QPainter>
#include <QPdfView>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QString reportName(const QString &kind)
{
    if (kind == QLatin1String("partnership"))
        return ReportsDialog::tr("Partnership dossier");
    if (kind == QLatin1String("partnerships"))
        return ReportsDialog::tr("Partnerships overview");
    if (kind == QLatin1String("plan"))
        return ReportsDialog::tr("Action plan (for signing)");
    if (kind == QLatin1String("plan-progress"))
        return ReportsDialog::tr("Action plan implementation report");
    if (kind == QLatin1String("visit"))
        return ReportsDialog::tr("Visit report");
    if (kind == QLatin1String("signin"))
        return ReportsDialog::tr("Participant sign-in sheets");
    if (kind == QLatin1String("agreements"))
        return ReportsDialog::tr("Register of agreements");
    if (kind == QLatin1String("year"))
        return ReportsDialog::tr("Year in review");
    return kind;
}

} // namespace

ReportsDialog::ReportsDialog(Database *db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_kind(new QComboBox(this))
    , m_record(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_groupBy(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_previewButton(new QPushButton(tr("&Preview"), this))
    , m_save(new QPushButton(tr("&Save as PDF…"), this))
    , m_print(new QPushButton(tr("P&rint…"), this))
    , m_document(new QPdfDocument(this))
    , m_view(new QPdfView(this))
{
    setWindowTitle(tr("Reports"));
    resize(1100, 800);
    for (const QString &kind : Reports::kinds())
        m_kind->addItem(reportName(kind), kind);
    m_kind->setAccessibleName(tr("Report"));
    m_record->setAccessibleName(tr("Record"));
    m_record->setMinimumContentsLength(30);
    m_year->setRange(1950, 2200);
    m_year->setValue(QDate::currentDate().year());
    m_year->setAccessibleName(tr("Year"));
    m_groupBy->addItem(tr("By country"), QStringLiteral("country"));
    m_groupBy->addItem(tr("By Serbian local government"), QStringLiteral("municipality"));
    m_groupBy->addItem(tr("By theme"), QStringLiteral("theme"));
    m_groupBy->addItem(tr("By status"), QStringLiteral("status"));
    m_groupBy->setAccessibleName(tr("Grouping"));
    m_language->addItem(QStringLiteral("Srpski (latinica)"), QStringLiteral("sr-Latn")); // not translated: names of languages
    m_language->addItem(QStringLiteral("Српски (ћирилица)"), QStringLiteral("sr-Cyrl")); // not translated: names of languages
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en")); // not translated: names of languages
    m_language->setAccessibleName(tr("Language of the report"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setDocument(m_document);

    auto *form = new QFormLayout;
    form->addRow(tr("&Report:"), m_kind);
    form->addRow(tr("Re&cord:"), m_record);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Grouping:"), m_groupBy);
    form->addRow(tr("&Language:"), m_language);
    auto *close = new QPushButton(tr("Close"), this);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_save);
    buttons->addWidget(m_print);
    buttons->addStretch();
    buttons->addWidget(close);
    auto *side = new QVBoxLayout;
    side->addLayout(form);
    side->addWidget(m_message);
    side->addLayout(buttons, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(side);
    layout->addWidget(m_view, 1);

    m_save->setEnabled(false);
    m_print->setEnabled(false);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsDialog::updateOptions);
    connect(m_previewButton, &QPushButton::clicked, this, &ReportsDialog::preview);
    connect(m_save, &QPushButton::clicked, this, &ReportsDialog::saveAs);
    connect(m_print, &QPushButton::clicked, this, &ReportsDialog::print);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    updateOptions();
}

void ReportsDialog::updateOptions()
{
    const QString kind = m_kind->currentData().toString();
    m_record->clear();
    m_record->setEnabled(Reports::needsId(kind));
    m_year->setEnabled(Reports::needsYear(kind));
    m_groupBy->setEnabled(kind == QLatin1String("partnerships"));
    if (!m_db || !Reports::needsId(kind))
        return;
    ListQuery query;
    query.limit = 2000;
    Result<ListPage> page = Error();
    QString titleColumn = QStringLiteral("title");
    if (kind == QLatin1String("partnership")) {
        page = PartnershipStore(*m_db).list(query);
    } else if (kind == QLatin1String("plan") || kind == QLatin1String("plan-progress")) {
        query.order = Qt::DescendingOrder;
        page = ActionPlanStore(*m_db).list(query);
    } else {
        query.order = Qt::DescendingOrder;
        page = VisitStore(*m_db).list(query);
    }
    if (!page)
        return;
    const int column = int(page.value().columnKeys.indexOf(titleColumn));
    for (int row = 0; row < page.value().ids.size(); ++row)
        m_record->addItem(page.value().rows.at(row).value(column).toString(), page.value().ids.at(row));
}

void ReportsDialog::preview()
{
    m_message->clear();
    m_save->setEnabled(false);
    m_print->setEnabled(false);
    if (!m_db || m_task)
        return;
    ReportRequest request;
    request.kind = m_kind->currentData().toString();
    request.id = m_record->currentData().toLongLong();
    request.year = m_year->value();
    request.groupBy = m_groupBy->currentData().toString();
    request.language = Languages::fromCode(m_language->currentData().toString()).value_or(Language::SerbianLatin);
    m_document->close();
    const QString file = m_temporary.filePath(QStringLiteral("preview-%1.pdf").arg(request.kind));
    QFile::remove(file);
    m_previewButton->setEnabled(false);
    m_message->setText(tr("Preparing the report…"));
    m_task = BackgroundTask::runWithProgress(
        this, m_db->path(), tr("Preparing the report…"),
        [request, file](const Database &reader) -> Status {
            auto report = Reports::build(reader, request);
            if (!report)
                return report.error();
            return ReportPdf::write(*report.value(), file);
        },
        [this, file](const Status &built) { showPreview(built, file); });
}

void ReportsDialog::showPreview(const Status &built, const QString &file)
{
    m_task = nullptr;
    m_previewButton->setEnabled(true);
    if (!built) {
        m_message->setText(built.error().message());
        emit previewFinished(false);
        return;
    }
    m_previewFile = file;
    m_document->load(m_previewFile);
    m_save->setEnabled(true);
    m_print->setEnabled(true);
    m_message->setText(tr("%n page(s).", nullptr, m_document->pageCount()));
    emit previewFinished(true);
}

int ReportsDialog::previewPages() const
{
    return m_document->pageCount();
}

void ReportsDialog::saveAs()
{
    const QString target = QFileDialog::getSaveFileName(this, tr("Save Report"), reportName(m_kind->currentData().toString())
                                                                                    + QStringLiteral(".pdf"), // not translated: file extension
                                                        tr("PDF files (*.pdf)"));
    if (target.isEmpty())
        return;
    QFile::remove(target); // the file dialog already asked before replacing it
    if (!QFile::copy(m_previewFile, target))
        m_message->setText(tr("The PDF could not be saved to %1.").arg(target));
    else
        m_message->setText(tr("Saved to %1.").arg(target));
}

void ReportsDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(reportName(m_kind->currentData().toString()));
    QPrintDialog dialog(&printer, this);
    dialog.setOption(QAbstractPrintDialog::PrintPageRange);
    dialog.setMinMax(1, qMax(1, m_document->pageCount()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status printed = printTo(&printer); !printed)
        m_message->setText(printed.error().message());
    else
        m_message->setText(tr("Sent to the printer."));
}

Status ReportsDialog::printTo(QPrinter *printer) const
{
    const int pages = m_document->pageCount();
    if (pages <= 0)
        return Error(ErrorCode::NotFound, tr("There is nothing to print yet: preview the report first."));
    int first = 1;
    int last = pages;
    if (printer->printRange() == QPrinter::PageRange && printer->fromPage() > 0) {
        first = qMax(1, printer->fromPage());
        last = qMin(pages, printer->toPage() > 0 ? printer->toPage() : pages);
    }
    QPainter painter;
    if (!painter.begin(printer))
        return Error(ErrorCode::Io, tr("The printer could not be started."));
    const QRect area = printer->pageLayout().paintRectPixels(printer->resolution());
    for (int page = first; page <= last; ++page) {
        if (page > first)
            printer->newPage();
        // The page at the printer's resolution, fitted to its printable area.
        const QSizeF points = m_document->pagePointSize(page - 1);
        const QSize size = (points * printer->resolution() / 72.0).toSize().scaled(area.size(), Qt::KeepAspectRatio);
        const QImage image = m_document->render(page - 1, size);
        painter.drawImage(QRect(QPoint(0, 0), size), image);
    }
    painter.end();
    return {};
}
