// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicatefinder.h"

#include "database.h"
#include "searchfolding.h"
#include "sqlsupport.h"

#include <QHash>
#include <QSet>

namespace {

// Words that say what kind of body it is rather than which one (folded).
const QSet<QString> &genericWords()
{
    static const QSet<QString> words = {
        QStringLiteral("opstina"), QStringLiteral("grad"),      QStringLiteral("gradska"),
        QStringLiteral("grada"),   QStringLiteral("city"),      QStringLiteral("town"),
        QStringLiteral("municipality"), QStringLiteral("of"),   QStringLiteral("ville"),
        QStringLiteral("de"),      QStringLiteral("commune"),   QStringLiteral("stadt"),
        QStringLiteral("gemeinde"), QStringLiteral("mesto"),    QStringLiteral("comune"),
        QStringLiteral("di"),      QStringLiteral("the"),
    };
    return words;
}

struct Named
{
    qint64 id;
    QString name;
    QString group; // country or organisation: only names within a group are compared
};

QList<DuplicatePair> pairsOf(RecordKind kind, const QList<Named> &records, const QList<QStringList> &keysPerRecord)
{
    QHash<QString, QList<int>> byKey;
    for (int i = 0; i < records.size(); ++i) {
        for (const QString &key : keysPerRecord.at(i))
            byKey[records.at(i).group + QLatin1Char('\x1f') + key].append(i);
    }
    QSet<QPair<qint64, qint64>> seen;
    QList<DuplicatePair> pairs;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        const QList<int> &members = it.value();
        for (int a = 0; a < members.size(); ++a) {
            for (int b = a + 1; b < members.size(); ++b) {
                const Named &first = records.at(members.at(a));
                const Named &second = records.at(members.at(b));
                if (first.id == second.id)
                    continue;
                const auto key = qMakePair(qMin(first.id, second.id), qMax(first.id, second.id));
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                pairs.append({kind, key.first, key.second, first.id < second.id ? first.name : second.name,
                              first.id < second.id ? second.name : first.name});
            }
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const DuplicatePair &x, const DuplicatePair &y) {
        return x.firstId != y.firstId ? x.firstId < y.firstId : x.secondId < y.secondId;
    });
    return pairs;
}

} // namespace

QString DuplicateFinder::nameKey(const QString &name)
{
    const QStringList words = SearchFolding::fold(name).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList kept;
    for (const QString &word : words) {
        if (!genericWords().contains(word))
            kept << word;
    }
    return kept.isEmpty() ? words.join(QLatin1Char(' ')) : kept.join(QLatin1Char(' '));
}

Result<QList<DuplicatePair>> DuplicateFinder::organizations(const Database &db)
{
    auto query = Sql::run(db.connection(),
                          QStringLiteral("SELECT id, name, name_cyrillic, name_sr, country, reference_key IS NOT NULL "
                                         "FROM organizations"));
    if (!query)
        return query.error();
    QList<Named> records;
    QList<QStringList> keys;
    QSet<qint64> reference; // reference data is known to be distinct (the two Paliluas)
    QSqlQuery &q = query.value();
    while (q.next()) {
        if (q.value(5).toBool())
            reference.insert(q.value(0).toLongLong());
        records.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(4).toString()});
        QStringList recordKeys;
        for (int column : {1, 2, 3}) {
            const QString key = nameKey(q.value(column).toString());
            if (!key.isEmpty() && !recordKeys.contains(key))
                recordKeys << key;
        }
        keys << recordKeys;
    }
    QList<DuplicatePair> pairs = pairsOf(RecordKind::Organization, records, keys);
    pairs.removeIf([&reference](const DuplicatePair &pair) {
        return reference.contains(pair.firstId) && reference.contains(pair.secondId);
    });
    return pairs;
}

Result<QList<DuplicatePair>> DuplicateFinder::people(const Database &db)
{
    auto query = Sql::run(db.connection(), QStringLiteral("SELECT id, full_name, organization_id FROM people WHERE erased_at IS NULL"));
    if (!query)
        return query.error();
    // Same name, and the same organisation or either without one.
    QList<Named> records;
    QList<QStringList> keys;
    QHash<qint64, QString> organizationOf;
    QSqlQuery &q = query.value();
    while (q.next()) {
        const QString key = SearchFolding::fold(q.value(1).toString());
        if (key.isEmpty())
            continue;
        const qint64 id = q.value(0).toLongLong();
        records.append({id, q.value(1).toString(), QString()});
        keys << QStringList{key};
        organizationOf.insert(id, q.value(2).isNull() ? QString() : q.value(2).toString());
    }
    QList<DuplicatePair> pairs = pairsOf(RecordKind::Person, records, keys);
    pairs.removeIf([&organizationOf](const DuplicatePair &pair) {
        const QString first = organizationOf.value(pair.firstId);
        const QString second = organizationOf.value(pair.secondId);
        return !first.isEmpty() && !second.isEmpty() && first != second;
    });
    return pairs;
}
