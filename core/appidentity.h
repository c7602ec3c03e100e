// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The names both executables register with Qt, so that QStandardPaths and
// QSettings point at the same folders for the desktop app and the CLI.
namespace AppIdentity {

void apply();
QString version();
QString staffNameFallback(); // the OS user, when no staff name is configured

} // namespace AppIdentity
