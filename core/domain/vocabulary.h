// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The closed lists of the domain (kinds, statuses, stages...). Records keep
// the stable English key (also used in CSV files and the database); the UI
// and reports show the translated label.
enum class Vocab {
    OrganizationKind,
    PartnershipKind,
    PartnershipStatus,
    InitiativeStage,
    InitiativeOrigin,
    AgreementKind,
    AgreementStatus,
    Renewal,
    VisitDirection,
    VisitKind,
    VisitOrganizationRole,
    PlanStatus,
    ActivityStatus,
};

class Vocabulary
{
    Q_DECLARE_TR_FUNCTIONS(Vocabulary)

public:
    static QStringList keys(Vocab vocab);
    static bool contains(Vocab vocab, const QString &key);
    // The translated label of a key; the key itself when unknown.
    static QString label(Vocab vocab, const QString &key);
    // The untranslated (English) label, for translating into another language than the UI's (reports).
    static QString sourceLabel(Vocab vocab, const QString &key);
    // Serbian local governments: city, municipality, city municipality.
    static bool isSerbianLocalGovernment(const QString &organizationKind);
};
