// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttext.h"

#include "apptranslator.h"

ReportText::ReportText(Language language)
    : m_language(language)
    , m_translator(std::make_unique<QTranslator>())
{
    switch (language) {
    case Language::English:
        m_locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
        break;
    case Language::SerbianLatin:
        m_locale = QLocale(QLocale::Serbian, QLocale::LatinScript, QLocale::Serbia);
        break;
    case Language::SerbianCyrillic:
        m_locale = QLocale(QLocale::Serbian, QLocale::CyrillicScript, QLocale::Serbia);
        break;
    }
    // The catalogue of the report's language, whatever the UI's (see translations/README.md).
    if (language == Language::English || !m_translator->load(AppTranslator::catalogue(language)))
        m_translator.reset();
}

ReportText::~ReportText() = default;

QString ReportText::label(const char *sourceText) const
{
    QString text;
    if (m_translator)
        text = m_translator->translate("Report", sourceText);
    // An untranslated label stays English.
    if (text.isEmpty())
        return QString::fromUtf8(sourceText);
    return text;
}

QString ReportText::term(Vocab vocab, const QString &key) const
{
    const QByteArray source = Vocabulary::sourceLabel(vocab, key).toUtf8();
    QString text;
    if (m_translator)
        text = m_translator->translate("Vocabulary", source.constData());
    if (text.isEmpty())
        return QString::fromUtf8(source);
    return text;
}

QString ReportText::date(const QDate &date) const
{
    if (!date.isValid())
        return {};
    if (m_language == Language::English)
        return m_locale.toString(date, QStringLiteral("d MMMM yyyy"));
    return date.toString(QStringLiteral("d.M.yyyy.")); // staff expect a four-digit year
}

QString ReportText::period(const QDate &from, const QDate &until) const
{
    if (!until.isValid() || until == from)
        return date(from);
    if (!from.isValid())
        return date(until);
    return date(from) + QStringLiteral(" – ") + date(until);
}

QString ReportText::monthName(int month) const
{
    return m_locale.standaloneMonthName(month, QLocale::LongFormat);
}

QString ReportText::number(qint64 value) const
{
    return m_locale.toString(value);
}

QString ReportText::money(qint64 minorUnits, const QString &currency) const
{
    const QString amount = m_locale.toString(double(minorUnits) / 100.0, 'f', 2);
    if (m_language == Language::English)
        return currency + QLatin1Char(' ') + amount;
    return amount + QLatin1Char(' ') + currency;
}

QString ReportText::serbian(const QString &text) const
{
    return Languages::inScript(text, m_language == Language::English ? Language::SerbianLatin : m_language);
}

QString ReportText::countryName(const QString &code, const QString &english, const QString &serbianLatin,
                                const QString &serbianCyrillic) const
{
    QString name;
    switch (m_language) {
    case Language::English: name = english; break;
    case Language::SerbianLatin: name = serbianLatin; break;
    case Language::SerbianCyrillic: name = serbianCyrillic; break;
    }
    return name.isEmpty() ? code : name;
}
