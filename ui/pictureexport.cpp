#include "pictureexport.h"

#include "designscene.h"
#include "designwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace vpcstudio {

namespace {

// Maximum side of an exported PNG in pixels. Larger diagrams are scaled
// down to it, because a bitmap that wide is unusable and costs gigabytes.
constexpr double MaxPngSide = 16384;

QByteArray renderPng(DesignScene &scene, double requestedScale, QString *error)
{
    const QRectF source = scene.diagramRect();
    const double longest = std::max(source.width(), source.height());
    const double scale = std::min(requestedScale, MaxPngSide / std::max(longest, 1.0));
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
    // QSvgGenerator writes the title into the file as it is, without
    // escaping markup, but escapes the text it draws.
    generator.setTitle(title.toHtmlEscaped());
    generator.setDescription(QStringLiteral("VPC Studio diagram"));
    {
        QPainter painter(&generator);
        painter.fillRect(QRectF(QPointF(0, 0), source.size()), Qt::white);
        scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    }
    return bytes;
}

QByteArray renderPdf(DesignScene &scene, const QString &title)
{
    const QRectF source = scene.diagramRect();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("VPC Studio"));
        // One point per scene unit, on a page that just fits the diagram.
        writer.setPageSize(QPageSize(source.size(), QPageSize::Point, QString(),
                                     QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        // The canvas gives font sizes in points, which a paint device turns
        // into pixels at its own resolution. At 96 dpi, as on a QImage, the
        // text keeps its size relative to the shapes. At QPdfWriter's default
        // of 1200 dpi it would come out 12.5 times too large.
        writer.setResolution(96);
        QPainter painter(&writer);
        const QRectF page(0, 0, writer.width(), writer.height());
        painter.fillRect(page, Qt::white);
        scene.render(&painter, page, source);
    }
    return bytes;
}

} // namespace

QString exportPicture(const Design &design, const QString &path, const QString &type,
                      const PictureOptions &options)
{
    DesignScene scene;
    scene.setCanvasStyle(options.style);
    scene.setDesign(design);

    QString error;
    QByteArray bytes;
    if (type == QLatin1String("svg"))
        bytes = renderSvg(scene, design.name);
    else if (type == QLatin1String("pdf"))
        bytes = renderPdf(scene, design.name);
    else
        bytes = renderPng(scene, options.pngScale, &error);
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
