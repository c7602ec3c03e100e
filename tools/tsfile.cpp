// SPDX-License-Identifier: GPL-3.0-or-later
#include "tsfile.h"

#include <QFile>
#include <QSaveFile>
#include <QXmlStreamReader>

namespace {

Error fileError(const QString &message, const QString &path)
{
    return Error(ErrorCode::Io, message, path);
}

// The text of the current element, with lupdate's <byte value="x1b"/> escapes
// for characters XML cannot hold.
QString readText(QXmlStreamReader &xml)
{
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters()) {
            text += xml.text();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("byte")) {
            const QString value = xml.attributes().value(QLatin1String("value")).toString();
            bool ok = false;
            const uint code = value.startsWith(QLatin1Char('x')) ? value.mid(1).toUInt(&ok, 16) : value.toUInt(&ok);
            if (ok)
                text += QChar(char16_t(code));
            xml.skipCurrentElement();
        } else if (xml.isEndElement()) {
            break;
        }
    }
    return text;
}

void readTranslation(QXmlStreamReader &xml, TsMessage &message)
{
    message.translationType = xml.attributes().value(QLatin1String("type")).toString();
    if (!message.isNumerus()) {
        message.translations = QStringList{readText(xml)};
        return;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("numerusform"))
            message.translations << readText(xml);
        else
            xml.skipCurrentElement();
    }
}

TsMessage readMessage(QXmlStreamReader &xml)
{
    TsMessage message;
    message.attributes = xml.attributes();
    while (xml.readNextStartElement()) {
        const QStringView name = xml.name();
        if (name == QLatin1String("source"))
            message.source = readText(xml);
        else if (name == QLatin1String("comment"))
            message.comment = readText(xml);
        else if (name == QLatin1String("extracomment"))
            message.extraComment = readText(xml);
        else if (name == QLatin1String("translatorcomment"))
            message.translatorComment = readText(xml);
        else if (name == QLatin1String("translation"))
            readTranslation(xml, message);
        else
            xml.skipCurrentElement(); // location, oldsource...
    }
    return message;
}

// lupdate's escaping (linguist/shared/ts.cpp, protect()).
QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += QLatin1String("&quot;");
            break;
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'\'':
            out += QLatin1String("&apos;");
            break;
        default:
            if ((c.unicode() < 0x20 || (c.unicode() > 0x7f && c.isSpace())) && c != QLatin1Char('\n')
                && c != QLatin1Char('\t'))
                out += QStringLiteral("<byte value=\"x%1\"/>").arg(uint(c.unicode()), 0, 16);
            else
                out += c;
        }
    }
    return out;
}

void writeMessage(QString &out, const TsMessage &message)
{
    out += QLatin1String("    <message");
    for (const QXmlStreamAttribute &attribute : message.attributes)
        out += QStringLiteral(" %1=\"%2\"").arg(attribute.qualifiedName(), escaped(attribute.value().toString()));
    out += QLatin1String(">\n");
    out += QLatin1String("        <source>") + escaped(message.source) + QLatin1String("</source>\n");
    if (!message.comment.isEmpty())
        out += QLatin1String("        <comment>") + escaped(message.comment) + QLatin1String("</comment>\n");
    if (!message.extraComment.isEmpty())
        out += QLatin1String("        <extracomment>") + escaped(message.extraComment)
               + QLatin1String("</extracomment>\n");
    if (!message.translatorComment.isEmpty())
        out += QLatin1String("        <translatorcomment>") + escaped(message.translatorComment)
               + QLatin1String("</translatorcomment>\n");
    out += QLatin1String("        <translation");
    if (!message.translationType.isEmpty())
        out += QStringLiteral(" type=\"%1\"").arg(message.translationType);
    out += QLatin1Char('>');
    if (message.isNumerus()) {
        out += QLatin1Char('\n');
        for (const QString &form : message.translations)
            out += QLatin1String("            <numerusform>") + escaped(form) + QLatin1String("</numerusform>\n");
        out += QLatin1String("        ");
    } else {
        out += escaped(message.translations.value(0));
    }
    out += QLatin1String("</translation>\n    </message>\n");
}

} // namespace

Result<TsFile> TsFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(QStringLiteral("Cannot open the translation file."), path);
    QXmlStreamReader xml(&file);
    TsFile ts;
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("TS"))
        return fileError(QStringLiteral("Not a Qt Linguist translation file."), path);
    ts.language = xml.attributes().value(QLatin1String("language")).toString();
    ts.sourceLanguage = xml.attributes().value(QLatin1String("sourcelanguage")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("context")) {
            xml.skipCurrentElement();
            continue;
        }
        TsContext context;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context.name = readText(xml);
            else if (xml.name() == QLatin1String("message"))
                context.messages << readMessage(xml);
            else
                xml.skipCurrentElement();
        }
        ts.contexts << context;
    }
    if (xml.hasError())
        return fileError(QStringLiteral("The translation file is not well-formed: %1 (line %2).")
                             .arg(xml.errorString())
                             .arg(xml.lineNumber()),
                         path);
    return ts;
}

Status TsFile::write(const QString &path) const
{
    QString out = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\"");
    if (!language.isEmpty())
        out += QStringLiteral(" language=\"%1\"").arg(language);
    if (!sourceLanguage.isEmpty())
        out += QStringLiteral(" sourcelanguage=\"%1\"").arg(sourceLanguage);
    out += QLatin1String(">\n");
    for (const TsContext &context : contexts) {
        out += QLatin1String("<context>\n    <name>") + escaped(context.name) + QLatin1String("</name>\n");
        for (const TsMessage &message : context.messages)
            writeMessage(out, message);
        out += QLatin1String("</context>\n");
    }
    out += QLatin1String("</TS>\n");

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out.toUtf8()) < 0 || !file.commit())
        return fileError(QStringLiteral("Cannot write the translation file."), path);
    return {};
}
