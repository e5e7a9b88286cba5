#include "designbuild.h"

#include "cidr.h"

#include <QCoreApplication>
#include <QSet>

namespace vpcstudio {

namespace {

// The translation context of this file's messages; lupdate files the
// strings under it because each call names it.
struct DesignBuild
{
    Q_DECLARE_TR_FUNCTIONS(vpcstudio::DesignBuild)
};

QVector<Cidr> vpcBlocks(const Design &design, const QString &vpcId)
{
    QVector<Cidr> blocks;
    if (const Vpc *vpc = design.vpc(vpcId)) {
        for (const QString &text : vpc->cidrBlocks) {
            if (const std::optional<Cidr> block = Cidr::parse(text))
                blocks.append(block->network());
        }
    }
    return blocks;
}

std::optional<Cidr> freeSubnetBlock(const Design &design, const QString &vpcId)
{
    QVector<Cidr> taken;
    for (const Subnet &subnet : design.subnets) {
        const std::optional<Cidr> block = Cidr::parse(subnet.cidr);
        if (subnet.vpc == vpcId && block)
            taken.append(block->network());
    }
    // A /24 is the usual subnet; smaller blocks fill a crowded VPC.
    for (int prefix = 24; prefix <= 28; ++prefix) {
        if (const auto block = nextFreeBlock(vpcBlocks(design, vpcId), taken, prefix))
            return block;
    }
    return std::nullopt;
}

std::optional<Cidr> freeVpcBlock(const Design &design)
{
    QVector<Cidr> taken;
    for (const Vpc &vpc : design.vpcs)
        taken += vpcBlocks(design, vpc.id);
    const QVector<Cidr> privateRanges = {*Cidr::parse(QStringLiteral("10.0.0.0/8")),
                                         *Cidr::parse(QStringLiteral("172.16.0.0/12")),
                                         *Cidr::parse(QStringLiteral("192.168.0.0/16"))};
    return nextFreeBlock(privateRanges, taken, 16);
}

CreateResult rejected(const QString &reason)
{
    return {QString(), reason};
}

CreateResult createVpc(Design &design, const DropTarget &target)
{
    if (!target.vpc.isEmpty())
        return rejected(
            DesignBuild::tr("a VPC cannot sit inside another VPC; drop it on empty space"));
    const std::optional<Cidr> block = freeVpcBlock(design);
    if (!block)
        return rejected(DesignBuild::tr("every private /16 block is taken by another VPC"));
    if (design.zones.isEmpty()) {
        // Two zones, because load balancers need subnets in at least two.
        const QString region =
            design.region.isEmpty() ? QStringLiteral("ap-northeast-2") : design.region;
        design.zones.append({region + QLatin1Char('a'), QString()});
        design.zones.append({region + QLatin1Char('c'), QString()});
    }
    Vpc vpc;
    vpc.id = freshId(design, QStringLiteral("vpc"));
    vpc.cidrBlocks = {block->toString()};
    design.vpcs.append(vpc);

    RouteTable main;
    main.id = freshId(design, QStringLiteral("rt-main"));
    main.vpc = vpc.id;
    main.main = true;
    main.routes.append({block->toString(), QStringLiteral("local")});
    design.routeTables.append(main);
    return {vpc.id, QString()};
}

CreateResult createSubnet(Design &design, const DropTarget &target)
{
    if (target.vpc.isEmpty() || target.zone.isEmpty())
        return rejected(
            DesignBuild::tr("a subnet belongs in an availability zone column of a VPC"));
    const std::optional<Cidr> block = freeSubnetBlock(design, target.vpc);
    if (!block)
        return rejected(
            DesignBuild::tr("VPC %1 has no free block of /28 or larger left").arg(target.vpc));
    Subnet subnet;
    subnet.id = freshId(design, QStringLiteral("subnet"));
    subnet.vpc = target.vpc;
    subnet.zone = target.zone;
    subnet.cidr = block->toString();
    design.subnets.append(subnet);
    return {subnet.id, QString()};
}

CreateResult createInVpc(Design &design, PaletteKind kind, const DropTarget &target)
{
    if (target.vpc.isEmpty())
        return rejected(DesignBuild::tr("the %1 belongs to a VPC; drop it inside one")
                            .arg(paletteKindName(kind)));
    if (kind == PaletteKind::InternetGateway) {
        for (const InternetGateway &gateway : design.internetGateways) {
            if (gateway.vpc == target.vpc)
                return rejected(
                    DesignBuild::tr("VPC %1 already has internet gateway %2; a VPC takes one")
                        .arg(target.vpc, gateway.id));
        }
        const QString id = freshId(design, QStringLiteral("igw"));
        design.internetGateways.append({id, QString(), target.vpc});
        return {id, QString()};
    }
    if (kind == PaletteKind::RouteTable) {
        RouteTable table;
        table.id = freshId(design, QStringLiteral("rt"));
        table.vpc = target.vpc;
        for (const Cidr &block : vpcBlocks(design, target.vpc))
            table.routes.append({block.toString(), QStringLiteral("local")});
        design.routeTables.append(table);
        return {table.id, QString()};
    }
    if (kind == PaletteKind::SecurityGroup) {
        SecurityGroup group;
        group.id = freshId(design, QStringLiteral("sg"));
        group.vpc = target.vpc;
        group.egress.append(
            {Protocol::All, 0, 65535, PeerKind::Cidr, QStringLiteral("0.0.0.0/0"), QString()});
        design.securityGroups.append(group);
        return {group.id, QString()};
    }
    if (kind == PaletteKind::NetworkAcl) {
        NetworkAcl acl;
        acl.id = freshId(design, QStringLiteral("acl"));
        acl.vpc = target.vpc;
        // A new ACL starts open both ways, like a VPC's default one.
        const NetworkAclEntry all{100, Protocol::All, 0, 65535, QStringLiteral("0.0.0.0/0"), true};
        acl.inbound.append(all);
        acl.outbound.append(all);
        design.networkAcls.append(acl);
        return {acl.id, QString()};
    }
    if (kind == PaletteKind::GatewayEndpoint) {
        VpcEndpoint endpoint;
        endpoint.id = freshId(design, QStringLiteral("vpce-s3"));
        endpoint.vpc = target.vpc;
        endpoint.type = EndpointType::Gateway;
        endpoint.service = QStringLiteral("s3");
        design.endpoints.append(endpoint);
        return {endpoint.id, QString()};
    }
    CloudMapNamespace space;
    space.id = freshId(design, QStringLiteral("ns"));
    space.name = space.id;
    space.vpc = target.vpc;
    design.namespaces.append(space);
    return {space.id, QString()};
}

CreateResult createInSubnet(Design &design, PaletteKind kind, const DropTarget &target)
{
    if (target.subnet.isEmpty())
        return rejected(DesignBuild::tr("the %1 runs in a subnet; drop it into one")
                            .arg(paletteKindName(kind)));
    const Subnet *subnet = design.subnet(target.subnet);
    if (kind == PaletteKind::NatGateway) {
        const QString id = freshId(design, QStringLiteral("nat"));
        design.natGateways.append({id, QString(), target.subnet, QStringLiteral("eipalloc-") + id,
                                   NatConnectivity::Public});
        return {id, QString()};
    }
    if (kind == PaletteKind::LoadBalancer) {
        LoadBalancer balancer;
        balancer.id = freshId(design, QStringLiteral("alb"));
        balancer.vpc = subnet->vpc;
        balancer.subnets = {target.subnet};
        balancer.listeners.append(Listener{});
        design.loadBalancers.append(balancer);
        return {balancer.id, QString()};
    }
    if (kind == PaletteKind::InterfaceEndpoint) {
        VpcEndpoint endpoint;
        endpoint.id = freshId(design, QStringLiteral("vpce"));
        endpoint.vpc = subnet->vpc;
        endpoint.type = EndpointType::Interface;
        endpoint.service = QStringLiteral("ecr.api");
        endpoint.subnets = {target.subnet};
        design.endpoints.append(endpoint);
        return {endpoint.id, QString()};
    }
    EcsService service;
    service.id = freshId(design, QStringLiteral("svc"));
    service.image = QStringLiteral("nginx:latest");
    service.subnets = {target.subnet};
    design.services.append(service);
    return {service.id, QString()};
}

CreateResult createOutside(Design &design, PaletteKind kind, const DropTarget &target)
{
    if (!target.vpc.isEmpty()) {
        return rejected(DesignBuild::tr("the %1 lives outside every VPC; drop it on empty space")
                            .arg(paletteKindName(kind)));
    }
    if (kind == PaletteKind::EcrRepository) {
        const QString id = freshId(design, QStringLiteral("ecr"));
        design.repositories.append({id, id});
        return {id, QString()};
    }
    if (kind == PaletteKind::Pipeline) {
        const QString id = freshId(design, QStringLiteral("pipeline"));
        design.pipelines.append({id, QString(), {}, {}});
        return {id, QString()};
    }
    ExternalHost host;
    host.kind = kind == PaletteKind::Internet   ? ExternalKind::Internet
                : kind == PaletteKind::User     ? ExternalKind::User
                : kind == PaletteKind::Registry ? ExternalKind::Registry
                                                : ExternalKind::Api;
    const QStringList prefixes = {QStringLiteral("internet"), QStringLiteral("user"),
                                  QStringLiteral("api"), QStringLiteral("registry")};
    host.id = freshId(design, prefixes[int(host.kind)]);
    design.externalHosts.append(host);
    return {host.id, QString()};
}

} // namespace

QString freshId(const Design &design, const QString &prefix)
{
    const QHash<QString, ObjectKind> kinds = objectKinds(design);
    for (int n = 1;; ++n) {
        const QString id = QStringLiteral("%1-%2").arg(prefix).arg(n);
        if (!kinds.contains(id))
            return id;
    }
}

QString paletteKindName(PaletteKind kind)
{
    switch (kind) {
    case PaletteKind::Vpc:
        return DesignBuild::tr("VPC");
    case PaletteKind::Subnet:
        return DesignBuild::tr("subnet");
    case PaletteKind::InternetGateway:
        return DesignBuild::tr("internet gateway");
    case PaletteKind::NatGateway:
        return DesignBuild::tr("NAT gateway");
    case PaletteKind::RouteTable:
        return DesignBuild::tr("route table");
    case PaletteKind::SecurityGroup:
        return DesignBuild::tr("security group");
    case PaletteKind::NetworkAcl:
        return DesignBuild::tr("network ACL");
    case PaletteKind::LoadBalancer:
        return DesignBuild::tr("load balancer");
    case PaletteKind::EcsService:
        return DesignBuild::tr("ECS service");
    case PaletteKind::InterfaceEndpoint:
        return DesignBuild::tr("interface endpoint");
    case PaletteKind::GatewayEndpoint:
        return DesignBuild::tr("gateway endpoint");
    case PaletteKind::EcrRepository:
        return DesignBuild::tr("ECR repository");
    case PaletteKind::CloudMapNamespace:
        return DesignBuild::tr("Cloud Map namespace");
    case PaletteKind::Internet:
        return DesignBuild::tr("internet");
    case PaletteKind::User:
        return DesignBuild::tr("user");
    case PaletteKind::ExternalApi:
        return DesignBuild::tr("external API");
    case PaletteKind::Registry:
        return DesignBuild::tr("container registry");
    case PaletteKind::Pipeline:
        return DesignBuild::tr("CI pipeline");
    }
    return QString();
}

CreateResult createObject(Design &design, PaletteKind kind, const DropTarget &target)
{
    switch (kind) {
    case PaletteKind::Vpc:
        return createVpc(design, target);
    case PaletteKind::Subnet:
        return createSubnet(design, target);
    case PaletteKind::InternetGateway:
    case PaletteKind::RouteTable:
    case PaletteKind::NetworkAcl:
    case PaletteKind::SecurityGroup:
    case PaletteKind::GatewayEndpoint:
    case PaletteKind::CloudMapNamespace:
        return createInVpc(design, kind, target);
    case PaletteKind::NatGateway:
    case PaletteKind::LoadBalancer:
    case PaletteKind::EcsService:
    case PaletteKind::InterfaceEndpoint:
        return createInSubnet(design, kind, target);
    case PaletteKind::EcrRepository:
    case PaletteKind::Internet:
    case PaletteKind::User:
    case PaletteKind::ExternalApi:
    case PaletteKind::Registry:
    case PaletteKind::Pipeline:
        return createOutside(design, kind, target);
    }
    return rejected(DesignBuild::tr("unknown kind"));
}

} // namespace vpcstudio

