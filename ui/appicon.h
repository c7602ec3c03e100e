// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

// The application's icon (resources/icons), built into the program from the
// committed PNG sizes, so that it needs neither an installed icon theme nor
// Qt's SVG plugin.
namespace AppIcon {

QIcon icon();

} // namespace AppIcon
