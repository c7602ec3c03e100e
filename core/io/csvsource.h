// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvtable.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// A CSV file as Serbian offices produce it, decoded: UTF-8 with or without
// BOM, Windows-1250 (Latin) or Windows-1251 (Cyrillic); comma, semicolon or
// tab delimited. Both are detected unless given.
struct CsvContent
{
    QString encoding;  // "UTF-8", "windows-1250", "windows-1251"
    QChar delimiter;
    QList<CsvRecord> records;
};

class CsvSource
{
    Q_DECLARE_TR_FUNCTIONS(CsvSource)

public:
    static constexpr qint64 maxFileSize = 64 * 1024 * 1024;

    static Result<CsvContent> read(const QString &path, const QString &encoding = {}, const QString &delimiter = {});
    static Result<CsvContent> decode(const QByteArray &bytes, const QString &encoding = {}, const QString &delimiter = {});

    static QString detectEncoding(const QByteArray &bytes);
    static QChar detectDelimiter(const QString &text);
    // "," ";" "tab" "\t" "semicolon" "comma" → the character; a null QChar when unknown.
    static QChar parseDelimiter(const QString &name);
    // Accepts utf-8, utf8, windows-1250, cp1250, 1250, windows-1251, cp1251, 1251; empty when unknown.
    static QString normalizeEncoding(const QString &name);
};
