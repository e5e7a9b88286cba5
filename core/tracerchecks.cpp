#include "tracerchecks.h"

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

// Clients take their source ports, and so receive their replies, in
// 1024-65535, the range that AWS advises network ACLs to open for replies
// (https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-vpc-network-acls.html).
constexpr int EphemeralFirst = 1024;
constexpr int EphemeralLast = 65535;

struct RuleMatch
{
    const SecurityGroup *group = nullptr;
    const SecurityGroupRule *rule = nullptr;
    int number = 0; // 1-based position in the group's list
};

bool ruleCovers(const SecurityGroupRule &rule, Protocol protocol, int port, const TraceSide &peer)
{
    if (!protocolCovers(rule.protocol, protocol))
        return false;
    const bool portMatches = rule.protocol == Protocol::All || rule.protocol == Protocol::Icmp ||
                             (rule.fromPort <= port && port <= rule.toPort);
    if (!portMatches)
        return false;
    switch (rule.peerKind) {
    case PeerKind::Cidr: {
        const std::optional<Cidr> block = Cidr::parse(rule.peer);
        return block && block->contains(peer.address);
    }
    case PeerKind::SecurityGroup:
        return peer.filtered && peer.groups.contains(rule.peer);
    case PeerKind::PrefixList:
        return peer.prefixLists.contains(rule.peer);
    }
    return false;
}

std::optional<RuleMatch> findRule(const Design &design, const TraceSide &side, Direction direction,
                                  Protocol protocol, int port, const TraceSide &peer)
{
    for (const QString &id : side.groups) {
        const SecurityGroup *group = design.securityGroup(id);
        if (!group)
            continue;
        const QVector<SecurityGroupRule> &rules =
            direction == Direction::Inbound ? group->ingress : group->egress;
        for (int i = 0; i < rules.size(); ++i) {
            if (ruleCovers(rules[i], protocol, port, peer))
                return RuleMatch{group, &rules[i], i + 1};
        }
    }
    return std::nullopt;
}

QString portsText(Protocol protocol, int from, int to)
{
    if (protocol == Protocol::All)
        return TracerText::tr("all traffic");
    if (protocol == Protocol::Icmp)
        return QStringLiteral("ICMP");
    const QString name = protocolName(protocol).toUpper();
    return from == to ? QStringLiteral("%1 %2").arg(name).arg(from)
                      : QStringLiteral("%1 %2-%3").arg(name).arg(from).arg(to);
}

QString ruleText(const SecurityGroupRule &rule, Direction direction)
{
    QString peer = rule.peer;
    if (rule.peerKind == PeerKind::SecurityGroup)
        peer = TracerText::tr("security group %1").arg(rule.peer);
    else if (rule.peerKind == PeerKind::PrefixList)
        peer = TracerText::tr("prefix list %1").arg(rule.peer);
    const QString ports = portsText(rule.protocol, rule.fromPort, rule.toPort);
    return direction == Direction::Inbound ? TracerText::tr("%1 from %2").arg(ports, peer)
                                           : TracerText::tr("%1 to %2").arg(ports, peer);
}

// Returns the peer that a rule admitting `peer` should name: its security
// group when it has one, else a CIDR block.
QString rulePeerText(const Design &design, const TraceSide &peer)
{
    if (peer.filtered && !peer.groups.isEmpty())
        return TracerText::tr("security group %1").arg(peer.groups.first());
    if (!peer.prefixLists.isEmpty())
        return TracerText::tr("prefix list %1").arg(peer.prefixLists.first());
    return blockFor(design, peer.address);
}

QString securityGroupFix(const TraceContext &context, const TraceSide &side, Direction direction,
                         const TraceSide &peer, int port)
{
    const QString traffic = trafficText(context.protocol, port);
    const QString peerText = rulePeerText(context.design, peer);
    if (side.groups.isEmpty()) {
        return direction == Direction::Inbound
                   ? TracerText::tr(
                         "Fix: attach a security group to %1 with an inbound rule that allows %2 "
                         "from %3.")
                         .arg(side.id, traffic, peerText)
                   : TracerText::tr(
                         "Fix: attach a security group to %1 with an outbound rule that allows %2 "
                         "to %3.")
                         .arg(side.id, traffic, peerText);
    }
    return direction == Direction::Inbound
               ? TracerText::tr("Fix: add an inbound rule to %1 that allows %2 from %3.")
                     .arg(side.groups.first(), traffic, peerText)
               : TracerText::tr("Fix: add an outbound rule to %1 that allows %2 to %3.")
                     .arg(side.groups.first(), traffic, peerText);
}

