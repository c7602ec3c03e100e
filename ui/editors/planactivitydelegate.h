// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStyledItemDelegate>

#include <utility>

// The cell editors of the activities table: a combo box for the theme, the
// status, the currency and the funding source (the last two also take typed
// text), a spin box for progress (0–100) and for amounts (in the UI
// locale), a date field for the dates, a line edit for the rest. Combo and
// spin boxes commit as they change, so the totals follow at once.
class PlanActivityDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit PlanActivityDelegate(QObject *parent = nullptr);

    // The themes offered, (id, name) in display order.
    void setThemes(const QList<std::pair<qint64, QString>> &themes) { m_themes = themes; }
    // Funding sources offered besides those already in the table (the partner's name).
    void setSuggestedSources(const QStringList &sources) { m_suggestedSources = sources; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

    // The currencies offered first (others can be typed).
    static QStringList commonCurrencies();

private:
    QList<std::pair<qint64, QString>> m_themes;
    QStringList m_suggestedSources;
};
