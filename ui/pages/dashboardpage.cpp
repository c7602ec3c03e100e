// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardpage.h"

#include "apptranslator.h"
#include "database.h"
#include "dates.h"
#include "vocabulary.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <cmath>
#include <memory>
#include <QGridLayout>
#include <QGroupBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QValueAxis>
#include <QVBoxLayout>

namespace {

constexpr int kindRole = Qt::UserRole + 1;
constexpr int idRole = Qt::UserRole + 2;

QChartView *chartView(QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    return view;
}

// Qt Charts draws axis labels as rich text (QGraphicsTextItem::setHtml), so a
// name a user typed is escaped, and cut to a length a label can show (not
// inside a surrogate pair). A category axis drops repeated labels, so cut
// names that meet are numbered.
QStringList chartLabels(const QStringList &names)
{
    constexpr int longest = 60;
    QStringList labels;
    for (const QString &name : names) {
        QString cut = name;
        if (name.size() > longest)
            cut = name.left(name.at(longest - 1).isHighSurrogate() ? longest - 1 : longest) + QChar(0x2026);
        QString label = cut.toHtmlEscaped();
        for (int n = 2; labels.contains(label); ++n)
            label = QStringLiteral("%1 (%2)").arg(cut).arg(n).toHtmlEscaped();
        labels << label;
    }
    return labels;
}

// A bar chart of labelled values; horizontal when the labels are long.
// QChartView::setChart releases the chart shown before without deleting it
// (it leaves the view's scene): it goes here, the new one stays with the view.
void showChart(QChartView *view, QChart *chart)
{
    const std::unique_ptr<QChart> previous(view->chart());
    view->setChart(chart);
}

QChart *barChart(const QString &title, const QStringList &labels, const QList<double> &values, bool horizontal,
                 const QString &emptyText)
{
    auto *chart = new QChart;
    chart->setTitle(values.isEmpty() ? title + QStringLiteral(" — ") + emptyText : title);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    if (values.isEmpty())
        return chart;
    auto *set = new QBarSet(title);
    for (double value : values)
        *set << value;
    set->setColor(QColor(0x2f, 0x5f, 0x9f));
    auto *categories = new QBarCategoryAxis;
    categories->append(chartLabels(labels));
    QFont small = categories->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    categories->setLabelsFont(small);
    auto *axis = new QValueAxis;
    const double maximum = std::max(1.0, *std::max_element(values.cbegin(), values.cend()));
    // About five ticks at a round interval: 1, 2 or 5 times a power of ten.
    const double rough = std::max(1.0, maximum / 5);
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10 * power;
    for (double factor : {1.0, 2.0, 5.0}) {
        if (factor * power >= rough) {
            step = factor * power;
            break;
        }
    }
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setRange(0, std::ceil(maximum / step) * step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    series->append(set);
    // Many upright bars are too narrow for their numbers: the axis tells them then.
    series->setLabelsVisible(horizontal || values.size() <= 8);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    if (!horizontal && labels.size() > 6)
        categories->setLabelsAngle(-90);
    chart->addSeries(series);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(axis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(axis);
    return chart;
}

// A horizontal bar chart's height: room for every bar's name.
int heightForBars(qsizetype bars)
{
    return int(std::max<qsizetype>(260, 24 * bars + 100));
}

} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent)
    , m_countries(chartView(this))
    , m_visits(chartView(this))
    , m_progress(chartView(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto *heading = new QLabel(tr("Dashboard"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);

    auto *content = new QWidget(this);
    auto *grid = new QGridLayout(content);
    setLayout(new QVBoxLayout);
    layout()->addWidget(heading);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    layout()->addWidget(scroll);

    addList(QStringLiteral("visits"), tr("Upcoming visits (next 60 days)"), 0, 0);
    addList(QStringLiteral("care"), tr("Partnerships needing care"), 0, 1);
    addList(QStringLiteral("agreements"), tr("Agreements expiring (90 days)"), 0, 2);
    addList(QStringLiteral("tasks"), tr("Overdue tasks"), 1, 0);
    addList(QStringLiteral("initiatives"), tr("Open initiatives by stage"), 1, 1);
    // The two charts of named bars take the whole width, so their names are
    // not cut short, and grow with their number of bars.
    grid->addWidget(m_visits, 1, 2);
    grid->addWidget(m_countries, 2, 0, 1, 3);
    grid->addWidget(m_progress, 3, 0, 1, 3);
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);
}

QListWidget *DashboardPage::addList(const QString &name, const QString &title, int row, int column)
{
    auto *box = new QGroupBox(title, this);
    auto *list = new QListWidget(box);
    list->setObjectName(name);
    list->setAccessibleName(title);
    list->setMinimumHeight(160);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(list);
    static_cast<QGridLayout *>(findChild<QScrollArea *>()->widget()->layout())->addWidget(box, row, column);
    connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item->data(idRole).isValid())
            emit recordActivated(RecordKind(item->data(kindRole).toInt()), item->data(idRole).toLongLong());
    });
    m_lists << list;
    return list;
}

