#include "design.h"

#include <algorithm>

namespace vpcstudio {

namespace {

template <typename T> const T *findById(const QVector<T> &objects, const QString &id)
{
    const auto it = std::find_if(objects.cbegin(), objects.cend(),
                                 [&id](const T &object) { return object.id == id; });
    return it == objects.cend() ? nullptr : &*it;
}

template <typename T> bool contains(const QVector<T> &objects, const QString &id)
{
    return findById(objects, id) != nullptr;
}

} // namespace

ObjectKind Design::kindOf(const QString &id) const
{
    const QVector<QPair<bool, ObjectKind>> checks = {
        {contains(vpcs, id), ObjectKind::Vpc},
        {contains(zones, id), ObjectKind::AvailabilityZone},
        {contains(subnets, id), ObjectKind::Subnet},
        {contains(routeTables, id), ObjectKind::RouteTable},
        {contains(internetGateways, id), ObjectKind::InternetGateway},
        {contains(natGateways, id), ObjectKind::NatGateway},
        {contains(securityGroups, id), ObjectKind::SecurityGroup},
        {contains(networkAcls, id), ObjectKind::NetworkAcl},
        {contains(endpoints, id), ObjectKind::VpcEndpoint},
        {contains(peerings, id), ObjectKind::VpcPeering},
        {contains(targetGroups, id), ObjectKind::TargetGroup},
        {contains(loadBalancers, id), ObjectKind::LoadBalancer},
        {contains(clusters, id), ObjectKind::EcsCluster},
        {contains(services, id), ObjectKind::EcsService},
        {contains(repositories, id), ObjectKind::EcrRepository},
        {contains(namespaces, id), ObjectKind::CloudMapNamespace},
        {contains(cloudMapServices, id), ObjectKind::CloudMapService},
        {contains(externalHosts, id), ObjectKind::ExternalHost},
        {contains(pipelines, id), ObjectKind::Pipeline},
        {contains(flows, id), ObjectKind::Flow},
    };
    for (const auto &check : checks) {
        if (check.first)
            return check.second;
    }
    return ObjectKind::None;
}

QString Design::nameOf(const QString &id) const
{
    // Only the kinds that the canvas labels need a name lookup.
    if (const Vpc *found = vpc(id))
        return found->name.isEmpty() ? id : found->name;
    if (const Subnet *found = subnet(id))
        return found->name.isEmpty() ? id : found->name;
    if (const SecurityGroup *found = securityGroup(id))
        return found->name.isEmpty() ? id : found->name;
    return id;
}

const Vpc *Design::vpc(const QString &id) const
{
    return findById(vpcs, id);
}

const Subnet *Design::subnet(const QString &id) const
{
    return findById(subnets, id);
}

const RouteTable *Design::routeTable(const QString &id) const
{
    return findById(routeTables, id);
}

const SecurityGroup *Design::securityGroup(const QString &id) const
{
    return findById(securityGroups, id);
}

const CloudMapNamespace *Design::cloudMapNamespace(const QString &id) const
{
    return findById(namespaces, id);
}

const CloudMapService *Design::cloudMapService(const QString &id) const
{
    return findById(cloudMapServices, id);
}

const RouteTable *Design::effectiveRouteTable(const Subnet &subnet) const
{
    if (!subnet.routeTable.isEmpty())
        return routeTable(subnet.routeTable);
    const auto it =
        std::find_if(routeTables.cbegin(), routeTables.cend(), [&subnet](const RouteTable &table) {
            return table.main && table.vpc == subnet.vpc;
        });
    return it == routeTables.cend() ? nullptr : &*it;
}

QHash<QString, ObjectKind> objectKinds(const Design &design)
{
    QHash<QString, ObjectKind> kinds;
    auto add = [&kinds](const auto &objects, ObjectKind kind) {
        for (const auto &object : objects)
            kinds.insert(object.id, kind);
    };
    add(design.vpcs, ObjectKind::Vpc);
    add(design.zones, ObjectKind::AvailabilityZone);
    add(design.subnets, ObjectKind::Subnet);
    add(design.routeTables, ObjectKind::RouteTable);
    add(design.internetGateways, ObjectKind::InternetGateway);
    add(design.natGateways, ObjectKind::NatGateway);
    add(design.securityGroups, ObjectKind::SecurityGroup);
    add(design.networkAcls, ObjectKind::NetworkAcl);
    add(design.endpoints, ObjectKind::VpcEndpoint);
    add(design.peerings, ObjectKind::VpcPeering);
    add(design.targetGroups, ObjectKind::TargetGroup);
    add(design.loadBalancers, ObjectKind::LoadBalancer);
    add(design.clusters, ObjectKind::EcsCluster);
    add(design.services, ObjectKind::EcsService);
    add(design.repositories, ObjectKind::EcrRepository);
    add(design.namespaces, ObjectKind::CloudMapNamespace);
    add(design.cloudMapServices, ObjectKind::CloudMapService);
    add(design.externalHosts, ObjectKind::ExternalHost);
    add(design.pipelines, ObjectKind::Pipeline);
    add(design.flows, ObjectKind::Flow);
    return kinds;
}

QString objectKindName(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::None:
        return QStringLiteral("none");
    case ObjectKind::Vpc:
        return QStringLiteral("vpc");
    case ObjectKind::AvailabilityZone:
        return QStringLiteral("zone");
    case ObjectKind::Subnet:
        return QStringLiteral("subnet");
    case ObjectKind::RouteTable:
        return QStringLiteral("routeTable");
    case ObjectKind::InternetGateway:
        return QStringLiteral("internetGateway");
    case ObjectKind::NatGateway:
        return QStringLiteral("natGateway");
    case ObjectKind::SecurityGroup:
        return QStringLiteral("securityGroup");
    case ObjectKind::NetworkAcl:
        return QStringLiteral("networkAcl");
    case ObjectKind::VpcEndpoint:
        return QStringLiteral("endpoint");
    case ObjectKind::VpcPeering:
        return QStringLiteral("peering");
    case ObjectKind::TargetGroup:
        return QStringLiteral("targetGroup");
    case ObjectKind::LoadBalancer:
        return QStringLiteral("loadBalancer");
    case ObjectKind::EcsCluster:
        return QStringLiteral("cluster");
    case ObjectKind::EcsService:
        return QStringLiteral("service");
    case ObjectKind::EcrRepository:
        return QStringLiteral("repository");
    case ObjectKind::CloudMapNamespace:
        return QStringLiteral("namespace");
    case ObjectKind::CloudMapService:
        return QStringLiteral("cloudMapService");
    case ObjectKind::ExternalHost:
        return QStringLiteral("external");
    case ObjectKind::Pipeline:
        return QStringLiteral("pipeline");
    case ObjectKind::Flow:
        return QStringLiteral("flow");
    }
    return QString();
}

bool isAwsServiceName(const QString &text)
{
    static const QStringList names = {
        QStringLiteral("s3"),      QStringLiteral("dynamodb"),       QStringLiteral("ecr.api"),
        QStringLiteral("ecr.dkr"), QStringLiteral("logs"),           QStringLiteral("ssm"),
        QStringLiteral("sts"),     QStringLiteral("secretsmanager"), QStringLiteral("ecs")};
    return names.contains(text);
}

} // namespace vpcstudio
