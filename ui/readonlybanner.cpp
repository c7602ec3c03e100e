// SPDX-License-Identifier: GPL-3.0-or-later
#include "readonlybanner.h"

#include <QHBoxLayout>
#include <QLabel>

ReadOnlyBanner::ReadOnlyBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("readOnlyBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_label, 1);
    setAccessibleName(tr("Register status"));
    hide();
}

void ReadOnlyBanner::showMessage(const QString &text, Kind kind)
{
    m_label->setText(text);
    const QString background = kind == Kind::Warning ? QStringLiteral("#fff4ce") : QStringLiteral("#ddeeff");
    const QString border = kind == Kind::Warning ? QStringLiteral("#e0b000") : QStringLiteral("#6a9fd8");
    setStyleSheet(QStringLiteral("#readOnlyBanner { background: %1; border: 1px solid %2; border-radius: 4px; }"
                                 "#readOnlyBanner QLabel { color: #202020; }")
                      .arg(background, border));
    show();
}

void ReadOnlyBanner::clear()
{
    m_label->clear();
    hide();
}

QString ReadOnlyBanner::text() const
{
    return m_label->text();
}
