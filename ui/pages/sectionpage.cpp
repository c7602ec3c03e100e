// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectionpage.h"

#include "database.h"
#include "recordeditor.h"
#include "recordstores.h"
#include "undohistory.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

SectionPage::SectionPage(RecordKind kind, const QString &title, QList<ListColumnView> columns, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_title(title)
    , m_model(new RecordListModel(std::move(columns), this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_new(new QPushButton(tr("&New"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_filterBar(new QWidget(this))
    , m_detail(new QStackedWidget(this))
    , m_emptyDetail(new QLabel(tr("Select a record in the list, or create a new one."), this))
{
    setObjectName(RecordKinds::key(kind) + QStringLiteral("Page"));
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);

    m_filter->setPlaceholderText(tr("Filter (either script, no diacritics needed)…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Quick filter"));
    m_filter->setMinimumWidth(220);
    m_count->setTextFormat(Qt::PlainText);
    m_new->setEnabled(false);
    m_delete->setEnabled(false);
    m_delete->setToolTip(tr("Deletes the selected record with its tasks and attached files (Edit ▸ Undo brings it back)"));

    auto *filterLayout = new QHBoxLayout(m_filterBar);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addSpacing(16);
    top->addWidget(m_filter, 1);
    top->addWidget(m_filterBar);
    top->addWidget(m_count);
    top->addWidget(m_new);
    top->addWidget(m_delete);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // QHeaderView's default indicator is descending: start ascending on the first column.
    m_view->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("%1 list").arg(title));

    m_emptyDetail->setAlignment(Qt::AlignCenter);
    m_emptyDetail->setWordWrap(true);
    m_emptyDetail->setEnabled(false);
    m_detail->addWidget(m_emptyDetail);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_detail->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);

    // Typing filters after a short pause, so each key does not query the register.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(150);
    connect(m_filter, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, [this] { m_model->setText(m_filter->text()); });
    connect(m_model, &RecordListModel::totalChanged, this, &SectionPage::updateCount);
    connect(m_model, &RecordListModel::loadFailed, this, &SectionPage::statusMessage);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SectionPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the shown record selected after a reload when it is still listed.
        const int row = m_model->rowOf(m_shownId);
        if (row >= 0) {
            m_restoringSelection = true;
            m_view->selectRow(row);
            m_restoringSelection = false;
        }
    });
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this, &SectionPage::showColumnMenu);
    connect(m_new, &QPushButton::clicked, this, &SectionPage::newRecord);
    connect(m_delete, &QPushButton::clicked, this, &SectionPage::deleteRecord);
    // The Delete key deletes from the list, never from a text field.
    auto *deleteKey = new QAction(this);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteKey);
    connect(deleteKey, &QAction::triggered, this, &SectionPage::deleteRecord);
    restoreLayout();
    connect(m_view->horizontalHeader(), &QHeaderView::sectionMoved, this, &SectionPage::saveLayout);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, &SectionPage::saveLayout);
    connect(m_splitter, &QSplitter::splitterMoved, this, &SectionPage::saveLayout);
}

QString SectionPage::settingsKey(const QString &what) const
{
    return QStringLiteral("sections/") + RecordKinds::key(m_kind) + QLatin1Char('/') + what;
}

void SectionPage::restoreLayout()
{
    QSettings settings;
    m_layoutRestored = m_view->horizontalHeader()->restoreState(settings.value(settingsKey(QStringLiteral("header"))).toByteArray());
    if (!m_layoutRestored) {
        for (int column = 0; column < m_model->columns().size(); ++column)
            m_view->setColumnHidden(column, !m_model->columns().at(column).visibleByDefault);
    }
    m_splitter->restoreState(settings.value(settingsKey(QStringLiteral("splitter"))).toByteArray());
}

void SectionPage::saveLayout() const
{
    QSettings settings;
    settings.setValue(settingsKey(QStringLiteral("header")), m_view->horizontalHeader()->saveState());
    settings.setValue(settingsKey(QStringLiteral("splitter")), m_splitter->saveState());
}

void SectionPage::setDefaultSort(int column, Qt::SortOrder order)
{
    if (!m_layoutRestored)
        m_view->sortByColumn(column, order);
}

void SectionPage::setEditorBelow()
{
    m_splitter->setOrientation(Qt::Vertical);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 4);
    m_editorBelowSizesPending = !QSettings().contains(settingsKey(QStringLiteral("splitter")));
}

void SectionPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_editorBelowSizesPending && m_splitter->height() > 0) {
        // Sizes set before the splitter has a height are not kept: a quarter for the list now.
        m_editorBelowSizesPending = false;
        const int height = m_splitter->height();
        m_splitter->setSizes({height / 4, height - height / 4});
    }
}