const NetworkAcl *aclOf(const Design &design, const Subnet &subnet)
{
    for (const NetworkAcl &acl : design.networkAcls) {
        if (subnet.networkAcl.isEmpty() ? (acl.isDefault && acl.vpc == subnet.vpc)
                                        : acl.id == subnet.networkAcl)
            return &acl;
    }
    return nullptr;
}

// The entry that decides: the lowest rule number that matches, or nullptr
// when none does and the final deny rule (*) applies.
const NetworkAclEntry *decidingEntry(const QVector<NetworkAclEntry> &entries, Protocol protocol,
                                     int port, quint32 address)
{
    QVector<const NetworkAclEntry *> ordered;
    for (const NetworkAclEntry &entry : entries)
        ordered.append(&entry);
    std::stable_sort(
        ordered.begin(), ordered.end(),
        [](const NetworkAclEntry *a, const NetworkAclEntry *b) { return a->number < b->number; });
    for (const NetworkAclEntry *entry : ordered) {
        const std::optional<Cidr> block = Cidr::parse(entry->cidr);
        const bool portMatches = entry->protocol == Protocol::All || protocol == Protocol::Icmp ||
                                 (entry->fromPort <= port && port <= entry->toPort);
        if (protocolCovers(entry->protocol, protocol) && portMatches && block &&
            block->contains(address))
            return entry;
    }
    return nullptr;
}

QString entryText(const NetworkAclEntry &entry, Direction direction)
{
    const QString ports = portsText(entry.protocol, entry.fromPort, entry.toPort);
    const QString action = entry.allow ? TracerText::tr("allow") : TracerText::tr("deny");
    return direction == Direction::Inbound
               ? TracerText::tr("%1 %2 from %3").arg(action, ports, entry.cidr)
               : TracerText::tr("%1 %2 to %3").arg(action, ports, entry.cidr);
}

QString aclTrafficText(const TraceContext &context, Direction direction, quint32 peer, int port,
                       bool reply)
{
    const QString traffic = trafficText(context.protocol, port);
    const QString address = Cidr::addressToString(peer);
    if (reply) {
        return direction == Direction::Inbound
                   ? TracerText::tr("the inbound reply on %1 from %2").arg(traffic, address)
                   : TracerText::tr("the outbound reply on %1 to %2").arg(traffic, address);
    }
    return direction == Direction::Inbound
               ? TracerText::tr("inbound %1 from %2").arg(traffic, address)
               : TracerText::tr("outbound %1 to %2").arg(traffic, address);
}

QString aclFix(const TraceContext &context, Direction direction, quint32 peer, int port, bool reply,
               const NetworkAclEntry *deny)
{
    const bool ranged = context.protocol == Protocol::Tcp || context.protocol == Protocol::Udp;
    const QString traffic = reply && ranged
                                ? portsText(context.protocol, EphemeralFirst, EphemeralLast)
                                : trafficText(context.protocol, port);
    const QString block = blockFor(context.design, peer);
    QString rule = direction == Direction::Inbound ? TracerText::tr("an inbound rule")
                                                   : TracerText::tr("an outbound rule");
    if (deny)
        rule = TracerText::tr("%1 numbered below %2").arg(rule).arg(deny->number);
    const QString fix =
        direction == Direction::Inbound
            ? TracerText::tr("Fix: add %1 that allows %2 from %3").arg(rule, traffic, block)
            : TracerText::tr("Fix: add %1 that allows %2 to %3").arg(rule, traffic, block);
    return reply && ranged
               ? TracerText::tr("%1, the ports that clients receive replies on.").arg(fix)
               : fix + QLatin1Char('.');
}

const char *aclBlockCode(Direction direction, bool reply)
{
    if (reply)
        return "nacl.return-denied";
    return direction == Direction::Inbound ? "nacl.inbound-denied" : "nacl.outbound-denied";
}

} // namespace

