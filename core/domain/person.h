// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

// A contact at an organisation. Personal data: kept minimal, and erased
// everywhere on request (PersonStore::erase).
struct Person
{
    qint64 id = 0;
    QString fullName;
    qint64 organizationId = 0; // 0: none
    QString position;          // job title, e.g. "Head of international cooperation"
    QString email;
    QString phone;
    QString languages; // free text, e.g. "sr, en, fr"
    QString notes;

    QMap<QString, QString> auditFields() const;
};
