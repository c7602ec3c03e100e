// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

// A strip above the content that says why the register cannot be edited
// (read-only file or folder, another copy holds it) or warns of a risk
// (network drive). Hidden when there is nothing to say.
class ReadOnlyBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning };

    explicit ReadOnlyBanner(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind);
    void clear();
    QString text() const;

private:
    QLabel *m_label;
};
