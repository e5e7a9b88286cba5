#include "tracer.h"

#include "tracergateways.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>

namespace vpcstudio {

namespace {

// The translation context of this file's messages; lupdate files the
// strings under it because each call names it.
struct TracerText
{
    Q_DECLARE_TR_FUNCTIONS(vpcstudio::Tracer)
};

constexpr int DefaultPort = 443;
constexpr int MaxPort = 65535;

const NatGateway *natGateway(const Design &design, const QString &id)
{
    for (const NatGateway &gateway : design.natGateways) {
        if (gateway.id == id)
            return &gateway;
    }
    return nullptr;
}

const LoadBalancer *loadBalancer(const Design &design, const QString &id)
{
    for (const LoadBalancer &balancer : design.loadBalancers) {
        if (balancer.id == id)
            return &balancer;
    }
    return nullptr;
}

const EcsService *firstTarget(const Design &design, const QString &targetGroup)
{
    for (const EcsService &service : design.services) {
        if (!targetGroup.isEmpty() && service.targetGroups.contains(targetGroup) &&
            !service.subnets.isEmpty())
            return &service;
    }
    return nullptr;
}

// The VPC block that holds an address, for fixes that name a peer VPC.
QString vpcBlockFor(const Design &design, const QString &vpcId, quint32 address)
{
    if (const Vpc *vpc = design.vpc(vpcId)) {
        for (const QString &text : vpc->cidrBlocks) {
            const std::optional<Cidr> block = Cidr::parse(text);
            if (block && block->contains(address))
                return text;
        }
    }
    return Cidr::addressToString(address) + QStringLiteral("/32");
}

bool peeringConnects(const Design &design, const QString &id, const QString &vpcA,
                     const QString &vpcB)
{
    for (const VpcPeering &peering : design.peerings) {
        if (peering.id == id)
            return (peering.requesterVpc == vpcA && peering.accepterVpc == vpcB) ||
                   (peering.requesterVpc == vpcB && peering.accepterVpc == vpcA);
    }
    return false;
}

// Returns the subnet of a target that a load balancer forwards to. A subnet
// in the balancer node's own zone comes first, then one in another zone
// that the balancer has a subnet in. Empty means no zone of the target is
// enabled on the balancer.
QString targetSubnet(const Design &design, const LoadBalancer &balancer,
                     const EcsService &target, const QString &balancerSubnet)
{
    const Subnet *node = design.subnet(balancerSubnet);
    QStringList zones;
    for (const QString &id : balancer.subnets) {
        if (const Subnet *subnet = design.subnet(id))
            zones.append(subnet->zone);
    }
    QString other;
    for (const QString &id : target.subnets) {
        const Subnet *subnet = design.subnet(id);
        if (!subnet || !zones.contains(subnet->zone))
            continue;
        if (node && subnet->zone == node->zone)
            return id;
        if (other.isEmpty())
            other = id;
    }
    return other;
}

// An endpoint and the port written after it, as in "svc-api:8080".
struct EndpointText
{
    QString name;
    int port = -1;
};

EndpointText splitPort(const EndpointResolver &resolver, const QString &text)
{
    const int colon = int(text.lastIndexOf(QLatin1Char(':')));
    if (resolver.recognizes(text) || colon <= 0)
        return {text, -1};
    bool ok = false;
    const int port = text.mid(colon + 1).toInt(&ok);
    if (!ok || port < 0 || port > MaxPort)
        return {text, -1};
    return {text.left(colon), port};
}

// True when `text` is a known endpoint followed by ":PORT" whose port is
// not a number from 0 to 65535, so that the user hears about the port and
// not about an unknown endpoint.
bool hasInvalidPort(const EndpointResolver &resolver, const QString &text)
{
    const int colon = int(text.lastIndexOf(QLatin1Char(':')));
    if (colon <= 0 || resolver.recognizes(text) || !resolver.recognizes(text.left(colon)))
        return false;
    bool ok = false;
    const int port = text.mid(colon + 1).toInt(&ok);
    return !ok || port < 0 || port > MaxPort;
}

// Builds the hops of one trace. Each leg appends its forward hops at once
// and queues a function that appends its reply hops. The queued functions
// run last to first, because the reply travels the legs in reverse.
class Tracer
{
public:
    Tracer(const TraceContext &context, const EndpointResolver &resolver)
        : m_context(context), m_resolver(resolver)
    {}

