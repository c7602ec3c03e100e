// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

// A party to a partnership: an organisation and its role ("lead", "partner"...).
struct PartnershipParty
{
    qint64 organizationId = 0;
    QString role;
};

// One step of the status history.
struct StatusChange
{
    QString status; // Vocab::PartnershipStatus
    QDate changedOn;
    QString note;
};

// A member of the twinning committee: a registered person (personId) or,
// for a citizen kept out of the contacts, just a name.
struct CommitteeMember
{
    qint64 personId = 0;
    QString name;
    QString role;
};

// A dated activity of the partnership.
struct TimelineEntry
{
    qint64 id = 0;
    QDate occurredOn;
    QString description;
};

// Cooperation between two or more organisations: town twinning,
// decentralised, project or cross-border cooperation.
struct Partnership
{
    qint64 id = 0;
    QString title;
    QString kind = QStringLiteral("twinning");     // Vocab::PartnershipKind
    QString status = QStringLiteral("initiative"); // Vocab::PartnershipStatus
    QDate startedOn;
    QDate endedOn;
    QString notes;
    QList<PartnershipParty> parties;
    QList<qint64> themeIds;
    QList<CommitteeMember> committee;
    QList<TimelineEntry> timeline;
    QList<StatusChange> statusHistory; // oldest first

    // Child collections appear compactly, by id ("org:12 (lead); org:40");
    // committee members as "person:ID", never by name.
    QMap<QString, QString> auditFields() const;
};
