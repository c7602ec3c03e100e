// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include <QCoreApplication>
#include <QSaveFile>

QString CsvWriter::field(const QString &value, QChar delimiter)
{
    const bool quote = value.contains(delimiter) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n'))
        || value.contains(QLatin1Char('\r')) || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString CsvWriter::format(const QList<QStringList> &rows, QChar delimiter)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QString &value : row)
            fields << field(value, delimiter);
        text += fields.join(delimiter) + QLatin1String("\r\n");
    }
    return text;
}

Status CsvWriter::write(const QString &path, const QList<QStringList> &rows, QChar delimiter)
{
    QSaveFile file(path);
    const QString failed = QCoreApplication::translate("CsvWriter", "The CSV file could not be written.");
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, failed, path + QLatin1String(": ") + file.errorString());
    file.write("\xEF\xBB\xBF");
    file.write(format(rows, delimiter).toUtf8());
    if (!file.commit())
        return Error(ErrorCode::Io, failed, path + QLatin1String(": ") + file.errorString());
    return {};
}
