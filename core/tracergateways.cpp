#include "tracergateways.h"

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

const InternetGateway *internetGateway(const Design &design, const QString &id)
{
    for (const InternetGateway &gateway : design.internetGateways) {
        if (gateway.id == id)
            return &gateway;
    }
    return nullptr;
}

QString publicIpFix(const TraceSide &side)
{
    switch (side.role) {
    case TraceSide::Role::Task:
        return TracerText::tr(
                   "Fix: turn on assignPublicIp for %1, or route 0.0.0.0/0 from subnet %2 to a NAT "
                   "gateway in a public subnet.")
            .arg(side.id, side.subnet);
    case TraceSide::Role::LoadBalancer:
        return TracerText::tr("Fix: make %1 internet-facing.").arg(side.id);
    case TraceSide::Role::NatGateway:
        return TracerText::tr("Fix: give %1 public connectivity and an Elastic IP.").arg(side.id);
    case TraceSide::Role::Address:
        return TracerText::tr(
                   "Fix: turn on mapPublicIpOnLaunch for subnet %1, or route 0.0.0.0/0 to a NAT "
                   "gateway in a public subnet.")
            .arg(side.subnet);
    case TraceSide::Role::InterfaceEndpoint:
    case TraceSide::Role::Internet:
        break;
    }
    return TracerText::tr(
               "Fix: route 0.0.0.0/0 from subnet %1 to a NAT gateway in a public subnet.")
        .arg(side.subnet);
}

// The reasons why a NAT gateway cannot reach the internet, one sentence each.
QStringList natProblems(const TraceContext &context, const NatGateway &gateway)
{
    QStringList problems;
    if (gateway.connectivity == NatConnectivity::Private)
        problems.append(
            TracerText::tr("It has private connectivity, so it never sends traffic to the "
                           "internet."));
    else if (gateway.elasticIp.isEmpty())
        problems.append(TracerText::tr("It has no Elastic IP."));

    const Subnet *subnet = context.design.subnet(gateway.subnet);
    if (!subnet || context.facts.routesToInternetGateway(*subnet))
        return problems;
    const Route *route = context.facts.routeFor(*subnet, RepresentativeInternetAddress);
    if (!route) {
        problems.append(
            TracerText::tr("Its subnet %1 has no route to the internet.").arg(gateway.subnet));
    } else {
        problems.append(
            TracerText::tr("Its subnet %1 sends %2 to %3, not to an internet gateway attached to "
                           "the VPC.")
                .arg(gateway.subnet, route->destination,
                     route->target.isEmpty() ? TracerText::tr("nothing") : route->target));
    }
    return problems;
}

const Listener *listenerOn(const LoadBalancer &balancer, int port)
{
    for (const Listener &listener : balancer.listeners) {
        if (listener.port == port)
            return &listener;
    }
    return nullptr;
}

QVector<const ListenerRule *> rulesByPriority(const Listener &listener)
{
    QVector<const ListenerRule *> rules;
    for (const ListenerRule &rule : listener.rules)
        rules.append(&rule);
    std::stable_sort(rules.begin(), rules.end(), [](const ListenerRule *a, const ListenerRule *b) {
        return a->priority < b->priority;
    });
    return rules;
}

// Returns the path pattern of `rule` that matches `path`, or the rule's
// first pattern when no path is given. A rule without path conditions
// yields an empty string, and a rule that does not match yields nullopt.
std::optional<QString> matchingPattern(const ListenerRule &rule, const QString &path)
{
    if (rule.pathPatterns.isEmpty())
        return QString();
    if (path.isEmpty())
        return rule.pathPatterns.first();
    for (const QString &pattern : rule.pathPatterns) {
        if (pathPatternMatches(pattern, path))
            return pattern;
    }
    return std::nullopt;
}

QString ruleReason(const Listener &listener, const ListenerRule &rule, const QString &pattern)
{
    QStringList conditions;
    if (!pattern.isEmpty())
        conditions.append(pattern);
    conditions += rule.hostHeaders;
    QString reason = QStringLiteral("listener %1 rule %2").arg(listener.port).arg(rule.priority);
    if (!conditions.isEmpty())
        reason += QLatin1Char(' ') + conditions.join(QLatin1Char(' '));
    return reason;
}

