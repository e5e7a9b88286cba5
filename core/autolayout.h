#pragma once

#include "design.h"

#include <QRectF>

namespace vpcstudio {

enum class PlacementKind {
    Vpc,
    ZoneColumn,
    Subnet,
    Node,        // an object inside a subnet, drawn once per subnet it spans
    EdgeGateway, // an internet gateway on the VPC's edge
    Namespace,   // a Cloud Map namespace box inside its VPC
    Equipment,   // a route table, security group or gateway endpoint of a VPC
    Outside,     // a party outside every VPC, or a regional service like ECR
};

// The frame of one drawn element. An object that spans several subnets,
// such as an ALB or an ECS service, gets one placement per subnet, each
// with its own key ("object@subnet").
struct Placement
{
    QString key;
    QString objectId;
    QString subnetId; // for nodes, the subnet that contains this replica
    QString zoneId;   // for zone columns and subnets
    PlacementKind kind = PlacementKind::Node;
    QRectF frame;
};

struct DiagramLayout
{
    QVector<Placement> placements;
    QHash<QString, int> indexByKey;

    const Placement *find(const QString &key) const;
    // Every placement of an object, in drawing order.
    QVector<const Placement *> placementsOf(const QString &objectId) const;
    QRectF bounds() const;
};

// Places every object of the design. The VPC is a building with its zones
// as columns and its subnets as rooms, public rooms above private ones.
// Gateways, load balancers and services go in their rooms, internet
// gateways on the building's edge and outside parties around it. Frames in
// the design's layout section replace the computed ones of outside parties
// and move or enlarge a VPC's building; its rooms follow.
DiagramLayout computeDiagramLayout(const Design &design);

// True when the subnet's route table sends 0.0.0.0/0 to an internet gateway.
bool isPublicSubnet(const Design &design, const Subnet &subnet);

} // namespace vpcstudio
