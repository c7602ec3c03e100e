// SPDX-License-Identifier: GPL-3.0-or-later
#include "appicon.h"

namespace AppIcon {

QIcon icon()
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/rs.skgo.Saradnja.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace AppIcon