QString ruleDetail(const TraceContext &context, const LoadBalancer &balancer,
                   const Listener &listener, const ListenerRule &rule, const QString &pattern)
{
    QString detail =
        context.path.isEmpty()
            ? TracerText::tr(
                  "Listener %1 of %2 forwards to target group %3 by rule %4. No request path was "
                  "given, so the trace assumes a request that matches this first rule.")
                  .arg(listener.port)
                  .arg(balancer.id, rule.targetGroup)
                  .arg(rule.priority)
            : TracerText::tr(
                  "Listener %1 of %2 forwards path %3 to target group %4 by rule %5 (%6).")
                  .arg(listener.port)
                  .arg(balancer.id, context.path, rule.targetGroup)
                  .arg(rule.priority)
                  .arg(pattern.isEmpty() ? TracerText::tr("no path condition") : pattern);
    if (!rule.hostHeaders.isEmpty()) {
        detail += QLatin1Char(' ') +
                  TracerText::tr("The trace assumes that the request's Host header is %1.")
                      .arg(rule.hostHeaders.join(TracerText::tr(" or ")));
    }
    return detail;
}

QString fallbackTargetGroup(const Listener &listener)
{
    const QVector<const ListenerRule *> rules = rulesByPriority(listener);
    return rules.isEmpty() ? listener.defaultTargetGroup : rules.first()->targetGroup;
}

ListenerDecision decideRule(const TraceContext &context, const LoadBalancer &balancer,
                            const Listener &listener)
{
    // AWS compares path patterns with the path only, not the query string.
    const QString path = context.path.section(QLatin1Char('?'), 0, 0);
    for (const ListenerRule *rule : rulesByPriority(listener)) {
        const std::optional<QString> pattern = matchingPattern(*rule, path);
        if (!pattern)
            continue;
        return {passHop(balancer.id, QStringLiteral("listener"),
                        ruleReason(listener, *rule, *pattern),
                        ruleDetail(context, balancer, listener, *rule, *pattern)),
                rule->targetGroup};
    }

    if (!listener.defaultTargetGroup.isEmpty()) {
        return {passHop(balancer.id, QStringLiteral("listener"),
                        QStringLiteral("listener %1 default -> %2")
                            .arg(listener.port)
                            .arg(listener.defaultTargetGroup),
                        TracerText::tr(
                            "No rule of listener %1 of %2 matches the request, so its default "
                            "action forwards it to target group %3.")
                            .arg(listener.port)
                            .arg(balancer.id, listener.defaultTargetGroup)),
                listener.defaultTargetGroup};
    }

    const QString why =
        listener.rules.isEmpty()
            ? TracerText::tr(
                  "Listener %1 of %2 has no rules and no default target group, so it answers with "
                  "a fixed response and forwards nothing.")
                  .arg(listener.port)
                  .arg(balancer.id)
            : TracerText::tr(
                  "No rule of listener %1 of %2 matches path %3, and the listener has no default "
                  "target group.")
                  .arg(listener.port)
                  .arg(balancer.id, context.path);
    return {blockHop(balancer.id, QStringLiteral("listener"), "alb.no-matching-rule", "",
                     why + QLatin1Char(' ') +
                         TracerText::tr(
                             "Fix: add a rule whose path pattern matches the request, or set a "
                             "default target group.")),
            fallbackTargetGroup(listener)};
}

QString listenerPorts(const LoadBalancer &balancer)
{
    QStringList ports;
    for (const Listener &listener : balancer.listeners)
        ports.append(QString::number(listener.port));
    return ports.join(QStringLiteral(", "));
}

} // namespace

const InternetGateway *attachedInternetGateway(const Design &design, const QString &vpc)
{
    for (const InternetGateway &gateway : design.internetGateways) {
        if (!vpc.isEmpty() && gateway.vpc == vpc)
            return &gateway;
    }
    return nullptr;
}