QString RouteLookup::target() const
{
    if (local)
        return QStringLiteral("local");
    return route ? route->target : endpoint;
}

QString RouteLookup::destination() const
{
    if (local)
        return route ? route->destination : localBlock;
    return route ? route->destination : prefixList;
}

namespace {

// A route for one of `prefixLists`: written in the table, or added by a
// gateway endpoint associated with the table.
bool findPrefixListRoute(const TraceContext &context, const QStringList &prefixLists,
                         RouteLookup *lookup)
{
    for (const Route &route : lookup->table->routes) {
        if (prefixLists.contains(route.destination)) {
            lookup->route = &route;
            return true;
        }
    }
    for (const VpcEndpoint &endpoint : context.design.endpoints) {
        if (endpoint.type != EndpointType::Gateway ||
            !endpoint.routeTables.contains(lookup->table->id))
            continue;
        const QStringList lists = servicePrefixLists(context.design, endpoint.service);
        for (const QString &list : lists) {
            if (prefixLists.contains(list)) {
                lookup->route = nullptr;
                lookup->endpoint = endpoint.id;
                lookup->prefixList = list;
                lookup->targetKind = ObjectKind::VpcEndpoint;
                return true;
            }
        }
    }
    return false;
}

} // namespace

RouteLookup lookupRoute(const TraceContext &context, const QString &subnetId, quint32 address,
                        const QStringList &prefixLists)
{
    RouteLookup lookup;
    lookup.subnet = subnetId;
    const Subnet *subnet = context.design.subnet(subnetId);
    if (!subnet)
        return lookup;

    lookup.table = context.design.effectiveRouteTable(*subnet);
    if (lookup.table)
        lookup.route = context.facts.routeFor(*subnet, address);

    // AWS adds the local route to every table and lets it win for the VPC's
    // own blocks, so it applies even where the design leaves it out.
    if (const Vpc *vpc = context.design.vpc(subnet->vpc)) {
        for (const QString &text : vpc->cidrBlocks) {
            const std::optional<Cidr> block = Cidr::parse(text);
            if (block && block->contains(address)) {
                lookup.local = true;
                lookup.localBlock = text;
            }
        }
    }
    if (lookup.local) {
        if (lookup.route && lookup.route->target != QLatin1String("local"))
            lookup.route = nullptr;
        return lookup;
    }

    // NOTE: a prefix list route wins over every CIDR route but the local one,
    // because the lists contain only the service's own blocks, which are
    // narrower than the 0.0.0.0/0 routes that designs send elsewhere.
    if (lookup.table && !prefixLists.isEmpty() &&
        findPrefixListRoute(context, prefixLists, &lookup) && !lookup.route)
        return lookup;

    const QVector<ObjectKind> carriers = {ObjectKind::InternetGateway, ObjectKind::NatGateway,
                                          ObjectKind::VpcPeering, ObjectKind::VpcEndpoint};
    if (lookup.route && carriers.contains(context.facts.targetKind(*lookup.route)))
        lookup.targetKind = context.facts.targetKind(*lookup.route);
    return lookup;
}

QString trafficText(Protocol protocol, int port)
{
    return portsText(protocol, port, port);
}

QString sideText(const TraceSide &side)
{
    if (!side.awsService.isEmpty() && !side.prefixLists.isEmpty())
        return TracerText::tr("%1 (prefix list %2)").arg(side.id, side.prefixLists.first());
    const QString address = Cidr::addressToString(side.address);
    return side.id == address ? address : QStringLiteral("%1 (%2)").arg(side.id, address);
}

QString blockFor(const Design &design, quint32 address)
{
    for (const Subnet &subnet : design.subnets) {
        const std::optional<Cidr> block = Cidr::parse(subnet.cidr);
        if (block && block->contains(address))
            return block->network().toString();
    }
    return QStringLiteral("0.0.0.0/0");
}

TraceHop passHop(const QString &object, const QString &kind, const QString &reason,
                 const QString &detail)
{
    TraceHop hop;
    hop.object = object;
    hop.kind = kind;
    hop.verdict = HopVerdict::Pass;
    hop.reason = reason;
    hop.detail = detail;
    return hop;
}

