#include "autolayout.h"

#include <algorithm>
#include <cmath>

namespace vpcstudio {

namespace {

// Scene units; one unit is one pixel at 100 % zoom.
constexpr double NodeWidth = 150;
constexpr double NodeHeight = 104;
constexpr double Padding = 16;
constexpr double RoomHeader = 66;
constexpr double RoomGap = 20;
constexpr double ColumnHeader = 34;
constexpr double ColumnGap = 28;
constexpr double VpcHeader = 64;
constexpr double OutsideGap = 150;
constexpr int MaxNodesPerRow = 4;
constexpr double EquipmentWidth = 130;
constexpr double EquipmentHeight = 96;

struct Room
{
    const Subnet *subnet = nullptr;
    QStringList nodes;
    int tier = 1;
};

QStringList nodesInSubnet(const Design &design, const QString &subnetId)
{
    QStringList nodes;
    for (const NatGateway &gateway : design.natGateways) {
        if (gateway.subnet == subnetId)
            nodes.append(gateway.id);
    }
    for (const LoadBalancer &balancer : design.loadBalancers) {
        if (balancer.subnets.contains(subnetId))
            nodes.append(balancer.id);
    }
    for (const VpcEndpoint &endpoint : design.endpoints) {
        if (endpoint.type == EndpointType::Interface && endpoint.subnets.contains(subnetId))
            nodes.append(endpoint.id);
    }
    for (const EcsService &service : design.services) {
        if (service.subnets.contains(subnetId))
            nodes.append(service.id);
    }
    return nodes;
}

class LayoutBuilder
{
public:
    explicit LayoutBuilder(const Design &design) : m_design(design) {}

    DiagramLayout build();

private:
    QRectF placeVpc(const Vpc &vpc, QPointF topLeft);
    QStringList zonesOf(const QString &vpcId) const;
    void placeRooms(const QVector<Room> &rooms, const QStringList &zones, QPointF origin,
                    double roomWidth, double *bottom);
    void placeOutside(const QRectF &vpcs);
    void add(const Placement &placement);

