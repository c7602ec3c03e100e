// SPDX-License-Identifier: GPL-3.0-or-later
#include "globalsearchdialog.h"

#include "database.h"
#include "searchindex.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int kindRole = Qt::UserRole + 1;
constexpr int idRole = Qt::UserRole + 2;

} // namespace

GlobalSearchDialog::GlobalSearchDialog(Database *db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_query(new QLineEdit(this))
    , m_results(new QTreeWidget(this))
    , m_typing(new QTimer(this))
{
    setWindowTitle(tr("Search Everything"));
    resize(640, 480);
    m_query->setPlaceholderText(tr("Search partnerships, visits, people, organisations… in either script"));
    m_query->setClearButtonEnabled(true);
    m_query->setAccessibleName(tr("Search"));
    m_results->setHeaderHidden(true);
    m_results->setRootIsDecorated(false);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setUniformRowHeights(true);
    auto *hint = new QLabel(tr("↑↓ to choose, Enter to open, Esc to close"), this);
    hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_results, 1);
    layout->addWidget(hint);

    m_typing->setSingleShot(true);
    m_typing->setInterval(120);
    connect(m_query, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &GlobalSearchDialog::runSearch);
    connect(m_results, &QTreeWidget::itemActivated, this, &GlobalSearchDialog::chooseCurrent);
    m_query->installEventFilter(this);
}

void GlobalSearchDialog::setQuery(const QString &query)
{
    m_query->setText(query);
    runSearch();
}

bool GlobalSearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            QApplication::sendEvent(m_results, event);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            chooseCurrent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void GlobalSearchDialog::runSearch()
{
    m_results->clear();
    if (!m_db)
        return;
    auto hits = SearchIndex::search(m_db->connection(), m_query->text(), 100);
    if (!hits)
        return;
    // Grouped by kind, in the order of the kinds; within a group best first.
    QMap<int, QList<SearchHit>> groups;
    for (const SearchHit &hit : hits.value())
        groups[int(RecordKinds::all().indexOf(hit.kind))].append(hit);
    QTreeWidgetItem *first = nullptr;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const RecordKind kind = RecordKinds::all().at(it.key());
        auto *group = new QTreeWidgetItem(m_results, {QStringLiteral("%1 (%2)").arg(RecordKinds::plural(kind)).arg(it.value().size())});
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const SearchHit &hit : it.value()) {
            auto *item = new QTreeWidgetItem(m_results, {QStringLiteral("    ") + hit.title});
            item->setData(0, kindRole, int(hit.kind));
            item->setData(0, idRole, hit.id);
            if (!first)
                first = item;
        }
    }
    if (first)
        m_results->setCurrentItem(first);
}

void GlobalSearchDialog::chooseCurrent()
{
    const QTreeWidgetItem *item = m_results->currentItem();
    if (!item || !item->data(0, idRole).isValid())
        return;
    emit recordChosen(RecordKind(item->data(0, kindRole).toInt()), item->data(0, idRole).toLongLong());
    accept();
}
