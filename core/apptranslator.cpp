// SPDX-License-Identifier: GPL-3.0-or-later
#include "apptranslator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace AppTranslator {

QString catalogue(Language language)
{
    switch (language) {
    case Language::SerbianLatin:
        return QStringLiteral(":/i18n/saradnja_sr_Latn.qm");
    case Language::SerbianCyrillic:
        return QStringLiteral(":/i18n/saradnja_sr_Cyrl.qm");
    case Language::English:
        return {};
    }
    return {};
}

namespace {

Language &currentLanguage()
{
    static Language language = Language::English;
    return language;
}

QLocale localeFor(Language language)
{
    switch (language) {
    case Language::SerbianLatin: return QLocale(QLocale::Serbian, QLocale::LatinScript, QLocale::Serbia);
    case Language::SerbianCyrillic: return QLocale(QLocale::Serbian, QLocale::CyrillicScript, QLocale::Serbia);
    case Language::English: break;
    }
    return QLocale(QLocale::English, QLocale::UnitedKingdom); // day before month, as in Europe
}

} // namespace

bool install(Language language)
{
    // Not parented to the application: this owner removes and deletes it.
    static std::unique_ptr<QTranslator> installed;
    if (installed) {
        QCoreApplication::removeTranslator(installed.get());
        installed.reset();
    }
    currentLanguage() = language;
    QLocale::setDefault(localeFor(language)); // dates and numbers follow the language
    if (language == Language::English)
        return true;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(catalogue(language)))
        return false;
    QCoreApplication::installTranslator(translator.get());
    installed = std::move(translator);
    return true;
}

Language current()
{
    return currentLanguage();
}

Language systemLanguage()
{
    const QLocale system = QLocale::system();
    if (system.language() != QLocale::Serbian)
        return Language::English;
    return system.script() == QLocale::LatinScript ? Language::SerbianLatin : Language::SerbianCyrillic;
}

} // namespace AppTranslator