void SectionPage::setEditor(RecordEditor *editor)
{
    m_editor = editor;
    editor->setParent(m_detail);
    m_detail->addWidget(editor);
    m_detail->show();
    updateButtons();
    connect(editor, &RecordEditor::saved, this, [this](qint64 id) {
        if (m_history) {
            m_history->recordSaved(m_loaded, m_kind, id);
            m_loaded = m_history->capture(m_kind, id);
        }
        m_shownId = id;
        m_model->refresh();
        if (m_model->rowOf(id) < 0)
            openRecord(id);
        updateButtons();
        emit statusMessage(tr("Saved."));
    });
    connect(editor, &RecordEditor::relatedSaved, this, [this](RecordKind kind, qint64 id, const RecordSnapshot &before) {
        if (m_history)
            m_history->recordSaved(before, kind, id);
    });
    connect(editor, &RecordEditor::openRequested, this, &SectionPage::openRequested);
    connect(editor, &RecordEditor::erased, this, [this] {
        // An undo must never bring erased personal data back, from this
        // record or any other that named the person.
        if (m_history)
            m_history->clear();
        showNoRecord();
        m_model->refresh();
        emit statusMessage(tr("The personal data was erased."));
    });
}

void SectionPage::setOverview(QWidget *overview)
{
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("overviewSplitter"));
    const std::unique_ptr<QLayoutItem> replaced(layout()->replaceWidget(m_splitter, split));
    split->addWidget(overview);
    split->addWidget(m_splitter);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setCollapsible(1, false);
    const QString key = settingsKey(QStringLiteral("overview"));
    if (!split->restoreState(QSettings().value(key).toByteArray()))
        split->setSizes({overview->sizeHint().height(), height()});
    connect(split, &QSplitter::splitterMoved, this, [split, key] { QSettings().setValue(key, split->saveState()); });
}

QComboBox *SectionPage::createFilterBox(const QString &key, const QString &label)
{
    auto *combo = new QComboBox(m_filterBar);
    combo->setAccessibleName(label);
    combo->addItem(label, QVariant());
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed); // the quick filter takes the spare width
    m_filterBar->layout()->addWidget(combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, key] { m_model->setFilter(key, combo->currentData()); });
    return combo;
}

void SectionPage::addFilter(const QString &key, const QString &label, const QList<FilterOption> &options)
{
    QComboBox *combo = createFilterBox(key, label);
    for (const FilterOption &option : options)
        combo->addItem(option.label, option.value);
}

void SectionPage::addFilter(const QString &key, const QString &label, OptionSource source)
{
    QComboBox *combo = createFilterBox(key, label);
    // Long lists (every country) stay readable: at most this wide, the rest elided.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(14);
    m_registerFilters.append({key, combo, std::move(source)});
    fillRegisterFilters();
}

void SectionPage::fillRegisterFilters()
{
    // Called before the list's new source is set, which reloads it.
    for (const RegisterFilter &filter : std::as_const(m_registerFilters)) {
        const QSignalBlocker blocker(filter.box);
        while (filter.box->count() > 1)
            filter.box->removeItem(1);
        filter.box->setCurrentIndex(0);
        m_model->forgetFilter(filter.key);
        if (!m_db)
            continue;
        for (const FilterOption &option : filter.source(*m_db))
            filter.box->addItem(option.label, option.value);
    }
}

void SectionPage::setDatabase(Database *db, RecordListModel::Source source)
{
    m_db = db;
    m_shownId = -1;
    fillRegisterFilters();
    RecordListModel::Emphasis emphasis;
    if (db && m_emphasis)
        emphasis = [db, rule = m_emphasis](const ListPage &page) { return rule(*db, page); };
    m_model->setEmphasis(std::move(emphasis));
    m_model->setSource(std::move(source));
    if (!m_layoutRestored && m_model->rowCount() > 0) {
        // First use: columns as wide as their contents, within reason.
        m_view->resizeColumnsToContents();
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_view->setColumnWidth(column, qMin(m_view->columnWidth(column), 320));
    }
    if (m_editor) {
        m_editor->setDatabase(db);
        m_detail->setCurrentWidget(m_emptyDetail);
    }
    m_loaded.reset();
    updateButtons();
}

void SectionPage::updateAccess()
{
    if (m_editor)
        m_editor->setReadOnly(!m_db || m_db->isReadOnly());
    updateButtons();
}

void SectionPage::updateButtons()
{
    const bool writable = m_db && !m_db->isReadOnly() && m_editor;
    m_new->setEnabled(writable);
    m_delete->setEnabled(writable && m_shownId > 0);
}

