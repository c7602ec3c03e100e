// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language.h"

#include <QString>

// The translation catalogues, built from translations/*.ts into core as
// :/i18n/saradnja_sr_Latn.qm and :/i18n/saradnja_sr_Cyrl.qm (English is the
// source text and needs none). They also hold Qt's own strings that Debian
// has no Serbian for (standard buttons, the file dialog, command-line help).
namespace AppTranslator {

// ":/i18n/saradnja_sr_Latn.qm"; empty for English.
QString catalogue(Language language);

// Makes the language the one of tr() in this application, replacing the
// catalogue installed before. False when the catalogue cannot be loaded
// (the texts stay English).
bool install(Language language);

// Serbian in the script of the system's locale (sr_RS and sr are Cyrillic,
// sr_Latn_RS Latin), English for any other locale.
Language systemLanguage();

// The language install() last set (English until then).
Language current();

} // namespace AppTranslator
