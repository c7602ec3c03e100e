// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordkind.h"

#include <QDialog>

class Database;
class QLineEdit;
class QTimer;
class QTreeWidget;

// Ctrl+K: one search over every kind of record as you type, in either
// script and without diacritics; results grouped by kind; Enter opens the
// selected record.
class GlobalSearchDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GlobalSearchDialog(Database *db, QWidget *parent = nullptr);

    void setQuery(const QString &query);
    void runSearch();
    QTreeWidget *results() const { return m_results; }

signals:
    void recordChosen(RecordKind kind, qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseCurrent();

    Database *m_db;
    QLineEdit *m_query;
    QTreeWidget *m_results;
    QTimer *m_typing;
};
