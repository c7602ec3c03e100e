// SPDX-License-Identifier: GPL-3.0-or-later
#include "themestore.h"

#include "searchfolding.h"
#include "sortkey.h"
#include "sqlsupport.h"
#include "storesupport.h"
#include "transliterator.h"

#include <algorithm>

namespace {

const QString selectColumns = QStringLiteral("SELECT id, key, name_en, name_sr_latn, name_sr_cyrl FROM themes");

Theme fromRow(const QSqlQuery &q)
{
    Theme t;
    t.id = q.value(0).toLongLong();
    t.key = q.value(1).toString();
    t.nameEn = q.value(2).toString();
    t.nameSrLatn = q.value(3).toString();
    t.nameSrCyrl = q.value(4).toString();
    return t;
}

} // namespace

Result<QList<Theme>> ThemeStore::all() const
{
    auto query = Sql::run(db(), selectColumns);
    if (!query)
        return query.error();
    QList<Theme> themes;
    while (query.value().next())
        themes << fromRow(query.value());
    return themes;
}

Result<QList<Theme>> ThemeStore::list(Language language) const
{
    auto themes = all();
    if (!themes)
        return themes;
    QList<Theme> sorted = themes.take();
    std::stable_sort(sorted.begin(), sorted.end(), [language](const Theme &a, const Theme &b) {
        return SortKey::of(a.name(language)) < SortKey::of(b.name(language));
    });
    return sorted;
}

Result<Theme> ThemeStore::get(qint64 id) const
{
    return fetchOne(selectColumns + QStringLiteral(" WHERE id = ?"), id, QStringLiteral("theme"), fromRow);
}

Result<QList<qint64>> ThemeStore::themesNamed(const QString &name, qint64 exceptId) const
{
    const QString folded = SearchFolding::fold(name);
    QList<qint64> ids;
    if (folded.isEmpty())
        return ids;
    auto themes = all();
    if (!themes)
        return themes.error();
    for (const Theme &t : themes.value()) {
        if (t.id == exceptId)
            continue;
        for (const QString &candidate : {t.nameEn, t.nameSrLatn, t.nameSrCyrl}) {
            if (SearchFolding::fold(candidate) == folded) {
                ids << t.id;
                break;
            }
        }
    }
    return ids;
}

Validation ThemeStore::validate(const Theme &t) const
{
    Validation v;
    v.requireText(QStringLiteral("name_en"), t.nameEn, tr("The English name"));
    v.requireText(QStringLiteral("name_sr_latn"), t.nameSrLatn, tr("The Serbian name"));
    const QList<std::pair<QString, QString>> names = {{QStringLiteral("name_en"), t.nameEn},
                                                      {QStringLiteral("name_sr_latn"), t.nameSrLatn},
                                                      {QStringLiteral("name_sr_cyrl"), t.nameSrCyrl}};
    for (const auto &[field, name] : names) {
        auto same = themesNamed(name, t.id);
        if (same && !same.value().isEmpty())
            v.addError(field, tr("Another theme is already called \"%1\".").arg(name.trimmed()));
    }
    const QString key = t.key.trimmed();
    if (!key.isEmpty()) {
        auto taken = Sql::scalar(db(), QStringLiteral("SELECT count(*) FROM themes WHERE key = ? AND id <> ?"), {key, t.id});
        if (taken && taken.value().toInt() > 0)
            v.addError(QStringLiteral("key"), tr("Another theme already has the key \"%1\".").arg(key));
    }
    return v;
}

Result<qint64> ThemeStore::save(Theme &theme)
{
    return saveRecord(theme, &ThemeStore::saveWithin);
}

Status ThemeStore::saveWithin(Theme &t)
{
    Theme cleaned = t;
    cleaned.key = t.key.trimmed();
    cleaned.nameEn = t.nameEn.trimmed();
    cleaned.nameSrLatn = t.nameSrLatn.trimmed();
    cleaned.nameSrCyrl = t.nameSrCyrl.trimmed();
    if (cleaned.nameSrCyrl.isEmpty())
        cleaned.nameSrCyrl = Transliterator::toCyrillic(cleaned.nameSrLatn);
    const Validation validation = validate(cleaned);
    if (validation.hasErrors())
        return validation.toError();
    const QVariantList values{StoreSupport::nullableText(cleaned.key), cleaned.nameEn, cleaned.nameSrLatn,
                              cleaned.nameSrCyrl};
    const QString failed = tr("The theme could not be saved.");
    if (cleaned.id == 0) {
        auto inserted = Sql::run(db(),
                                 QStringLiteral("INSERT INTO themes (key, name_en, name_sr_latn, name_sr_cyrl) VALUES (?, ?, ?, ?)"),
                                 values);
        if (!inserted)
            return Error(inserted.error().code(), failed, inserted.error().detail());
        cleaned.id = inserted.value().lastInsertId().toLongLong();
    } else {
        auto exists = get(cleaned.id);
        if (!exists)
            return exists.error();
        auto updated = Sql::run(db(),
                                QStringLiteral("UPDATE themes SET key = ?, name_en = ?, name_sr_latn = ?, name_sr_cyrl = ? "
                                               "WHERE id = ?"),
                                QVariantList(values) << cleaned.id);
        if (!updated)
            return Error(updated.error().code(), failed, updated.error().detail());
    }
    t = cleaned;
    return {};
}

Result<int> ThemeStore::usageCount(qint64 id) const
{
    auto count = Sql::scalar(db(),
                             QStringLiteral("SELECT (SELECT count(*) FROM partnership_themes WHERE theme_id = ?) "
                                            "+ (SELECT count(*) FROM initiative_themes WHERE theme_id = ?) "
                                            "+ (SELECT count(*) FROM plan_priorities WHERE theme_id = ?) "
                                            "+ (SELECT count(*) FROM plan_activities WHERE theme_id = ?)"),
                             {id, id, id, id});
    if (!count)
        return count.error();
    return count.value().toInt();
}

Status ThemeStore::remove(qint64 id)
{
    return writeInTransaction([&] { return removeWithin(id); });
}

Status ThemeStore::removeWithin(qint64 id)
{
    auto old = get(id);
    if (!old)
        return old.error();
    auto used = usageCount(id);
    if (!used)
        return used.error();
    const QString refused = tr("The theme \"%1\" cannot be deleted: partnerships, initiatives, action plans or plan "
                               "activities use it (%2 in all).")
                                .arg(old.value().nameSrLatn)
                                .arg(used.value());
    if (used.value() > 0)
        return Error(ErrorCode::Invalid, refused);
    auto removed = Sql::run(db(), QStringLiteral("DELETE FROM themes WHERE id = ?"), {id});
    if (!removed) {
        if (removed.error().detail().contains(QLatin1String("FOREIGN KEY")))
            return Error(ErrorCode::Invalid, refused, removed.error().detail());
        return removed.error();
    }
    return {};
}

Result<std::optional<qint64>> ThemeStore::findByName(const QString &name) const
{
    auto same = themesNamed(name, 0);
    if (!same)
        return same.error();
    if (same.value().isEmpty())
        return std::optional<qint64>();
    return std::optional<qint64>(same.value().first());
}
