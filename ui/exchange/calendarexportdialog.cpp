// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarexportdialog.h"

#include "datefield.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

CalendarExportDialog::CalendarExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_from(new DateField(this))
    , m_to(new DateField(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("calendarExportDialog"));
    setWindowTitle(tr("Export Calendar"));
    auto *intro = new QLabel(tr("Visits and open tasks with a due date, as an iCalendar file (.ics) for Outlook, "
                                "Thunderbird or a phone. Exporting again later updates the same events."),
                             this);
    intro->setWordWrap(true);
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_from->setPlaceholderText(tr("no limit"));
    m_to->setPlaceholderText(tr("no limit"));
    m_message->setObjectName(QStringLiteral("rangeMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    const QDate today = QDate::currentDate();
    setRange(QDate(today.year(), 1, 1), {});
    connect(m_from, &QLineEdit::textChanged, this, &CalendarExportDialog::updateState);
    connect(m_to, &QLineEdit::textChanged, this, &CalendarExportDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(440);
    updateState();
}

QDate CalendarExportDialog::from() const
{
    return m_from->date();
}

QDate CalendarExportDialog::to() const
{
    return m_to->date();
}

void CalendarExportDialog::setRange(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
    updateState();
}

void CalendarExportDialog::updateState()
{
    QString message;
    if (m_from->hasInvalidText() || m_to->hasInvalidText())
        message = tr("Write dates as D.M.YYYY. (or leave them empty).");
    else if (from().isValid() && to().isValid() && from() > to())
        message = tr("The first date is after the last.");
    else if (!from().isValid() && !to().isValid())
        message = tr("All dates: every visit and every open task with a due date.");
    m_message->setText(message);
    const bool valid = !m_from->hasInvalidText() && !m_to->hasInvalidText()
        && !(from().isValid() && to().isValid() && from() > to());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}