QVector<TraceHop> internetGatewayEgressHops(const TraceContext &context, const RouteLookup &lookup,
                                            const TraceSide &side)
{
    const QString id = lookup.target();
    const QString kind = objectKindName(ObjectKind::InternetGateway);
    const InternetGateway *gateway = internetGateway(context.design, id);
    QVector<TraceHop> hops;
    if (!gateway || gateway->vpc != side.vpc) {
        hops.append(blockHop(
            id, kind, "igw.missing", "",
            TracerText::tr("Route table %1 sends the traffic to internet gateway %2, which "
                           "is not attached to %3. Fix: attach %2 to %3.")
                .arg(lookup.table ? lookup.table->id : lookup.subnet, id, side.vpc)));
    }
    if (!side.publicIp) {
        hops.append(
            blockHop(id, kind, "igw.no-public-ip", AwsCode::PublicIpForEgress,
                     TracerText::tr("%1 has no public IP, so internet gateway %2 cannot carry its "
                                    "traffic to the internet.")
                             .arg(side.id, id) +
                         QLatin1Char(' ') + publicIpFix(side)));
    }
    if (hops.isEmpty()) {
        hops.append(passHop(
            id, kind, QStringLiteral("%1 public IP of %2").arg(id, side.id),
            TracerText::tr("Internet gateway %1 is attached to %2 and carries the traffic of "
                           "%3, which has a public IP, to the internet.")
                .arg(id, side.vpc, side.id)));
    }
    return hops;
}

QVector<TraceHop> internetGatewayIngressHops(const TraceContext &context, const TraceSide &server)
{
    const InternetGateway *gateway = attachedInternetGateway(context.design, server.vpc);
    QVector<TraceHop> hops;
    if (!gateway) {
        hops.append(
            blockHop(server.vpc, objectKindName(ObjectKind::Vpc), "igw.missing", "",
                     TracerText::tr("VPC %1 has no internet gateway attached, so traffic from the "
                                    "internet cannot enter it. Fix: create an internet gateway and "
                                    "attach it to %1.")
                         .arg(server.vpc)));
    }
    const QString gatewayId = gateway ? gateway->id : server.id;
    const QString gatewayKind = gateway ? objectKindName(ObjectKind::InternetGateway) : server.kind;
    if (server.role == TraceSide::Role::LoadBalancer && !server.publicIp) {
        hops.append(blockHop(
            server.id, server.kind, "alb.internal-from-internet", AwsCode::PrivateIpForIngress,
            TracerText::tr("Load balancer %1 is internal, so it has only private addresses "
                           "and the internet cannot reach it. Fix: make it internet-facing "
                           "in public subnets, or trace from inside the VPC.")
                .arg(server.id)));
    } else if (!server.publicIp) {
        hops.append(blockHop(
            gatewayId, gatewayKind, "igw.no-public-ip", AwsCode::PrivateIpForIngress,
            TracerText::tr("%1 has no public IP, so the internet gateway has no address to "
                           "deliver traffic from the internet to. Fix: put an "
                           "internet-facing load balancer in front of it, or give it a "
                           "public IP in a public subnet.")
                .arg(server.id)));
    }
    if (hops.isEmpty()) {
        hops.append(passHop(
            gatewayId, gatewayKind, QStringLiteral("%1 -> %2").arg(gatewayId, server.id),
            TracerText::tr("Internet gateway %1 of %2 delivers traffic from the internet to "
                           "the public address of %3.")
                .arg(gatewayId, server.vpc, server.id)));
    }
    return hops;
}

TraceHop internetGatewayReplyHop(const QString &gateway, const TraceSide &side, bool inbound)
{
    TraceHop hop =
        inbound
            ? passHop(
                  gateway, objectKindName(ObjectKind::InternetGateway),
                  QStringLiteral("%1 -> %2").arg(gateway, side.id),
                  TracerText::tr("Internet gateway %1 delivers the reply from the internet to the "
                                 "public IP of %2.")
                      .arg(gateway, side.id))
            : passHop(gateway, objectKindName(ObjectKind::InternetGateway),
                      QStringLiteral("%1 -> internet").arg(gateway),
                      TracerText::tr("Internet gateway %1 carries the reply of %2 to the internet.")
                          .arg(gateway, side.id));
    hop.reply = true;
    return hop;
}

