// SPDX-License-Identifier: GPL-3.0-or-later
#include "initiativepipeline.h"

#include "database.h"
#include "initiative.h"
#include "initiativestore.h"
#include "recordlistmodel.h"
#include "sectionpage.h"
#include "vocabulary.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace {

constexpr int cardMargin = 3;
constexpr int cardPadding = 6;

// Draws a card: the title in bold, the requester, the days in the stage
// (dark orange when the initiative has waited long); or a grey line of text
// for the placeholders ("No initiative", "12 more in the list").
class CardDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QPalette &palette = option.palette;
        const QRect outer = option.rect.adjusted(cardMargin, cardMargin, -cardMargin, -cardMargin);
        if (index.data(InitiativePipeline::PlaceholderRole).toBool()) {
            painter->setPen(palette.color(QPalette::PlaceholderText));
            painter->drawText(outer, Qt::AlignCenter | Qt::TextWordWrap, index.data(Qt::DisplayRole).toString());
            painter->restore();
            return;
        }
        const bool selected = option.state & QStyle::State_Selected;
        QPainterPath card;
        card.addRoundedRect(QRectF(outer).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        QColor fill = palette.color(QPalette::Base);
        if (selected) {
            QColor tint = palette.color(QPalette::Highlight);
            tint.setAlpha(40);
            painter->fillPath(card, fill);
            fill = tint;
        }
        painter->fillPath(card, fill);
        painter->setPen(
            QPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid), selected ? 2 : 1));
        painter->drawPath(card);

        const QRect text = outer.adjusted(cardPadding, cardPadding - 2, -cardPadding, -cardPadding + 2);
        const int line = option.fontMetrics.height();
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(palette.color(QPalette::Text));
        const QString title = index.data(Qt::DisplayRole).toString();
        painter->drawText(QRect(text.left(), text.top(), text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(title, Qt::ElideRight, text.width()));
        painter->setFont(option.font);
        const QString requester = index.data(InitiativePipeline::RequesterRole).toString();
        painter->drawText(QRect(text.left(), text.top() + line, text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(requester, Qt::ElideRight, text.width()));
        const bool stale = index.data(InitiativePipeline::StaleRole).toBool();
        QFont small = option.font;
        small.setPointSizeF(small.pointSizeF() * 0.9);
        small.setBold(stale);
        painter->setFont(small);
        painter->setPen(stale ? QColor(0x9a, 0x4b, 0x00) : palette.color(QPalette::PlaceholderText));
        const int days = index.data(InitiativePipeline::DaysRole).toInt();
        painter->drawText(QRect(text.left(), text.top() + 2 * line, text.width(), line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          InitiativePipeline::tr("%n day(s) in stage", nullptr, days));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int line = option.fontMetrics.height();
        if (index.data(InitiativePipeline::PlaceholderRole).toBool())
            return {120, 2 * line + 2 * cardMargin};
        return {120, 3 * line + 2 * cardPadding + 2 * cardMargin};
    }
};

QListWidgetItem *placeholder(QListWidget *list, const QString &text)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(InitiativePipeline::PlaceholderRole, true);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

} // namespace

InitiativePipeline::InitiativePipeline(SectionPage *page)
    : QWidget(page)
    , m_page(page)
    , m_stages(Vocabulary::keys(Vocab::InitiativeStage))
{
    setObjectName(QStringLiteral("initiativePipeline"));
    auto *board = new QWidget(this);
    auto *columns = new QHBoxLayout(board);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(6);
    auto *delegate = new CardDelegate(this);
    for (const QString &stage : std::as_const(m_stages)) {
        auto *column = new QWidget(board);
        auto *layout = new QVBoxLayout(column);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        auto *header = new QLabel(column);
        header->setTextFormat(Qt::PlainText);
        QFont font = header->font();
        font.setBold(true);
        header->setFont(font);
        header->setIndent(4);
        // Long stage names ("Closed without result (3)") wrap; every header keeps two lines so the lists align.
        header->setWordWrap(true);
        header->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
        header->setFixedHeight(2 * QFontMetrics(font).lineSpacing() + 6);
        if (Initiative::isClosedStage(stage))
            header->setForegroundRole(QPalette::PlaceholderText);
        auto *list = new QListWidget(column);
        const QString label = Vocabulary::label(Vocab::InitiativeStage, stage);
        list->setObjectName(stage);
        list->setAccessibleName(tr("Initiatives in stage %1").arg(label));
        list->setItemDelegate(delegate);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        list->setFrameShape(QFrame::NoFrame);
        list->setBackgroundRole(QPalette::Window);
        list->viewport()->setBackgroundRole(QPalette::AlternateBase);
        list->setMinimumWidth(120);
        header->setBuddy(list);
        layout->addWidget(header);
        layout->addWidget(list, 1);
        columns->addWidget(column, 1);
        m_headers.insert(stage, header);
        m_lists.insert(stage, list);
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            const qint64 id = item->data(IdRole).toLongLong();
            if (id > 0)
                m_page->openRecord(id);
        });
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(board);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    // The board follows the list: filters, quick filter, saves, another register.
    connect(page->model(), &QAbstractItemModel::modelReset, this, &InitiativePipeline::refresh);
    refresh();
}