void SectionPage::showRecord(qint64 id)
{
    m_shownId = id;
    if (m_history)
        m_loaded = m_history->capture(m_kind, id);
    m_editor->load(id);
    m_detail->setCurrentWidget(m_editor);
    updateButtons();
}

void SectionPage::showNoRecord()
{
    m_shownId = -1;
    m_loaded.reset();
    if (m_editor)
        m_detail->setCurrentWidget(m_emptyDetail);
    updateButtons();
}

void SectionPage::updateCount(qint64 total)
{
    m_count->setText(tr("%n record(s)", nullptr, int(qMin<qint64>(total, INT_MAX))));
}

bool SectionPage::confirmLeave()
{
    if (!m_editor || !m_editor->isDirty())
        return true;
    const auto answer = QMessageBox::question(this, m_title, tr("The record has unsaved changes. Save them?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return m_editor->save().ok();
    m_editor->revert();
    return true;
}

void SectionPage::showSelected()
{
    if (m_restoringSelection || !m_editor)
        return;
    const qint64 id = m_model->idAt(m_view->currentIndex().row());
    if (id == m_shownId || id <= 0)
        return;
    if (!confirmLeave()) {
        // Stay on the record being edited.
        m_restoringSelection = true;
        const int row = m_model->rowOf(m_shownId);
        if (row >= 0)
            m_view->selectRow(row);
        else
            m_view->clearSelection();
        m_restoringSelection = false;
        return;
    }
    showRecord(id);
}

bool SectionPage::openRecord(qint64 id)
{
    int row = m_model->rowOf(id);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (row < 0) {
        // Not in the filtered list: clear the filters and look again.
        m_filter->clear();
        m_model->clearFilters();
        for (QComboBox *combo : m_filterBar->findChildren<QComboBox *>())
            combo->setCurrentIndex(0);
        row = m_model->rowOf(id);
        while (row < 0 && m_model->canFetchMore({})) {
            m_model->fetchMore({});
            row = m_model->rowOf(id);
        }
    }
    if (row < 0)
        return false;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    if (m_editor && m_shownId != id)
        showRecord(id);
    return true;
}

void SectionPage::newRecord()
{
    if (!m_editor || !confirmLeave())
        return;
    m_view->clearSelection();
    showRecord(0);
    m_editor->setFocus();
}

void SectionPage::deleteRecord()
{
    if (!m_db || m_db->isReadOnly() || !m_editor || m_shownId <= 0)
        return;
    const qint64 id = m_shownId;
    const int row = m_model->rowOf(id);
    const QString name = row >= 0 ? m_model->labelAt(row) : QString();
    const QString question =
        tr("Delete %1 “%2”? Its tasks and attached files are deleted with it. Edit ▸ Undo brings everything back.")
            .arg(RecordKinds::singular(m_kind).toLower(), name);
    QMessageBox box(QMessageBox::Question, tr("Delete"), question, QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setTextFormat(Qt::PlainText);
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    const std::optional<RecordSnapshot> before =
        m_history ? m_history->capture(m_kind, id, RecordSnapshot::Scope::WithDependents) : std::nullopt;
    if (Status removed = RecordStores::remove(*m_db, m_kind, id); !removed) {
        QMessageBox failed(QMessageBox::Warning, tr("Delete"), removed.error().message(), QMessageBox::Ok, this);
        failed.setTextFormat(Qt::PlainText);
        failed.exec();
        return;
    }
    if (m_history && before)
        m_history->recordDeleted(*before);
    m_editor->revert();
    showNoRecord();
    m_model->refresh();
    emit statusMessage(tr("Deleted. Edit ▸ Undo brings it back."));
}

void SectionPage::recordChanged(qint64 id)
{
    m_model->refresh();
    if (m_shownId == id)
        m_shownId = -1; // load it again, as it is now
    if (!openRecord(id) && m_shownId == -1)
        showNoRecord();
}

void SectionPage::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

QList<ListColumnView> SectionPage::visibleColumns() const
{
    const QHeaderView *header = m_view->horizontalHeader();
    QList<ListColumnView> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && logical < m_model->columns().size() && !header->isSectionHidden(logical))
            columns << m_model->columns().at(logical);
    }
    return columns;
}

void SectionPage::showColumnMenu(const QPoint &position)
{
    QMenu menu(this);
    for (int column = 0; column < m_model->columns().size(); ++column) {
        QAction *action = menu.addAction(m_model->columns().at(column).header);
        action->setCheckable(true);
        action->setChecked(!m_view->isColumnHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            m_view->setColumnHidden(column, !shown);
            saveLayout();
        });
    }
    menu.exec(m_view->horizontalHeader()->mapToGlobal(position));
}
