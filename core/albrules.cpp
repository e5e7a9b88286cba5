#include "albrules.h"

#include <QCoreApplication>

namespace vpcstudio {

namespace {

// The translation context of this file's messages; lupdate files the
// strings under it because each call names it.
struct AlbRules
{
    Q_DECLARE_TR_FUNCTIONS(vpcstudio::AlbRules)
};

// AWS requires at least a /27 for each subnet of a load balancer.
constexpr int AlbSmallestPrefix = 27;

void checkZones(const NetworkFacts &facts, const LoadBalancer &balancer, QVector<Finding> &findings)
{
    QHash<QString, QStringList> subnetsByZone;
    for (const QString &id : balancer.subnets) {
        if (const Subnet *subnet = facts.design().subnet(id))
            subnetsByZone[subnet->zone].append(id);
    }

    for (auto it = subnetsByZone.cbegin(); it != subnetsByZone.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        addFinding(findings, "alb.duplicate-az", Severity::Error,
                   QStringList{balancer.id} + it.value(),
                   AlbRules::tr(
                       "load balancer %1 has subnets %2 in the same zone %3; AWS takes one subnet "
                       "per zone")
                       .arg(balancer.id, it.value().join(QStringLiteral(", ")), it.key()),
                   AlbRules::tr("keep one of them and add a subnet in another zone"));
    }
    if (subnetsByZone.size() < 2) {
        addFinding(
            findings, "alb.single-az", Severity::Error, {balancer.id},
            (subnetsByZone.isEmpty()
                 ? AlbRules::tr("load balancer %1 has no subnet in any zone; an Application Load "
                                "Balancer needs subnets in at least two")
                 : AlbRules::tr(
                       "load balancer %1 covers only one zone; an Application Load Balancer "
                       "needs subnets in at least two"))
                .arg(balancer.id),
            AlbRules::tr("add a subnet in a second availability zone"));
    }
}

void checkSubnets(const NetworkFacts &facts, const LoadBalancer &balancer,
                  QVector<Finding> &findings)
{
    for (const QString &id : balancer.subnets) {
        const Subnet *subnet = facts.design().subnet(id);
        if (!subnet)
            continue;
        if (balancer.scheme == LoadBalancerScheme::InternetFacing &&
            !facts.routesToInternetGateway(*subnet)) {
            addFinding(
                findings, "alb.internet-facing-in-private-subnet", Severity::Error,
                {balancer.id, subnet->id},
                AlbRules::tr("internet-facing load balancer %1 uses subnet %2, which has no route "
                             "to an internet gateway, so clients cannot reach it there")
                    .arg(balancer.id, subnet->id),
                AlbRules::tr("use a public subnet in that zone"));
        }
        const std::optional<Cidr> block = Cidr::parse(subnet->cidr);
        if (block && block->prefixLength() > AlbSmallestPrefix) {
            addFinding(
                findings, "alb.subnet-too-small", Severity::Error, {balancer.id, subnet->id},
                AlbRules::tr("load balancer %1 uses subnet %2 (%3); AWS needs at least a /%4")
                    .arg(balancer.id, subnet->id, subnet->cidr)
                    .arg(AlbSmallestPrefix),
                AlbRules::tr("use a subnet of /%1 or larger").arg(AlbSmallestPrefix));
        }
    }
}

QStringList targetGroupsOf(const LoadBalancer &balancer)
{
    QStringList groups;
    for (const Listener &listener : balancer.listeners) {
        if (!listener.defaultTargetGroup.isEmpty())
            groups.append(listener.defaultTargetGroup);
        for (const ListenerRule &rule : listener.rules)
            groups.append(rule.targetGroup);
    }
    groups.removeDuplicates();
    return groups;
}

void checkTargets(const NetworkFacts &facts, const LoadBalancer &balancer,
                  QVector<Finding> &findings)
{
    QVector<Cidr> albBlocks;
    for (const QString &id : balancer.subnets) {
        if (const std::optional<Cidr> block = facts.block(id))
            albBlocks.append(*block);
    }
    const QStringList groups = targetGroupsOf(balancer);
    for (const EcsService &service : facts.design().services) {
        const bool isTarget = std::any_of(groups.cbegin(), groups.cend(), [&](const QString &id) {
            return service.targetGroups.contains(id);
        });
        if (!isTarget || ingressAdmits(facts.design(), service.securityGroups,
                                       balancer.securityGroups, albBlocks, service.containerPort))
            continue;
        addFinding(
            findings, "alb.target-sg-blocks", Severity::Error,
            QStringList{service.id, balancer.id} + service.securityGroups,
            AlbRules::tr("the security groups of %1 do not admit load balancer %2 on port %3")
                .arg(service.id, balancer.id)
                .arg(service.containerPort),
            AlbRules::tr(
                "add an inbound rule for TCP %1 from the load balancer's security group %2")
                .arg(service.containerPort)
                .arg(balancer.securityGroups.value(0, AlbRules::tr("(none)"))));
    }
}

} // namespace

bool ingressAdmits(const Design &design, const QStringList &groups, const QStringList &sourceGroups,
                   const QVector<Cidr> &sourceBlocks, int port)
{
    for (const QString &id : groups) {
        const SecurityGroup *group = design.securityGroup(id);
        if (!group)
            continue;
        for (const SecurityGroupRule &rule : group->ingress) {
            const bool portMatches =
                rule.protocol == Protocol::All ||
                (rule.protocol == Protocol::Tcp && rule.fromPort <= port && port <= rule.toPort);
            if (!portMatches)
                continue;
            if (rule.peerKind == PeerKind::SecurityGroup && sourceGroups.contains(rule.peer))
                return true;
            const std::optional<Cidr> peer = Cidr::parse(rule.peer);
            if (rule.peerKind == PeerKind::Cidr && peer && !sourceBlocks.isEmpty() &&
                std::all_of(sourceBlocks.cbegin(), sourceBlocks.cend(),
                            [&peer](const Cidr &block) { return peer->contains(block); }))
                return true;
        }
    }
    return false;
}

void checkLoadBalancers(const NetworkFacts &facts, QVector<Finding> &findings)
{
    for (const LoadBalancer &balancer : facts.design().loadBalancers) {
        checkZones(facts, balancer, findings);
        checkSubnets(facts, balancer, findings);
        checkTargets(facts, balancer, findings);
    }
}

} // namespace vpcstudio
