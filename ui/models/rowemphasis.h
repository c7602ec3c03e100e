// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

// How a row of a list (or of an editor's table) stands out, and why: an
// agreement about to expire, a mandate ending soon... The note is the
// row's tooltip and accessible description, so the emphasis is never
// colour alone.
struct RowEmphasis
{
    enum class Level { None, Notice, Warning };

    Level level = Level::None;
    QString note;

    bool isEmphasized() const { return level != Level::None; }

    // Light backgrounds with dark text on them, readable in light and dark themes.
    static QColor background(Level level)
    {
        switch (level) {
        case Level::Notice:
            return QColor(0xe3, 0xf0, 0xff);
        case Level::Warning:
            return QColor(0xff, 0xf0, 0xc2);
        case Level::None:
            break;
        }
        return {};
    }
    static QColor foreground(Level level)
    {
        switch (level) {
        case Level::Notice:
            return QColor(0x12, 0x3a, 0x66);
        case Level::Warning:
            return QColor(0x6b, 0x4e, 0x00);
        case Level::None:
            break;
        }
        return {};
    }
    // A style sheet for a QLabel showing the note as a badge.
    static QString badgeStyle(Level level)
    {
        if (level == Level::None)
            return {};
        return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 2px 6px; }")
            .arg(background(level).name(), foreground(level).name());
    }
};
