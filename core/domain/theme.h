// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language.h"

#include <QString>

// One entry of the shared, editable theme vocabulary (culture, youth, gender
// equality...). Reference themes have a stable key; themes staff add have none.
struct Theme
{
    qint64 id = 0;
    QString key;        // stable key of a reference theme ("gender_equality"), empty otherwise
    QString nameEn;
    QString nameSrLatn;
    QString nameSrCyrl;

    // The name in a language, falling back to the other names when one is missing.
    QString name(Language language) const;
};
