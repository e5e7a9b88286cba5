#include "tracerendpoints.h"

#include <QCoreApplication>

#include <algorithm>

namespace vpcstudio {

namespace {

// The translation context of this file's messages; lupdate files the
// strings under it because each call names it.
struct TracerText
{
    Q_DECLARE_TR_FUNCTIONS(vpcstudio::Tracer)
};

ResolvedEndpoint plain(const TraceSide &side)
{
    return ResolvedEndpoint{side, {}, nullptr, {}, {}};
}

std::nullopt_t fail(InputError *error, const QString &message, const QString &hint)
{
    if (error) {
        error->message = message;
        error->hint = hint;
    }
    return std::nullopt;
}

QString unknownHint()
{
    return TracerText::tr("use internet, an object id of the design, a Cloud Map name such as "
                          "NAME.NAMESPACE, or an IPv4 address");
}

// The interface endpoint of a service in a VPC whose private DNS name makes
// the service's host name resolve to it. Image pulls connect to the
// registry's one, ecr.dkr.
const VpcEndpoint *interfaceEndpointFor(const Design &design, const QString &vpc,
                                        const QString &service)
{
    for (const VpcEndpoint &endpoint : design.endpoints) {
        if (endpoint.vpc == vpc && endpoint.type == EndpointType::Interface &&
            endpoint.privateDns && endpoint.service == service && !endpoint.subnets.isEmpty())
            return &endpoint;
    }
    return nullptr;
}

} // namespace

QStringList servicePrefixLists(const Design &design, const QString &service)
{
    QStringList lists{QStringLiteral("pl-") + service};
    for (const RouteTable &table : design.routeTables) {
        for (const Route &route : table.routes) {
            if (!route.destination.startsWith(QLatin1String("pl-")) ||
                lists.contains(route.destination))
                continue;
            for (const VpcEndpoint &endpoint : design.endpoints) {
                if (endpoint.id == route.target && endpoint.service == service)
                    lists.append(route.destination);
            }
        }
    }
    return lists;
}

EndpointResolver::EndpointResolver(const Design &design) : m_design(design)
{}

std::optional<ResolvedEndpoint>
EndpointResolver::resolve(const QString &text, const TraceSide *source, InputError *error) const
{
    if (m_design.kindOf(text) != ObjectKind::None)
        return resolveObject(text, source, error);
    if (text == QLatin1String("internet"))
        return plain(internetSide(text, QStringLiteral("internet"), RepresentativeInternetAddress));
    if (isAwsServiceName(text))
        return resolveAwsService(text, source);
    for (const CloudMapService &entry : m_design.cloudMapServices) {
        if (text == cloudMapName(entry))
            return resolveCloudMap(entry, error);
    }
    if (const std::optional<quint32> address = Cidr::parseAddress(text))
        return resolveAddress(text, *address, error);
    return fail(error, TracerText::tr("unknown endpoint \"%1\" (endpoint.unknown)").arg(text),
                unknownHint());
}

bool EndpointResolver::recognizes(const QString &text) const
{
    if (text == QLatin1String("internet") || m_design.kindOf(text) != ObjectKind::None ||
        isAwsServiceName(text) || Cidr::parseAddress(text))
        return true;
    return std::any_of(
        m_design.cloudMapServices.cbegin(), m_design.cloudMapServices.cend(),
        [this, &text](const CloudMapService &entry) { return text == cloudMapName(entry); });
}

std::optional<ResolvedEndpoint>
EndpointResolver::resolveObject(const QString &id, const TraceSide *source, InputError *error) const
{
    const ObjectKind kind = m_design.kindOf(id);
    switch (kind) {
    case ObjectKind::ExternalHost:
        for (const ExternalHost &host : m_design.externalHosts) {
            if (host.id == id) {
                const std::optional<quint32> address = Cidr::parseAddress(host.address);
                return plain(internetSide(id, objectKindName(kind),
                                          address.value_or(RepresentativeInternetAddress)));
            }
        }
        break;
    case ObjectKind::Pipeline:
    case ObjectKind::InternetGateway:
        return plain(internetSide(id, objectKindName(kind), RepresentativeInternetAddress));
    case ObjectKind::EcrRepository:
        return resolveRepository(id, source);
    case ObjectKind::CloudMapService:
        if (const CloudMapService *entry = m_design.cloudMapService(id))
            return resolveCloudMap(*entry, error);
        break;
    default:
        return resolvePlaced(id, source, error);
    }
    return fail(error, TracerText::tr("unknown endpoint \"%1\" (endpoint.unknown)").arg(id),
                unknownHint());
}

std::optional<ResolvedEndpoint>
EndpointResolver::resolvePlaced(const QString &id, const TraceSide *source, InputError *error) const
{
    for (const EcsService &service : m_design.services) {
        if (service.id == id && !service.subnets.isEmpty())
            return plain(serviceSide(service));
    }
    for (const LoadBalancer &balancer : m_design.loadBalancers) {
        if (balancer.id == id && !balancer.subnets.isEmpty())
            return plain(loadBalancerSide(balancer));
    }
    for (const NatGateway &gateway : m_design.natGateways) {
        if (gateway.id == id)
            return plain(natSide(gateway));
    }
    for (const VpcEndpoint &endpoint : m_design.endpoints) {
        if (endpoint.id == id && endpoint.type == EndpointType::Interface &&
            !endpoint.subnets.isEmpty())
            return plain(interfaceEndpointSide(endpoint, source));
        // Traffic to a gateway endpoint is traffic to its service.
        if (endpoint.id == id && endpoint.type == EndpointType::Gateway)
            return resolveAwsService(endpoint.service, source);
    }

    const ObjectKind kind = m_design.kindOf(id);
    const bool interfaceEndpoint = std::any_of(
        m_design.endpoints.cbegin(), m_design.endpoints.cend(), [&id](const VpcEndpoint &endpoint) {
            return endpoint.id == id && endpoint.type == EndpointType::Interface;
        });
    if (kind == ObjectKind::EcsService || kind == ObjectKind::LoadBalancer || interfaceEndpoint) {
        return fail(
            error,
            TracerText::tr("%1 %2 has no subnets, so it has no address to trace (endpoint.unknown)")
                .arg(objectKindName(kind), id),
            TracerText::tr("give %1 a subnet").arg(id));
    }
    return fail(
        error,
        TracerText::tr("\"%1\" is a %2, where traffic cannot start or end (endpoint.unknown)")
            .arg(id, objectKindName(kind)),
        TracerText::tr(
            "use a service, load balancer, NAT gateway, interface endpoint, outside party, "
            "Cloud Map name or IPv4 address"));
}

std::optional<ResolvedEndpoint> EndpointResolver::resolveCloudMap(const CloudMapService &entry,
                                                                  InputError *error) const
{
    const QString name = cloudMapName(entry);
    for (const EcsService &service : m_design.services) {
        if (service.cloudMapService == entry.id && !service.subnets.isEmpty())
            return ResolvedEndpoint{
                serviceSide(service), name, m_design.cloudMapNamespace(entry.namespaceId), {}, {}};
    }
    return fail(
        error,
        TracerText::tr("no service with subnets registers in Cloud Map service %1, so \"%2\" "
                       "resolves to no address (endpoint.unknown)")
            .arg(entry.id, name),
        TracerText::tr("set cloudMapService: %1 on the service that should answer").arg(entry.id));
}

std::optional<ResolvedEndpoint>
EndpointResolver::resolveAddress(const QString &text, quint32 address, InputError *error) const
{
    const TraceSide side = addressSide(text, address);
    const QString vpc = side.insideVpc() ? QString() : vpcHolding(address);
    if (vpc.isEmpty())
        return plain(side);
    return fail(
        error,
        TracerText::tr(
            "%1 lies inside the blocks of VPC %2 but in none of its subnets, so nothing can "
            "send or receive there (endpoint.unknown)")
            .arg(text, vpc),
        TracerText::tr("use an address inside one of the subnets of %1").arg(vpc));
}

QString EndpointResolver::cloudMapName(const CloudMapService &entry) const
{
    const CloudMapNamespace *space = m_design.cloudMapNamespace(entry.namespaceId);
    return space ? entry.name + QLatin1Char('.') + space->name : QString();
}

std::optional<ResolvedEndpoint> EndpointResolver::resolveRepository(const QString &id,
                                                                    const TraceSide *source) const
{
    // A repository's host name resolves to AWS's public ECR endpoint, unless
    // the source's VPC has an ecr.dkr interface endpoint with private DNS.
    const VpcEndpoint *endpoint =
        source && source->insideVpc()
            ? interfaceEndpointFor(m_design, source->vpc, QStringLiteral("ecr.dkr"))
            : nullptr;
    if (!endpoint) {
        return plain(internetSide(id, objectKindName(ObjectKind::EcrRepository),
                                  RepresentativeInternetAddress));
    }
    return ResolvedEndpoint{interfaceEndpointSide(*endpoint, source), {}, nullptr, id, {}};
}

// An AWS service answers at public addresses, which routes and security
// group rules may name through the service's prefix list, unless an
// interface endpoint with private DNS in the source's VPC takes its name.
ResolvedEndpoint EndpointResolver::resolveAwsService(const QString &service,
                                                     const TraceSide *source) const
{
    const VpcEndpoint *endpoint = source && source->insideVpc()
                                      ? interfaceEndpointFor(m_design, source->vpc, service)
                                      : nullptr;
    if (endpoint)
        return ResolvedEndpoint{interfaceEndpointSide(*endpoint, source), {}, nullptr, {}, service};
    TraceSide side =
        internetSide(service, QStringLiteral("AWS service"), RepresentativeInternetAddress);
    side.awsService = service;
    side.prefixLists = servicePrefixLists(m_design, service);
    return plain(side);
}

TraceSide EndpointResolver::serviceSide(const EcsService &service) const
{
    TraceSide side;
    side.role = TraceSide::Role::Task;
    side.id = service.id;
    side.kind = objectKindName(ObjectKind::EcsService);
    side.subnet = service.subnets.value(0);
    const Subnet *subnet = m_design.subnet(side.subnet);
    side.vpc = subnet ? subnet->vpc : QString();
    side.address = hostAddress(side.subnet, service.id);
    side.groups = service.securityGroups;
    side.filtered = true;
    side.publicIp = service.assignPublicIp;
    side.ownPort = service.containerPort;
    side.note = placeNote(service.id, service.subnets);
    return side;
}

TraceSide EndpointResolver::movedTo(const TraceSide &side, const QString &subnet) const
{
    TraceSide moved = side;
    moved.subnet = subnet;
    const Subnet *placed = m_design.subnet(subnet);
    moved.vpc = placed ? placed->vpc : side.vpc;
    moved.address = hostAddress(subnet, side.id);
    return moved;
}

TraceSide EndpointResolver::loadBalancerSide(const LoadBalancer &balancer) const
{
    TraceSide side;
    side.role = TraceSide::Role::LoadBalancer;
    side.id = balancer.id;
    side.kind = objectKindName(ObjectKind::LoadBalancer);
    side.subnet = balancer.subnets.value(0);
    const Subnet *subnet = m_design.subnet(side.subnet);
    side.vpc = subnet ? subnet->vpc : balancer.vpc;
    side.address = hostAddress(side.subnet, balancer.id);
    side.groups = balancer.securityGroups;
    side.filtered = true;
    side.publicIp = balancer.scheme == LoadBalancerScheme::InternetFacing;
    side.ownPort = balancer.listeners.isEmpty() ? -1 : balancer.listeners.first().port;
    side.note = placeNote(balancer.id, balancer.subnets);
    return side;
}

TraceSide EndpointResolver::natSide(const NatGateway &gateway) const
{
    TraceSide side;
    side.role = TraceSide::Role::NatGateway;
    side.id = gateway.id;
    side.kind = objectKindName(ObjectKind::NatGateway);
    side.subnet = gateway.subnet;
    const Subnet *subnet = m_design.subnet(gateway.subnet);
    side.vpc = subnet ? subnet->vpc : QString();
    side.address = hostAddress(gateway.subnet, gateway.id);
    // NAT gateways have no security groups.
    side.filtered = false;
    side.publicIp = gateway.connectivity == NatConnectivity::Public && !gateway.elasticIp.isEmpty();
    return side;
}

TraceSide EndpointResolver::interfaceEndpointSide(const VpcEndpoint &endpoint,
                                                  const TraceSide *near) const
{
    // Clients use the endpoint's network interface in their own subnet or
    // zone when it has one there.
    QString chosen = endpoint.subnets.value(0);
    const Subnet *nearSubnet = near ? m_design.subnet(near->subnet) : nullptr;
    for (const QString &id : endpoint.subnets) {
        const Subnet *subnet = m_design.subnet(id);
        if (nearSubnet && subnet && subnet->zone == nearSubnet->zone) {
            chosen = id;
            break;
        }
    }
    if (nearSubnet && endpoint.subnets.contains(nearSubnet->id))
        chosen = nearSubnet->id;

    TraceSide side;
    side.role = TraceSide::Role::InterfaceEndpoint;
    side.id = endpoint.id;
    side.kind = objectKindName(ObjectKind::VpcEndpoint);
    side.subnet = chosen;
    side.vpc = endpoint.vpc;
    side.address = hostAddress(chosen, endpoint.id);
    side.groups = endpoint.securityGroups;
    side.filtered = true;
    if (endpoint.subnets.size() > 1) {
        side.note = TracerText::tr(
                        "%1 has network interfaces in subnets %2; this trace uses the one in %3.")
                        .arg(endpoint.id, endpoint.subnets.join(QStringLiteral(", ")), chosen);
    }
    return side;
}

TraceSide EndpointResolver::addressSide(const QString &text, quint32 address) const
{
    for (const Subnet &subnet : m_design.subnets) {
        const std::optional<Cidr> block = Cidr::parse(subnet.cidr);
        if (!block || !block->contains(address))
            continue;
        TraceSide side;
        side.role = TraceSide::Role::Address;
        side.id = text;
        side.kind = QStringLiteral("address");
        side.subnet = subnet.id;
        side.vpc = subnet.vpc;
        side.address = address;
        // An address that no object owns is taken to have a public IP
        // exactly when its subnet assigns one on launch.
        side.publicIp = subnet.mapPublicIpOnLaunch;
        side.note =
            TracerText::tr("No object of the design owns %1, so no security group is checked "
                           "there.")
                .arg(text);
        return side;
    }
    return internetSide(text, QStringLiteral("address"), address);
}

QString EndpointResolver::vpcHolding(quint32 address) const
{
    for (const Vpc &vpc : m_design.vpcs) {
        for (const QString &text : vpc.cidrBlocks) {
            const std::optional<Cidr> block = Cidr::parse(text);
            if (block && block->contains(address))
                return vpc.id;
        }
    }
    return QString();
}

TraceSide EndpointResolver::internetSide(const QString &id, const QString &kind,
                                         quint32 address) const
{
    TraceSide side;
    side.role = TraceSide::Role::Internet;
    side.id = id;
    side.kind = kind;
    side.address = address;
    side.publicIp = true;
    return side;
}

QString EndpointResolver::placeNote(const QString &id, const QStringList &subnets) const
{
    if (subnets.size() < 2)
        return QString();
    const QString list = subnets.join(QStringLiteral(", "));
    return m_design.kindOf(id) == ObjectKind::EcsService
               ? TracerText::tr("Tasks of %1 run in subnets %2; this trace follows the first, %3.")
                     .arg(id, list, subnets.first())
               : TracerText::tr("%1 has nodes in subnets %2; this trace follows the first, %3.")
                     .arg(id, list, subnets.first());
}

quint32 EndpointResolver::hostAddress(const QString &subnetId, const QString &objectId) const
{
    const Subnet *subnet = m_design.subnet(subnetId);
    const std::optional<Cidr> block = subnet ? Cidr::parse(subnet->cidr) : std::nullopt;
    if (!block)
        return 0;

    // Every object in the subnet gets its own address, in design order,
    // after the four addresses that AWS reserves at the start of a subnet.
    QStringList residents;
    for (const NatGateway &gateway : m_design.natGateways) {
        if (gateway.subnet == subnetId)
            residents.append(gateway.id);
    }
    for (const LoadBalancer &balancer : m_design.loadBalancers) {
        if (balancer.subnets.contains(subnetId))
            residents.append(balancer.id);
    }
    for (const EcsService &service : m_design.services) {
        if (service.subnets.contains(subnetId))
            residents.append(service.id);
    }
    for (const VpcEndpoint &endpoint : m_design.endpoints) {
        if (endpoint.subnets.contains(subnetId))
            residents.append(endpoint.id);
    }
    const int index = std::max(0, int(residents.indexOf(objectId)));
    return block->first() + 4 + quint32(index);
}

} // namespace vpcstudio
