#pragma once

#include "apartment.h"
#include "design.h"

namespace vpcstudio {

// Draws the design as the canvas shows it and writes it as "png" or "svg".
// Needs a QGuiApplication (the offscreen platform serves without a
// display). Returns an empty string on success, else the reason it failed
// followed by what to do; a failed export leaves any existing file as it
// was. `style` is the canvas style to draw in.
QString exportPicture(const Design &design, const QString &path, const QString &type,
                      CanvasStyle style = CanvasStyle::Aws);

} // namespace vpcstudio
