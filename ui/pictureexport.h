#pragma once

#include "apartment.h"
#include "design.h"

namespace vpcstudio {

// PNG exports are drawn at twice the scene's scale by default, so that
// labels stay sharp when the picture is shown on a page or a high-density
// screen.
constexpr double DefaultPngScale = 2.0;
// The accepted range of --scale and of the export dialog's scale choice.
constexpr double MinPngScale = 0.25;
constexpr double MaxPngScale = 8.0;

struct PictureOptions
{
    double pngScale = DefaultPngScale; // pixels per scene unit
    CanvasStyle style = CanvasStyle::Aws;
};

// Draws the design as the canvas shows it and writes it as "png", "svg" or
// "pdf". The PDF is one page the size of the diagram, one point per scene
// unit. Needs a QGuiApplication (the offscreen platform serves without a
// display). Returns an empty string on success, else the reason it failed
// followed by what to do; a failed export leaves any existing file as it
// was.
QString exportPicture(const Design &design, const QString &path, const QString &type,
                      const PictureOptions &options = PictureOptions());

} // namespace vpcstudio
