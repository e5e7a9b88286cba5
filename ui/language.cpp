#include "language.h"

#include <QApplication>
#include <QFont>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace vpcstudio {

namespace {

// The family the canvas labels use too; Debian's fonts-noto-cjk brings it.
const char CjkFamily[] = "Noto Sans CJK KR";

QTranslator &programTranslator()
{
    static QTranslator translator;
    return translator;
}

QTranslator &qtTranslator()
{
    static QTranslator translator;
    return translator;
}

Language &installed()
{
    static Language language = Language::English;
    return language;
}

QLocale localeFor(Language language)
{
    switch (language) {
    case Language::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case Language::Korean:
        return QLocale(QLocale::Korean, QLocale::SouthKorea);
    case Language::System:
        break;
    }
    return QLocale::system();
}

} // namespace

QString languageKey(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("en");
    case Language::Korean:
        return QStringLiteral("ko");
    case Language::System:
        break;
    }
    return QStringLiteral("system");
}

Language languageFromKey(const QString &key)
{
    if (key == QLatin1String("en"))
        return Language::English;
    if (key == QLatin1String("ko"))
        return Language::Korean;
    return Language::System;
}

Language installLanguage(Language language)
{
    QCoreApplication::removeTranslator(&programTranslator());
    QCoreApplication::removeTranslator(&qtTranslator());
    installed() = Language::English;

    // English is the source language, so it needs no translation file.
    const QLocale locale = localeFor(language);
    if (locale.language() == QLocale::English)
        return installed();
    if (!programTranslator().load(locale, QStringLiteral("vpcstudio"), QStringLiteral("_"),
                                  QStringLiteral(":/translations")))
        return installed();
    QCoreApplication::installTranslator(&programTranslator());
    if (qtTranslator().load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator());
    // Korean is the only translation so far.
    installed() = Language::Korean;
    return installed();
}

Language installedLanguage()
{
    return installed();
}

QStringList interfaceFontFamilies()
{
    QStringList families{QFont().family(), QString::fromLatin1(CjkFamily)};
    families.removeDuplicates();
    return families;
}

void applyInterfaceFont()
{
    QFont font = QApplication::font();
    font.setFamilies(interfaceFontFamilies());
    QApplication::setFont(font);
}

} // namespace vpcstudio