namespace vpcstudio {

namespace {

template <typename T, typename Predicate> void eraseIf(QVector<T> &objects, Predicate predicate)
{
    objects.erase(std::remove_if(objects.begin(), objects.end(), predicate), objects.end());
}

template <typename T> void eraseIds(QVector<T> &objects, const QSet<QString> &ids)
{
    eraseIf(objects, [&ids](const T &object) { return ids.contains(object.id); });
}

void dropFrom(QStringList &list, const QSet<QString> &ids)
{
    list.erase(std::remove_if(list.begin(), list.end(),
                              [&ids](const QString &id) { return ids.contains(id); }),
               list.end());
}

void clearIf(QString &reference, const QSet<QString> &ids)
{
    if (ids.contains(reference))
        reference.clear();
}

// Adds what cannot exist without the removed objects, until nothing new is
// added. A VPC takes its subnets, tables, groups, gateways, endpoints, load
// balancers and namespaces with it, and a subnet takes its NAT gateways.
QSet<QString> withDependants(const Design &design, QSet<QString> ids)
{
    auto addOwned = [&ids](const auto &objects, auto owner) {
        bool added = false;
        for (const auto &object : objects) {
            if (!ids.contains(object.id) && ids.contains(owner(object))) {
                ids.insert(object.id);
                added = true;
            }
        }
        return added;
    };
    bool added = true;
    while (added) {
        added = false;
        added |= addOwned(design.subnets, [](const Subnet &o) { return o.vpc; });
        added |= addOwned(design.routeTables, [](const RouteTable &o) { return o.vpc; });
        added |= addOwned(design.securityGroups, [](const SecurityGroup &o) { return o.vpc; });
        added |= addOwned(design.networkAcls, [](const NetworkAcl &o) { return o.vpc; });
        added |= addOwned(design.endpoints, [](const VpcEndpoint &o) { return o.vpc; });
        added |= addOwned(design.targetGroups, [](const TargetGroup &o) { return o.vpc; });
        added |= addOwned(design.loadBalancers, [](const LoadBalancer &o) { return o.vpc; });
        added |= addOwned(design.namespaces, [](const CloudMapNamespace &o) { return o.vpc; });
        added |= addOwned(design.natGateways, [](const NatGateway &o) { return o.subnet; });
        added |= addOwned(design.cloudMapServices,
                          [](const CloudMapService &o) { return o.namespaceId; });
        added |= addOwned(design.peerings, [](const VpcPeering &o) { return o.requesterVpc; });
        added |= addOwned(design.peerings, [](const VpcPeering &o) { return o.accepterVpc; });
    }
    return ids;
}

void eraseObjects(Design &design, const QSet<QString> &ids)
{
    eraseIds(design.vpcs, ids);
    eraseIds(design.zones, ids);
    eraseIds(design.subnets, ids);
    eraseIds(design.routeTables, ids);
    eraseIds(design.internetGateways, ids);
    eraseIds(design.natGateways, ids);
    eraseIds(design.securityGroups, ids);
    eraseIds(design.networkAcls, ids);
    eraseIds(design.endpoints, ids);
    eraseIds(design.peerings, ids);
    eraseIds(design.targetGroups, ids);
    eraseIds(design.loadBalancers, ids);
    eraseIds(design.clusters, ids);
    eraseIds(design.services, ids);
    eraseIds(design.repositories, ids);
    eraseIds(design.namespaces, ids);
    eraseIds(design.cloudMapServices, ids);
    eraseIds(design.externalHosts, ids);
    eraseIds(design.pipelines, ids);
    eraseIds(design.flows, ids);
}

bool flowEndExists(const Design &design, const QString &end)
{
    if (design.kindOf(end) != ObjectKind::None || isAwsServiceName(end) || Cidr::parseAddress(end))
        return true;
    for (const CloudMapService &entry : design.cloudMapServices) {
        const CloudMapNamespace *space = design.cloudMapNamespace(entry.namespaceId);
        if (space && end == entry.name + QLatin1Char('.') + space->name)
            return true;
    }
    return false;
}

void dropReferences(Design &design, const QSet<QString> &ids)
{
    for (Subnet &subnet : design.subnets) {
        clearIf(subnet.routeTable, ids);
        clearIf(subnet.networkAcl, ids);
    }
    for (SecurityGroup &group : design.securityGroups) {
        for (auto *rules : {&group.ingress, &group.egress}) {
            eraseIf(*rules, [&ids](const SecurityGroupRule &rule) {
                return rule.peerKind == PeerKind::SecurityGroup && ids.contains(rule.peer);
            });
        }
    }
    for (VpcEndpoint &endpoint : design.endpoints) {
        dropFrom(endpoint.routeTables, ids);
        dropFrom(endpoint.subnets, ids);
        dropFrom(endpoint.securityGroups, ids);
    }
    for (LoadBalancer &balancer : design.loadBalancers) {
        dropFrom(balancer.subnets, ids);
        dropFrom(balancer.securityGroups, ids);
        for (Listener &listener : balancer.listeners) {
            clearIf(listener.defaultTargetGroup, ids);
            eraseIf(listener.rules,
                    [&ids](const ListenerRule &rule) { return ids.contains(rule.targetGroup); });
        }
    }
    for (EcsService &service : design.services) {
        clearIf(service.cluster, ids);
        clearIf(service.registry, ids);
        clearIf(service.cloudMapService, ids);
        dropFrom(service.subnets, ids);
        dropFrom(service.securityGroups, ids);
        dropFrom(service.targetGroups, ids);
    }
    for (CloudMapNamespace &space : design.namespaces)
        clearIf(space.vpc, ids);
    for (InternetGateway &gateway : design.internetGateways)
        clearIf(gateway.vpc, ids);
    for (Pipeline &pipeline : design.pipelines) {
        dropFrom(pipeline.pushesTo, ids);
        dropFrom(pipeline.deploys, ids);
    }
    // A flow goes with either end: a removed object, or a Cloud Map name
    // whose entry or namespace was removed.
    eraseIf(design.flows, [&design](const Flow &flow) {
        return !flowEndExists(design, flow.from) || !flowEndExists(design, flow.to);
    });
    for (const QString &id : ids)
        design.layout.frames.remove(id);
}

} // namespace

void removeObjects(Design &design, const QStringList &ids)
{
    const QSet<QString> removed = withDependants(design, QSet<QString>(ids.cbegin(), ids.cend()));
    eraseObjects(design, removed);
    dropReferences(design, removed);
}

} // namespace vpcstudio

