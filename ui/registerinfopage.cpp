// SPDX-License-Identifier: GPL-3.0-or-later
#include "registerinfopage.h"

#include "backupmanager.h"
#include "compaction.h"
#include "database.h"
#include "dates.h"
#include "recordcounts.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

RegisterInfoPage::RegisterInfoPage(QWidget *parent)
    : QWidget(parent)
    , m_path(plainLabel(this))
    , m_schema(plainLabel(this))
    , m_access(plainLabel(this))
    , m_compacted(plainLabel(this))
    , m_compact(new QPushButton(tr("Compact Now"), this))
    , m_counts(new QFormLayout)
    , m_backups(new QTableWidget(0, 3, this))
{
    auto *title = new QLabel(tr("Register"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *fileBox = new QGroupBox(tr("File"), this);
    auto *fileForm = new QFormLayout(fileBox);
    fileForm->addRow(tr("Location:"), m_path);
    fileForm->addRow(tr("Schema version:"), m_schema);
    fileForm->addRow(tr("Access:"), m_access);
    m_compact->setToolTip(tr("Rewrites the file with each table's pages together and no free space left: "
                             "it is read faster. Done by itself once a year, or when the register has grown by a quarter."));
    connect(m_compact, &QPushButton::clicked, this, &RegisterInfoPage::compactRequested);
    auto *compaction = new QHBoxLayout;
    compaction->addWidget(m_compacted, 1);
    compaction->addWidget(m_compact);
    fileForm->addRow(tr("Size:"), compaction);

    auto *countBox = new QGroupBox(tr("Records"), this);
    countBox->setLayout(m_counts);

    auto *backupBox = new QGroupBox(tr("Automatic backups"), this);
    m_backups->setHorizontalHeaderLabels({tr("Made"), tr("Occasion"), tr("Size")});
    m_backups->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_backups->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_backups->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_backups->verticalHeader()->hide();
    m_backups->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_backups->setSelectionMode(QAbstractItemView::SingleSelection);
    m_backups->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_backups->setAccessibleName(tr("Backups"));
    auto *backupNow = new QPushButton(tr("Back Up Now"), backupBox);
    auto *restore = new QPushButton(tr("Restore Selected Backup…"), backupBox);
    restore->setEnabled(false);
    connect(backupNow, &QPushButton::clicked, this, &RegisterInfoPage::backupRequested);
    connect(restore, &QPushButton::clicked, this, [this] { emit restoreRequested(selectedBackup()); });
    connect(m_backups, &QTableWidget::itemSelectionChanged, this,
            [this, restore] { restore->setEnabled(m_writable && !selectedBackup().isEmpty()); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(backupNow);
    buttons->addWidget(restore);
    buttons->addStretch();
    auto *backupLayout = new QVBoxLayout(backupBox);
    backupLayout->addWidget(m_backups);
    backupLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(fileBox);
    layout->addWidget(countBox);
    layout->addWidget(backupBox, 1);
}

void RegisterInfoPage::showDatabase(const Database *db)
{
    while (m_counts->rowCount() > 0)
        m_counts->removeRow(0);
    m_backups->setRowCount(0);
    if (!db) {
        m_path->setText(tr("No register is open."));
        m_schema->clear();
        m_access->clear();
        m_compacted->clear();
        m_compact->setEnabled(false);
        m_writable = false;
        return;
    }
    m_path->setText(db->path());
    m_schema->setText(QString::number(db->schemaVersion()));
    m_access->setText(db->isReadOnly() ? db->readOnlyMessage() : tr("Read and write"));
    m_writable = !db->isReadOnly();
    m_compact->setEnabled(m_writable);
    const QString size = QLocale().formattedDataSize(QFileInfo(db->path()).size());
    auto last = Compaction::lastRecord(*db);
    if (last && last.value().at.isValid())
        m_compacted->setText(tr("%1, last compacted on %2")
                                 .arg(size, Dates::display(last.value().at.toLocalTime().date())));
    else
        m_compacted->setText(tr("%1, never compacted").arg(size));

    if (auto counts = RecordCounts::count(*db)) {
        for (const RecordCount &count : counts.value())
            m_counts->addRow(count.label + QLatin1Char(':'), plainLabel(this));
        for (int row = 0; row < counts.value().size(); ++row) {
            auto *label = qobject_cast<QLabel *>(m_counts->itemAt(row, QFormLayout::FieldRole)->widget());
            label->setText(QLocale().toString(counts.value().at(row).count));
        }
    }

    const QList<BackupInfo> backups = BackupManager(db->path()).list();
    m_backups->setRowCount(int(backups.size()));
    for (int row = 0; row < backups.size(); ++row) {
        const BackupInfo &backup = backups.at(row);
        auto *made = new QTableWidgetItem(QLocale().toString(backup.createdAt, QLocale::ShortFormat));
        made->setData(Qt::UserRole, backup.filePath);
        m_backups->setItem(row, 0, made);
        m_backups->setItem(row, 1, new QTableWidgetItem(BackupManager::occasion(backup.reason)));
        m_backups->setItem(row, 2, new QTableWidgetItem(QLocale().formattedDataSize(backup.size)));
    }
}

QString RegisterInfoPage::selectedBackup() const
{
    const QList<QTableWidgetItem *> selected = m_backups->selectedItems();
    for (const QTableWidgetItem *item : selected) {
        if (item->column() == 0)
            return item->data(Qt::UserRole).toString();
    }
    return {};
}
