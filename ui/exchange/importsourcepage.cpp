// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsourcepage.h"

#include "importcolumns.h"
#include "importwizard.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ImportSourcePage::ImportSourcePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_kind(new QComboBox(this))
    , m_file(new QLineEdit(this))
    , m_columns(new QLabel(this))
{
    setTitle(tr("What to import"));
    setSubTitle(tr("Choose the kind of records and the CSV file that holds them (as Excel or LibreOffice save it)."));
    for (const QString &kind : CsvImport::kinds())
        m_kind->addItem(ImportColumns::kindLabel(kind), kind);
    m_kind->setAccessibleName(tr("Kind of records"));
    m_file->setAccessibleName(tr("File"));
    m_file->setPlaceholderText(tr("A .csv file"));
    m_file->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    m_columns->setWordWrap(true);
    m_columns->setTextFormat(Qt::PlainText);
    m_columns->setObjectName(QStringLiteral("columnsHint"));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Records:"), m_kind);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(m_columns);
    layout->addStretch(1);

    connect(browse, &QPushButton::clicked, this, &ImportSourcePage::chooseFile);
    connect(m_file, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportSourcePage::showColumns);
    showColumns();
}

void ImportSourcePage::showColumns()
{
    m_wizard->setKind(m_kind->currentData().toString());
    QStringList names;
    for (const CsvColumn &column : m_wizard->columns())
        names << (column.required ? column.name + QLatin1Char('*') : column.name);
    m_columns->setText(tr("The file's first line names its columns. Columns of %1: %2 (* required). "
                          "Columns named otherwise can be matched in a later step.")
                           .arg(ImportColumns::kindLabel(m_wizard->kind()).toLower(), names.join(QStringLiteral(", "))));
}

void ImportSourcePage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import from a CSV File"), m_file->text(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

bool ImportSourcePage::isComplete() const
{
    return QFileInfo(m_file->text().trimmed()).isFile();
}

bool ImportSourcePage::validatePage()
{
    m_wizard->setKind(m_kind->currentData().toString());
    m_wizard->setFilePath(m_file->text().trimmed());
    return true;
}
