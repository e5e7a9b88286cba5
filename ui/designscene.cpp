#include "designscene.h"

#include "associationlinks.h"

#include <algorithm>

#include "canvasitems.h"
#include "cidr.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCanvas, "vpcstudio.ui.canvas", QtWarningMsg)

// Resources compiled into a static library must be registered by name, or
// the linker drops them.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace vpcstudio {

namespace {

template <typename T> const T *findObject(const QVector<T> &objects, const QString &id)
{
    for (const T &object : objects) {
        if (object.id == id)
            return &object;
    }
    return nullptr;
}

QString displayName(const QString &name, const QString &id)
{
    return name.isEmpty() ? id : name;
}

QString securityGroupLine(const Design &design, const QStringList &groups)
{
    QStringList names;
    for (const QString &id : groups)
        names.append(design.nameOf(id));
    return names.isEmpty() ? QString()
                           : QObject::tr("SG: %1").arg(names.join(QStringLiteral(", ")));
}

QString externalIcon(ExternalKind kind)
{
    switch (kind) {
    case ExternalKind::Internet:
        return QStringLiteral("internet");
    case ExternalKind::User:
        return QStringLiteral("user");
    case ExternalKind::Api:
        return QStringLiteral("external-api");
    case ExternalKind::Registry:
        return QStringLiteral("docker-hub");
    }
    return QStringLiteral("external-api");
}

struct NodeLook
{
    QString icon;
    QString title;
    QStringList details;
};

NodeLook lookOf(const Design &design, const QString &id)
{
    if (const auto *gateway = findObject(design.natGateways, id)) {
        return {QStringLiteral("nat-gateway"),
                displayName(gateway->name, id),
                {gateway->connectivity == NatConnectivity::Public ? QObject::tr("public NAT")
                                                                  : QObject::tr("private NAT"),
                 gateway->elasticIp.isEmpty() ? QObject::tr("no Elastic IP")
                                              : QObject::tr("EIP %1").arg(gateway->elasticIp)}};
    }
    if (const auto *balancer = findObject(design.loadBalancers, id)) {
        QStringList ports;
        for (const Listener &listener : balancer->listeners)
            ports.append(QString::number(listener.port));
        const QString scheme = balancer->scheme == LoadBalancerScheme::InternetFacing
                                   ? QObject::tr("internet-facing")
                                   : QObject::tr("internal");
        return {QStringLiteral("load-balancer"),
                displayName(balancer->name, id),
                {scheme + QStringLiteral(" :") + ports.join(QStringLiteral(", :")),
                 securityGroupLine(design, balancer->securityGroups)}};
    }
    if (const auto *service = findObject(design.services, id)) {
        QString line =
            QObject::tr(":%1 · %2 task(s)").arg(service->containerPort).arg(service->desiredCount);
        return {QStringLiteral("ecs-service"),
                displayName(service->name, id),
                {line, securityGroupLine(design, service->securityGroups)}};
    }
    if (const auto *table = findObject(design.routeTables, id)) {
        QStringList routes;
        for (const Route &route : table->routes) {
            if (route.target != QLatin1String("local"))
                routes.append(route.destination + QStringLiteral(" → ") +
                              (route.target.isEmpty() ? QObject::tr("blackhole") : route.target));
        }
        return {QStringLiteral("route-table"),
                displayName(table->name, id),
                {table->main ? QObject::tr("main table") : QObject::tr("route table"),
                 routes.join(QStringLiteral(", "))}};
    }
    if (const auto *group = findObject(design.securityGroups, id)) {
        return {QStringLiteral("security-group"),
                displayName(group->name, id),
                {QObject::tr("%1 in, %2 out").arg(group->ingress.size()).arg(group->egress.size()),
                 group->description}};
    }
    if (const auto *acl = findObject(design.networkAcls, id)) {
        return {QStringLiteral("network-acl"),
                displayName(acl->name, id),
                {acl->isDefault ? QObject::tr("default network ACL") : QObject::tr("network ACL"),
                 QObject::tr("%1 in, %2 out").arg(acl->inbound.size()).arg(acl->outbound.size())}};
    }
    if (const auto *endpoint = findObject(design.endpoints, id)) {
        return {
            QStringLiteral("vpc-endpoint"), displayName(endpoint->name, id), {endpoint->service}};
    }
    if (const auto *gateway = findObject(design.internetGateways, id)) {
        return {QStringLiteral("internet-gateway"),
                displayName(gateway->name, id),
                {gateway->vpc.isEmpty() ? QObject::tr("detached") : QString()}};
    }
    if (const auto *host = findObject(design.externalHosts, id))
        return {externalIcon(host->kind), displayName(host->name, id), {host->address}};
    if (const auto *repository = findObject(design.repositories, id)) {
        return {QStringLiteral("ecr-repository"),
                displayName(repository->name, id),
                {QObject::tr("ECR repository")}};
    }
    if (const auto *pipeline = findObject(design.pipelines, id))
        return {
            QStringLiteral("pipeline"), displayName(pipeline->name, id), {QObject::tr("CI/CD")}};
    return {QStringLiteral("external-api"), id, {}};
}

// The path patterns of the listener rules that send requests from the
// load balancer to one of the service's target groups; empty when none do.
QStringList routedPaths(const LoadBalancer &balancer, const EcsService &service)
{
    QStringList paths;
    for (const Listener &listener : balancer.listeners) {
        if (service.targetGroups.contains(listener.defaultTargetGroup))
            paths.append(QStringLiteral("/*"));
        for (const ListenerRule &rule : listener.rules) {
            if (service.targetGroups.contains(rule.targetGroup))
                paths += rule.pathPatterns;
        }
    }
    paths.removeDuplicates();
    return paths;
}

QStringList roomLines(const Design &design, const Subnet &subnet)
{
    QString second = subnet.cidr;
    if (const std::optional<Cidr> block = Cidr::parse(subnet.cidr))
        second += QObject::tr(" · %1 usable").arg(block->awsUsableAddresses());

    QString routes;
    if (const RouteTable *table = design.effectiveRouteTable(subnet)) {
        for (const Route &route : table->routes) {
            if (route.target == QLatin1String("local"))
                continue;
            if (!routes.isEmpty())
                routes += QStringLiteral(", ");
            routes += route.destination + QStringLiteral(" → ") +
                      (route.target.isEmpty() ? QObject::tr("blackhole") : route.target);
        }
        routes =
            QObject::tr("routes: %1").arg(routes.isEmpty() ? QObject::tr("local only") : routes);
    }
    return {displayName(subnet.name, subnet.id), second, routes};
}

} // namespace

