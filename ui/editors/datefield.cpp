// SPDX-License-Identifier: GPL-3.0-or-later
#include "datefield.h"

#include "dates.h"

#include <QAction>
#include <QCalendarWidget>
#include <QStyle>

DateField::DateField(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("D.M.YYYY."));
    QAction *calendar = addAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView), QLineEdit::TrailingPosition);
    calendar->setToolTip(tr("Choose from a calendar"));
    connect(calendar, &QAction::triggered, this, &DateField::showCalendar);
    connect(this, &QLineEdit::textEdited, this, &DateField::dateEdited);
    connect(this, &QLineEdit::editingFinished, this, [this] {
        const QDate parsed = date(); // shows what was understood: "1.2.2026" becomes "1.2.2026."
        if (parsed.isValid() && text() != format(parsed))
            setText(format(parsed));
    });
}

QDate DateField::date() const
{
    return Dates::parse(text().trimmed());
}

void DateField::setDate(const QDate &date)
{
    setText(format(date));
}

bool DateField::hasInvalidText() const
{
    return !text().trimmed().isEmpty() && !date().isValid();
}

QString DateField::format(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("d.M.yyyy.")) : QString();
}

void DateField::showCalendar()
{
    if (isReadOnly())
        return;
    auto *popup = new QCalendarWidget(this);
    popup->setWindowFlags(Qt::Popup);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    popup->setFirstDayOfWeek(Qt::Monday);
    popup->setGridVisible(true);
    if (date().isValid())
        popup->setSelectedDate(date());
    connect(popup, &QCalendarWidget::activated, this, [this, popup](const QDate &chosen) {
        setDate(chosen);
        emit dateEdited();
        popup->close();
    });
    connect(popup, &QCalendarWidget::clicked, popup, &QCalendarWidget::activated);
    popup->move(mapToGlobal(QPoint(0, height())));
    popup->show();
    popup->setFocus();
}
