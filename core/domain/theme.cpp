// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include "transliterator.h"

QString Theme::name(Language language) const
{
    switch (language) {
    case Language::English:
        return nameEn.isEmpty() ? nameSrLatn : nameEn;
    case Language::SerbianLatin:
        if (!nameSrLatn.isEmpty())
            return nameSrLatn;
        return nameSrCyrl.isEmpty() ? nameEn : Transliterator::toLatin(nameSrCyrl);
    case Language::SerbianCyrillic:
        if (!nameSrCyrl.isEmpty())
            return nameSrCyrl;
        return nameSrLatn.isEmpty() ? nameEn : Transliterator::toCyrillic(nameSrLatn);
    }
    return nameEn;
}
