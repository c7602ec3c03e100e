// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvsource.h"

#include <QFile>
#include <QStringDecoder>

namespace {

const QByteArray utf8Bom("\xEF\xBB\xBF");

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError() && !text.contains(QChar::ReplacementCharacter);
}

} // namespace

QString CsvSource::normalizeEncoding(const QString &name)
{
    const QString n = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (n == QLatin1String("utf8"))
        return QStringLiteral("UTF-8");
    if (n == QLatin1String("windows1250") || n == QLatin1String("cp1250") || n == QLatin1String("1250"))
        return QStringLiteral("windows-1250");
    if (n == QLatin1String("windows1251") || n == QLatin1String("cp1251") || n == QLatin1String("1251"))
        return QStringLiteral("windows-1251");
    return {};
}

QChar CsvSource::parseDelimiter(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String(",") || n == QLatin1String("comma"))
        return QLatin1Char(',');
    if (n == QLatin1String(";") || n == QLatin1String("semicolon"))
        return QLatin1Char(';');
    if (n == QLatin1String("\t") || n == QLatin1String("tab") || n == QLatin1String("\\t"))
        return QLatin1Char('\t');
    return {};
}

QString CsvSource::detectEncoding(const QByteArray &bytes)
{
    if (bytes.startsWith(utf8Bom) || isValidUtf8(bytes))
        return QStringLiteral("UTF-8");
    // Not UTF-8: Windows-1251 Cyrillic text is mostly bytes >= 0xC0 (its
    // letters); Serbian Latin in Windows-1250 has only a few (č ć š ž đ).
    qint64 letters = 0;
    qint64 high = 0;
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0xC0)
            ++high;
        if (b >= 0xC0 || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'))
            ++letters;
    }
    return letters > 0 && high * 3 > letters ? QStringLiteral("windows-1251") : QStringLiteral("windows-1250");
}

QChar CsvSource::detectDelimiter(const QString &text)
{
    // Count candidates on the header line, outside quotes.
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++comma;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolon;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return QLatin1Char(';');
    if (tab > comma && tab > semicolon)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

Result<CsvContent> CsvSource::decode(const QByteArray &bytes, const QString &encoding, const QString &delimiter)
{
    CsvContent content;
    if (encoding.isEmpty()) {
        content.encoding = detectEncoding(bytes);
    } else {
        content.encoding = normalizeEncoding(encoding);
        if (content.encoding.isEmpty())
            return Error(ErrorCode::Invalid,
                         tr("Unknown encoding \"%1\"; use UTF-8, windows-1250 or windows-1251.").arg(encoding));
    }
    QByteArray data = bytes;
    if (data.startsWith(utf8Bom))
        data.remove(0, utf8Bom.size());
    QStringDecoder decoder(content.encoding.toLatin1().constData());
    if (!decoder.isValid())
        return Error(ErrorCode::Invalid, tr("The encoding %1 is not available.").arg(content.encoding));
    const QString text = decoder.decode(data);
    if (content.encoding == QLatin1String("UTF-8") && decoder.hasError())
        return Error(ErrorCode::Invalid,
                     tr("The file is not valid UTF-8; choose its encoding (windows-1250 or windows-1251)."));
    if (delimiter.isEmpty()) {
        content.delimiter = detectDelimiter(text);
    } else {
        content.delimiter = parseDelimiter(delimiter);
        if (content.delimiter.isNull())
            return Error(ErrorCode::Invalid, tr("Unknown delimiter \"%1\"; use a comma, a semicolon or tab.").arg(delimiter));
    }
    content.records = CsvTable::parse(text, content.delimiter);
    return content;
}

Result<CsvContent> CsvSource::read(const QString &path, const QString &encoding, const QString &delimiter)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, tr("The file could not be opened."), path + QLatin1String(": ") + file.errorString());
    if (file.size() > maxFileSize)
        return Error(ErrorCode::Invalid, tr("The file is larger than %1 MB.").arg(maxFileSize / (1024 * 1024)), path);
    return decode(file.readAll(), encoding, delimiter);
}