TraceHop natGatewayHop(const TraceContext &context, const NatGateway &gateway)
{
    const QString kind = objectKindName(ObjectKind::NatGateway);
    const QStringList problems = natProblems(context, gateway);
    if (!problems.isEmpty()) {
        return blockHop(
            gateway.id, kind, "nat.not-public", "",
            TracerText::tr("NAT gateway %1 cannot reach the internet.").arg(gateway.id) +
                QLatin1Char(' ') + problems.join(QLatin1Char(' ')) + QLatin1Char(' ') +
                TracerText::tr("Fix: use a public NAT gateway with an Elastic IP in a subnet "
                               "whose route table sends 0.0.0.0/0 to the VPC's internet "
                               "gateway."));
    }
    return passHop(
        gateway.id, kind, QStringLiteral("%1 public, %2").arg(gateway.id, gateway.elasticIp),
        TracerText::tr("Public NAT gateway %1 in subnet %2 replaces the source address with its "
                       "Elastic IP %3 and opens the connection to the internet.")
            .arg(gateway.id, gateway.subnet, gateway.elasticIp));
}

TraceHop natGatewayInboundHop(const NatGateway &gateway)
{
    return blockHop(
        gateway.id, objectKindName(ObjectKind::NatGateway), "nat.not-public", "",
        TracerText::tr("NAT gateway %1 forwards only connections that start inside the VPC and "
                       "drops connections that the internet opens. Fix: reach the service "
                       "through an internet-facing load balancer.")
            .arg(gateway.id));
}

TraceHop natGatewayReplyHop(const NatGateway &gateway, const TraceSide &client)
{
    TraceHop hop =
        passHop(gateway.id, objectKindName(ObjectKind::NatGateway),
                QStringLiteral("%1 tracked connection").arg(gateway.id),
                TracerText::tr("NAT gateway %1 maps the reply to the connection it opened and "
                               "forwards it to %2.")
                    .arg(gateway.id, sideText(client)));
    hop.reply = true;
    return hop;
}

ListenerDecision decideListener(const TraceContext &context, const LoadBalancer &balancer, int port)
{
    if (const Listener *listener = listenerOn(balancer, port))
        return decideRule(context, balancer, *listener);

    const QString why =
        balancer.listeners.isEmpty()
            ? TracerText::tr("Load balancer %1 has no listeners.").arg(balancer.id)
            : TracerText::tr(
                  "Load balancer %1 has no listener on port %2; its listeners are on %3.")
                  .arg(balancer.id)
                  .arg(port)
                  .arg(listenerPorts(balancer));
    const TraceHop hop = blockHop(
        balancer.id, QStringLiteral("listener"), "alb.no-listener", AwsCode::ListenersMismatch,
        why + QLatin1Char(' ') +
            TracerText::tr("Fix: add a listener on port %1, or send the traffic to a port that has "
                           "one.")
                .arg(port));
    const QString next =
        balancer.listeners.isEmpty() ? QString() : fallbackTargetGroup(balancer.listeners.first());
    return {hop, next};
}

bool pathPatternMatches(const QString &pattern, const QString &path)
{
    // Greedy matching that returns to the last * on a mismatch.
    int p = 0;
    int s = 0;
    int star = -1;
    int resume = 0;
    while (s < path.size()) {
        if (p < pattern.size() && (pattern[p] == QLatin1Char('?') || pattern[p] == path[s])) {
            ++p;
            ++s;
        } else if (p < pattern.size() && pattern[p] == QLatin1Char('*')) {
            star = p++;
            resume = s;
        } else if (star >= 0) {
            p = star + 1;
            s = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

} // namespace vpcstudio
