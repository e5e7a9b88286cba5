#pragma once

#include <QStringList>

namespace vpcstudio {

// The interface languages the View menu offers. System follows the
// system locale where a translation exists and uses English otherwise.
enum class Language {
    System,
    English,
    Korean,
};

// Convert a language to its settings key ("system", "en", "ko") and back.
// An unknown key means System.
QString languageKey(Language language);
Language languageFromKey(const QString &key);

// Installs the program's translation for `language` in place of the one
// installed before, with Qt's own translation where one is installed. Qt
// then sends every widget a QEvent::LanguageChange. Returns the language
// now in use: Korean, or English when no translation matched.
Language installLanguage(Language language);

// Returns the language whose translation is installed, or English when
// none is.
Language installedLanguage();

// The font families the interface draws text with, in fallback order:
// the platform's default family, then a CJK family for Korean text.
QStringList interfaceFontFamilies();

// Sets the application font to interfaceFontFamilies(), so that Korean
// text never depends on the platform's own fallback.
void applyInterfaceFont();

} // namespace vpcstudio
