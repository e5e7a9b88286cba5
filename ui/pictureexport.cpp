#include "pictureexport.h"

#include "designscene.h"

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

QByteArray renderPng(DesignScene &scene, QString *error)
{
    const QRectF source = scene.diagramRect();
    QImage image((source.size() * PngScale).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        *error = QCoreApplication::translate("vpcstudio::PictureExport",
                                             "the picture is too large to draw in memory");
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

QString exportPicture(const Design &design, const QString &path, const QString &type)
{
    DesignScene scene;
    scene.setDesign(design);

    QString error;
    const QByteArray bytes =
        type == QLatin1String("svg") ? renderSvg(scene, design.name) : renderPng(scene, &error);
    if (!error.isEmpty())
        return error;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return reason;
    }
    if (!file.commit())
        return file.errorString();
    return QString();
}

} // namespace vpcstudio
