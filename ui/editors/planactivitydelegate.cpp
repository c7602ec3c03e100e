// SPDX-License-Identifier: GPL-3.0-or-later
#include "planactivitydelegate.h"

#include "datefield.h"
#include "planactivitymodel.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QSpinBox>

#include <limits>

PlanActivityDelegate::PlanActivityDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QStringList PlanActivityDelegate::commonCurrencies()
{
    return {QStringLiteral("EUR"), QStringLiteral("RSD"), QStringLiteral("USD"), QStringLiteral("CHF"),
            QStringLiteral("GBP"), QStringLiteral("SEK"), QStringLiteral("NOK")};
}

QWidget *PlanActivityDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    // Editors that commit as they change (so the totals follow): emitting a
    // signal needs the non-const delegate.
    auto *self = const_cast<PlanActivityDelegate *>(this);
    const QString name = index.model()->headerData(index.column(), Qt::Horizontal).toString();
    QWidget *editor = nullptr;
    switch (index.column()) {
    case PlanActivityModel::ThemeColumn: {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("(no theme)"), qint64(0));
        for (const auto &[id, themeName] : m_themes)
            combo->addItem(themeName, id);
        connect(combo, &QComboBox::currentIndexChanged, self, [self, combo] { emit self->commitData(combo); });
        editor = combo;
        break;
    }
    case PlanActivityModel::StatusColumn: {
        auto *combo = new QComboBox(parent);
        for (const QString &key : Vocabulary::keys(Vocab::ActivityStatus))
            combo->addItem(Vocabulary::label(Vocab::ActivityStatus, key), key);
        connect(combo, &QComboBox::currentIndexChanged, self, [self, combo] { emit self->commitData(combo); });
        editor = combo;
        break;
    }
    case PlanActivityModel::CurrencyColumn: {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->addItems(commonCurrencies());
        combo->lineEdit()->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), combo));
        connect(combo, &QComboBox::activated, self, [self, combo] { emit self->commitData(combo); });
        editor = combo;
        break;
    }
    case PlanActivityModel::FundingColumn: {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        QStringList sources;
        for (int row = 0; row < index.model()->rowCount(); ++row) {
            const QString source
                = index.model()->index(row, PlanActivityModel::FundingColumn).data(Qt::EditRole).toString().trimmed();
            if (!source.isEmpty() && !sources.contains(source, Qt::CaseInsensitive))
                sources << source;
        }
        for (const QString &source : m_suggestedSources) {
            if (!source.isEmpty() && !sources.contains(source, Qt::CaseInsensitive))
                sources << source;
        }
        combo->addItems(sources);
        connect(combo, &QComboBox::activated, self, [self, combo] { emit self->commitData(combo); });
        editor = combo;
        break;
    }
    case PlanActivityModel::StartsColumn:
    case PlanActivityModel::EndsColumn:
        editor = new DateField(parent);
        break;
    case PlanActivityModel::BudgetColumn:
    case PlanActivityModel::SpentColumn: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setLocale(QLocale());
        spin->setDecimals(2);
        spin->setRange(0, 1e13); // far beyond any plan, well within qint64 cents
        spin->setGroupSeparatorShown(true);
        spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
        spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        connect(spin, &QDoubleSpinBox::valueChanged, self, [self, spin] { emit self->commitData(spin); });
        editor = spin;
        break;
    }
    case PlanActivityModel::ProgressColumn: {
        auto *spin = new QSpinBox(parent);
        spin->setLocale(QLocale());
        spin->setRange(0, 100);
        spin->setSingleStep(5);
        spin->setSuffix(QStringLiteral("%")); // not translated: the percent sign
        spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        connect(spin, &QSpinBox::valueChanged, self, [self, spin] { emit self->commitData(spin); });
        editor = spin;
        break;
    }
    default:
        editor = QStyledItemDelegate::createEditor(parent, option, index);
        break;
    }
    if (editor)
        editor->setAccessibleName(name);
    return editor;
}

void PlanActivityDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    const QSignalBlocker blocker(editor); // showing the value is not an edit
    if (auto *date = qobject_cast<DateField *>(editor)) {
        date->setText(value.typeId() == QMetaType::QDate ? DateField::format(value.toDate()) : value.toString());
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        // The view calls this again after each live commit: leave the text
        // being typed alone when it already holds the value.
        if (PlanActivityModel::toMinor(spin->value()) != PlanActivityModel::toMinor(value.toDouble()))
            spin->setValue(value.toDouble());
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        if (spin->value() != value.toInt())
            spin->setValue(value.toInt());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->isEditable()) {
            const int found = combo->findText(value.toString(), Qt::MatchFixedString);
            if (found >= 0)
                combo->setCurrentIndex(found);
            combo->setEditText(value.toString());
        } else {
            int found = combo->findData(value);
            if (found < 0 && index.column() == PlanActivityModel::ThemeColumn)
                found = combo->findData(value.toLongLong());
            combo->setCurrentIndex(qMax(0, found));
        }
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void PlanActivityDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *date = qobject_cast<DateField *>(editor)) {
        model->setData(index, date->text(), Qt::EditRole); // text that is not a date is kept, and refused on save
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        // value() follows the typing; interpretText() here would reformat the text under the cursor.
        model->setData(index, spin->value(), Qt::EditRole);
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        model->setData(index, spin->value(), Qt::EditRole);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->isEditable() ? combo->currentText().trimmed() : combo->currentData(),
                       Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void PlanActivityDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                                const QModelIndex &) const
{
    // A narrow column still gets an editor wide enough to use (a date with
    // its calendar button, a combo box showing its text).
    QRect rect = option.rect;
    rect.setWidth(qMax(rect.width(), editor->sizeHint().width()));
    editor->setGeometry(rect);
}
