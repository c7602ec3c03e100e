// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include "transliterator.h"

namespace Languages {

QString code(Language language)
{
    switch (language) {
    case Language::SerbianLatin: return QStringLiteral("sr-Latn");
    case Language::SerbianCyrillic: return QStringLiteral("sr-Cyrl");
    case Language::English: return QStringLiteral("en");
    }
    return {};
}

std::optional<Language> fromCode(const QString &code)
{
    for (Language language : {Language::SerbianLatin, Language::SerbianCyrillic, Language::English}) {
        if (Languages::code(language).compare(code, Qt::CaseInsensitive) == 0)
            return language;
    }
    return std::nullopt;
}

QString inScript(const QString &serbianText, Language language)
{
    if (language == Language::SerbianCyrillic)
        return Transliterator::toCyrillic(serbianText);
    return Transliterator::toLatin(serbianText);
}

} // namespace Languages
