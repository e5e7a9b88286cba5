#pragma once

#include "design.h"

namespace vpcstudio {

// Draws the design as the canvas shows it and writes it as "png" or "svg".
// Needs a QGuiApplication (the offscreen platform serves without a
// display). Returns an empty string on success, else the reason it failed
// followed by what to do; a failed export leaves any existing file as it
// was.
QString exportPicture(const Design &design, const QString &path, const QString &type);

} // namespace vpcstudio