namespace vpcstudio {

namespace {

QString renamed(const QHash<QString, QString> &names, const QString &id)
{
    return names.value(id, id);
}

QStringList renamed(const QHash<QString, QString> &names, const QStringList &ids)
{
    QStringList result;
    for (const QString &id : ids)
        result.append(renamed(names, id));
    return result;
}

// Appends a copy of each listed object of `objects` under its new name.
template <typename T, typename Fix>
void copyEach(QVector<T> &objects, const QHash<QString, QString> &names, Fix fix)
{
    const int count = int(objects.size());
    for (int i = 0; i < count; ++i) {
        if (!names.contains(objects[i].id))
            continue;
        T copy = objects[i];
        copy.id = names.value(copy.id);
        fix(copy);
        objects.append(copy);
    }
}

QString prefixOf(const QString &id)
{
    // "subnet-public-a" copies as "subnet-public-a-copy-1".
    return id + QStringLiteral("-copy");
}

} // namespace

QStringList duplicateObjects(Design &design, const QStringList &ids)
{
    QHash<QString, QString> names;
    Design reserved = design;
    for (const QString &id : ids) {
        if (design.kindOf(id) == ObjectKind::None || names.contains(id))
            continue;
        const QString name = freshId(reserved, prefixOf(id));
        names.insert(id, name);
        reserved.externalHosts.append({name, QString(), ExternalKind::Api, QString()});
    }
    const auto &n = names;

    copyEach(design.vpcs, n, [&design](Vpc &vpc) {
        if (const std::optional<Cidr> block = freeVpcBlock(design))
            vpc.cidrBlocks = {block->toString()};
    });
    copyEach(design.subnets, n, [&design, &n](Subnet &subnet) {
        subnet.vpc = renamed(n, subnet.vpc);
        subnet.routeTable = renamed(n, subnet.routeTable);
        subnet.networkAcl = renamed(n, subnet.networkAcl);
        subnet.cidr.clear();
        if (const std::optional<Cidr> block = freeSubnetBlock(design, subnet.vpc))
            subnet.cidr = block->toString();
    });
    copyEach(design.routeTables, n, [&n](RouteTable &table) {
        table.vpc = renamed(n, table.vpc);
        table.main = false;
        for (Route &route : table.routes)
            route.target = renamed(n, route.target);
    });
    copyEach(design.natGateways, n,
             [&n](NatGateway &gateway) { gateway.subnet = renamed(n, gateway.subnet); });
    copyEach(design.securityGroups, n, [&n](SecurityGroup &group) {
        group.vpc = renamed(n, group.vpc);
        for (auto *rules : {&group.ingress, &group.egress}) {
            for (SecurityGroupRule &rule : *rules) {
                if (rule.peerKind == PeerKind::SecurityGroup)
                    rule.peer = renamed(n, rule.peer);
            }
        }
    });
    copyEach(design.loadBalancers, n, [&n](LoadBalancer &balancer) {
        balancer.vpc = renamed(n, balancer.vpc);
        balancer.subnets = renamed(n, balancer.subnets);
        balancer.securityGroups = renamed(n, balancer.securityGroups);
    });
    copyEach(design.services, n, [&n](EcsService &service) {
        service.subnets = renamed(n, service.subnets);
        service.securityGroups = renamed(n, service.securityGroups);
        service.registry = renamed(n, service.registry);
        // A Cloud Map name belongs to one service; the copy starts without.
        service.cloudMapService.clear();
    });
    copyEach(design.endpoints, n, [&n](VpcEndpoint &endpoint) {
        endpoint.vpc = renamed(n, endpoint.vpc);
        endpoint.subnets = renamed(n, endpoint.subnets);
        endpoint.routeTables = renamed(n, endpoint.routeTables);
        endpoint.securityGroups = renamed(n, endpoint.securityGroups);
    });
    copyEach(design.repositories, n, [](EcrRepository &) {});
    copyEach(design.externalHosts, n, [](ExternalHost &) {});
    copyEach(design.pipelines, n, [&n](Pipeline &pipeline) {
        pipeline.pushesTo = renamed(n, pipeline.pushesTo);
        pipeline.deploys = renamed(n, pipeline.deploys);
    });
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        const auto frame = design.layout.frames.constFind(it.key());
        if (frame != design.layout.frames.cend())
            design.layout.frames.insert(it.value(), frame->translated(40, 40));
    }

