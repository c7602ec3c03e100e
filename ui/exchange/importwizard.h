// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvimport.h"

#include <QWizard>

#include <memory>
#include <optional>

class Database;
class ImportRunPage;

// File ▸ Import CSV…: rows of organisations, people, partnerships or visits
// into the register, in steps: the kind and the file; its encoding and
// delimiter (detected, with overrides) and a preview; which file column holds
// each import column; every problem listed and a dry run's counts, Import
// disabled until the file is clean; then the import itself, off the UI
// thread, in one transaction. The pages share what was decided here.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { SourcePageId, PreviewPageId, MappingPageId, CheckPageId, RunPageId };

    // Reads db's path and access on this thread; the work runs on connections of its own.
    explicit ImportWizard(Database *db, QWidget *parent = nullptr);

    QString databasePath() const { return m_databasePath; }
    bool isReadOnly() const { return !m_readOnlyMessage.isEmpty(); }
    QString readOnlyMessage() const { return m_readOnlyMessage; }

    QString kind() const { return m_kind; }
    void setKind(const QString &kind) { m_kind = kind; }
    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path) { m_filePath = path; }
    // The import columns of the chosen kind.
    QList<CsvColumn> columns() const;

    // The file as last read (with the encoding and delimiter shown).
    std::shared_ptr<const CsvContent> content() const { return m_content; }
    void setContent(std::shared_ptr<const CsvContent> content) { m_content = std::move(content); }

    QHash<QString, int> mapping() const { return m_mapping; }
    void setMapping(const QHash<QString, int> &mapping, const QString &key)
    {
        m_mapping = mapping;
        m_mappingKey = key;
    }
    // What the mapping was chosen for (kind, file, encoding, delimiter): kept while they stay.
    QString mappingKey() const { return m_mappingKey; }

    bool updateExisting() const { return m_updateExisting; }
    void setUpdateExisting(bool update) { m_updateExisting = update; }

    // The options of the dry run and of the import.
    ImportOptions options(bool dryRun) const;

    void reject() override;

signals:
    // The import was written (on the UI thread, before the last page shows it).
    void imported(const QString &kind, const ImportSummary &summary);

private:
    QString m_databasePath;
    QString m_readOnlyMessage;
    QString m_kind;
    QString m_filePath;
    QHash<QString, QList<CsvColumn>> m_columns; // by kind
    std::shared_ptr<const CsvContent> m_content;
    QHash<QString, int> m_mapping;
    QString m_mappingKey;
    bool m_updateExisting = false;
    ImportRunPage *m_runPage;
};
