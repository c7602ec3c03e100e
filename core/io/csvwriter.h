// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

// Writes CSV that Excel and LibreOffice open correctly: UTF-8 with BOM, CRLF,
// fields quoted when they hold the delimiter, quotes, line breaks or edge spaces.
class CsvWriter
{
public:
    static QString format(const QList<QStringList> &rows, QChar delimiter = QLatin1Char(','));
    static QString field(const QString &value, QChar delimiter = QLatin1Char(','));
    // Written through QSaveFile: a failure leaves any earlier file as it was.
    static Status write(const QString &path, const QList<QStringList> &rows, QChar delimiter = QLatin1Char(','));
};
