// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A CSV text split into records (RFC 4180): fields separated by the
// delimiter, quoted fields may hold delimiters, doubled quotes and line
// breaks; CRLF or LF; empty trailing lines are dropped. Each record keeps the
// line number where it starts, for messages.
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

class CsvTable
{
public:
    static QList<CsvRecord> parse(const QString &text, QChar delimiter = QLatin1Char(','));
};
