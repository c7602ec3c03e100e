// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "listcolumn.h"
#include "recordkind.h"
#include "recordlistmodel.h"
#include "recordsnapshot.h"

#include <QWidget>

#include <functional>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class RecordEditor;
class UndoHistory;

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
    // An overview shown above the list and the editor (e.g. the initiatives'
    // pipeline), in a splitter; owned by the page. It can follow the list
    // through model() (modelReset) and read from database().
    void setOverview(QWidget *overview);
    Database *database() const { return m_db; }
    void addFilter(const QString &key, const QString &label, const QList<FilterOption> &options);
    // A filter whose options come from the register (countries, themes): read again for each register.
    using OptionSource = std::function<QList<FilterOption>(const Database &)>;
    void addFilter(const QString &key, const QString &label, OptionSource source);
    // The order the list starts in (until the user sorts by another column).
    void setDefaultSort(int column, Qt::SortOrder order);
    // The editor below the list rather than beside it, with most of the
    // height: for a short list and an editor that needs the whole width (a
    // wide table). The user's splitter position wins once there is one.
    void setEditorBelow();
    void setDatabase(Database *db, RecordListModel::Source source);
    // The register became writable or read-only (its check on open passed): editor and buttons follow.
    void updateAccess();
    // Where saves and deletes are recorded for undo (owned by the window).
    void setUndoHistory(UndoHistory *history) { m_history = history; }
    // Rows that stand out (e.g. agreements about to expire), asked of the
    // register for each page the list loads; set before setDatabase().
    using Emphasis = std::function<QHash<qint64, RowEmphasis>(Database &db, const ListPage &page)>;
    void setRowEmphasis(Emphasis emphasis) { m_emphasis = std::move(emphasis); }

    // Selects the record (loading more pages if needed) and shows it in the editor.
    bool openRecord(qint64 id);
    void newRecord();
    // Asks, then deletes the record shown (with its tasks and files); undoable.
    void deleteRecord();
    // An undo or redo changed the record: the list and the editor show it as it is now.
    void recordChanged(qint64 id);
    // Asks what to do with unsaved changes; false when the user cancels.
    bool confirmLeave();
    void focusFilter();

    // The list's columns as shown: visible ones, in the order of the header (what an export writes).
    QList<ListColumnView> visibleColumns() const;

    QTableView *view() const { return m_view; }
    RecordListModel *model() const { return m_model; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *deleteButton() const { return m_delete; }

signals:
    void statusMessage(const QString &message);
    // The editor asked to show another record.
    void openRequested(RecordKind kind, qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();
    void showRecord(qint64 id);
    void showNoRecord();
    void updateButtons();
    QComboBox *createFilterBox(const QString &key, const QString &label);
    void fillRegisterFilters();
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
    QPushButton *m_delete;
    UndoHistory *m_history = nullptr;
    // The shown record as it was loaded or last saved: what an undo of the next save puts back.
    std::optional<RecordSnapshot> m_loaded;
    QSplitter *m_splitter;
    QWidget *m_filterBar;
    RecordEditor *m_editor = nullptr;
    QStackedWidget *m_detail;
    QLabel *m_emptyDetail;
    struct RegisterFilter
    {
        QString key;
        QComboBox *box;
        OptionSource source;
    };
    QList<RegisterFilter> m_registerFilters;
    qint64 m_shownId = -1;
    bool m_layoutRestored = false;
    bool m_restoringSelection = false;
    Emphasis m_emphasis;
    bool m_editorBelowSizesPending = false; // setEditorBelow() on a first start: share the height when shown
};
