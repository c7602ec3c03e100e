// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language.h"

#include <QMap>
#include <QString>

// Any party: a Serbian local government (city, municipality, city
// municipality; with district and Latin and Cyrillic names) or a foreign
// authority, association, international organisation, embassy, ministry,
// donor or other entity.
struct Organization
{
    qint64 id = 0;
    QString kind = QStringLiteral("local_authority"); // Vocab::OrganizationKind
    QString name;          // own-language name (Serbian Latin for Serbian ones)
    QString nameCyrillic;  // Serbian Cyrillic name (Serbian organisations)
    QString nameSr;        // optional Serbian name of a foreign one (an exonym: "Sirena")
    QString nameEn;        // optional English name
    QString acronym;
    QString country;       // ISO 3166 alpha-2
    QString district;      // administrative district (Serbian local governments)
    QString parentCity;    // the city of a city municipality
    QString city;          // seat
    QString address;
    QString email;
    QString phone;
    QString website;
    qint64 liaisonPersonId = 0; // the international-cooperation officer (0: none)
    QString referenceKey;  // set for reference data loaded by init
    QString notes;

    bool isSerbianLocalGovernment() const;
    // The name a UI or report in this language shows: Serbian names in the
    // language's script, Serbian or English names where entered, the own
    // name otherwise (foreign names never transliterated).
    QString displayName(Language language) const;
    QMap<QString, QString> auditFields() const;
};
