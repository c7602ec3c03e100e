// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

// The first start without a register: a new empty register, one with the
// example data, or an existing file.
class WelcomeDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { None, NewEmpty, NewWithExamples, OpenExisting };

    explicit WelcomeDialog(QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Choice::None;
};
