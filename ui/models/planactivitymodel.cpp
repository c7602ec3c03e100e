// SPDX-License-Identifier: GPL-3.0-or-later
#include "planactivitymodel.h"

#include "dates.h"
#include "vocabulary.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace {

struct ColumnField
{
    PlanActivityModel::Column column;
    const char *field;
};

// The store's field keys (ActionPlanStore::validate) for each column.
constexpr ColumnField columnFields[] = {
    {PlanActivityModel::TitleColumn, "title"},         {PlanActivityModel::TitleColumn, "id"},
    {PlanActivityModel::ThemeColumn, "theme_id"},      {PlanActivityModel::ResponsibleColumn, "responsible"},
    {PlanActivityModel::StartsColumn, "starts_on"},    {PlanActivityModel::EndsColumn, "ends_on"},
    {PlanActivityModel::BudgetColumn, "budget_minor"}, {PlanActivityModel::SpentColumn, "spent_minor"},
    {PlanActivityModel::CurrencyColumn, "currency"},   {PlanActivityModel::FundingColumn, "funding_source"},
    {PlanActivityModel::StatusColumn, "status"},       {PlanActivityModel::ProgressColumn, "progress"},
};

QString keyFor(int row, int column)
{
    for (const ColumnField &entry : columnFields) {
        if (entry.column == column)
            return QStringLiteral("activities[%1].%2").arg(row).arg(QLatin1String(entry.field));
    }
    return {};
}

} // namespace

PlanActivityModel::PlanActivityModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PlanActivityModel::setThemeNames(const QHash<qint64, QString> &names)
{
    m_themeNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ThemeColumn), index(rowCount() - 1, ThemeColumn));
}

void PlanActivityModel::setActivities(const QList<PlanActivity> &activities)
{
    beginResetModel();
    m_rows.clear();
    for (const PlanActivity &activity : activities)
        m_rows.append({activity, {}, {}, {}});
    endResetModel();
}

QList<PlanActivity> PlanActivityModel::activities() const
{
    QList<PlanActivity> result;
    result.reserve(m_rows.size());
    for (const Row &row : m_rows)
        result << row.activity;
    return result;
}

void PlanActivityModel::setDetails(int row, const QString &indicator, const QString &result)
{
    if (row < 0 || row >= m_rows.size())
        return;
    PlanActivity &activity = m_rows[row].activity;
    if (activity.indicator == indicator && activity.result == result)
        return;
    activity.indicator = indicator;
    activity.result = result;
    // No cell shows them, but the plan changed: tell the views (and the editor) so.
    emit dataChanged(index(row, TitleColumn), index(row, TitleColumn), {Qt::UserRole});
}

int PlanActivityModel::addActivity(int afterRow, const PlanActivity &activity)
{
    const int row = afterRow < 0 || afterRow >= m_rows.size() ? int(m_rows.size()) : afterRow + 1;
    beginInsertRows({}, row, row);
    m_rows.insert(row, {activity, {}, {}, {}});
    endInsertRows();
    return row;
}

void PlanActivityModel::removeActivity(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

bool PlanActivityModel::moveActivity(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= m_rows.size() || target < 0 || target >= m_rows.size() || delta == 0)
        return false;
    // beginMoveRows wants the row *before which* the moved one lands.
    if (!beginMoveRows({}, row, row, {}, delta > 0 ? target + 1 : target))
        return false;
    m_rows.move(row, target);
    endMoveRows();
    return true;
}

void PlanActivityModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
}

QList<ValidationIssue> PlanActivityModel::inputIssues() const
{
    QList<ValidationIssue> issues;
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &r = m_rows.at(row);
        if (!r.badStarts.isEmpty())
            issues.append(
                {keyFor(row, StartsColumn), tr("\"%1\" is not a date; write it as D.M.YYYY.").arg(r.badStarts), false});
        if (!r.badEnds.isEmpty())
            issues.append(
                {keyFor(row, EndsColumn), tr("\"%1\" is not a date; write it as D.M.YYYY.").arg(r.badEnds), false});
    }
    return issues;
}

