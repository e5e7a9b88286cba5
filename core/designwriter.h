#pragma once

#include "design.h"

#include <QByteArray>

namespace vpcstudio {

// Writes a design in the YAML design format, UTF-8 encoded. Fields that
// hold their default value are left out; reading the text back gives an
// equal design.
QByteArray writeDesignText(const Design &design);

// Returns why `path` cannot take a saved file, or an empty string. An
// existing target must be a regular file: saving replaces the file, which
// would turn a FIFO or a device into a plain file.
QString checkSaveTarget(const QString &path);

// Saves through QSaveFile, so a failed save leaves any existing file as it
// was. Returns an empty string on success, else the reason it failed.
QString saveDesignFile(const Design &design, const QString &path);

} // namespace vpcstudio
