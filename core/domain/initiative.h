// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// A request for a partner: a member municipality asks SKGO to find one
// (countries, themes, kind, size sought), or a foreign authority proposes
// cooperation. Staff follow it through its stages until an agreement is
// signed or it is closed without result.
struct Initiative
{
    // One entry of the stage history: when the initiative entered a stage.
    struct StageChange
    {
        QString stage; // Vocab::InitiativeStage
        QDate changedOn;
        QString note;
    };

    // A partner proposed to the requester.
    struct Candidate
    {
        qint64 organizationId = 0;
        QString note;
    };

    qint64 id = 0;
    QString title;
    qint64 requesterId = 0;                       // the organisation that asked (or proposed)
    QString origin = QStringLiteral("member");    // Vocab::InitiativeOrigin
    QStringList soughtCountries;                  // ISO 3166 alpha-2 codes
    QList<qint64> soughtThemeIds;
    QString soughtKind;                           // Vocab::PartnershipKind key, or empty
    QString soughtSize;                           // free text ("10,000-30,000 inhabitants")
    QString description;
    QString stage = QStringLiteral("received");   // Vocab::InitiativeStage
    QString staffInCharge;
    QDate openedOn;
    QDate closedOn;                               // set exactly while the stage is a closed one
    qint64 partnershipId = 0;                     // the resulting partnership (0: none)
    QList<Candidate> candidates;
    QList<StageChange> stageHistory;              // oldest first
    QString notes;

    // agreement_signed and closed_without_result.
    static bool isClosedStage(const QString &stage);
    // The stage after this one on the usual path (received → searching →
    // partners_proposed → contact_made → negotiating → agreement_signed);
    // empty for a closed stage or an unknown key.
    static QString nextStage(const QString &stage);

    bool isClosed() const { return isClosedStage(stage); }
    QMap<QString, QString> auditFields() const;
};