bool PlanActivityModel::parseKey(const QString &key, int *row, QString *field)
{
    static const QRegularExpression pattern(QStringLiteral("^activities\\[(\\d+)\\]\\.(\\w+)$"));
    const QRegularExpressionMatch match = pattern.match(key);
    if (!match.hasMatch())
        return false;
    if (row)
        *row = match.captured(1).toInt();
    if (field)
        *field = match.captured(2);
    return true;
}

int PlanActivityModel::columnOf(const QString &field)
{
    for (const ColumnField &entry : columnFields) {
        if (field == QLatin1String(entry.field))
            return entry.column;
    }
    return -1;
}

void PlanActivityModel::setIssues(const QList<ValidationIssue> &issues)
{
    for (Row &row : m_rows)
        row.issues.clear();
    for (const ValidationIssue &issue : issues) {
        int row = -1;
        QString field;
        if (!parseKey(issue.field, &row, &field) || row >= m_rows.size())
            continue;
        const int column = qMax(0, columnOf(field));
        QHash<int, ValidationIssue> &cells = m_rows[row].issues;
        if (cells.contains(column)) {
            ValidationIssue &joined = cells[column];
            joined.message += QLatin1Char('\n') + issue.message;
            joined.warning = joined.warning && issue.warning;
        } else {
            cells.insert(column, issue);
        }
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::BackgroundRole, Qt::ToolTipRole});
}

int PlanActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlanActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double PlanActivityModel::toMajor(qint64 minorUnits)
{
    return double(minorUnits) / 100.0;
}

qint64 PlanActivityModel::toMinor(double majorUnits)
{
    return qint64(std::llround(majorUnits * 100.0));
}

QString PlanActivityModel::formatAmount(qint64 minorUnits)
{
    return QLocale().toString(toMajor(minorUnits), 'f', 2);
}

QString PlanActivityModel::display(const Row &row, int column) const
{
    const PlanActivity &a = row.activity;
    switch (column) {
    case TitleColumn:
        return a.title;
    case ThemeColumn:
        return a.themeId > 0 ? m_themeNames.value(a.themeId, tr("(theme %1)").arg(a.themeId)) : QString();
    case ResponsibleColumn:
        return a.responsible;
    case StartsColumn:
        return row.badStarts.isEmpty() ? Dates::display(a.startsOn) : row.badStarts;
    case EndsColumn:
        return row.badEnds.isEmpty() ? Dates::display(a.endsOn) : row.badEnds;
    case BudgetColumn:
        return formatAmount(a.budgetMinor);
    case SpentColumn:
        return formatAmount(a.spentMinor);
    case CurrencyColumn:
        return a.currency;
    case FundingColumn:
        return a.fundingSource;
    case StatusColumn:
        return Vocabulary::label(Vocab::ActivityStatus, a.status);
    case ProgressColumn:
        return QLocale().toString(a.progress) + QLatin1Char('%');
    default:
        return {};
    }
}

QVariant PlanActivityModel::editValue(const Row &row, int column)
{
    const PlanActivity &a = row.activity;
    switch (column) {
    case TitleColumn:
        return a.title;
    case ThemeColumn:
        return a.themeId;
    case ResponsibleColumn:
        return a.responsible;
    case StartsColumn:
        return row.badStarts.isEmpty() ? QVariant(a.startsOn) : QVariant(row.badStarts);
    case EndsColumn:
        return row.badEnds.isEmpty() ? QVariant(a.endsOn) : QVariant(row.badEnds);
    case BudgetColumn:
        return toMajor(a.budgetMinor);
    case SpentColumn:
        return toMajor(a.spentMinor);
    case CurrencyColumn:
        return a.currency;
    case FundingColumn:
        return a.fundingSource;
    case StatusColumn:
        return a.status;
    case ProgressColumn:
        return a.progress;
    default:
        return {};
    }
}

