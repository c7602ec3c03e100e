// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class Database;
class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

// The state of the open register: file, schema version, access, size and
// last compaction, record counts and the automatic backups beside it.
class RegisterInfoPage : public QWidget
{
    Q_OBJECT

public:
    explicit RegisterInfoPage(QWidget *parent = nullptr);

    void showDatabase(const Database *db);
    // The backup selected in the list, or an empty string.
    QString selectedBackup() const;

signals:
    void backupRequested();
    void restoreRequested(const QString &backupPath);
    void compactRequested();

private:
    QLabel *m_path;
    QLabel *m_schema;
    QLabel *m_access;
    QLabel *m_compacted;
    QPushButton *m_compact;
    bool m_writable = false; // compaction and restore need a writable register
    QFormLayout *m_counts;
    QTableWidget *m_backups;
};
