// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

// A party to an agreement and who signed for it.
struct AgreementParty
{
    qint64 organizationId = 0;
    QString signatory;         // e.g. "Nikola Dašić"
    QString signatoryPosition; // e.g. "Mayor"
};

// A twinning charter, cooperation agreement, memorandum, letter of intent...
struct Agreement
{
    qint64 id = 0;
    QString title;
    QString kind = QStringLiteral("cooperation_agreement"); // Vocab::AgreementKind
    QString status = QStringLiteral("draft");               // Vocab::AgreementStatus
    QDate signedOn;
    QString signedPlace;
    QDate validFrom;
    QDate validUntil;                         // invalid: open-ended
    QString renewal = QStringLiteral("none"); // Vocab::Renewal
    QString languages;                        // free text, e.g. "sr, fr"
    qint64 partnershipId = 0;                 // the partnership it founds (0: none)
    QString notes;
    QList<AgreementParty> parties;

    // Signed or in force, with its validity ending between today and
    // today + days (both included): AgreementStore::expiringWithin() on one record.
    bool isExpiringWithin(int days, const QDate &today) const;

    // Parties appear by id and signatory position ("org:12 (Mayor)");
    // signatories' names are left out (personal data).
    QMap<QString, QString> auditFields() const;
};
