#include "networkfacts.h"

namespace vpcstudio {

namespace {

// Route targets that can carry traffic; any other id is a blackhole.
bool carriesTraffic(ObjectKind kind)
{
    return kind == ObjectKind::InternetGateway || kind == ObjectKind::NatGateway ||
           kind == ObjectKind::VpcEndpoint || kind == ObjectKind::VpcPeering;
}

} // namespace

bool protocolCovers(Protocol rule, Protocol wanted)
{
    return rule == Protocol::All || rule == wanted;
}

NetworkFacts::NetworkFacts(const Design &design) : m_design(design)
{
    const QHash<QString, ObjectKind> kinds = objectKinds(design);
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it) {
        if (carriesTraffic(it.value()))
            m_kinds.insert(it.key(), it.value());
    }
}

const Route *NetworkFacts::routeFor(const Subnet &subnet, quint32 address) const
{
    const RouteTable *table = m_design.effectiveRouteTable(subnet);
    if (!table)
        return nullptr;

    // The local route always wins for the VPC's own blocks.
    const Vpc *vpc = m_design.vpc(subnet.vpc);
    for (const Route &route : table->routes) {
        if (route.target != QLatin1String("local") || !vpc)
            continue;
        for (const QString &text : vpc->cidrBlocks) {
            const std::optional<Cidr> block = Cidr::parse(text);
            if (block && block->contains(address))
                return &route;
        }
    }

    const Route *best = nullptr;
    int bestLength = -1;
    for (const Route &route : table->routes) {
        const std::optional<Cidr> destination = Cidr::parse(route.destination);
        if (destination && destination->contains(address) &&
            destination->prefixLength() > bestLength) {
            best = &route;
            bestLength = destination->prefixLength();
        }
    }
    return best;
}

ObjectKind NetworkFacts::targetKind(const Route &route) const
{
    return m_kinds.value(route.target, ObjectKind::None);
}

bool NetworkFacts::routesToInternetGateway(const Subnet &subnet) const
{
    const Route *route = routeFor(subnet, RepresentativeInternetAddress);
    if (!route || targetKind(*route) != ObjectKind::InternetGateway)
        return false;
    for (const InternetGateway &gateway : m_design.internetGateways) {
        if (gateway.id == route->target)
            return gateway.vpc == subnet.vpc;
    }
    return false;
}

bool NetworkFacts::natWorks(const NatGateway &gateway) const
{
    const Subnet *subnet = m_design.subnet(gateway.subnet);
    return gateway.connectivity == NatConnectivity::Public && !gateway.elasticIp.isEmpty() &&
           subnet && routesToInternetGateway(*subnet);
}

const NatGateway *NetworkFacts::natFor(const Subnet &subnet) const
{
    const Route *route = routeFor(subnet, RepresentativeInternetAddress);
    if (!route)
        return nullptr;
    for (const NatGateway &gateway : m_design.natGateways) {
        if (gateway.id == route->target)
            return &gateway;
    }
    return nullptr;
}

QString NetworkFacts::vpcOfService(const EcsService &service) const
{
    for (const QString &id : service.subnets) {
        if (const Subnet *subnet = m_design.subnet(id))
            return subnet->vpc;
    }
    return QString();
}

bool NetworkFacts::egressAllows(const QStringList &groups, quint32 address, int port) const
{
    for (const QString &id : groups) {
        const SecurityGroup *group = m_design.securityGroup(id);
        if (!group)
            continue;
        for (const SecurityGroupRule &rule : group->egress) {
            if (!protocolCovers(rule.protocol, Protocol::Tcp) || rule.peerKind != PeerKind::Cidr)
                continue;
            const bool portMatches =
                rule.protocol == Protocol::All || (rule.fromPort <= port && port <= rule.toPort);
            const std::optional<Cidr> peer = Cidr::parse(rule.peer);
            if (portMatches && peer && peer->contains(address))
                return true;
        }
    }
    return false;
}

bool NetworkFacts::peered(const QString &vpcA, const QString &vpcB) const
{
    for (const VpcPeering &peering : m_design.peerings) {
        if ((peering.requesterVpc == vpcA && peering.accepterVpc == vpcB) ||
            (peering.requesterVpc == vpcB && peering.accepterVpc == vpcA))
            return true;
    }
    return false;
}

QVector<NetworkFacts::Place> NetworkFacts::placesOf(const QString &endpoint) const
{
    // Tasks, load balancer nodes and gateways take addresses after the four
    // that AWS reserves at the start of a subnet.
    auto inSubnets = [this](const QStringList &subnetIds) {
        QVector<Place> places;
        for (const QString &subnetId : subnetIds) {
            if (const std::optional<Cidr> subnetBlock = block(subnetId))
                places.append(Place{subnetId, subnetBlock->first() + 4});
        }
        return places;
    };

    QString id = endpoint;
    for (const CloudMapService &entry : m_design.cloudMapServices) {
        const CloudMapNamespace *space = m_design.cloudMapNamespace(entry.namespaceId);
        if (space && endpoint == entry.name + QLatin1Char('.') + space->name) {
            for (const EcsService &service : m_design.services) {
                if (service.cloudMapService == entry.id)
                    id = service.id;
            }
        }
    }

    for (const EcsService &service : m_design.services) {
        if (service.id == id)
            return inSubnets(service.subnets);
    }
    for (const LoadBalancer &balancer : m_design.loadBalancers) {
        if (balancer.id == id)
            return inSubnets(balancer.subnets);
    }
    for (const NatGateway &gateway : m_design.natGateways) {
        if (gateway.id == id)
            return inSubnets({gateway.subnet});
    }
    if (const std::optional<quint32> address = Cidr::parseAddress(id)) {
        for (const Subnet &subnet : m_design.subnets) {
            const std::optional<Cidr> subnetBlock = Cidr::parse(subnet.cidr);
            if (subnetBlock && subnetBlock->contains(*address))
                return {Place{subnet.id, *address}};
        }
        return {Place{QString(), *address}};
    }
    const ObjectKind kind = m_design.kindOf(id);
    if (kind == ObjectKind::ExternalHost || kind == ObjectKind::EcrRepository ||
        kind == ObjectKind::Pipeline)
        return {Place{QString(), RepresentativeInternetAddress}};
    return {};
}

std::optional<Cidr> NetworkFacts::block(const QString &subnetId) const
{
    const Subnet *subnet = m_design.subnet(subnetId);
    return subnet ? Cidr::parse(subnet->cidr) : std::nullopt;
}

} // namespace vpcstudio