    QStringList created;
    for (const QString &id : ids) {
        if (names.contains(id) && design.kindOf(names.value(id)) != ObjectKind::None)
            created.append(names.value(id));
    }
    return created;
}

} // namespace vpcstudio

namespace vpcstudio {

namespace {

template <typename T> T *findObject(QVector<T> &objects, const QString &id)
{
    for (T &object : objects) {
        if (object.id == id)
            return &object;
    }
    return nullptr;
}

void appendOnce(QStringList &list, const QString &id)
{
    if (!list.contains(id))
        list.append(id);
}

QString routeTo(Design &design, RouteTable &table, const QString &target)
{
    QString destination = QStringLiteral("0.0.0.0/0");
    if (const VpcPeering *peering = findObject(design.peerings, target)) {
        const QString other =
            peering->requesterVpc == table.vpc ? peering->accepterVpc : peering->requesterVpc;
        const Vpc *vpc = design.vpc(other);
        if (!vpc || vpc->cidrBlocks.isEmpty())
            return DesignBuild::tr("the peered VPC has no block to route to");
        destination = vpc->cidrBlocks.first();
    } else if (const VpcEndpoint *endpoint = findObject(design.endpoints, target)) {
        if (endpoint->type != EndpointType::Gateway)
            return DesignBuild::tr(
                "only gateway endpoints take routes; interface endpoints sit in subnets");
        appendOnce(findObject(design.endpoints, target)->routeTables, table.id);
        return QString();
    }
    for (Route &route : table.routes) {
        if (route.destination == destination) {
            route.target = target;
            return QString();
        }
    }
    table.routes.append({destination, target});
    return QString();
}

QString balanceTo(Design &design, LoadBalancer &balancer, EcsService &service)
{
    QString group;
    for (const TargetGroup &candidate : design.targetGroups) {
        if (service.targetGroups.contains(candidate.id))
            group = candidate.id;
    }
    if (group.isEmpty()) {
        TargetGroup created;
        created.id = freshId(design, QStringLiteral("tg-") + service.id);
        created.vpc = balancer.vpc;
        created.port = service.containerPort;
        design.targetGroups.append(created);
        service.targetGroups.append(created.id);
        group = created.id;
    }
    if (balancer.listeners.isEmpty())
        balancer.listeners.append(Listener{});
    Listener &listener = balancer.listeners.first();
    int priority = 10;
    for (const ListenerRule &rule : listener.rules) {
        if (rule.targetGroup == group)
            return QString();
        priority = std::max(priority, rule.priority + 10);
    }
    listener.rules.append({priority, {QStringLiteral("/*")}, {}, group});
    return QString();
}

// A Cloud Map service name is a DNS label: "Spring Boot API" becomes
// "spring-boot-api".
QString dnsLabel(const QString &name)
{
    QString label;
    for (const QChar c : name.toLower()) {
        const bool plain = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (plain)
            label += c;
        else if (!label.isEmpty() && !label.endsWith(QLatin1Char('-')))
            label += QLatin1Char('-');
    }
    while (label.endsWith(QLatin1Char('-')))
        label.chop(1);
    return label.left(63).isEmpty() ? QStringLiteral("service") : label.left(63);
}

QString registerName(Design &design, EcsService &service, const CloudMapNamespace &space)
{
    // A name that the namespace already has is reused, because two entries
    // with one name would make the DNS name ambiguous.
    const QString name = dnsLabel(service.name.isEmpty() ? service.id : service.name);
    for (const CloudMapService &existing : design.cloudMapServices) {
        if (existing.namespaceId == space.id && existing.name == name) {
            service.cloudMapService = existing.id;
            return QString();
        }
    }
    CloudMapService entry;
    entry.id = freshId(design, QStringLiteral("cm-") + service.id);
    entry.name = name;
    entry.namespaceId = space.id;
    design.cloudMapServices.append(entry);
    service.cloudMapService = entry.id;
    return QString();
}

// Tries the pair in the given order only.
std::optional<QString> connectOrdered(Design &design, const QString &from, const QString &to)
{
    const ObjectKind fromKind = design.kindOf(from);
    const ObjectKind toKind = design.kindOf(to);
    Subnet *subnet = findObject(design.subnets, from);
    RouteTable *table = findObject(design.routeTables, from);
    SecurityGroup *group = findObject(design.securityGroups, from);
    LoadBalancer *balancer = findObject(design.loadBalancers, from);
    EcsService *service = findObject(design.services, to);
    Pipeline *pipeline = findObject(design.pipelines, from);

    if (subnet && toKind == ObjectKind::NetworkAcl) {
        subnet->networkAcl = to;
        return QString();
    }
    if (subnet && toKind == ObjectKind::RouteTable) {
        if (design.routeTable(to)->vpc != subnet->vpc)
            return DesignBuild::tr("the route table belongs to another VPC");
        subnet->routeTable = to;
        return QString();
    }
    const QVector<ObjectKind> targets = {ObjectKind::InternetGateway, ObjectKind::NatGateway,
                                         ObjectKind::VpcPeering, ObjectKind::VpcEndpoint};
    if (table && targets.contains(toKind))
        return routeTo(design, *table, to);
    if (group && service) {
        appendOnce(service->securityGroups, from);
        return QString();
    }
    if (group && toKind == ObjectKind::LoadBalancer) {
        appendOnce(findObject(design.loadBalancers, to)->securityGroups, from);
        return QString();
    }
    if (balancer && service)
        return balanceTo(design, *balancer, *service);
    if (balancer && toKind == ObjectKind::Subnet) {
        if (design.subnet(to)->vpc != balancer->vpc)
            return DesignBuild::tr("the subnet belongs to another VPC");
        appendOnce(balancer->subnets, to);
        return QString();
    }
    if (EcsService *placed = findObject(design.services, from);
        placed && toKind == ObjectKind::Subnet) {
        appendOnce(placed->subnets, to);
        return QString();
    }
    if (const CloudMapNamespace *space = design.cloudMapNamespace(from); space && service)
        return registerName(design, *service, *space);
    if ((fromKind == ObjectKind::EcrRepository || fromKind == ObjectKind::ExternalHost) &&
        service) {
        service->registry = from;
        return QString();
    }
    if (pipeline && toKind == ObjectKind::EcrRepository) {
        appendOnce(pipeline->pushesTo, to);
        return QString();
    }
    if (pipeline && service) {
        appendOnce(pipeline->deploys, to);
        return QString();
    }
    return std::nullopt;
}

} // namespace

QString connectObjects(Design &design, const QString &from, const QString &to)
{
    if (from == to)
        return DesignBuild::tr("drag to another object to connect them");
    if (const std::optional<QString> result = connectOrdered(design, from, to))
        return *result;
    if (const std::optional<QString> result = connectOrdered(design, to, from))
        return *result;
    return DesignBuild::tr("cannot connect %1 (%2) with %3 (%4)")
        .arg(from, objectKindName(design.kindOf(from)), to, objectKindName(design.kindOf(to)));
}

} // namespace vpcstudio