DesignScene::DesignScene(QObject *parent) : QGraphicsScene(parent)
{
    initResources();
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    QObject::connect(this, &QGraphicsScene::selectionChanged, this, &DesignScene::updateLinks);
}

DesignScene::~DesignScene()
{
    // QGraphicsScene's destructor removes the items and so changes the
    // selection, after this part of the object is gone.
    QObject::disconnect(this, &QGraphicsScene::selectionChanged, this, &DesignScene::updateLinks);
}

void DesignScene::setShowAllLinks(bool show)
{
    m_showAllLinks = show;
    updateLinks();
}

// Association lines are drawn for the selection only (or for everything on
// request), so that the picture stays readable.
void DesignScene::updateLinks()
{
    if (m_rebuilding)
        return;
    qDeleteAll(m_links);
    m_links.clear();

    QStringList ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (const auto *object = dynamic_cast<const ObjectItem *>(item))
            ids.append(object->objectId());
    }
    if (m_showAllLinks)
        ids += associatedObjects(m_design);
    const QColor linkColor(0x4a, 0x8a, 0x8c);
    for (const AssociationLink &link : associationLinks(m_design, m_layout, ids)) {
        if (QGraphicsItem *line = connect(link.from, link.to, linkColor, true, link.label)) {
            line->setZValue(5);
            m_links.append(line);
        }
    }
}

void DesignScene::setDesign(const Design &design)
{
    m_design = design;
    rebuild();
}

QList<ObjectItem *> DesignScene::itemsForObject(const QString &objectId) const
{
    return m_items.values(objectId);
}

QRectF DesignScene::diagramRect() const
{
    return itemsBoundingRect().adjusted(-40, -40, 40, 40);
}

void DesignScene::showFindings(const QVector<Finding> &findings)
{
    struct Marks
    {
        int errors = 0;
        int warnings = 0;
        QStringList lines;
    };
    QHash<QString, Marks> marks;
    for (const Finding &finding : findings) {
        for (const QString &id : finding.objects) {
            Marks &mark = marks[id];
            (finding.severity == Severity::Error ? mark.errors : mark.warnings) += 1;
            mark.lines.append(QStringLiteral("%1: %2").arg(finding.rule, finding.message));
        }
    }
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        const Marks mark = marks.value(it.key());
        it.value()->setBadge(mark.errors, mark.warnings, mark.lines.join(QLatin1Char('\n')));
    }
}

