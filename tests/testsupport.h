#pragma once

#include "checker.h"
#include "designreader.h"

#include <QFile>
#include <QString>
#include <QTest>

namespace vpcstudio::test {

inline QString sourcePath(const QString &relative)
{
    return QStringLiteral(VPCSTUDIO_SOURCE_DIR "/") + relative;
}

// The bundled example design.
inline QString example()
{
    return sourcePath(QStringLiteral("resources/examples/howru.yaml"));
}

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(VPCSTUDIO_TEST_DATA "/") + relative;
}

// Reads a design that the test expects to be usable; a read error fails
// the test with the reader's message.
inline Design readOrFail(const QString &path)
{
    InputError error;
    const std::optional<Design> design = readDesignFile(path, &error);
    if (!design)
        qFatal("%s", qUtf8Printable(error.toString()));
    return *design;
}

inline Design readTextOrFail(const char *text)
{
    InputError error;
    const std::optional<Design> design =
        readDesignText(QByteArray(text), QStringLiteral("inline.yaml"), &error);
    if (!design)
        qFatal("%s", qUtf8Printable(error.toString()));
    return *design;
}

} // namespace vpcstudio::test
