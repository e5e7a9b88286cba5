#pragma once

#include <QRectF>
#include <QStringList>
#include <QVector>

class QPainter;

namespace vpcstudio {

// The look of the canvas. Both styles draw the same items at the same
// places, so selection, dragging, badges and packets work alike.
enum class CanvasStyle {
    Aws,       // AWS architecture icons on plain coloured boxes
    Apartment, // the VPC as an apartment building, subnets as its rooms
};

// Convert a style to its settings key ("aws", "apartment") and back. An
// unknown key means the AWS style.
QString canvasStyleKey(CanvasStyle style);
CanvasStyle canvasStyleFromKey(const QString &key);

// The apartment style's drawing. The VPC is an apartment building and its
// availability zones are wings. Subnets are rooms, and public rooms have a
// window on the street. The internet gateway is the front door, a NAT
// gateway a one-way mail slot, a load balancer the reception desk, and a
// security group the gatekeeper at a room's door.
namespace apartment {

// The apartment icon that replaces an AWS icon, or `awsIcon` itself when
// the style keeps it (outside hosts, registries, the pipeline).
QString iconFor(const QString &awsIcon);

void paintBuilding(QPainter *painter, const QRectF &frame, const QString &title,
                   const QString &blocks);
void paintWing(QPainter *painter, const QRectF &frame, const QString &zone);
void paintRoom(QPainter *painter, const QRectF &frame, bool isPublic, const QStringList &lines);
void paintDirectory(QPainter *painter, const QRectF &frame, const QString &title,
                    const QStringList &names);

// The ground around the buildings: a lawn, and a street along the top of
// the highest building with a path from the street to each front door.
// `buildings` and `doors` are scene frames; `exposed` is the area to fill.
void paintTown(QPainter *painter, const QRectF &exposed, const QVector<QRectF> &buildings,
               const QVector<QRectF> &doors);

} // namespace apartment

} // namespace vpcstudio