    const Design &m_design;
    DiagramLayout m_layout;
    int m_columns = 2;
};

void LayoutBuilder::add(const Placement &placement)
{
    m_layout.indexByKey.insert(placement.key, int(m_layout.placements.size()));
    m_layout.placements.append(placement);
}

QStringList LayoutBuilder::zonesOf(const QString &vpcId) const
{
    // Every zone of the design gets a column, so that an empty zone can
    // take a new subnet.
    QStringList zones;
    for (const AvailabilityZone &zone : m_design.zones)
        zones.append(zone.id);
    for (const Subnet &subnet : m_design.subnets) {
        if (subnet.vpc == vpcId && !zones.contains(subnet.zone))
            zones.append(subnet.zone);
    }
    return zones;
}

double roomHeight(const Room &room, int columns)
{
    const int rows = int(std::ceil(double(room.nodes.size()) / columns));
    return RoomHeader + std::max(rows, 1) * NodeHeight + Padding;
}

void LayoutBuilder::placeRooms(const QVector<Room> &rooms, const QStringList &zones, QPointF origin,
                               double roomWidth, double *bottom)
{
    double tierTop = origin.y();
    for (int tier = 0; tier < 2; ++tier) {
        double tierBottom = tierTop;
        for (int z = 0; z < zones.size(); ++z) {
            const double x = origin.x() + z * (roomWidth + ColumnGap + 2 * Padding) + Padding;
            double y = tierTop;
            for (const Room &room : rooms) {
                if (room.tier != tier || room.subnet->zone != zones[z])
                    continue;
                // A frame in the layout section can make a room taller than
                // its content needs.
                const double height =
                    std::max(roomHeight(room, m_columns),
                             m_design.layout.frames.value(room.subnet->id).height());
                const QRectF frame(x, y, roomWidth, height);
                add({room.subnet->id, room.subnet->id, QString(), room.subnet->zone,
                     PlacementKind::Subnet, frame});
                for (int i = 0; i < room.nodes.size(); ++i) {
                    const QPointF cell(x + Padding + (i % m_columns) * NodeWidth,
                                       y + RoomHeader + (i / m_columns) * NodeHeight);
                    add({room.nodes[i] + QLatin1Char('@') + room.subnet->id, room.nodes[i],
                         room.subnet->id, room.subnet->zone, PlacementKind::Node,
                         QRectF(cell, QSizeF(NodeWidth, NodeHeight))});
                }
                y += frame.height() + RoomGap;
            }
            tierBottom = std::max(tierBottom, y);
        }
        tierTop = tierBottom;
    }
    *bottom = tierTop;
}

QRectF LayoutBuilder::placeVpc(const Vpc &vpc, QPointF topLeft)
{
    const QStringList zones = zonesOf(vpc.id);
    QVector<Room> rooms;
    for (const Subnet &subnet : m_design.subnets) {
        if (subnet.vpc != vpc.id)
            continue;
        const QStringList nodes = nodesInSubnet(m_design, subnet.id);
        m_columns = std::max(m_columns, std::min(int(nodes.size()), MaxNodesPerRow));
        rooms.append({&subnet, nodes, isPublicSubnet(m_design, subnet) ? 0 : 1});
    }

    // A VPC frame in the layout section moves the building and can make it
    // wider or taller than its content needs. The rooms widen to match.
    const QRectF stored = m_design.layout.frames.value(vpc.id);
    if (!stored.isNull())
        topLeft = stored.topLeft();
    const int zoneCount = std::max(int(zones.size()), 1);
    const double spare = zoneCount * 4 * Padding + (zoneCount - 1) * ColumnGap + 2 * Padding;
    // Rooms share one width, so that the zone columns line up; the widest
    // room frame in the layout section sets it.
    double storedRoomWidth = 0;
    for (const Room &room : rooms)
        storedRoomWidth =
            std::max(storedRoomWidth, m_design.layout.frames.value(room.subnet->id).width());
    const double roomWidth = std::max({m_columns * NodeWidth + 2 * Padding,
                                       (stored.width() - spare) / zoneCount + 2 * Padding,
                                       storedRoomWidth});
    const double columnWidth = roomWidth + 2 * Padding;
    const double width = zoneCount * columnWidth + (zoneCount - 1) * ColumnGap + 2 * Padding;
    const QPointF roomsOrigin(topLeft.x() + Padding, topLeft.y() + VpcHeader + ColumnHeader);

    double bottom = roomsOrigin.y();
    const int vpcIndex = int(m_layout.placements.size());
    add({vpc.id, vpc.id, QString(), QString(), PlacementKind::Vpc, QRectF()});
    for (int z = 0; z < zones.size(); ++z) {
        add({vpc.id + QLatin1Char('|') + zones[z], QString(), QString(), zones[z],
             PlacementKind::ZoneColumn, QRectF()});
    }
    placeRooms(rooms, zones, roomsOrigin, roomWidth, &bottom);
    // An empty zone column keeps room for a first subnet to be dropped in.
    bottom = std::max(bottom, roomsOrigin.y() + RoomHeader + NodeHeight);
    const double roomsBottom = bottom;

    // Route tables, security groups and gateway endpoints have no place in
    // a room; they sit in a row at the bottom of the building.
    QStringList equipment;
    for (const RouteTable &table : m_design.routeTables) {
        if (table.vpc == vpc.id)
            equipment.append(table.id);
    }
    for (const SecurityGroup &group : m_design.securityGroups) {
        if (group.vpc == vpc.id)
            equipment.append(group.id);
    }
    for (const NetworkAcl &acl : m_design.networkAcls) {
        if (acl.vpc == vpc.id)
            equipment.append(acl.id);
    }
    for (const VpcEndpoint &endpoint : m_design.endpoints) {
        if (endpoint.vpc == vpc.id && endpoint.type == EndpointType::Gateway)
            equipment.append(endpoint.id);
    }
    const int perRow = std::max(1, int((width - 4 * Padding) / EquipmentWidth));
    for (int i = 0; i < equipment.size(); ++i) {
        const QPointF cell(topLeft.x() + 2 * Padding + (i % perRow) * EquipmentWidth,
                           bottom + Padding + (i / perRow) * EquipmentHeight);
        add({equipment[i], equipment[i], QString(), QString(), PlacementKind::Equipment,
             QRectF(cell, QSizeF(EquipmentWidth - 8, EquipmentHeight - 8))});
    }
    if (!equipment.isEmpty())
        bottom += Padding + ((equipment.size() - 1) / perRow + 1) * EquipmentHeight;

    // Cloud Map namespaces sit in a band below the rooms.
    for (const CloudMapNamespace &space : m_design.namespaces) {
        if (space.vpc != vpc.id)
            continue;
        const QRectF frame(topLeft.x() + 2 * Padding, bottom + Padding, width - 4 * Padding, 96);
        add({space.id, space.id, QString(), QString(), PlacementKind::Namespace, frame});
        bottom = frame.bottom() + RoomGap;
    }

    const QRectF vpcFrame(
        topLeft, QPointF(topLeft.x() + width, std::max(bottom + Padding, stored.bottom())));
    m_layout.placements[vpcIndex].frame = vpcFrame;
    for (int z = 0; z < zones.size(); ++z) {
        const double x = roomsOrigin.x() + z * (columnWidth + ColumnGap);
        m_layout.placements[vpcIndex + 1 + z].frame =
            QRectF(x, topLeft.y() + VpcHeader, columnWidth,
                   roomsBottom - RoomGap - topLeft.y() - VpcHeader + Padding / 2);
    }

    // Internet gateways straddle the building's top edge, like a front door.
    double doorX = vpcFrame.center().x() - NodeWidth / 2;
    for (const InternetGateway &gateway : m_design.internetGateways) {
        if (gateway.vpc != vpc.id)
            continue;
        add({gateway.id, gateway.id, QString(), QString(), PlacementKind::EdgeGateway,
             QRectF(doorX, topLeft.y() - NodeHeight / 2, NodeWidth, NodeHeight)});
        doorX += NodeWidth + Padding;
    }
    return vpcFrame;
}

void LayoutBuilder::placeOutside(const QRectF &vpcs)
{
    // The internet sits above the building's door, people to its left and
    // hosts on the internet to its right. The pipeline and the regional
    // services that live outside every VPC, such as ECR, go in a column to
    // the building's right.
    QStringList left;
    QStringList internet;
    QStringList rightOfInternet;
    for (const ExternalHost &host : m_design.externalHosts) {
        if (host.kind == ExternalKind::User)
            left.append(host.id);
        else if (host.kind == ExternalKind::Internet)
            internet.append(host.id);
        else
            rightOfInternet.append(host.id);
    }
    const QStringList top = left + internet + rightOfInternet;
    const double step = NodeWidth + 90;
    const double aboveY = vpcs.top() - NodeHeight / 2 - OutsideGap - NodeHeight;
    double x = vpcs.center().x() - NodeWidth / 2 - left.size() * step;
    for (const QString &id : top) {
        add({id, id, QString(), QString(), PlacementKind::Outside,
             QRectF(x, aboveY, NodeWidth, NodeHeight)});
        x += step;
    }

    QStringList right;
    for (const Pipeline &pipeline : m_design.pipelines)
        right.append(pipeline.id);
    for (const EcrRepository &repository : m_design.repositories)
        right.append(repository.id);
    for (const InternetGateway &gateway : m_design.internetGateways) {
        if (gateway.vpc.isEmpty())
            right.append(gateway.id);
    }
    double y = vpcs.top() + VpcHeader;
    for (const QString &id : right) {
        add({id, id, QString(), QString(), PlacementKind::Outside,
             QRectF(vpcs.right() + OutsideGap, y, NodeWidth, NodeHeight)});
        y += NodeHeight + 80;
    }
}

DiagramLayout LayoutBuilder::build()
{
    QRectF all;
    QPointF topLeft(0, 0);
    for (const Vpc &vpc : m_design.vpcs) {
        m_columns = 2;
        const QRectF frame = placeVpc(vpc, topLeft);
        all = all.isNull() ? frame : all.united(frame);
        topLeft.setX(frame.right() + OutsideGap);
    }
    if (all.isNull())
        all = QRectF(0, 0, 400, 300);
    placeOutside(all);

    for (Placement &placement : m_layout.placements) {
        const auto explicitFrame = m_design.layout.frames.constFind(placement.key);
        if (placement.kind == PlacementKind::Outside &&
            explicitFrame != m_design.layout.frames.cend())
            placement.frame = *explicitFrame;
    }
    return m_layout;
}

} // namespace

const Placement *DiagramLayout::find(const QString &key) const
{
    const auto it = indexByKey.constFind(key);
    return it == indexByKey.cend() ? nullptr : &placements[*it];
}

QVector<const Placement *> DiagramLayout::placementsOf(const QString &objectId) const
{
    QVector<const Placement *> found;
    for (const Placement &placement : placements) {
        if (placement.objectId == objectId)
            found.append(&placement);
    }
    return found;
}

QRectF DiagramLayout::bounds() const
{
    QRectF all;
    for (const Placement &placement : placements)
        all = all.isNull() ? placement.frame : all.united(placement.frame);
    return all;
}

bool isPublicSubnet(const Design &design, const Subnet &subnet)
{
    const RouteTable *table = design.effectiveRouteTable(subnet);
    if (!table)
        return false;
    for (const Route &route : table->routes) {
        if (route.destination == QLatin1String("0.0.0.0/0") &&
            design.kindOf(route.target) == ObjectKind::InternetGateway) {
            return true;
        }
    }
    return false;
}

DiagramLayout computeDiagramLayout(const Design &design)
{
    return LayoutBuilder(design).build();
}

} // namespace vpcstudio