QVariant PlanActivityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::EditRole:
        return editValue(row, column);
    case Qt::TextAlignmentRole:
        if (column == BudgetColumn || column == SpentColumn || column == ProgressColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (row.issues.contains(column))
            return row.issues.value(column).message;
        return display(row, column);
    case Qt::BackgroundRole:
        if (row.issues.contains(column))
            return QBrush(row.issues.value(column).warning ? QColor(0xff, 0xf0, 0xc2) : QColor(0xfd, 0xe2, 0xe4));
        return {};
    default:
        return {};
    }
}

bool PlanActivityModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || m_readOnly || index.row() >= m_rows.size())
        return false;
    Row &row = m_rows[index.row()];
    PlanActivity &a = row.activity;
    const QLocale locale;
    const auto amount = [&locale](const QVariant &v, bool *ok) -> qint64 {
        if (v.typeId() == QMetaType::QString) {
            const QString text = v.toString().trimmed();
            double parsed = locale.toDouble(text, ok);
            if (!*ok)
                parsed = QLocale::c().toDouble(text, ok);
            return *ok ? toMinor(parsed) : 0;
        }
        return toMinor(v.toDouble(ok));
    };
    const auto date = [](const QVariant &v, QDate *out, QString *bad) {
        if (v.typeId() == QMetaType::QDate) {
            *out = v.toDate();
            bad->clear();
            return;
        }
        const QString text = v.toString().trimmed();
        const QDate parsed = Dates::parse(text);
        *out = parsed;
        *bad = text.isEmpty() || parsed.isValid() ? QString() : text;
    };
    const QMap<QString, QString> fieldsBefore = a.auditFields();
    const QString badBefore = row.badStarts + QLatin1Char('\n') + row.badEnds;
    bool ok = true;
    switch (index.column()) {
    case TitleColumn:
        a.title = value.toString();
        break;
    case ThemeColumn:
        a.themeId = value.toLongLong();
        break;
    case ResponsibleColumn:
        a.responsible = value.toString();
        break;
    case StartsColumn:
        date(value, &a.startsOn, &row.badStarts);
        break;
    case EndsColumn:
        date(value, &a.endsOn, &row.badEnds);
        break;
    case BudgetColumn: {
        const qint64 minor = amount(value, &ok);
        if (ok)
            a.budgetMinor = minor;
        break;
    }
    case SpentColumn: {
        const qint64 minor = amount(value, &ok);
        if (ok)
            a.spentMinor = minor;
        break;
    }
    case CurrencyColumn:
        a.currency = value.toString().trimmed().toUpper();
        break;
    case FundingColumn:
        a.fundingSource = value.toString();
        break;
    case StatusColumn:
        a.status = value.toString();
        break;
    case ProgressColumn:
        a.progress = value.toInt(&ok);
        break;
    default:
        return false;
    }
    if (!ok)
        return false;
    if (a.auditFields() == fieldsBefore && row.badStarts + QLatin1Char('\n') + row.badEnds == badBefore)
        return true; // the same value again (an editor closing): no change to report
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags PlanActivityModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (!m_readOnly)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant PlanActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TitleColumn:
            return tr("Activity");
        case ThemeColumn:
            return tr("Theme");
        case ResponsibleColumn:
            return tr("Responsible");
        case StartsColumn:
            return tr("Starts");
        case EndsColumn:
            return tr("Ends");
        case BudgetColumn:
            return tr("Budget");
        case SpentColumn:
            return tr("Spent");
        case CurrencyColumn:
            return tr("Currency");
        case FundingColumn:
            return tr("Funding source");
        case StatusColumn:
            return tr("Status");
        case ProgressColumn:
            return tr("Progress");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case StartsColumn:
        case EndsColumn:
            return tr("A date as D.M.YYYY.; may stay empty.");
        case BudgetColumn:
            return tr("The planned amount, in the activity's currency.");
        case SpentColumn:
            return tr("The amount spent so far, in the activity's currency.");
        case CurrencyColumn:
            return tr("ISO 4217 code, such as EUR or RSD. Totals are added per currency.");
        case ProgressColumn:
            return tr("How far the activity is, 0–100%.");
        default:
            return {};
        }
    }
    return {};
}