    QVector<TraceHop> run(const ResolvedEndpoint &source, const ResolvedEndpoint &destination,
                          int port);

private:
    void add(const TraceHop &hop) { m_hops.append(hop); }
    void addReply(TraceHop hop);
    void checkDns(const TraceSide &source, const ResolvedEndpoint &destination);
    void traceLeg(const TraceSide &client, const TraceSide &server, int port);
    void insideLeg(const TraceSide &client, const TraceSide &server, int port);
    void insideRoute(const TraceSide &from, const TraceSide &to, bool reply);
    void egressLeg(const TraceSide &client, const TraceSide &host, int port);
    QString egressRoute(const TraceSide &client, const TraceSide &host, const RouteLookup &lookup);
    void gatewayEndpointStage(const RouteLookup &lookup, const TraceSide &host);
    void natLeg(const TraceSide &client, const NatGateway &gateway, const TraceSide &host,
                int port);
    void ingressLeg(const TraceSide &host, const TraceSide &server, int port);
    void replyToInternet(const TraceSide &server, const TraceSide &host);
    std::optional<TraceSide> loadBalancerStage(const TraceSide &balancerSide, int port,
                                               int *targetPort);
    void arrive(const TraceSide &side, const ResolvedEndpoint &destination, int port);

    const TraceContext &m_context;
    const EndpointResolver &m_resolver;
    QVector<TraceHop> m_hops;
    QVector<std::function<void()>> m_replies;
    QString m_gatewayEndpoint; // the gateway endpoint that carried the traffic, if any
};

QVector<TraceHop> Tracer::run(const ResolvedEndpoint &source, const ResolvedEndpoint &destination,
                              int port)
{
    const TraceSide &from = source.side;
    const TraceSide &to = destination.side;
    if (destination.space)
        checkDns(from, destination);

    if (!from.insideVpc() && !to.insideVpc()) {
        add(passHop(to.id, to.kind, QStringLiteral("outside every VPC"),
                    TracerText::tr(
                        "Both %1 and %2 are outside every VPC, so no setting of this design is on "
                        "the path.")
                        .arg(from.id, to.id)));
    } else {
        traceLeg(from, to, port);
        TraceSide arrival = to;
        int arrivalPort = port;
        if (to.role == TraceSide::Role::LoadBalancer) {
            if (std::optional<TraceSide> target = loadBalancerStage(to, port, &arrivalPort))
                arrival = *target;
        }
        arrive(arrival, destination, arrivalPort);
    }
    if (!from.note.isEmpty())
        m_hops.first().detail += QLatin1Char(' ') + from.note;

    for (int i = int(m_replies.size()) - 1; i >= 0; --i)
        m_replies[i]();
    addReply(passHop(from.id, from.kind, QStringLiteral("reply delivered"),
                     TracerText::tr("The reply reaches %1.").arg(sideText(from))));
    return m_hops;
}

// Appends a reply hop unless it repeats the one before, as when a load
// balancer's security group passes the reply from its target and then the
// reply to its client.
void Tracer::addReply(TraceHop hop)
{
    hop.reply = true;
    if (!m_hops.isEmpty()) {
        const TraceHop &last = m_hops.last();
        if (last.reply && last.object == hop.object && last.reason == hop.reason &&
            last.verdict == hop.verdict)
            return;
    }
    m_hops.append(hop);
}

void Tracer::checkDns(const TraceSide &source, const ResolvedEndpoint &destination)
{
    const CloudMapNamespace &space = *destination.space;
    const QString kind = objectKindName(ObjectKind::CloudMapNamespace);
    const QString name = destination.dnsName;
    if (!source.insideVpc() || source.vpc != space.vpc) {
        const QString namespaceVpc = space.vpc.isEmpty() ? TracerText::tr("its VPC") : space.vpc;
        const QString why =
            TracerText::tr("%1 is a name in private namespace %2, which resolves only inside "
                           "%3, and %4 is %5.")
                .arg(name, space.name, namespaceVpc, source.id,
                     source.insideVpc() ? TracerText::tr("in %1").arg(source.vpc)
                                        : TracerText::tr("outside every VPC"));
        const QString fix =
            source.insideVpc()
                ? TracerText::tr("Fix: call it from inside %1, or associate namespace %2 with %3.")
                      .arg(namespaceVpc, space.id, source.vpc)
                : TracerText::tr(
                      "Fix: call it from inside %1, because names of a private namespace never "
                      "resolve on the internet.")
                      .arg(namespaceVpc);
        add(blockHop(space.id, kind, "dns.not-resolvable", "", why + QLatin1Char(' ') + fix));
        return;
    }

    const Vpc *vpc = m_context.design.vpc(space.vpc);
    QStringList off;
    if (vpc && !vpc->dnsSupport)
        off.append(QStringLiteral("enableDnsSupport"));
    if (vpc && !vpc->dnsHostnames)
        off.append(QStringLiteral("enableDnsHostnames"));
    if (!off.isEmpty()) {
        add(blockHop(space.id, kind, "dns.not-resolvable", "",
                     TracerText::tr(
                         "%1 is a name in private namespace %2 of %3, but %3 has %4 turned off, so "
                         "the name does not resolve. Fix: turn on DNS support and DNS hostnames "
                         "for %3.")
                         .arg(name, space.name, space.vpc, off.join(TracerText::tr(" and ")))));
        return;
    }
    add(passHop(space.id, kind, QStringLiteral("%1 -> %2").arg(name, destination.side.id),
                TracerText::tr(
                    "The Amazon-provided DNS server of %1 resolves %2, in private namespace %3, to "
                    "the tasks of %4.")
                    .arg(space.vpc, name, space.name, destination.side.id)));
}

// NOTE: a client inside a VPC reaches every load balancer at the private
// address of its node. For an internet-facing one, AWS DNS returns public
// addresses instead, so the real path leaves through a NAT or internet
// gateway and comes back in.
void Tracer::traceLeg(const TraceSide &client, const TraceSide &server, int port)
{
    if (client.insideVpc() && server.insideVpc())
        insideLeg(client, server, port);
    else if (client.insideVpc())
        egressLeg(client, server, port);
    else
        ingressLeg(client, server, port);
}

void Tracer::insideLeg(const TraceSide &client, const TraceSide &server, int port)
{
    const TraceContext &context = m_context;
    const bool crosses = client.subnet != server.subnet;
    TraceHop egress;
    if (client.filtered) {
        egress = securityGroupHop(context, client, Direction::Outbound, server, port);
        add(egress);
    }
    if (crosses)
        add(networkAclHop(context, client.subnet, Direction::Outbound, server.address, port,
                          false));
    insideRoute(client, server, false);
    if (crosses)
        add(networkAclHop(context, server.subnet, Direction::Inbound, client.address, port, false));
    TraceHop ingress;
    if (server.filtered) {
        ingress = securityGroupHop(context, server, Direction::Inbound, client, port);
        add(ingress);
    }

    m_replies.append([this, client, server, crosses, egress, ingress]() {
        const int back = m_context.sourcePort;
        if (server.filtered)
            addReply(statefulReplyHop(server, ingress));
        if (crosses)
            addReply(networkAclHop(m_context, server.subnet, Direction::Outbound, client.address,
                                   back, true));
        insideRoute(server, client, true);
        if (crosses)
            addReply(networkAclHop(m_context, client.subnet, Direction::Inbound, server.address,
                                   back, true));
        if (client.filtered)
            addReply(statefulReplyHop(client, egress));
    });
}

void Tracer::insideRoute(const TraceSide &from, const TraceSide &to, bool reply)
{
    const RouteLookup lookup = lookupRoute(m_context, from.subnet, to.address);
    const QString fix =
        TracerText::tr("%1 to a VPC peering connection between %2 and %3")
            .arg(vpcBlockFor(m_context.design, to.vpc, to.address), from.vpc, to.vpc);
    TraceHop hop = routeHop(m_context, lookup, to.address, fix);
    if (hop.verdict == HopVerdict::Pass && lookup.local && from.vpc != to.vpc) {
        hop = misroutedHop(
            lookup, to.address,
            TracerText::tr("%1 is in %2, whose block overlaps %3, so the traffic never leaves "
                           "%3")
                .arg(to.id, to.vpc, from.vpc),
            fix);
    } else if (hop.verdict == HopVerdict::Pass && !lookup.local &&
               (lookup.targetKind != ObjectKind::VpcPeering ||
                !peeringConnects(m_context.design, lookup.target(), from.vpc, to.vpc))) {
        hop = misroutedHop(
            lookup, to.address,
            TracerText::tr("%1 is in %2, which only the local route or a peering connection "
                           "between %3 and %2 leads to")
                .arg(to.id, to.vpc, from.vpc),
            fix);
    }
    if (reply)
        addReply(hop);
    else
        add(hop);
}

void Tracer::egressLeg(const TraceSide &client, const TraceSide &host, int port)
{
    const TraceContext &context = m_context;
    const RouteLookup lookup =
        lookupRoute(context, client.subnet, host.address, host.prefixLists);
    const bool usable = lookup.found() && !lookup.blackhole() && !lookup.local;
    const NatGateway *nat = usable && lookup.targetKind == ObjectKind::NatGateway
                                ? natGateway(context.design, lookup.target())
                                : nullptr;
    // Traffic to a NAT gateway in the client's own subnet never crosses
    // that subnet's network ACL on its way out.
    const bool crosses = !nat || nat->subnet != client.subnet;

    TraceHop egress;
    if (client.filtered) {
        egress = securityGroupHop(context, client, Direction::Outbound, host, port);
        add(egress);
    }
    if (crosses)
        add(networkAclHop(context, client.subnet, Direction::Outbound, host.address, port, false));

    const QString viaGateway = egressRoute(client, host, lookup);

    m_replies.append([this, client, host, egress, viaGateway, crosses]() {
        if (!viaGateway.isEmpty())
            addReply(internetGatewayReplyHop(viaGateway, client, true));
        if (crosses)
            addReply(networkAclHop(m_context, client.subnet, Direction::Inbound, host.address,
                                   m_context.sourcePort, true));
        if (client.filtered)
            addReply(statefulReplyHop(client, egress));
    });
    if (nat)
        natLeg(client, *nat, host, port);
}

// Adds the route hop of traffic to the internet and, for a route to an
// internet gateway, the gateway's hops. Returns that gateway's id, or an
// empty string when the route leads elsewhere.
QString Tracer::egressRoute(const TraceSide &client, const TraceSide &host,
                            const RouteLookup &lookup)
{
    const QString fix =
        TracerText::tr("0.0.0.0/0 to a NAT gateway in a public subnet or to the VPC's "
                       "internet gateway");
    const bool usable = lookup.found() && !lookup.blackhole() && !lookup.local;
    if (!usable || lookup.targetKind == ObjectKind::NatGateway) {
        add(routeHop(m_context, lookup, host.address, fix));
        return QString();
    }
    if (lookup.targetKind == ObjectKind::VpcEndpoint && !host.awsService.isEmpty()) {
        gatewayEndpointStage(lookup, host);
        return QString();
    }
    if (lookup.targetKind != ObjectKind::InternetGateway) {
        add(misroutedHop(
            lookup, host.address,
            TracerText::tr("%1 is on the internet, which only an internet gateway or a NAT "
                           "gateway leads to")
                .arg(host.id),
            fix));
        return QString();
    }
    add(routeHop(m_context, lookup, host.address, fix));
    for (const TraceHop &hop : internetGatewayEgressHops(m_context, lookup, client))
        add(hop);
    return lookup.target();
}

// A gateway endpoint hands traffic for its service's prefix list to the
// service inside AWS's network, so no public address is needed.
void Tracer::gatewayEndpointStage(const RouteLookup &lookup, const TraceSide &host)
{
    const VpcEndpoint *endpoint = nullptr;
    for (const VpcEndpoint &candidate : m_context.design.endpoints) {
        if (candidate.id == lookup.target())
            endpoint = &candidate;
    }
    if (!endpoint || endpoint->type != EndpointType::Gateway ||
        endpoint->service != host.awsService) {
        add(misroutedHop(lookup, host.address,
                         TracerText::tr("%1 is not a gateway endpoint of %2")
                             .arg(lookup.target(), host.awsService),
                         TracerText::tr("prefix list %1 to a gateway endpoint of %2")
                             .arg(host.prefixLists.value(0), host.awsService)));
        return;
    }
    add(routeHop(m_context, lookup, host.address, QString()));
    add(passHop(endpoint->id, objectKindName(ObjectKind::VpcEndpoint),
                QStringLiteral("gateway endpoint %1").arg(endpoint->service),
                TracerText::tr("Gateway endpoint %1 hands the traffic to %2 inside the AWS "
                               "network, so no public IP or NAT gateway is needed.")
                    .arg(endpoint->id, endpoint->service)));
    m_gatewayEndpoint = endpoint->id;
}

void Tracer::natLeg(const TraceSide &client, const NatGateway &gateway, const TraceSide &host,
                    int port)
{
    const TraceContext &context = m_context;
    const TraceSide natSide = m_resolver.natSide(gateway);
    const bool crosses = gateway.subnet != client.subnet;
    if (crosses)
        add(networkAclHop(context, gateway.subnet, Direction::Inbound, client.address, port,
                          false));
    const TraceHop natHop = natGatewayHop(context, gateway);
    add(natHop);
    add(networkAclHop(context, gateway.subnet, Direction::Outbound, host.address, port, false));

    // A NAT gateway that cannot reach the internet has already blocked with
    // every reason why, so its route and gateway are shown only when they
    // pass, not blocked a second time.
    const RouteLookup lookup =
        lookupRoute(context, gateway.subnet, host.address, host.prefixLists);
    QString viaGateway;
    if (lookup.found() && !lookup.local && lookup.targetKind == ObjectKind::InternetGateway) {
        const QVector<TraceHop> gatewayHops = internetGatewayEgressHops(context, lookup, natSide);
        const bool passes = gatewayHops.size() == 1 && gatewayHops[0].verdict == HopVerdict::Pass;
        if (passes || natHop.verdict == HopVerdict::Pass) {
            add(routeHop(context, lookup, host.address, QString()));
            for (const TraceHop &hop : gatewayHops)
                add(hop);
        }
        viaGateway = lookup.target();
    }

    // NOTE: NAT gateways and load balancers map each connection to a source
    // port of their own (REMAP_EPHEMERAL_PORT in Reachability Analyzer), but
    // the trace checks replies on the client's source port on every leg.
    m_replies.append([this, client, gateway, host, natSide, crosses, viaGateway]() {
        const int back = m_context.sourcePort;
        if (!viaGateway.isEmpty())
            addReply(internetGatewayReplyHop(viaGateway, natSide, true));
        addReply(
            networkAclHop(m_context, gateway.subnet, Direction::Inbound, host.address, back, true));
        addReply(natGatewayReplyHop(gateway, client));
        if (crosses)
            addReply(networkAclHop(m_context, gateway.subnet, Direction::Outbound, client.address,
                                   back, true));
        insideRoute(natSide, client, true);
    });
}

void Tracer::ingressLeg(const TraceSide &host, const TraceSide &server, int port)
{
    const TraceContext &context = m_context;
    for (const TraceHop &hop : internetGatewayIngressHops(context, server))
        add(hop);
    add(networkAclHop(context, server.subnet, Direction::Inbound, host.address, port, false));

    TraceHop ingress;
    const NatGateway *nat = server.role == TraceSide::Role::NatGateway
                                ? natGateway(context.design, server.id)
                                : nullptr;
    if (nat) {
        add(natGatewayInboundHop(*nat));
    } else if (server.filtered) {
        ingress = securityGroupHop(context, server, Direction::Inbound, host, port);
        add(ingress);
    }

    m_replies.append([this, host, server, ingress]() {
        if (server.filtered)
            addReply(statefulReplyHop(server, ingress));
        addReply(networkAclHop(m_context, server.subnet, Direction::Outbound, host.address,
                               m_context.sourcePort, true));
        replyToInternet(server, host);
    });
}

// Replies to a client on the internet must leave through the internet
// gateway that the request came in by. A route to a NAT gateway would
// change their source address, so the client would drop them.
void Tracer::replyToInternet(const TraceSide &server, const TraceSide &host)
{
    const Design &design = m_context.design;
    const RouteLookup lookup = lookupRoute(m_context, server.subnet, host.address);
    const InternetGateway *gateway = attachedInternetGateway(design, server.vpc);
    const QString gatewayText = gateway ? gateway->id : TracerText::tr("an internet gateway");
    const QString fix = TracerText::tr("0.0.0.0/0 to %1").arg(gatewayText);
    TraceHop hop = routeHop(m_context, lookup, host.address, fix);
    const bool toGateway = !lookup.local && lookup.targetKind == ObjectKind::InternetGateway;
    if (hop.verdict == HopVerdict::Pass && !toGateway) {
        hop = misroutedHop(
            lookup, host.address,
            TracerText::tr("replies to %1 must leave through %2, the way the request came in")
                .arg(host.id, gatewayText),
            fix);
    }
    addReply(hop);
    if (hop.verdict == HopVerdict::Block || !toGateway)
        return;

    // Without any attached gateway the request has already blocked with
    // igw.missing, and the same fix also serves the reply.
    if (!gateway)
        return;
    if (gateway->id != lookup.target()) {
        addReply(blockHop(
            lookup.target(), objectKindName(ObjectKind::InternetGateway), "igw.missing", "",
            TracerText::tr("Route table %1 sends the reply to internet gateway %2, which is not "
                           "attached to %3. Fix: route 0.0.0.0/0 to %4, the gateway attached "
                           "to %3.")
                .arg(hop.object, lookup.target(), server.vpc, gateway->id)));
        return;
    }
    addReply(internetGatewayReplyHop(gateway->id, server, false));
}

std::optional<TraceSide> Tracer::loadBalancerStage(const TraceSide &balancerSide, int port,
                                                   int *targetPort)
{
    const Design &design = m_context.design;
    const LoadBalancer *balancer = loadBalancer(design, balancerSide.id);
    if (!balancer)
        return std::nullopt;

    ListenerDecision decision = decideListener(m_context, *balancer, port);
    if (!balancerSide.note.isEmpty())
        decision.hop.detail += QLatin1Char(' ') + balancerSide.note;
    const EcsService *target = firstTarget(design, decision.targetGroup);
    if (!target && !decision.targetGroup.isEmpty()) {
        decision.hop.detail +=
            QLatin1Char(' ') +
            TracerText::tr("No service with subnets registers in target group %1, so the "
                           "load balancer has no target to forward to, and the trace "
                           "ends here.")
                .arg(decision.targetGroup);
    }
    add(decision.hop);
    if (!target)
        return std::nullopt;

    // A load balancer sends traffic only to targets in the zones it has a
    // subnet in, from the node in the client's zone where it can.
    const QString subnet = targetSubnet(design, *balancer, *target, balancerSide.subnet);
    if (subnet.isEmpty()) {
        add(blockHop(balancer->id, objectKindName(ObjectKind::LoadBalancer),
                     "alb.target-zone-disabled", "",
                     TracerText::tr("Tasks of %1 run only in subnets %2, and load balancer %3 has "
                                    "no subnet in their zones, so it never sends them traffic. "
                                    "Fix: add a subnet of a zone of %1 to %3.")
                         .arg(target->id, target->subnets.join(QStringLiteral(", ")),
                              balancer->id)));
    }
    // ECS registers each task with its container port, whatever port the
    // target group names.
    TraceSide targetSide = m_resolver.serviceSide(*target);
    if (!subnet.isEmpty() && subnet != targetSide.subnet) {
        targetSide = m_resolver.movedTo(targetSide, subnet);
        targetSide.note.clear();
    }
    *targetPort = target->containerPort;
    insideLeg(balancerSide, targetSide, target->containerPort);
    return targetSide;
}

void Tracer::arrive(const TraceSide &side, const ResolvedEndpoint &destination, int port)
{
    const QString traffic = trafficText(m_context.protocol, port);
    QString detail;
    if (!destination.repository.isEmpty()) {
        detail = TracerText::tr(
                     "%1 reaches ECR repository %2 through interface endpoint %3 in subnet %4.")
                     .arg(traffic, destination.repository, side.id, side.subnet);
    } else if (!destination.awsService.isEmpty()) {
        detail = TracerText::tr("%1 reaches %2 through interface endpoint %3 in subnet %4.")
                     .arg(traffic, destination.awsService, side.id, side.subnet);
    } else if (!m_gatewayEndpoint.isEmpty()) {
        detail = TracerText::tr("%1 reaches %2 through gateway endpoint %3.")
                     .arg(traffic, side.awsService, m_gatewayEndpoint);
    } else if (side.insideVpc()) {
        detail =
            TracerText::tr("%1 reaches %2 in subnet %3.").arg(traffic, sideText(side), side.subnet);
    } else {
        detail = TracerText::tr("%1 reaches %2 on the internet.").arg(traffic, sideText(side));
    }
    if (!side.note.isEmpty())
        detail += QLatin1Char(' ') + side.note;

    const bool viaEndpoint = !destination.repository.isEmpty();
    add(passHop(viaEndpoint ? destination.repository : side.id,
                viaEndpoint ? objectKindName(ObjectKind::EcrRepository) : side.kind,
                QStringLiteral("delivered"), detail));
}

bool isBlocked(const QVector<TraceHop> &hops)
{
    return std::any_of(hops.cbegin(), hops.cend(),
                       [](const TraceHop &hop) { return hop.verdict == HopVerdict::Block; });
}

// Tasks of a service run in each of its subnets, and each subnet may route
// and filter differently. The trace follows each one and shows the first
// where the flow is blocked, else the first.
QVector<TraceHop> traceEachPlacement(const TraceContext &context, const EndpointResolver &resolver,
                                     const ResolvedEndpoint &source, const QString &to, int port,
                                     QString *sourceSubnet)
{
    *sourceSubnet = source.side.subnet;
    QStringList subnets;
    for (const EcsService &service : context.design.services) {
        if (source.side.role == TraceSide::Role::Task && service.id == source.side.id)
            subnets = service.subnets;
    }
    if (subnets.size() < 2) {
        const std::optional<ResolvedEndpoint> destination =
            resolver.resolve(to, &source.side, nullptr);
        return Tracer(context, resolver).run(source, *destination, port);
    }

    QVector<TraceHop> chosen;
    QString chosenSubnet;
    for (const QString &subnet : subnets) {
        ResolvedEndpoint placed = source;
        placed.side = resolver.movedTo(source.side, subnet);
        placed.side.note.clear();
        const std::optional<ResolvedEndpoint> destination =
            resolver.resolve(to, &placed.side, nullptr);
        if (!destination)
            continue;
        QVector<TraceHop> hops = Tracer(context, resolver).run(placed, *destination, port);
        if (chosen.isEmpty() || (isBlocked(hops) && !isBlocked(chosen))) {
            chosen = hops;
            chosenSubnet = subnet;
        }
    }
    const QString list = subnets.join(QStringLiteral(", "));
    const QString note =
        isBlocked(chosen)
            ? TracerText::tr("Tasks of %1 run in subnets %2; each was traced, and this trace "
                             "shows %3, the first where the flow is blocked.")
                  .arg(source.side.id, list, chosenSubnet)
            : TracerText::tr("Tasks of %1 run in subnets %2; the flow passes from each, and "
                             "this trace shows %3.")
                  .arg(source.side.id, list, chosenSubnet);
    if (!chosen.isEmpty())
        chosen.first().detail += QLatin1Char(' ') + note;
    *sourceSubnet = chosenSubnet;
    return chosen;
}

} // namespace

bool TraceResult::reachable() const
{
    return blocks().isEmpty();
}

QVector<TraceHop> TraceResult::blocks() const
{
    QVector<TraceHop> found;
    for (const TraceHop &hop : hops) {
        if (hop.verdict == HopVerdict::Block)
            found.append(hop);
    }
    return found;
}

QString protocolName(Protocol protocol)
{
    switch (protocol) {
    case Protocol::All:
        return QStringLiteral("all");
    case Protocol::Tcp:
        return QStringLiteral("tcp");
    case Protocol::Udp:
        return QStringLiteral("udp");
    case Protocol::Icmp:
        return QStringLiteral("icmp");
    }
    return QStringLiteral("all");
}

std::optional<TraceResult> traceFlow(const Design &design, const TraceRequest &request,
                                     InputError *error)
{
    const EndpointResolver resolver(design);
    for (const QString &text : {request.from, request.to}) {
        if (hasInvalidPort(resolver, text)) {
            error->message =
                TracerText::tr("the port in \"%1\" is not a number from 0 to 65535").arg(text);
            error->hint = TracerText::tr("write the endpoint as ID:PORT, for example "
                                         "svc-api:8080");
            return std::nullopt;
        }
    }
    const EndpointText from = splitPort(resolver, request.from);
    const EndpointText to = splitPort(resolver, request.to);
    const std::optional<ResolvedEndpoint> source = resolver.resolve(from.name, nullptr, error);
    if (!source)
        return std::nullopt;
    const std::optional<ResolvedEndpoint> destination =
        resolver.resolve(to.name, &source->side, error);
    if (!destination)
        return std::nullopt;

    TraceResult result;
    result.from = from.name;
    result.to = to.name;
    result.protocol = request.protocol;
    result.port = request.port >= 0                ? request.port
                  : to.port >= 0                   ? to.port
                  : destination->side.ownPort >= 0 ? destination->side.ownPort
                                                   : DefaultPort;
    result.sourcePort = request.sourcePort >= 0 ? request.sourcePort
                        : from.port >= 0        ? from.port
                                                : DefaultSourcePort;

    TraceContext context(design);
    context.protocol = request.protocol;
    context.sourcePort = result.sourcePort;
    context.path = request.path;
    result.hops =
        traceEachPlacement(context, resolver, *source, to.name, result.port, &result.sourceSubnet);
    return result;
}

std::optional<QVector<FlowTrace>> traceDesignFlows(const Design &design, InputError *error)
{
    QVector<FlowTrace> traces;
    for (const Flow &flow : design.flows) {
        TraceRequest request;
        request.from = flow.from;
        request.to = flow.to;
        request.protocol = flow.protocol;
        request.port = flow.port;
        request.path = flow.path;
        std::optional<TraceResult> result = traceFlow(design, request, error);
        if (!result) {
            if (error)
                error->message = TracerText::tr("flow %1: %2").arg(flow.id, error->message);
            return std::nullopt;
        }
        traces.append(FlowTrace{flow.id, flow.name, *result});
    }
    return traces;
}

} // namespace vpcstudio