DropTarget DesignScene::dropTargetAt(const QPointF &position) const
{
    DropTarget target;
    // The building takes the mouse on its roof only, so its body is found
    // by its frame.
    for (ObjectItem *item : m_items) {
        if (item->type() == BuildingItemType && item->frame().contains(position))
            target.vpc = item->objectId();
    }
    for (QGraphicsItem *item : items(position)) {
        if (auto *room = qgraphicsitem_cast<RoomItem *>(item)) {
            if (const Subnet *subnet = m_design.subnet(room->objectId())) {
                target.subnet = subnet->id;
                target.zone = subnet->zone;
                target.vpc = subnet->vpc;
                return target;
            }
        } else if (auto *column = qgraphicsitem_cast<ZoneColumnItem *>(item)) {
            target.zone = column->objectId();
        } else if (auto *building = qgraphicsitem_cast<BuildingItem *>(item)) {
            target.vpc = building->objectId();
        }
    }
    if (target.vpc.isEmpty())
        target.zone.clear();
    return target;
}

QRectF DesignScene::selectObjects(const QStringList &objectIds)
{
    clearSelection();
    QRectF area;
    for (const QString &id : objectIds) {
        for (ObjectItem *item : m_items.values(id)) {
            item->setSelected(true);
            area = area.isNull() ? item->frame() : area.united(item->frame());
        }
    }
    return area;
}

void DesignScene::setCanvasStyle(CanvasStyle style)
{
    if (style == m_style)
        return;
    m_style = style;
    for (QGraphicsItem *item : items()) {
        if (auto *object = dynamic_cast<ObjectItem *>(item))
            object->setCanvasStyle(style);
        else if (auto *connector = qgraphicsitem_cast<ConnectorItem *>(item))
            connector->setCanvasStyle(style);
    }
    // A view that caches its background would otherwise keep the old one.
    invalidate(sceneRect(), QGraphicsScene::BackgroundLayer);
    update();
}

void DesignScene::drawStyleBackground(QPainter *painter, const QRectF &rect)
{
    if (m_style != CanvasStyle::Apartment)
        return;
    QVector<QRectF> buildings;
    QVector<QRectF> doors;
    for (const Placement &placement : m_layout.placements) {
        if (placement.kind == PlacementKind::Vpc)
            buildings.append(placement.frame);
        else if (placement.kind == PlacementKind::EdgeGateway)
            doors.append(placement.frame);
    }
    apartment::paintTown(painter, rect, buildings, doors);
}

void DesignScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsScene::drawBackground(painter, rect);
    drawStyleBackground(painter, rect);
}

void DesignScene::track(ObjectItem *item)
{
    item->setCanvasStyle(m_style);
    addItem(item);
    m_items.insert(item->objectId(), item);
}

ObjectItem *DesignScene::objectAt(const QPointF &position) const
{
    for (QGraphicsItem *item : items(position)) {
        auto *object = dynamic_cast<ObjectItem *>(item);
        if (object && item->type() != ZoneColumnItemType)
            return object;
    }
    return nullptr;
}

void DesignScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    ObjectItem *source = objectAt(event->scenePos());
    if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::AltModifier) && source) {
        m_connectFrom = source->objectId();
        m_connectLine = addLine(QLineF(event->scenePos(), event->scenePos()),
                                QPen(QColor(0x1a, 0x73, 0xe8), 2, Qt::DashLine));
        m_connectLine->setZValue(100);
        event->accept();
        return;
    }
    QGraphicsScene::mousePressEvent(event);
}

void DesignScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectLine) {
        m_connectLine->setLine(QLineF(m_connectLine->line().p1(), event->scenePos()));
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void DesignScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectLine) {
        delete m_connectLine;
        m_connectLine = nullptr;
        ObjectItem *target = objectAt(event->scenePos());
        if (target)
            emit connectRequested(m_connectFrom, target->objectId(), event->scenePos());
        m_connectFrom.clear();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    // A room dropped in another zone column moves its subnet to that zone;
    // anywhere else it goes back to its place when the scene redraws.
    for (QGraphicsItem *item : selectedItems()) {
        auto *room = qgraphicsitem_cast<RoomItem *>(item);
        if (!room || room->pos().isNull())
            continue;
        const QPointF centre = room->frame().center() + room->pos();
        room->setPos(0, 0);
        const DropTarget target = dropTargetAt(centre);
        const Subnet *subnet = m_design.subnet(room->objectId());
        if (subnet && target.vpc == subnet->vpc && !target.zone.isEmpty() &&
            target.zone != subnet->zone) {
            emit subnetMoved(subnet->id, target.zone);
            return;
        }
    }
    for (QGraphicsItem *item : selectedItems()) {
        auto *node = qgraphicsitem_cast<NodeItem *>(item);
        const QString from = node ? node->data(SubnetDataKey).toString() : QString();
        if (from.isEmpty() || node->pos().isNull())
            continue;
        const QPointF centre = node->frame().center() + node->pos();
        node->setPos(0, 0);
        const DropTarget target = dropTargetAt(centre);
        if (!target.subnet.isEmpty() && target.subnet != from) {
            emit nodeMoved(node->objectId(), from, target.subnet);
            return;
        }
    }
    QHash<QString, QRectF> moved;
    for (ObjectItem *item : m_items) {
        if (item->resizedFrame() != item->frame())
            moved.insert(item->objectId(), item->resizedFrame());
    }
    for (QGraphicsItem *item : selectedItems()) {
        const auto *object = dynamic_cast<const ObjectItem *>(item);
        const bool inRoom = !item->data(SubnetDataKey).toString().isEmpty();
        if (object && !inRoom && (item->flags() & QGraphicsItem::ItemIsMovable) &&
            !item->pos().isNull())
            moved.insert(object->objectId(), object->frame().translated(item->pos()));
    }
    // The model changes through the document; the rebuild that follows
    // draws the items at their new places.
    if (!moved.isEmpty())
        emit objectsMoved(moved);
}

void DesignScene::addNode(const Placement &placement)
{
    const NodeLook look = lookOf(m_design, placement.objectId);
    QStringList details;
    for (const QString &line : look.details) {
        if (!line.isEmpty())
            details.append(line);
    }
    auto *node = new NodeItem(placement.objectId, placement.frame, look.icon, look.title, details);
    // Only outside parties have free positions; the rest follow their room.
    // Outside parties move freely; a node in a room can be dragged to
    // another room, which moves it to that subnet.
    node->setFlag(QGraphicsItem::ItemIsMovable, placement.kind == PlacementKind::Outside ||
                                                    placement.kind == PlacementKind::Node);
    node->setData(SubnetDataKey, placement.subnetId);
    track(node);
}

void DesignScene::addPlacement(const Placement &placement)
{
    switch (placement.kind) {
    case PlacementKind::Vpc: {
        const Vpc *vpc = m_design.vpc(placement.objectId);
        track(new BuildingItem(placement.objectId, placement.frame, displayName(vpc->name, vpc->id),
                               vpc->cidrBlocks.join(QStringLiteral(", "))));
        break;
    }
    case PlacementKind::ZoneColumn:
        track(new ZoneColumnItem(placement.zoneId, placement.frame));
        break;
    case PlacementKind::Subnet: {
        const Subnet *subnet = m_design.subnet(placement.objectId);
        track(new RoomItem(subnet->id, placement.frame, isPublicSubnet(m_design, *subnet),
                           roomLines(m_design, *subnet)));
        break;
    }
    case PlacementKind::Namespace: {
        const CloudMapNamespace *space = m_design.cloudMapNamespace(placement.objectId);
        QStringList names;
        for (const CloudMapService &service : m_design.cloudMapServices) {
            if (service.namespaceId != space->id)
                continue;
            QString name = service.name + QLatin1Char('.') + space->name;
            for (const EcsService &task : m_design.services) {
                if (task.cloudMapService == service.id)
                    name += QLatin1Char(':') + QString::number(task.containerPort);
            }
            names.append(name);
        }
        track(new NamespaceItem(space->id, placement.frame,
                                QObject::tr("Cloud Map private namespace \"%1\"").arg(space->name),
                                names));
        break;
    }
    case PlacementKind::Node:
    case PlacementKind::Equipment:
    case PlacementKind::EdgeGateway:
    case PlacementKind::Outside:
        addNode(placement);
        break;
    }
}

