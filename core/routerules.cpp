#include "routerules.h"

#include <QCoreApplication>
#include <QSet>

namespace vpcstudio {

namespace {

// The translation context of this file's messages; lupdate files the
// strings under it because each call names it.
struct RouteRules
{
    Q_DECLARE_TR_FUNCTIONS(vpcstudio::RouteRules)
};

void checkDuplicates(const RouteTable &table, QVector<Finding> &findings)
{
    QSet<QString> seen;
    QSet<QString> reported;
    for (const Route &route : table.routes) {
        const std::optional<Cidr> block = Cidr::parse(route.destination);
        const QString key = block ? block->network().toString() : route.destination;
        if (!seen.contains(key)) {
            seen.insert(key);
            continue;
        }
        if (reported.contains(key))
            continue;
        reported.insert(key);
        addFinding(findings, "route.duplicate-destination", Severity::Error, {table.id},
                   RouteRules::tr("route table %1 routes %2 more than once")
                       .arg(table.id, route.destination),
                   RouteRules::tr("keep one route for %1").arg(route.destination));
    }
}

void checkTarget(const NetworkFacts &facts, const RouteTable &table, const Route &route,
                 QVector<Finding> &findings)
{
    if (route.target == QLatin1String("local"))
        return;

    const ObjectKind kind = facts.targetKind(route);
    if (kind == ObjectKind::None) {
        const QString message =
            route.target.isEmpty()
                ? RouteRules::tr("route table %1 has no target for %2, so that traffic is dropped")
                      .arg(table.id, route.destination)
            : facts.design().kindOf(route.target) != ObjectKind::None
                ? RouteRules::tr(
                      "route table %1 sends %2 to %3, which is a %4 and cannot carry traffic, so "
                      "that traffic is dropped")
                      .arg(table.id, route.destination, route.target,
                           objectKindName(facts.design().kindOf(route.target)))
                : RouteRules::tr(
                      "route table %1 sends %2 to %3, which does not exist, so that traffic is "
                      "dropped")
                      .arg(table.id, route.destination, route.target);
        addFinding(findings, "route.blackhole", Severity::Warning, {table.id}, message,
                   RouteRules::tr("point the route at an existing gateway or delete it"));
        return;
    }

    if (kind != ObjectKind::InternetGateway)
        return;
    for (const InternetGateway &gateway : facts.design().internetGateways) {
        if (gateway.id == route.target && gateway.vpc != table.vpc) {
            addFinding(findings, "route.igw-not-attached", Severity::Error, {table.id, gateway.id},
                       RouteRules::tr(
                           "route table %1 sends %2 to internet gateway %3, which is not attached "
                           "to VPC %4")
                           .arg(table.id, route.destination, gateway.id, table.vpc),
                       RouteRules::tr("attach %1 to %2 or use that VPC's internet gateway")
                           .arg(gateway.id, table.vpc));
        }
    }
}

// A route to a block inside the VPC's own range never applies, because the
// local route always wins for the VPC's blocks.
void checkShadowed(const NetworkFacts &facts, const RouteTable &table, const Route &route,
                   QVector<Finding> &findings)
{
    const Vpc *vpc = facts.design().vpc(table.vpc);
    const std::optional<Cidr> destination = Cidr::parse(route.destination);
    if (!vpc || !destination || route.target == QLatin1String("local"))
        return;
    for (const QString &text : vpc->cidrBlocks) {
        const std::optional<Cidr> block = Cidr::parse(text);
        if (block && block->contains(*destination)) {
            addFinding(findings, "route.shadowed-by-local", Severity::Warning,
                       {table.id, route.target},
                       RouteRules::tr(
                           "route table %1 sends %2 to %3, but the VPC's local route for %4 wins, "
                           "so that traffic stays in the VPC")
                           .arg(table.id, route.destination, route.target, text),
                       RouteRules::tr("peer only VPCs whose blocks do not overlap"));
            return;
        }
    }
}

void checkNatGateway(const NetworkFacts &facts, const NatGateway &gateway,
                     QVector<Finding> &findings)
{
    if (gateway.connectivity != NatConnectivity::Public)
        return;
    if (gateway.elasticIp.isEmpty()) {
        addFinding(findings, "nat.no-elastic-ip", Severity::Error, {gateway.id},
                   RouteRules::tr("public NAT gateway %1 has no Elastic IP").arg(gateway.id),
                   RouteRules::tr("allocate an Elastic IP for it"));
    }
    const Subnet *subnet = facts.design().subnet(gateway.subnet);
    if (subnet && !facts.routesToInternetGateway(*subnet)) {
        addFinding(
            findings, "nat.in-private-subnet", Severity::Error, {gateway.id, subnet->id},
            RouteRules::tr(
                "public NAT gateway %1 is in subnet %2, which has no route to an internet "
                "gateway, so it cannot reach the internet")
                .arg(gateway.id, subnet->id),
            RouteRules::tr("move it to a public subnet whose route table sends 0.0.0.0/0 to the "
                           "internet gateway"));
    }
}

} // namespace

void checkRoutes(const NetworkFacts &facts, QVector<Finding> &findings)
{
    for (const RouteTable &table : facts.design().routeTables) {
        checkDuplicates(table, findings);
        for (const Route &route : table.routes) {
            checkTarget(facts, table, route, findings);
            checkShadowed(facts, table, route, findings);
        }
    }
    for (const NatGateway &gateway : facts.design().natGateways)
        checkNatGateway(facts, gateway, findings);
}

} // namespace vpcstudio
