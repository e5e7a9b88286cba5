#include "tracerendpoints.h"

#include <QCoreApplication>

namespace vpcstudio {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vpcstudio::Tracer", text);
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
    return tr("use internet, an object id of the design, a Cloud Map name such as "
              "NAME.NAMESPACE, or an IPv4 address");
}

// Image pulls connect to the registry endpoint (ecr.dkr); only its private
// DNS name makes the repository's host name resolve to the endpoint.
const VpcEndpoint *registryEndpoint(const Design &design, const QString &vpc)
{
    for (const VpcEndpoint &endpoint : design.endpoints) {
        if (endpoint.vpc == vpc && endpoint.type == EndpointType::Interface &&
            endpoint.privateDns && endpoint.service == QLatin1String("ecr.dkr") &&
            !endpoint.subnets.isEmpty())
            return &endpoint;
    }
    return nullptr;
}

} // namespace

EndpointResolver::EndpointResolver(const Design &design) : m_design(design)
{}

std::optional<ResolvedEndpoint>
EndpointResolver::resolve(const QString &text, const TraceSide *source, InputError *error) const
{
    if (m_design.kindOf(text) != ObjectKind::None)
        return resolveObject(text, source, error);
    if (text == QLatin1String("internet")) {
        return ResolvedEndpoint{
            internetSide(text, QStringLiteral("internet"), RepresentativeInternetAddress),
            {},
            nullptr,
            {}};
    }
    for (const CloudMapService &entry : m_design.cloudMapServices) {
        const CloudMapNamespace *space = m_design.cloudMapNamespace(entry.namespaceId);
        if (space && text == entry.name + QLatin1Char('.') + space->name)
            return resolveCloudMap(text, error);
    }
    if (const std::optional<quint32> address = Cidr::parseAddress(text))
        return ResolvedEndpoint{addressSide(text, *address), {}, nullptr, {}};
    return fail(error, tr("unknown endpoint \"%1\" (endpoint.unknown)").arg(text), unknownHint());
}

std::optional<ResolvedEndpoint>
EndpointResolver::resolveObject(const QString &id, const TraceSide *source, InputError *error) const
{
    const ObjectKind kind = m_design.kindOf(id);
    const QString kindName = objectKindName(kind);
    for (const ExternalHost &host : m_design.externalHosts) {
        if (host.id != id)
            continue;
        const std::optional<quint32> address = Cidr::parseAddress(host.address);
        return ResolvedEndpoint{
            internetSide(id, kindName, address.value_or(RepresentativeInternetAddress)),
            {},
            nullptr,
            {}};
    }
    if (kind == ObjectKind::Pipeline || kind == ObjectKind::InternetGateway)
        return ResolvedEndpoint{
            internetSide(id, kindName, RepresentativeInternetAddress), {}, nullptr, {}};
    if (kind == ObjectKind::EcrRepository)
        return resolveRepository(id, source);

    for (const EcsService &service : m_design.services) {
        if (service.id != id)
            continue;
        if (service.subnets.isEmpty())
            return fail(error,
                        tr("service %1 has no subnets, so it has no address to trace "
                           "(endpoint.unknown)")
                            .arg(id),
                        tr("give the service at least one subnet"));
        return ResolvedEndpoint{serviceSide(service), {}, nullptr, {}};
    }
    for (const LoadBalancer &balancer : m_design.loadBalancers) {
        if (balancer.id != id)
            continue;
        if (balancer.subnets.isEmpty())
            return fail(error,
                        tr("load balancer %1 has no subnets, so it has no address to "
                           "trace (endpoint.unknown)")
                            .arg(id),
                        tr("give the load balancer subnets in two availability zones"));
        return ResolvedEndpoint{loadBalancerSide(balancer), {}, nullptr, {}};
    }
    for (const NatGateway &gateway : m_design.natGateways) {
        if (gateway.id == id)
            return ResolvedEndpoint{natSide(gateway), {}, nullptr, {}};
    }
    for (const VpcEndpoint &endpoint : m_design.endpoints) {
        if (endpoint.id == id && endpoint.type == EndpointType::Interface &&
            !endpoint.subnets.isEmpty())
            return ResolvedEndpoint{interfaceEndpointSide(endpoint, source), {}, nullptr, {}};
    }
    for (const CloudMapService &entry : m_design.cloudMapServices) {
        const CloudMapNamespace *space = m_design.cloudMapNamespace(entry.namespaceId);
        if (entry.id == id && space)
            return resolveCloudMap(entry.name + QLatin1Char('.') + space->name, error);
    }
    return fail(error,
                tr("\"%1\" is a %2, where traffic cannot start or end (endpoint.unknown)")
                    .arg(id, kindName),
                tr("use a service, load balancer, NAT gateway, interface endpoint, outside party, "
                   "Cloud Map name or IPv4 address"));
}

std::optional<ResolvedEndpoint> EndpointResolver::resolveCloudMap(const QString &name,
                                                                  InputError *error) const
{
    for (const CloudMapService &entry : m_design.cloudMapServices) {
        const CloudMapNamespace *space = m_design.cloudMapNamespace(entry.namespaceId);
        if (!space || name != entry.name + QLatin1Char('.') + space->name)
            continue;
        for (const EcsService &service : m_design.services) {
            if (service.cloudMapService == entry.id && !service.subnets.isEmpty())
                return ResolvedEndpoint{serviceSide(service), name, space, {}};
        }
        return fail(error,
                    tr("no service with subnets registers in Cloud Map service %1, so \"%2\" "
                       "resolves to no address (endpoint.unknown)")
                        .arg(entry.id, name),
                    tr("set cloudMapService: %1 on the service that should answer").arg(entry.id));
    }
    return fail(error, tr("unknown endpoint \"%1\" (endpoint.unknown)").arg(name), unknownHint());
}

std::optional<ResolvedEndpoint> EndpointResolver::resolveRepository(const QString &id,
                                                                    const TraceSide *source) const
{
    // A repository's host name resolves to AWS's public ECR endpoint, unless
    // the source's VPC has an ecr.dkr interface endpoint with private DNS.
    const VpcEndpoint *endpoint =
        source && source->insideVpc() ? registryEndpoint(m_design, source->vpc) : nullptr;
    if (!endpoint) {
        return ResolvedEndpoint{internetSide(id, objectKindName(ObjectKind::EcrRepository),
                                             RepresentativeInternetAddress),
                                {},
                                nullptr,
                                {}};
    }
    return ResolvedEndpoint{interfaceEndpointSide(*endpoint, source), {}, nullptr, id};
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
        side.note = tr("%1 has network interfaces in subnets %2; this trace uses the one in %3.")
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
        // NOTE: an address that no object owns is taken to have a public IP
        // exactly when its subnet assigns one on launch.
        side.publicIp = subnet.mapPublicIpOnLaunch;
        side.note = tr("No object of the design owns %1, so no security group is checked "
                       "there.")
                        .arg(text);
        return side;
    }
    return internetSide(text, QStringLiteral("address"), address);
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
    return tr("%1 runs in subnets %2; this trace follows the first, %3.")
        .arg(id, subnets.join(QStringLiteral(", ")), subnets.first());
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