QGraphicsItem *DesignScene::connect(const QString &fromKey, const QString &toKey,
                                    const QColor &color, bool dashed, const QString &label)
{
    const Placement *from = m_layout.find(fromKey);
    const Placement *to = m_layout.find(toKey);
    if (!from || !to)
        return nullptr;

    // Lines run between icon centres and stop short of an icon. A line to a
    // container such as a room ends on the container's nearer edge.
    const auto isIcon = [](const Placement *placement) {
        return placement->kind != PlacementKind::Subnet &&
               placement->kind != PlacementKind::Namespace && placement->kind != PlacementKind::Vpc &&
               placement->kind != PlacementKind::ZoneColumn;
    };
    const auto centreOf = [&isIcon](const Placement *placement) {
        return isIcon(placement) ? placement->frame.topLeft() +
                                       QPointF(placement->frame.width() / 2, 28)
                                 : placement->frame.center();
    };
    const auto anchorOf = [&](const Placement *placement, const QPointF &towards) {
        if (isIcon(placement))
            return centreOf(placement);
        const QRectF frame = placement->frame;
        const qreal x = std::clamp(towards.x(), frame.left() + 24, frame.right() - 24);
        return QPointF(x, towards.y() > frame.bottom() ? frame.bottom() : frame.top());
    };
    const QPointF start = anchorOf(from, centreOf(to));
    const QPointF end = anchorOf(to, centreOf(from));
    const QLineF line(start, end);
    if (line.length() < 60)
        return nullptr;
    const QPointF trimmedStart = isIcon(from) ? line.pointAt(30 / line.length()) : start;
    const QPointF trimmedEnd = isIcon(to) ? line.pointAt(1 - 32 / line.length()) : end;
    auto *connector = new ConnectorItem(trimmedStart, trimmedEnd, color, dashed, label);
    connector->setCanvasStyle(m_style);
    addItem(connector);
    return connector;
}

void DesignScene::addConnectors()
{
    const QColor internetBlue(0x3b, 0x6e, 0xa8);
    const QColor albViolet(0x8c, 0x4f, 0xff);
    const QColor registryOrange(0xed, 0x71, 0x00);

    QString internet;
    for (const ExternalHost &host : m_design.externalHosts) {
        if (host.kind == ExternalKind::Internet && internet.isEmpty())
            internet = host.id;
    }
    for (const ExternalHost &host : m_design.externalHosts) {
        if (host.kind == ExternalKind::User)
            connect(host.id, internet, internetBlue, false);
    }
    for (const InternetGateway &gateway : m_design.internetGateways)
        connect(internet, gateway.id, internetBlue, false);

    for (const LoadBalancer &balancer : m_design.loadBalancers) {
        for (const QString &subnetId : balancer.subnets) {
            const QString albKey = balancer.id + QLatin1Char('@') + subnetId;
            const Subnet *albSubnet = m_design.subnet(subnetId);
            for (const InternetGateway &gateway : m_design.internetGateways) {
                if (balancer.scheme == LoadBalancerScheme::InternetFacing &&
                    gateway.vpc == balancer.vpc)
                    connect(gateway.id, albKey, internetBlue, false);
            }
            for (const EcsService &service : m_design.services) {
                for (const QString &serviceSubnet : service.subnets) {
                    const Subnet *target = m_design.subnet(serviceSubnet);
                    const bool sameZone = albSubnet && target && albSubnet->zone == target->zone;
                    const QStringList paths = routedPaths(balancer, service);
                    if (sameZone && !paths.isEmpty())
                        connect(albKey, service.id + QLatin1Char('@') + serviceSubnet, albViolet,
                                false, paths.join(QStringLiteral(", ")));
                }
            }
        }
    }

    for (const NatGateway &nat : m_design.natGateways) {
        const Subnet *subnet = m_design.subnet(nat.subnet);
        for (const InternetGateway &gateway : m_design.internetGateways) {
            if (subnet && gateway.vpc == subnet->vpc)
                connect(nat.id + QLatin1Char('@') + nat.subnet, gateway.id, internetBlue, true);
        }
    }
    for (const Pipeline &pipeline : m_design.pipelines) {
        for (const QString &repository : pipeline.pushesTo)
            connect(pipeline.id, repository, registryOrange, false, QObject::tr("push"));
    }
}

void DesignScene::rebuild()
{
    delete m_connectLine;
    m_connectLine = nullptr;
    // clear() deletes the link lines; updateLinks() must not touch them.
    m_rebuilding = true;
    m_links.clear();
    clearSelection();
    clear();
    m_items.clear();
    m_layout = computeDiagramLayout(m_design);
    for (const Placement &placement : m_layout.placements)
        addPlacement(placement);
    addConnectors();
    m_rebuilding = false;
    updateLinks();
    setSceneRect(diagramRect());
    qCDebug(lcCanvas) << "drew" << m_layout.placements.size() << "placements";
}

} // namespace vpcstudio
