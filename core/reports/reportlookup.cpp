// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportlookup.h"

#include "database.h"
#include "organizationstore.h"
#include "personstore.h"
#include "reporttext.h"
#include "sqlsupport.h"
#include "themestore.h"

ReportLookup::ReportLookup(const Database &db, const ReportText &text)
    : m_db(db)
    , m_text(text)
{
}

QString ReportLookup::organization(qint64 id)
{
    if (id <= 0)
        return {};
    if (!m_organizations.contains(id)) {
        auto o = OrganizationStore(m_db).get(id);
        m_organizations.insert(id, o ? o.value().displayName(m_text.language()) : QString());
        m_organizationCountries.insert(id, o ? country(o.value().country) : QString());
    }
    return m_organizations.value(id);
}

QString ReportLookup::organizationCountry(qint64 id)
{
    organization(id);
    return m_organizationCountries.value(id);
}

QString ReportLookup::country(const QString &code)
{
    if (code.isEmpty())
        return {};
    if (!m_countries.contains(code)) {
        auto row = Sql::run(m_db.connection(),
                            QStringLiteral("SELECT name_en, name_sr_latn, name_sr_cyrl FROM countries WHERE code = ?"), {code});
        QString name = code;
        if (row && row.value().next())
            name = m_text.countryName(code, row.value().value(0).toString(), row.value().value(1).toString(),
                                      row.value().value(2).toString());
        m_countries.insert(code, name);
    }
    return m_countries.value(code);
}

QString ReportLookup::theme(qint64 id)
{
    if (!m_themes.contains(id)) {
        auto theme = ThemeStore(m_db).get(id);
        m_themes.insert(id, theme ? theme.value().name(m_text.language()) : QString());
    }
    return m_themes.value(id);
}

QString ReportLookup::person(qint64 id)
{
    if (id > 0) {
        auto person = PersonStore(m_db).get(id);
        if (person && !person.value().fullName.isEmpty())
            return person.value().fullName;
    }
    return m_text.label(QT_TRANSLATE_NOOP("Report", "anonymous participant"));
}
