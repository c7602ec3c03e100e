// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcheckpage.h"

#include "database.h"
#include "importwizard.h"
#include "threadjob.h"

#include <QCheckBox>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QStringListModel>
#include <QVBoxLayout>

ImportCheckPage::ImportCheckPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_update(new QCheckBox(tr("&Update records that already exist with the file's values"), this))
    , m_summary(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_problemView(new QListView(this))
    , m_problems(new QStringListModel(this))
{
    setTitle(tr("Check the file"));
    setSubTitle(tr("Nothing is imported until every row is correct; then all rows are imported at once, or none."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_update->setAccessibleName(tr("Update existing records"));
    m_update->setToolTip(tr("Without this, rows that match a record already in the register are skipped as duplicates."));
    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_problemView->setModel(m_problems);
    m_problemView->setAccessibleName(tr("Problems"));
    m_problemView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemView->setUniformItemSizes(true);
    m_problemView->setAlternatingRowColors(true);
    m_problemView->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_update);
    layout->addSpacing(8);
    layout->addWidget(m_summary);
    layout->addWidget(m_busy);
    layout->addWidget(m_problemView, 1);
    layout->addStretch(0);
    connect(m_update, &QCheckBox::toggled, this, [this](bool update) {
        m_wizard->setUpdateExisting(update);
        check();
    });
}

ImportCheckPage::~ImportCheckPage()
{
    if (m_stop)
        *m_stop = true;
}

void ImportCheckPage::initializePage()
{
    m_update->setChecked(m_wizard->updateExisting());
    check();
}

void ImportCheckPage::check()
{
    const int generation = ++m_generation;
    m_checking = true;
    m_clean = false;
    m_summary->setText(tr("Checking every row…"));
    m_busy->show();
    m_problems->setStringList({});
    m_problemView->hide();
    emit completeChanged();
    const QString path = m_wizard->databasePath();
    const QString kind = m_wizard->kind();
    const std::shared_ptr<const CsvContent> content = m_wizard->content();
    if (m_stop)
        *m_stop = true; // the check before is of no use any more
    m_stop = std::make_shared<std::atomic_bool>(false);
    ImportOptions options = m_wizard->options(true);
    options.progress = [stop = m_stop](int, int) { return !*stop; };
    ThreadJob::run<Result<ImportSummary>>(
        this,
        [path, kind, content, options]() -> Result<ImportSummary> {
            if (!content)
                return Error(ErrorCode::Invalid, tr("The file could not be read."));
            auto reader = Database::openReader(path);
            if (!reader)
                return reader.error();
            return CsvImport::run(*reader.value(), kind, *content, options);
        },
        [this, generation](Result<ImportSummary> result) {
            if (generation != m_generation)
                return;
            m_stop.reset();
            m_checking = false;
            m_busy->hide();
            if (!result) {
                m_summary->setText(result.error().message());
                emit completeChanged();
                return;
            }
            const ImportSummary &summary = result.value();
            if (!summary.problems.isEmpty()) {
                QStringList lines;
                lines.reserve(summary.problems.size());
                for (const ImportProblem &problem : summary.problems)
                    lines << problem.toString();
                m_problems->setStringList(lines);
                m_problemView->show();
                m_summary->setText(tr("%n problem(s) found. Correct the file (or the choices of the earlier steps) "
                                      "and check again; nothing can be imported until the file is clean.",
                                      nullptr, int(lines.size())));
                emit completeChanged();
                return;
            }
            m_clean = true;
            QString text = tr("The file is clean: %1 would be added, %2 updated, %3 skipped as duplicates.")
                               .arg(summary.added)
                               .arg(summary.updated)
                               .arg(summary.duplicates);
            if (m_wizard->isReadOnly())
                text += QLatin1Char('\n') + tr("The register is open read-only, so nothing can be imported: %1")
                                                .arg(m_wizard->readOnlyMessage());
            m_summary->setText(text);
            emit completeChanged();
        });
}

QStringList ImportCheckPage::problems() const
{
    return m_problems->stringList();
}

bool ImportCheckPage::isComplete() const
{
    return m_clean && !m_checking && !m_wizard->isReadOnly();
}
