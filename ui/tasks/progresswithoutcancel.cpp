// SPDX-License-Identifier: GPL-3.0-or-later
#include "progresswithoutcancel.h"

#include <QCloseEvent>

ProgressWithoutCancel::ProgressWithoutCancel(const QString &label, QWidget *parent)
    : QProgressDialog(label, QString(), 0, 0, parent)
{
    setCancelButton(nullptr);
}

void ProgressWithoutCancel::reject()
{
    // Escape: the work goes on, and so does the dialog.
}

void ProgressWithoutCancel::closeEvent(QCloseEvent *event)
{
    event->ignore();
}
