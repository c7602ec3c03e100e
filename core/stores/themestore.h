// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store.h"
#include "theme.h"
#include "validation.h"

#include <QList>

#include <optional>

// The shared theme vocabulary. Themes are few (tens), so lists and name
// look-ups work on all of them in memory.
class ThemeStore : public Store
{
    Q_DECLARE_TR_FUNCTIONS(ThemeStore)

public:
    using Store::Store;

    // Every theme, sorted by its name in the language (Serbian order).
    Result<QList<Theme>> list(Language language) const;
    Result<Theme> get(qint64 id) const;
    // English and Serbian Latin names are required; a name another theme
    // already has (in any script, case or diacritics) is refused, as is a
    // key another theme has.
    Validation validate(const Theme &theme) const;
    // Inserts (id 0) or updates in one transaction. An empty Cyrillic name is
    // filled in from the Latin one.
    Result<qint64> save(Theme &theme);
    Status saveWithin(Theme &theme);
    // Refused while partnerships, initiatives, action plans or plan
    // activities use the theme.
    Status remove(qint64 id);
    // How many partnerships, initiatives, action plans and plan activities use it.
    Result<int> usageCount(qint64 id) const;

    // The theme one of whose names matches, whatever the case, script and
    // diacritics ("родна равноправност" finds Gender equality).
    Result<std::optional<qint64>> findByName(const QString &name) const;

private:
    Result<QList<Theme>> all() const;
    Result<QList<qint64>> themesNamed(const QString &name, qint64 exceptId) const;
    Status removeWithin(qint64 id);
};
