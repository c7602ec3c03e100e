// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language.h"

#include <QHash>
#include <QString>

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
    QString organizationCountry(qint64 id);
    QString country(const QString &code);
    QString theme(qint64 id);
    // The person's name; an erased or unknown person is "anonymous participant".
    QString person(qint64 id);

private:
    const Database &m_db;
    const ReportText &m_text;
    QHash<qint64, QString> m_organizations;
    QHash<qint64, QString> m_organizationCountries;
    QHash<QString, QString> m_countries;
    QHash<qint64, QString> m_themes;
};
