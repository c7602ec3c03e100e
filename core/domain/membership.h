// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delegate.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

// SKGO's membership in an international organisation (CEMR, NALAS, the
// Congress...), with its delegates to the organisation's bodies.
struct Membership
{
    qint64 id = 0;
    qint64 organizationId = 0; // the international organisation
    QString role = QStringLiteral("member"); // free text: member, observer, associate member...
    QDate memberSince;
    QDate memberUntil;         // invalid while the membership lasts
    QString notes;
    QList<Delegate> delegates;

    // Whether the membership lasts on that day (not ended before it).
    bool isActiveOn(const QDate &day) const;
    // Delegates compactly, by person id ("person:12 Bureau ...; person:40 ...").
    QMap<QString, QString> auditFields() const;
};
