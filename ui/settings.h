#pragma once

#include <QSettings>
#include <QVariant>

namespace vpcstudio {

// One typed setting: its key, its default and how to read and write it,
// declared next to the feature it serves.
template <typename T> class Setting
{
public:
    Setting(const char *key, T fallback) : m_key(QString::fromLatin1(key)), m_fallback(fallback) {}

    T value() const
    {
        const QVariant stored = QSettings().value(m_key);
        return stored.isValid() && stored.canConvert<T>() ? stored.value<T>() : m_fallback;
    }

    void setValue(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }

private:
    QString m_key;
    T m_fallback;
};

// The canvas style, "aws" or "apartment" (see canvasStyleKey()).
inline const Setting<QString> canvasStyleSetting("view/canvasStyle", QStringLiteral("aws"));

// The interface language, "system", "en" or "ko" (see languageKey()).
inline const Setting<QString> languageSetting("view/language", QStringLiteral("system"));

} // namespace vpcstudio
