// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listcolumn.h"
#include "recordkind.h"
#include "recordlistmodel.h"

#include <QWidget>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class RecordEditor;

// One section of the sidebar: the list of a kind of records (paged from
// core, sortable, quick filter, filters, column chooser) beside the editor
// of the selected record. Guards unsaved changes when the selection moves.
class SectionPage : public QWidget
{
    Q_OBJECT

public:
    struct FilterOption
    {
        QString label;
        QVariant value;
    };

    SectionPage(RecordKind kind, const QString &title, QList<ListColumnView> columns, QWidget *parent = nullptr);

    RecordKind kind() const { return m_kind; }
    QString title() const { return m_title; }
    // The editor shown beside the list (owned by the page); without one the list takes the whole width.
    void setEditor(RecordEditor *editor);
    RecordEditor *editor() const { return m_editor; }
    void addFilter(const QString &key, const QString &label, const QList<FilterOption> &options);
    // The order the list starts in (until the user sorts by another column).
    void setDefaultSort(int column, Qt::SortOrder order);
    // The editor below the list rather than beside it, with most of the
    // height: for a short list and an editor that needs the whole width (a
    // wide table). The user's splitter position wins once there is one.
    void setEditorBelow();
    void setDatabase(Database *db, RecordListModel::Source source);

    // Selects the record (loading more pages if needed) and shows it in the editor.
    bool openRecord(qint64 id);
    void newRecord();
    // Asks what to do with unsaved changes; false when the user cancels.
    bool confirmLeave();
    void focusFilter();

    QTableView *view() const { return m_view; }
    RecordListModel *model() const { return m_model; }
    QLineEdit *filterEdit() const { return m_filter; }

signals:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();
    void updateCount(qint64 total);
    void showColumnMenu(const QPoint &position);
    void restoreLayout();
    void saveLayout() const;
    QString settingsKey(const QString &what) const;

    RecordKind m_kind;
    QString m_title;
    Database *m_db = nullptr;
    RecordListModel *m_model;
    QTableView *m_view;
    QLineEdit *m_filter;
    QLabel *m_count;
    QPushButton *m_new;
    QSplitter *m_splitter;
    QWidget *m_filterBar;
    RecordEditor *m_editor = nullptr;
    QStackedWidget *m_detail;
    QLabel *m_emptyDetail;
    qint64 m_shownId = -1;
    bool m_layoutRestored = false;
    bool m_restoringSelection = false;
    bool m_editorBelowSizesPending = false; // setEditorBelow() on a first start: share the height when shown
};
