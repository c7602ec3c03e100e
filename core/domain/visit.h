// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

// A delegation visit, study visit, conference, expert exchange or meeting:
// who hosted, who came, who took part, the programme and what came of it.
struct Visit
{
    struct VisitOrganization
    {
        qint64 organizationId = 0;
        QString role = QStringLiteral("host"); // Vocab::VisitOrganizationRole: host or guest
    };

    // A person who took part. personId 0: anonymous, or a person since erased.
    struct Participant
    {
        qint64 id = 0;
        qint64 personId = 0;
        qint64 organizationId = 0; // whom they represented (0: not recorded)
        QString role;              // free text: "mayor", "interpreter"...
    };

    struct ProgrammeItem
    {
        QDate day;
        QString time; // free text: "10:00", "morning"
        QString item;
        QString place;
    };

    qint64 id = 0;
    QString title;
    QString direction = QStringLiteral("incoming"); // Vocab::VisitDirection
    QString kind = QStringLiteral("delegation");    // Vocab::VisitKind
    QDate startDate;
    QDate endDate; // optional: a one-day visit may leave it empty
    QString city;
    QString country; // ISO 3166 alpha-2, or empty
    QString purpose;
    QString outcome;
    qint64 partnershipId = 0;
    qint64 agreementId = 0;
    qint64 activityId = 0; // a plan activity
    QString notes;
    QList<VisitOrganization> organizations;
    QList<Participant> participants;
    QList<ProgrammeItem> programme;

    // The last day of the visit: endDate, or startDate when there is none.
    QDate lastDay() const { return endDate.isValid() ? endDate : startDate; }
    QMap<QString, QString> auditFields() const;
};
