// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportlookup.h"

#include "database.h"
#include "organizationstore.h"
#include "personstore.h"
#include "reporttext.h"
#include "sqlsupport.h"
#include "themestore.h"

#include <QSet>

#include <algorithm>

namespace {

const QString serbia = QStringLiteral("RS");

} // namespace

ReportLookup::ReportLookup(const Database &db, const ReportText &text)
    : m_db(db)
    , m_text(text)
{
}

Organization ReportLookup::organizationRecord(qint64 id)
{
    if (id <= 0)
        return {};
    if (!m_organizations.contains(id)) {
        auto o = OrganizationStore(m_db).get(id);
        m_organizations.insert(id, o ? o.value() : Organization());
    }
    return m_organizations.value(id);
}

QString ReportLookup::organization(qint64 id)
{
    const Organization o = organizationRecord(id);
    return o.name.isEmpty() ? QString() : o.displayName(m_text.language());
}

QString ReportLookup::organizationCountry(qint64 id)
{
    return country(organizationRecord(id).country);
}

QString ReportLookup::organizations(const QList<qint64> &ids)
{
    QStringList names;
    for (qint64 id : ids)
        names << organization(id);
    names.removeAll(QString());
    return names.join(QStringLiteral(", "));
}

QStringList ReportLookup::partnerCountryCodes(const QList<qint64> &organizationIds)
{
    QSet<QString> codes;
    bool serbian = false;
    for (qint64 id : organizationIds) {
        const QString code = organizationRecord(id).country;
        if (code == serbia)
            serbian = true;
        else if (!code.isEmpty())
            codes.insert(code);
    }
    QStringList sorted(codes.cbegin(), codes.cend());
    std::sort(sorted.begin(), sorted.end());
    if (sorted.isEmpty() && serbian)
        sorted << serbia;
    return sorted;
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

QString ReportLookup::personName(qint64 id)
{
    if (id <= 0)
        return {};
    auto person = PersonStore(m_db).get(id);
    return person ? person.value().fullName : QString();
}

QString ReportLookup::person(qint64 id)
{
    const QString name = personName(id);
    return name.isEmpty() ? m_text.label(QT_TRANSLATE_NOOP("Report", "anonymous participant")) : name;
}

QList<qint64> ReportLookup::ids(const Database &db, const QString &sql, const QVariantList &values)
{
    QList<qint64> result;
    auto query = Sql::run(db.connection(), sql, values);
    if (query) {
        while (query.value().next())
            result << query.value().value(0).toLongLong();
    }
    return result;
}
