#include "packetanimator.h"

#include "canvasitems.h"
#include "designscene.h"

#include <cmath>

namespace vpcstudio {

namespace {

// Milliseconds per hop at speed 1, and per timer tick (about 60 frames a
// second).
constexpr double HopMilliseconds = 600;
constexpr int TickMilliseconds = 16;

const QColor passColor(0x1e, 0x9e, 0x4a);
const QColor blockColor(0xd1, 0x32, 0x12);

} // namespace

PacketAnimator::PacketAnimator(DesignScene *scene, QObject *parent)
    : QObject(parent), m_scene(scene)
{
    m_timer.setInterval(TickMilliseconds);
    connect(&m_timer, &QTimer::timeout, this, [this] { advance(TickMilliseconds); });
}

QPointF PacketAnimator::placeOf(const QString &objectId, const QPointF &fallback,
                                const QString &subnet) const
{
    // Checks such as security groups and route tables happen where the
    // packet already is; only drawn places along the way move it.
    const ObjectKind kind = m_scene->design().kindOf(objectId);
    if (kind == ObjectKind::SecurityGroup || kind == ObjectKind::RouteTable ||
        kind == ObjectKind::NetworkAcl)
        return fallback;
    // The tracer follows an object's first subnet unless the trace names
    // another, so the packet goes to the node drawn in that subnet.
    QString firstSubnet;
    for (const EcsService &service : m_scene->design().services) {
        if (service.id == objectId)
            firstSubnet = service.subnets.value(0);
    }
    for (const LoadBalancer &balancer : m_scene->design().loadBalancers) {
        if (balancer.id == objectId)
            firstSubnet = balancer.subnets.value(0);
    }
    if (!subnet.isEmpty())
        firstSubnet = subnet;
    const ObjectItem *node = nullptr;
    for (ObjectItem *item : m_scene->itemsForObject(objectId)) {
        if (item->type() != NodeItemType)
            continue;
        if (!node || item->data(SubnetDataKey).toString() == firstSubnet)
            node = item;
    }
    return node ? node->frame().topLeft() + QPointF(node->frame().width() / 2, 28) : fallback;
}

void PacketAnimator::load(const QVector<TraceResult> &traces)
{
    m_timer.stop();
    m_routes.clear();
    for (const TraceResult &trace : traces) {
        Route route;
        QPointF position = placeOf(trace.from, QPointF(), trace.sourceSubnet);
        for (const TraceHop &hop : trace.hops) {
            const QString subnet = hop.object == trace.from ? trace.sourceSubnet : QString();
            position = placeOf(hop.object, position, subnet);
            route.points.append(position);
            route.blocks.append(hop.verdict == HopVerdict::Block);
            route.reasons.append(hop.reason);
            if (hop.verdict == HopVerdict::Block && route.stopAt < 0)
                route.stopAt = int(route.points.size()) - 1;
        }
        if (!route.points.isEmpty())
            m_routes.append(route);
    }
    m_lastHop = -1;
    update();
}

void PacketAnimator::play()
{
    if (!isFinished())
        m_timer.start();
}

void PacketAnimator::pause()
{
    m_timer.stop();
}

void PacketAnimator::step()
{
    m_timer.stop();
    for (Route &route : m_routes)
        route.progress = std::floor(route.progress) + 1;
    advance(0);
}

bool PacketAnimator::isFinished() const
{
    for (const Route &route : m_routes) {
        const double end = route.stopAt >= 0 ? route.stopAt : route.points.size() - 1;
        if (route.progress < end)
            return false;
    }
    return true;
}

int PacketAnimator::currentHop() const
{
    return m_routes.isEmpty() ? -1 : int(std::floor(m_routes.first().progress));
}

void PacketAnimator::advance(double milliseconds)
{
    for (Route &route : m_routes) {
        const double end = route.stopAt >= 0 ? route.stopAt : route.points.size() - 1;
        route.progress = std::min(end, route.progress + milliseconds * m_speed / HopMilliseconds);
    }
    update();
    const int hop = currentHop();
    if (hop != m_lastHop) {
        m_lastHop = hop;
        emit hopReached(hop);
    }
    if (isFinished() && m_timer.isActive()) {
        m_timer.stop();
        emit finished();
    }
}

void PacketAnimator::update()
{
    m_packets.clear();
    for (const Route &route : m_routes) {
        const int from = int(std::floor(route.progress));
        const int to = std::min(from + 1, int(route.points.size()) - 1);
        const double along = route.progress - from;
        const QPointF position =
            route.points[from] + (route.points[to] - route.points[from]) * along;
        const bool stopped = route.stopAt >= 0 && from >= route.stopAt;
        // A single flow names the check it has just passed, as a simulation
        // step would. Many flows at once show only their blocks.
        QString label;
        if (stopped)
            label = route.reasons[route.stopAt];
        else if (m_routes.size() == 1)
            label = route.reasons[from];
        m_packets.append({position, stopped ? blockColor : passColor, label});
    }
    emit packetsChanged();
}

} // namespace vpcstudio
