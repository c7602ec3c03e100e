// SPDX-License-Identifier: GPL-3.0-or-later
#include "importmappingpage.h"

#include "csvcolumnmapping.h"
#include "importcolumns.h"
#include "importwizard.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QMap>
#include <QScrollArea>
#include <QVBoxLayout>

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_scroll(new QScrollArea(this))
    , m_message(new QLabel(this))
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("For each column Saradnja imports, choose the column of the file that holds it. "
                   "Columns in bold are required; file columns chosen for none are not imported."));
    m_message->setObjectName(QStringLiteral("mappingMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_message);
}

QString ImportMappingPage::currentKey() const
{
    const std::shared_ptr<const CsvContent> content = m_wizard->content();
    return QStringList{m_wizard->kind(), m_wizard->filePath(), content ? content->encoding : QString(),
                       content ? QString(content->delimiter) : QString()}
        .join(QLatin1Char('\n'));
}

void ImportMappingPage::initializePage()
{
    // A new grid each time (the scroll area deletes the old one).
    m_rows = new QWidget;
    m_grid = new QGridLayout(m_rows);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);
    m_scroll->setWidget(m_rows);
    m_boxes.clear();
    m_samples.clear();
    const std::shared_ptr<const CsvContent> content = m_wizard->content();
    if (!content || content->records.isEmpty())
        return;
    const QStringList header = content->records.first().fields;
    const QStringList firstRow = content->records.size() > 1 ? content->records.at(1).fields : QStringList();
    const QList<CsvColumn> columns = m_wizard->columns();
    QStringList names;
    for (const CsvColumn &column : columns)
        names << column.name;
    const QHash<QString, int> mapping = m_wizard->mappingKey() == currentKey()
        ? m_wizard->mapping()
        : CsvColumnMapping::guess(columns, header, ImportColumns::aliases(names));

    const auto headingLabel = [this](const QString &text) {
        auto *label = new QLabel(text, m_rows);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        return label;
    };
    m_grid->addWidget(headingLabel(tr("Imported as")), 0, 0);
    m_grid->addWidget(headingLabel(tr("Column of the file")), 0, 1);
    m_grid->addWidget(headingLabel(tr("First row")), 0, 2);
    int row = 1;
    for (const CsvColumn &column : columns) {
        const QString label = ImportColumns::label(column.name);
        auto *name = new QLabel(tr("%1 (%2)").arg(label, column.name), m_rows);
        name->setTextFormat(Qt::PlainText);
        if (column.required) {
            QFont font = name->font();
            font.setBold(true);
            name->setFont(font);
        }
        auto *box = new QComboBox(m_rows);
        box->setObjectName(QStringLiteral("map_") + column.name);
        box->setAccessibleName(tr("Column of the file for %1").arg(label));
        box->setProperty("column", column.name);
        box->setProperty("required", column.required);
        box->addItem(tr("(not imported)"), -1);
        for (int i = 0; i < header.size(); ++i)
            box->addItem(tr("%1. %2").arg(i + 1).arg(header.at(i).trimmed()), i);
        box->setCurrentIndex(qMax(0, box->findData(mapping.value(column.name, -1))));
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(16);
        name->setBuddy(box);
        auto *sample = new QLabel(m_rows);
        sample->setTextFormat(Qt::PlainText);
        sample->setEnabled(false);
        m_grid->addWidget(name, row, 0);
        m_grid->addWidget(box, row, 1);
        m_grid->addWidget(sample, row, 2);
        m_boxes << box;
        m_samples << sample;
        connect(box, &QComboBox::currentIndexChanged, this, [this, box, sample, firstRow] {
            const int index = box->currentData().toInt();
            const QString value = index >= 0 ? firstRow.value(index).simplified() : QString();
            sample->setText(fontMetrics().elidedText(value, Qt::ElideRight, 240));
            sample->setToolTip(value);
            updateState();
        });
        emit box->currentIndexChanged(box->currentIndex());
        ++row;
    }
    m_grid->setRowStretch(row, 1);
    updateState();
}

QComboBox *ImportMappingPage::box(const QString &column) const
{
    for (QComboBox *box : m_boxes) {
        if (box->property("column").toString() == column)
            return box;
    }
    return nullptr;
}

QHash<QString, int> ImportMappingPage::chosen() const
{
    QHash<QString, int> mapping;
    for (const QComboBox *box : m_boxes) {
        if (const int index = box->currentData().toInt(); index >= 0)
            mapping.insert(box->property("column").toString(), index);
    }
    return mapping;
}

void ImportMappingPage::updateState()
{
    QStringList missing;
    QMap<int, QStringList> users; // in the file's order
    for (const QComboBox *box : m_boxes) {
        const int index = box->currentData().toInt();
        const QString label = ImportColumns::label(box->property("column").toString());
        if (index < 0 && box->property("required").toBool())
            missing << label;
        if (index >= 0)
            users[index] << label;
    }
    QStringList messages;
    if (!missing.isEmpty())
        messages << tr("Choose a column of the file for: %1.").arg(missing.join(QStringLiteral(", ")));
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (it.value().size() > 1)
            messages << tr("Column %1 of the file is chosen for more than one: %2.")
                            .arg(it.key() + 1)
                            .arg(it.value().join(QStringLiteral(", ")));
    }
    m_message->setText(messages.join(QLatin1Char('\n')));
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return !m_boxes.isEmpty() && m_message->text().isEmpty();
}

bool ImportMappingPage::validatePage()
{
    m_wizard->setMapping(chosen(), currentKey());
    return true;
}