TraceHop blockHop(const QString &object, const QString &kind, const char *code, const char *awsCode,
                  const QString &detail)
{
    TraceHop hop;
    hop.object = object;
    hop.kind = kind;
    hop.verdict = HopVerdict::Block;
    hop.reason = QString::fromLatin1(code);
    hop.awsCode = QString::fromLatin1(awsCode);
    hop.detail = detail;
    return hop;
}

TraceHop securityGroupHop(const TraceContext &context, const TraceSide &side, Direction direction,
                          const TraceSide &peer, int port)
{
    const bool inbound = direction == Direction::Inbound;
    const QString traffic = trafficText(context.protocol, port);
    const QString way = inbound ? TracerText::tr("inbound %1 from %2").arg(traffic, sideText(peer))
                                : TracerText::tr("outbound %1 to %2").arg(traffic, sideText(peer));
    const QString ruleList = inbound ? QStringLiteral("ingress") : QStringLiteral("egress");
    const std::optional<RuleMatch> match =
        findRule(context.design, side, direction, context.protocol, port, peer);
    if (match) {
        return passHop(
            match->group->id, objectKindName(ObjectKind::SecurityGroup),
            QStringLiteral("%1 %2 rule %3").arg(match->group->id, ruleList).arg(match->number),
            TracerText::tr("Security group %1 of %2 allows %3 by its %4 rule %5 (%6).")
                .arg(match->group->id, side.id, way, ruleList)
                .arg(match->number)
                .arg(ruleText(*match->rule, direction)));
    }

    const QString why =
        side.groups.isEmpty()
            ? TracerText::tr("%1 has no security group, so nothing allows %2.").arg(side.id, way)
            : TracerText::tr("No rule of security groups %1 of %2 allows %3.")
                  .arg(side.groups.join(QStringLiteral(", ")), side.id, way);
    const QString fix = securityGroupFix(context, side, direction, peer, port);
    return blockHop(side.groups.value(0, side.id),
                    side.groups.isEmpty() ? side.kind : objectKindName(ObjectKind::SecurityGroup),
                    inbound ? "sg.ingress-denied" : "sg.egress-denied",
                    AwsCode::SecurityGroupRulesMismatch, why + QLatin1Char(' ') + fix);
}

TraceHop statefulReplyHop(const TraceSide &side, const TraceHop &request)
{
    TraceHop hop = passHop(
        request.object, request.kind, QStringLiteral("%1 stateful reply").arg(request.object),
        TracerText::tr("Security groups are stateful, so the groups of %1 let the reply "
                       "of the tracked connection through without checking their rules.")
            .arg(side.id));
    hop.reply = true;
    return hop;
}

TraceHop networkAclHop(const TraceContext &context, const QString &subnetId, Direction direction,
                       quint32 peer, int port, bool reply)
{
    const Subnet *subnet = context.design.subnet(subnetId);
    const NetworkAcl *acl = subnet ? aclOf(context.design, *subnet) : nullptr;
    const QString traffic = aclTrafficText(context, direction, peer, port, reply);
    TraceHop hop;
    if (!acl) {
        hop = passHop(
            subnetId, objectKindName(ObjectKind::Subnet), QStringLiteral("default network ACL"),
            TracerText::tr("No network ACL of the design covers subnet %1, so the VPC's default "
                           "ACL applies, and it allows %2.")
                .arg(subnetId, traffic));
        hop.reply = reply;
        return hop;
    }

    const bool inbound = direction == Direction::Inbound;
    const NetworkAclEntry *entry =
        decidingEntry(inbound ? acl->inbound : acl->outbound, context.protocol, port, peer);
    const QString directionName = inbound ? QStringLiteral("inbound") : QStringLiteral("outbound");
    const QString kind = objectKindName(ObjectKind::NetworkAcl);
    if (entry && entry->allow) {
        hop = passHop(
            acl->id, kind,
            QStringLiteral("nacl %1 %2 rule %3").arg(acl->id, directionName).arg(entry->number),
            TracerText::tr("Network ACL %1 of subnet %2 allows %3 by rule %4 (%5).")
                .arg(acl->id, subnetId, traffic)
                .arg(entry->number)
                .arg(entryText(*entry, direction)));
    } else {
        const QString why =
            entry ? TracerText::tr(
                        "Network ACL %1 of subnet %2 denies %3: rule %4 (%5) matches first.")
                        .arg(acl->id, subnetId, traffic)
                        .arg(entry->number)
                        .arg(entryText(*entry, direction))
                  : TracerText::tr(
                        "Network ACL %1 of subnet %2 denies %3: no rule matches, so the final "
                        "rule * denies it.")
                        .arg(acl->id, subnetId, traffic);
        hop =
            blockHop(acl->id, kind, aclBlockCode(direction, reply), AwsCode::SubnetAclRestriction,
                     why + QLatin1Char(' ') + aclFix(context, direction, peer, port, reply, entry));
    }
    hop.reply = reply;
    return hop;
}

