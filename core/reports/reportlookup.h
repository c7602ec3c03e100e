// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language.h"
#include "organization.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

class Database;
class ReportText;

// Names as a report in one language prints them, looked up once per report:
// organisations (Serbian names in the report's script, foreign names as
// they are), countries, themes, people.
class ReportLookup
{
public:
    ReportLookup(const Database &db, const ReportText &text);

    QString organization(qint64 id);
    // The organisation as stored (an empty one for an unknown id).
    Organization organizationRecord(qint64 id);
    QString organizationCountry(qint64 id);
    QString country(const QString &code);
    QString theme(qint64 id);
    // The person's name; an erased or unknown person is "anonymous participant".
    QString person(qint64 id);
    // The person's name; empty for an erased or unknown person.
    QString personName(qint64 id);

    // The partner countries of a record with these organisations: their
    // countries other than Serbia, sorted; Serbia alone when every one is
    // Serbian; none when there are no organisations.
    QStringList partnerCountryCodes(const QList<qint64> &organizationIds);
    // The display names of organisations, joined by ", ".
    QString organizations(const QList<qint64> &ids);

    // The first column of every row of a query, as ids (empty on error).
    static QList<qint64> ids(const Database &db, const QString &sql, const QVariantList &values = {});

private:
    const Database &m_db;
    const ReportText &m_text;
    QHash<qint64, Organization> m_organizations;
    QHash<QString, QString> m_countries;
    QHash<qint64, QString> m_themes;
};
