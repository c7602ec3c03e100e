// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language.h"
#include "vocabulary.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

// Labels, dates and numbers in the language of one report, whatever the
// UI language: a report for an embassy in English, for members in Serbian
// Cyrillic. Labels are marked with QT_TRANSLATE_NOOP("Report", ...) and
// looked up in that language's catalogue without installing it.
class ReportText
{
public:
    explicit ReportText(Language language);
    ~ReportText();

    Language language() const { return m_language; }
    QLocale locale() const { return m_locale; }

    // A label in the report's language.
    QString label(const char *sourceText) const;
    // "22.11.2026." in Serbian, "22 November 2026" in English; empty for an invalid date.
    QString date(const QDate &date) const;
    // "8.10.2020. – 10.10.2020."; one date when until is missing or the same day.
    QString period(const QDate &from, const QDate &until) const;
    // "January" / "januar" / "јануар".
    QString monthName(int month) const;
    QString number(qint64 value) const;
    // 123456 minor units of RSD → "1.234,56 RSD" (Serbian) or "RSD 1,234.56" (English).
    QString money(qint64 minorUnits, const QString &currency) const;
    // Serbian data in the report's script; anything else unchanged.
    QString serbian(const QString &text) const;
    // A vocabulary term (kind, status...) in the report's language.
    QString term(Vocab vocab, const QString &key) const;
    // A country's name in the report's language.
    QString countryName(const QString &code, const QString &english, const QString &serbianLatin,
                        const QString &serbianCyrillic) const;

private:
    Language m_language;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
};