TraceHop routeHop(const TraceContext &context, const RouteLookup &lookup, quint32 address,
                  const QString &fix)
{
    const QString object = lookup.table ? lookup.table->id : lookup.subnet;
    const QString kind = objectKindName(lookup.table ? ObjectKind::RouteTable : ObjectKind::Subnet);
    const QString addressText = Cidr::addressToString(address);
    if (!lookup.found()) {
        const QString why =
            lookup.table
                ? TracerText::tr("Route table %1 of subnet %2 has no route that matches %3.")
                      .arg(object, lookup.subnet, addressText)
                : TracerText::tr("Subnet %1 has no route table, so no route matches %2.")
                      .arg(lookup.subnet, addressText);
        return blockHop(object, kind, "route.no-route", AwsCode::NoRouteToDestination,
                        why + QLatin1Char(' ') +
                            TracerText::tr("Fix: add a route for %1.").arg(fix));
    }
    if (lookup.blackhole()) {
        const QString target = lookup.route->target;
        const ObjectKind targetKind = context.design.kindOf(target);
        const QString why =
            target.isEmpty()
                ? TracerText::tr(
                      "Route table %1 matches %2 with its route %3, which has no target, so the "
                      "traffic is dropped.")
                      .arg(object, addressText, lookup.route->destination)
            : targetKind != ObjectKind::None
                ? TracerText::tr(
                      "Route table %1 sends %2 by its route %3 to %4, a %5 that cannot carry "
                      "traffic, so the traffic is dropped.")
                      .arg(object, addressText, lookup.route->destination, target,
                           objectKindName(targetKind))
                : TracerText::tr(
                      "Route table %1 sends %2 by its route %3 to %4, which does not exist, so "
                      "the traffic is dropped.")
                      .arg(object, addressText, lookup.route->destination, target);
        return blockHop(object, kind, "route.blackhole", AwsCode::BadStateRoute,
                        why + QLatin1Char(' ') +
                            TracerText::tr("Fix: point the route at an existing gateway or peering "
                                           "connection, or delete it."));
    }

    const QString reason =
        QStringLiteral("route %1 -> %2").arg(lookup.destination(), lookup.target());
    if (lookup.destination().startsWith(QLatin1String("pl-"))) {
        return passHop(object, kind, reason,
                       TracerText::tr("Route table %1 of subnet %2 sends the addresses of prefix "
                                      "list %3 to %4, ahead of any wider route.")
                           .arg(object, lookup.subnet, lookup.destination(), lookup.target()));
    }
    const QString detail =
        lookup.local
            ? TracerText::tr(
                  "Route table %1 of subnet %2 keeps %3 inside the VPC by the local route %4, "
                  "which always wins for the VPC's own blocks.")
                  .arg(object, lookup.subnet, addressText, lookup.destination())
            : TracerText::tr(
                  "Route table %1 of subnet %2 sends %3 to %4 by its route %5, the longest "
                  "prefix that matches.")
                  .arg(object, lookup.subnet, addressText, lookup.target(), lookup.destination());
    return passHop(object, kind, reason, detail);
}

TraceHop misroutedHop(const RouteLookup &lookup, quint32 address, const QString &expected,
                      const QString &fix)
{
    const QString object = lookup.table ? lookup.table->id : lookup.subnet;
    return blockHop(
        object, objectKindName(ObjectKind::RouteTable), "route.no-route", "",
        TracerText::tr("Route table %1 of subnet %2 sends %3 to %4 by its route %5, but %6. Fix: "
                       "add a route for %7.")
            .arg(object, lookup.subnet, Cidr::addressToString(address), lookup.target(),
                 lookup.destination(), expected, fix));
}

} // namespace vpcstudio
