// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;

// Help ▸ About Saradnja: the icon, the version of the program and of the
// register schema it writes, a short description and the licence.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The shown version line ("Version 0.1.0 · register schema 2"), for tests.
    QString versionText() const;
    QString licenceText() const;

private:
    QLabel *m_version;
    QLabel *m_licence;
};
