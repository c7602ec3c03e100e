// SPDX-License-Identifier: GPL-3.0-or-later
#include "appidentity.h"

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

QString staffNameFallback()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace AppIdentity
