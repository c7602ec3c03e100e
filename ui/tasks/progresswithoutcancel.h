// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProgressDialog>

// A busy dialog for work that must run to its end once started (an upgrade):
// no Cancel button, and neither Escape nor the window's close button dismisses it.
class ProgressWithoutCancel : public QProgressDialog
{
    Q_OBJECT

public:
    ProgressWithoutCancel(const QString &label, QWidget *parent);

protected:
    void reject() override;
    void closeEvent(QCloseEvent *event) override;
};
