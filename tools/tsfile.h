// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamAttributes>

// One <message> of a Qt Linguist .ts file.
struct TsMessage
{
    QXmlStreamAttributes attributes; // of <message>: id, numerus="yes"...
    QString source;
    QString comment;      // the disambiguation
    QString extraComment; // a note for translators in the source code
    QString translatorComment;
    QString translationType;  // "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // the translation, or each numerus form

    bool isNumerus() const { return attributes.value(QLatin1String("numerus")) == QLatin1String("yes"); }
};

struct TsContext
{
    QString name;
    QList<TsMessage> messages;
};

// A .ts file as lupdate writes it (TS 2.1), read and written again in the
// same layout, so that a file written here is left as it is by lupdate.
// Locations are not kept: the project's files have none (-locations none).
class TsFile
{
public:
    static Result<TsFile> read(const QString &path);
    Status write(const QString &path) const;

    QString language;       // sr_Latn_RS
    QString sourceLanguage; // en
    QList<TsContext> contexts;
};