QSize InitiativePipeline::sizeHint() const
{
    const int line = fontMetrics().height();
    return {7 * 140, 3 * line + 3 * (3 * line + 2 * cardPadding + 2 * cardMargin) + 8};
}

QList<qint64> InitiativePipeline::idsIn(const QString &stage) const
{
    QList<qint64> ids;
    if (QListWidget *list = m_lists.value(stage)) {
        for (int row = 0; row < list->count(); ++row) {
            const qint64 id = list->item(row)->data(IdRole).toLongLong();
            if (id > 0)
                ids << id;
        }
    }
    return ids;
}

void InitiativePipeline::refresh()
{
    Database *db = m_page->database();
    const ListQuery base = m_page->model()->query();
    const QVariant stageFilter = base.filters.value(QStringLiteral("stage"));
    for (const QString &stage : std::as_const(m_stages)) {
        QListWidget *list = m_lists.value(stage);
        list->clear();
        qint64 total = 0;
        QString failure;
        if (db && (!stageFilter.isValid() || stageFilter.toString() == stage)) {
            ListQuery query = base;
            query.filters.insert(QStringLiteral("stage"), stage);
            query.sortKey = QStringLiteral("days_in_stage");
            query.order = Initiative::isClosedStage(stage) ? Qt::AscendingOrder : Qt::DescendingOrder;
            query.offset = 0;
            query.limit = cardsPerStage;
            auto page = InitiativeStore(*db).list(query);
            if (page) {
                const ListPage &p = page.value();
                total = p.total;
                const qsizetype title = p.columnKeys.indexOf(QStringLiteral("title"));
                const qsizetype requester = p.columnKeys.indexOf(QStringLiteral("requester"));
                const qsizetype days = p.columnKeys.indexOf(QStringLiteral("days_in_stage"));
                for (qsizetype row = 0; row < p.ids.size(); ++row) {
                    const QVariantList &values = p.rows.at(row);
                    auto *item = new QListWidgetItem(values.value(title).toString(), list);
                    const int waited = values.value(days).toInt();
                    item->setData(IdRole, p.ids.at(row));
                    item->setData(RequesterRole, values.value(requester).toString());
                    item->setData(DaysRole, waited);
                    item->setData(StaleRole, !Initiative::isClosedStage(stage) && waited > staleAfterDays);
                    item->setData(Qt::AccessibleTextRole, tr("%1, %2, %n day(s) in stage", nullptr, waited)
                                                              .arg(item->text(), values.value(requester).toString()));
                    item->setToolTip(tr("%1\n%2\n%n day(s) in stage", nullptr, waited)
                                         .arg(item->text(), values.value(requester).toString()));
                }
            } else {
                failure = page.error().message();
            }
        }
        if (!failure.isEmpty())
            placeholder(list, failure);
        else if (total == 0)
            placeholder(list, tr("No initiative"));
        else if (total > list->count())
            placeholder(list, tr("%n more in the list below", nullptr, int(total - list->count())));
        m_headers.value(stage)->setText(tr("%1 (%2)").arg(Vocabulary::label(Vocab::InitiativeStage, stage)).arg(total));
    }
}
