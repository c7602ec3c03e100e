// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A foreign country the generator draws partners from: its code, the places
// of its local authorities and the given names and surnames of its people,
// with the word its local authorities call themselves by ("Ville de %1").
struct ForeignPool
{
    QString country;          // ISO 3166 alpha-2
    QString authorityPattern; // "%1" stands for the place
    QStringList places;
    QStringList givenNames;
    QStringList surnames;
};

// The words of generated data: realistic Serbian names (with č, ć, đ, š, ž;
// Cyrillic forms come from the Transliterator), foreign places and names in
// their own spelling (ł, ö, ß, é...), and the phrases of titles and notes.
class NamePools
{
public:
    static const QStringList &serbianGivenNames();
    static const QStringList &serbianSurnames();
    static const QList<ForeignPool> &foreignPools();
    static const QStringList &positions();
    static const QStringList &visitPurposes();
    static const QStringList &timelineEvents();
    static const QStringList &activityTitles();
    static const QStringList &associationWords(); // "Udruženje %1" patterns for associations and donors
};
