// SPDX-License-Identifier: GPL-3.0-or-later
#include "appidentity.h"

#include "database.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace AppIdentity {

void apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SKGO"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("skgo.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Saradnja"));
    QCoreApplication::setApplicationVersion(version());
}

QString version()
{
    return QStringLiteral(SARADNJA_VERSION);
}

QString versionLine(const QString &program)
{
    // A fixed English line: scripts and the packaging test read it.
    return QStringLiteral("%1 %2 (register schema %3)").arg(program, version()).arg(Database::latestSchemaVersion());
}

QString desktopId()
{
    return QStringLiteral("rs.skgo.Saradnja");
}

QString licence()
{
    return QStringLiteral("GPL-3.0-or-later");
}

QString staffNameFallback()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace AppIdentity
