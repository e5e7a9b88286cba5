#pragma once

#include "checker.h"
#include "designreader.h"
#include "tracer.h"

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

// The object with `id` in a list of the design, for a test to change.
template <typename T> T &byId(QVector<T> &objects, const char *id)
{
    for (T &object : objects) {
        if (object.id == QLatin1String(id))
            return object;
    }
    qFatal("no object %s in the test design", id);
}

// "OBJECT REASON" of a trace's first block, or "reachable".
inline QString firstBlock(const TraceResult &result)
{
    if (result.reachable())
        return QStringLiteral("reachable");
    const TraceHop hop = result.blocks().first();
    return hop.object + QLatin1Char(' ') + hop.reason;
}

} // namespace vpcstudio::test