QListWidget *DashboardPage::list(const QString &name) const
{
    for (QListWidget *list : m_lists) {
        if (list->objectName() == name)
            return list;
    }
    return nullptr;
}

void DashboardPage::fill(QListWidget *list, const QList<DashboardItem> &items, const QString &emptyText)
{
    list->clear();
    for (const DashboardItem &item : items) {
        auto *entry = new QListWidgetItem(
            (item.date.isValid() ? Dates::display(item.date) + QStringLiteral("  ") : QString()) + item.title,
            list);
        entry->setData(kindRole, int(item.kind));
        entry->setData(idRole, item.id);
        entry->setToolTip(item.title);
    }
    if (items.isEmpty()) {
        auto *none = new QListWidgetItem(emptyText, list);
        none->setFlags(Qt::NoItemFlags);
    }
}

void DashboardPage::setDatabase(Database *db)
{
    m_db = db;
    refresh();
}

void DashboardPage::refresh()
{
    for (QListWidget *list : std::as_const(m_lists))
        list->clear();
    if (!m_db)
        return;
    auto data = Dashboard::compute(*m_db, QDate::currentDate(), m_careMonths, AppTranslator::current());
    if (!data) {
        emit statusMessage(data.error().message());
        return;
    }
    const DashboardData &d = data.value();
    fill(list(QStringLiteral("visits")), d.upcomingVisits, tr("No visits in the next 60 days."));
    fill(list(QStringLiteral("care")), d.partnershipsNeedingCare, tr("Every partnership had recent activity."));
    fill(list(QStringLiteral("agreements")), d.expiringAgreements, tr("No agreement expires soon."));
    fill(list(QStringLiteral("tasks")), d.overdueTasks, tr("No overdue tasks."));
    QListWidget *stages = list(QStringLiteral("initiatives"));
    for (const auto &[stage, count] : d.initiativesByStage)
        new QListWidgetItem(QStringLiteral("%1: %2").arg(Vocabulary::label(Vocab::InitiativeStage, stage)).arg(count), stages);
    if (d.initiativesByStage.isEmpty())
        new QListWidgetItem(tr("No open initiatives."), stages);

    QStringList labels;
    QList<double> values;
    for (auto it = d.partnershipsByCountry.crbegin(); it != d.partnershipsByCountry.crend(); ++it) {
        labels << it->first;
        values << it->second;
    }
    showChart(m_countries, barChart(tr("Partnerships by country"), labels, values, true, tr("none yet")));
    m_countries->setMinimumHeight(heightForBars(values.size()));
    labels.clear();
    values.clear();
    for (const auto &[year, count] : d.visitsPerYear) {
        labels << QString::number(year);
        values << count;
    }
    showChart(m_visits, barChart(tr("Visits per year"), labels, values, false, tr("none yet")));
    labels.clear();
    values.clear();
    for (const auto &[theme, progress] : d.planProgressByTheme) {
        labels << theme;
        values << std::round(progress);
    }
    showChart(m_progress, barChart(tr("Action plan progress by theme (%)"), labels, values, true, tr("no plan yet")));
    m_progress->setMinimumHeight(heightForBars(values.size()));
}