namespace vpcstudio {

namespace {

void renameIn(const QHash<QString, QString> &names, QString &id)
{
    id = names.value(id, id);
}

void renameIn(const QHash<QString, QString> &names, QStringList &ids)
{
    for (QString &id : ids)
        renameIn(names, id);
}

template <typename T>
void renameIds(const QHash<QString, QString> &names, QVector<T> &objects)
{
    for (T &object : objects)
        renameIn(names, object.id);
}

template <typename Value>
void renameKeys(const QHash<QString, QString> &names, QHash<QString, Value> &table)
{
    QHash<QString, Value> renamedTable;
    for (auto it = table.cbegin(); it != table.cend(); ++it)
        renamedTable.insert(names.value(it.key(), it.key()), it.value());
    table = renamedTable;
}

void renameObjectIds(Design &design, const QHash<QString, QString> &n)
{
    renameIds(n, design.vpcs);
    renameIds(n, design.zones);
    renameIds(n, design.subnets);
    renameIds(n, design.routeTables);
    renameIds(n, design.internetGateways);
    renameIds(n, design.natGateways);
    renameIds(n, design.securityGroups);
    renameIds(n, design.networkAcls);
    renameIds(n, design.endpoints);
    renameIds(n, design.peerings);
    renameIds(n, design.targetGroups);
    renameIds(n, design.loadBalancers);
    renameIds(n, design.clusters);
    renameIds(n, design.services);
    renameIds(n, design.repositories);
    renameIds(n, design.namespaces);
    renameIds(n, design.cloudMapServices);
    renameIds(n, design.externalHosts);
    renameIds(n, design.pipelines);
    renameIds(n, design.flows);
}

void renameNetworkReferences(Design &design, const QHash<QString, QString> &n)
{
    for (Subnet &subnet : design.subnets) {
        renameIn(n, subnet.vpc);
        renameIn(n, subnet.zone);
        renameIn(n, subnet.routeTable);
        renameIn(n, subnet.networkAcl);
    }
    for (RouteTable &table : design.routeTables) {
        renameIn(n, table.vpc);
        for (Route &route : table.routes)
            renameIn(n, route.target);
    }
    for (InternetGateway &gateway : design.internetGateways)
        renameIn(n, gateway.vpc);
    for (NatGateway &gateway : design.natGateways)
        renameIn(n, gateway.subnet);
    for (SecurityGroup &group : design.securityGroups) {
        renameIn(n, group.vpc);
        for (auto *rules : {&group.ingress, &group.egress}) {
            for (SecurityGroupRule &rule : *rules) {
                if (rule.peerKind == PeerKind::SecurityGroup)
                    renameIn(n, rule.peer);
            }
        }
    }
    for (NetworkAcl &acl : design.networkAcls)
        renameIn(n, acl.vpc);
    for (VpcEndpoint &endpoint : design.endpoints) {
        renameIn(n, endpoint.vpc);
        renameIn(n, endpoint.routeTables);
        renameIn(n, endpoint.subnets);
        renameIn(n, endpoint.securityGroups);
    }
    for (VpcPeering &peering : design.peerings) {
        renameIn(n, peering.requesterVpc);
        renameIn(n, peering.accepterVpc);
    }
}

void renameServiceReferences(Design &design, const QHash<QString, QString> &n)
{
    for (TargetGroup &group : design.targetGroups)
        renameIn(n, group.vpc);
    for (LoadBalancer &balancer : design.loadBalancers) {
        renameIn(n, balancer.vpc);
        renameIn(n, balancer.subnets);
        renameIn(n, balancer.securityGroups);
        for (Listener &listener : balancer.listeners) {
            renameIn(n, listener.defaultTargetGroup);
            for (ListenerRule &rule : listener.rules)
                renameIn(n, rule.targetGroup);
        }
    }
    for (EcsService &service : design.services) {
        renameIn(n, service.cluster);
        renameIn(n, service.registry);
        renameIn(n, service.subnets);
        renameIn(n, service.securityGroups);
        renameIn(n, service.cloudMapService);
        renameIn(n, service.targetGroups);
    }
    for (CloudMapNamespace &space : design.namespaces)
        renameIn(n, space.vpc);
    for (CloudMapService &service : design.cloudMapServices)
        renameIn(n, service.namespaceId);
    for (Pipeline &pipeline : design.pipelines) {
        renameIn(n, pipeline.pushesTo);
        renameIn(n, pipeline.deploys);
    }
    for (Flow &flow : design.flows) {
        renameIn(n, flow.from);
        renameIn(n, flow.to);
    }
}

} // namespace

void renameObjects(Design &design, const QHash<QString, QString> &names)
{
    renameObjectIds(design, names);
    renameNetworkReferences(design, names);
    renameServiceReferences(design, names);
    renameKeys(names, design.layout.frames);
    renameKeys(names, design.sourceLines);
}

namespace {

// Replaces `from` with `to` in a subnet list, refusing a subnet it has.
QString swapSubnet(QStringList &subnets, const QString &from, const QString &to,
                   const QString &id)
{
    if (subnets.contains(to))
        return DesignBuild::tr("%1 already runs in %2").arg(id, to);
    const qsizetype index = subnets.indexOf(from);
    if (index < 0)
        return DesignBuild::tr("%1 does not run in %2").arg(id, from);
    subnets[index] = to;
    return QString();
}

} // namespace

QString moveToSubnet(Design &design, const QString &id, const QString &from, const QString &to)
{
    const Subnet *source = design.subnet(from);
    const Subnet *target = design.subnet(to);
    if (!source || !target || from == to)
        return DesignBuild::tr("drop it in another subnet");
    if (source->vpc != target->vpc)
        return DesignBuild::tr("%1 cannot move to a subnet of another VPC").arg(id);
    for (NatGateway &gateway : design.natGateways) {
        if (gateway.id == id) {
            gateway.subnet = to;
            return QString();
        }
    }
    for (LoadBalancer &balancer : design.loadBalancers) {
        if (balancer.id == id)
            return swapSubnet(balancer.subnets, from, to, id);
    }
    for (EcsService &service : design.services) {
        if (service.id == id)
            return swapSubnet(service.subnets, from, to, id);
    }
    for (VpcEndpoint &endpoint : design.endpoints) {
        if (endpoint.id == id)
            return swapSubnet(endpoint.subnets, from, to, id);
    }
    return DesignBuild::tr("%1 does not sit in a subnet").arg(id);
}

} // namespace vpcstudio
