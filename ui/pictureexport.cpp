#include "pictureexport.h"

#include "designscene.h"
#include "designwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace vpcstudio {

namespace {

// PNG exports are drawn at twice the scene's scale so that labels stay sharp
// when the picture is shown on a page or a high-density screen.
constexpr double PngScale = 2.0;

// Maximum side of an exported PNG in pixels. Larger diagrams are scaled
// down to it, because a bitmap that wide is unusable and costs gigabytes.
constexpr double MaxPngSide = 16384;

QByteArray renderPng(DesignScene &scene, QString *error)
{
    const QRectF source = scene.diagramRect();
    const double longest = std::max(source.width(), source.height());
    const double scale = std::min(PngScale, MaxPngSide / std::max(longest, 1.0));
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        *error = QCoreApplication::translate("vpcstudio::PictureExport",
                                             "the picture is too large to draw in memory; "
                                             "export it as SVG instead");
        return {};
    }
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), image.size()), source);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray renderSvg(DesignScene &scene, const QString &title)
{
    const QRectF source = scene.diagramRect();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(title);
    generator.setDescription(QStringLiteral("VPC Studio diagram"));
    {
        QPainter painter(&generator);
        painter.fillRect(QRectF(QPointF(0, 0), source.size()), Qt::white);
        scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    }
    return bytes;
}

} // namespace

QString exportPicture(const Design &design, const QString &path, const QString &type,
                      CanvasStyle style)
{
    DesignScene scene;
    scene.setCanvasStyle(style);
    scene.setDesign(design);

    QString error;
    const QByteArray bytes =
        type == QLatin1String("svg") ? renderSvg(scene, design.name) : renderPng(scene, &error);
    if (!error.isEmpty())
        return error;

    const QString hint = QCoreApplication::translate(
        "vpcstudio::PictureExport", "; choose a file in a folder you can write to");
    const QString target = checkSaveTarget(path);
    if (!target.isEmpty())
        return target + hint;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString() + hint;
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return reason + hint;
    }
    if (!file.commit())
        return file.errorString() + hint;
    return QString();
}

} // namespace vpcstudio
