// SPDX-License-Identifier: GPL-3.0-or-later
#include "organization.h"

#include "audittext.h"

#include "transliterator.h"
#include "vocabulary.h"

bool Organization::isSerbianLocalGovernment() const
{
    return Vocabulary::isSerbianLocalGovernment(kind);
}

QString Organization::displayName(Language language) const
{
    const bool serbian = country == QLatin1String("RS");
    switch (language) {
    case Language::English:
        return nameEn.isEmpty() ? name : nameEn;
    case Language::SerbianCyrillic:
        if (serbian)
            return nameCyrillic.isEmpty() ? Transliterator::toCyrillic(name) : nameCyrillic;
        return nameSr.isEmpty() ? name : Transliterator::toCyrillic(nameSr);
    case Language::SerbianLatin:
        if (serbian)
            return name.isEmpty() ? Transliterator::toLatin(nameCyrillic) : name;
        return nameSr.isEmpty() ? name : Transliterator::toLatin(nameSr);
    }
    return name;
}

QMap<QString, QString> Organization::auditFields() const
{
    return {
        {QStringLiteral("kind"), kind},
        {QStringLiteral("name"), name},
        {QStringLiteral("name_cyrillic"), nameCyrillic},
        {QStringLiteral("name_sr"), nameSr},
        {QStringLiteral("name_en"), nameEn},
        {QStringLiteral("acronym"), acronym},
        {QStringLiteral("country"), country},
        {QStringLiteral("district"), district},
        {QStringLiteral("parent_city"), parentCity},
        {QStringLiteral("city"), city},
        {QStringLiteral("address"), address},
        {QStringLiteral("email"), email},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("website"), website},
        {QStringLiteral("liaison_person_id"), AuditText::number(liaisonPersonId)},
        {QStringLiteral("notes"), notes},
    };
}
