// SPDX-License-Identifier: GPL-3.0-or-later
#include "apptranslator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

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

bool install(Language language)
{
    static QPointer<QTranslator> installed;
    if (installed) {
        QCoreApplication::removeTranslator(installed);
        delete installed.data();
    }
    if (language == Language::English)
        return true;
    auto translator = std::make_unique<QTranslator>(QCoreApplication::instance());
    if (!translator->load(catalogue(language)))
        return false;
    QCoreApplication::installTranslator(translator.get());
    installed = translator.release(); // owned by the application
    return true;
}

Language systemLanguage()
{
    const QLocale system = QLocale::system();
    if (system.language() != QLocale::Serbian)
        return Language::English;
    return system.script() == QLocale::LatinScript ? Language::SerbianLatin : Language::SerbianCyrillic;
}

} // namespace AppTranslator
