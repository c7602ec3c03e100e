// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The names both executables register with Qt, so that QStandardPaths and
// QSettings point at the same folders for the desktop app and the CLI.
namespace AppIdentity {

void apply();
QString version();
// "PROGRAM 0.1.0 (register schema N)": what --version prints in both
// executables, N being the schema version this build writes.
QString versionLine(const QString &program);
// The reverse-DNS id of the desktop entry, the icon and the AppStream metainfo.
QString desktopId();
// SPDX identifier of the licence, shown in the About dialog.
QString licence();
QString staffNameFallback(); // the OS user, when no staff name is configured

} // namespace AppIdentity
