// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard.h"

#include "database.h"
#include "importcheckpage.h"
#include "importmappingpage.h"
#include "importpreviewpage.h"
#include "importrunpage.h"
#include "importsourcepage.h"

ImportWizard::ImportWizard(Database *db, QWidget *parent)
    : QWizard(parent)
    , m_databasePath(db ? db->path() : QString())
    , m_readOnlyMessage(db && db->isReadOnly() ? db->readOnlyMessage() : QString())
    , m_kind(CsvImport::kinds().constFirst())
    , m_runPage(new ImportRunPage(this))
{
    setObjectName(QStringLiteral("importWizard"));
    for (const QString &kind : CsvImport::kinds()) {
        if (db)
            m_columns.insert(kind, CsvImport::handler(kind, *db)->columns()); // the handler only names its columns here
    }
    setWindowTitle(tr("Import from a CSV File"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(SourcePageId, new ImportSourcePage(this));
    setPage(PreviewPageId, new ImportPreviewPage(this));
    setPage(MappingPageId, new ImportMappingPage(this));
    setPage(CheckPageId, new ImportCheckPage(this));
    setPage(RunPageId, m_runPage);
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::FinishButton, tr("&Close"));
    setButtonText(QWizard::CommitButton, tr("&Import"));
    resize(820, 600);
}

QList<CsvColumn> ImportWizard::columns() const
{
    return m_columns.value(m_kind);
}

ImportOptions ImportWizard::options(bool dryRun) const
{
    ImportOptions options;
    options.dryRun = dryRun;
    options.updateExisting = m_updateExisting;
    options.columns = m_mapping;
    return options;
}

void ImportWizard::reject()
{
    // While the import runs it is cancelled (rolled back) first; the wizard stays to say so.
    if (m_runPage->isRunning()) {
        m_runPage->cancel();
        return;
    }
    QWizard::reject();
}
