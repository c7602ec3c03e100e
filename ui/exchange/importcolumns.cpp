// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcolumns.h"

#include <QHash>

namespace {

struct Labelled
{
    const char *column;
    const char *label;
};

// English source texts, translated when shown.
constexpr Labelled columnLabels[] = {
    {"name", QT_TRANSLATE_NOOP("ImportColumns", "Name")},
    {"name_cyrillic", QT_TRANSLATE_NOOP("ImportColumns", "Name in Cyrillic")},
    {"kind", QT_TRANSLATE_NOOP("ImportColumns", "Kind")},
    {"country", QT_TRANSLATE_NOOP("ImportColumns", "Country")},
    {"city", QT_TRANSLATE_NOOP("ImportColumns", "City")},
    {"email", QT_TRANSLATE_NOOP("ImportColumns", "Email")},
    {"phone", QT_TRANSLATE_NOOP("ImportColumns", "Phone")},
    {"website", QT_TRANSLATE_NOOP("ImportColumns", "Website")},
    {"notes", QT_TRANSLATE_NOOP("ImportColumns", "Notes")},
    {"full_name", QT_TRANSLATE_NOOP("ImportColumns", "Full name")},
    {"organization", QT_TRANSLATE_NOOP("ImportColumns", "Organisation")},
    {"position", QT_TRANSLATE_NOOP("ImportColumns", "Position")},
    {"languages", QT_TRANSLATE_NOOP("ImportColumns", "Languages")},
    {"title", QT_TRANSLATE_NOOP("ImportColumns", "Title")},
    {"status", QT_TRANSLATE_NOOP("ImportColumns", "Status")},
    {"parties", QT_TRANSLATE_NOOP("ImportColumns", "Parties")},
    {"started_on", QT_TRANSLATE_NOOP("ImportColumns", "Started on")},
    {"ended_on", QT_TRANSLATE_NOOP("ImportColumns", "Ended on")},
    {"themes", QT_TRANSLATE_NOOP("ImportColumns", "Themes")},
    {"direction", QT_TRANSLATE_NOOP("ImportColumns", "Direction")},
    {"start_date", QT_TRANSLATE_NOOP("ImportColumns", "Start date")},
    {"end_date", QT_TRANSLATE_NOOP("ImportColumns", "End date")},
    {"host", QT_TRANSLATE_NOOP("ImportColumns", "Host")},
    {"guests", QT_TRANSLATE_NOOP("ImportColumns", "Guests")},
    {"participants", QT_TRANSLATE_NOOP("ImportColumns", "Participants")},
    {"purpose", QT_TRANSLATE_NOOP("ImportColumns", "Purpose")},
    {"outcome", QT_TRANSLATE_NOOP("ImportColumns", "Outcome")},
};

const char *englishLabel(const QString &column)
{
    for (const Labelled &entry : columnLabels) {
        if (column == QLatin1String(entry.column))
            return entry.label;
    }
    return nullptr;
}

} // namespace

QString ImportColumns::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("organizations"))
        return tr("Organisations");
    if (kind == QLatin1String("people"))
        return tr("People");
    if (kind == QLatin1String("partnerships"))
        return tr("Partnerships");
    if (kind == QLatin1String("visits"))
        return tr("Visits");
    return kind;
}

QString ImportColumns::label(const QString &column)
{
    const char *english = englishLabel(column);
    return english ? QCoreApplication::translate("ImportColumns", english) : column;
}

QHash<QString, QStringList> ImportColumns::aliases(const QStringList &columns)
{
    QHash<QString, QStringList> aliases;
    for (const QString &column : columns) {
        if (const char *english = englishLabel(column))
            aliases.insert(column, {QString::fromLatin1(english), QCoreApplication::translate("ImportColumns", english)});
    }
    return aliases;
}
