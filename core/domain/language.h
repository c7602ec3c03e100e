// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

// The languages of the UI and of reports. Serbian data (names of Serbian
// local governments, Serbian exonyms) follows the script; foreign names never change.
enum class Language { SerbianLatin, SerbianCyrillic, English };

namespace Languages {

// "sr-Latn", "sr-Cyrl", "en".
QString code(Language language);
std::optional<Language> fromCode(const QString &code);
// Serbian text (written in Latin or Cyrillic) in the script of the language.
QString inScript(const QString &serbianText, Language language);

} // namespace Languages
