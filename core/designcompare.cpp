#include "designcompare.h"

#include <tuple>

namespace vpcstudio {

bool operator==(const Vpc &a, const Vpc &b)
{
    return std::tie(a.id, a.name, a.cidrBlocks, a.dnsSupport, a.dnsHostnames) ==
           std::tie(b.id, b.name, b.cidrBlocks, b.dnsSupport, b.dnsHostnames);
}

bool operator==(const AvailabilityZone &a, const AvailabilityZone &b)
{
    return std::tie(a.id, a.name) == std::tie(b.id, b.name);
}

bool operator==(const Subnet &a, const Subnet &b)
{
    return std::tie(a.id, a.name, a.vpc, a.zone, a.cidr, a.routeTable, a.networkAcl,
                    a.mapPublicIpOnLaunch) == std::tie(b.id, b.name, b.vpc, b.zone, b.cidr,
                                                       b.routeTable, b.networkAcl,
                                                       b.mapPublicIpOnLaunch);
}

bool operator==(const Route &a, const Route &b)
{
    return std::tie(a.destination, a.target) == std::tie(b.destination, b.target);
}

bool operator==(const RouteTable &a, const RouteTable &b)
{
    return std::tie(a.id, a.name, a.vpc, a.main, a.routes) ==
           std::tie(b.id, b.name, b.vpc, b.main, b.routes);
}

bool operator==(const InternetGateway &a, const InternetGateway &b)
{
    return std::tie(a.id, a.name, a.vpc) == std::tie(b.id, b.name, b.vpc);
}

bool operator==(const NatGateway &a, const NatGateway &b)
{
    return std::tie(a.id, a.name, a.subnet, a.elasticIp, a.connectivity) ==
           std::tie(b.id, b.name, b.subnet, b.elasticIp, b.connectivity);
}

bool operator==(const SecurityGroupRule &a, const SecurityGroupRule &b)
{
    return std::tie(a.protocol, a.fromPort, a.toPort, a.peerKind, a.peer, a.description) ==
           std::tie(b.protocol, b.fromPort, b.toPort, b.peerKind, b.peer, b.description);
}

bool operator==(const SecurityGroup &a, const SecurityGroup &b)
{
    return std::tie(a.id, a.name, a.vpc, a.description, a.ingress, a.egress) ==
           std::tie(b.id, b.name, b.vpc, b.description, b.ingress, b.egress);
}

bool operator==(const NetworkAclEntry &a, const NetworkAclEntry &b)
{
    return std::tie(a.number, a.protocol, a.fromPort, a.toPort, a.cidr, a.allow) ==
           std::tie(b.number, b.protocol, b.fromPort, b.toPort, b.cidr, b.allow);
}

bool operator==(const NetworkAcl &a, const NetworkAcl &b)
{
    return std::tie(a.id, a.name, a.vpc, a.isDefault, a.inbound, a.outbound) ==
           std::tie(b.id, b.name, b.vpc, b.isDefault, b.inbound, b.outbound);
}

bool operator==(const VpcEndpoint &a, const VpcEndpoint &b)
{
    return std::tie(a.id, a.name, a.vpc, a.type, a.service, a.routeTables, a.subnets,
                    a.securityGroups, a.privateDns) == std::tie(b.id, b.name, b.vpc, b.type,
                                                                b.service, b.routeTables, b.subnets,
                                                                b.securityGroups, b.privateDns);
}

bool operator==(const VpcPeering &a, const VpcPeering &b)
{
    return std::tie(a.id, a.name, a.requesterVpc, a.accepterVpc) ==
           std::tie(b.id, b.name, b.requesterVpc, b.accepterVpc);
}

bool operator==(const ListenerRule &a, const ListenerRule &b)
{
    return std::tie(a.priority, a.pathPatterns, a.hostHeaders, a.targetGroup) ==
           std::tie(b.priority, b.pathPatterns, b.hostHeaders, b.targetGroup);
}

bool operator==(const Listener &a, const Listener &b)
{
    return std::tie(a.port, a.protocol, a.defaultTargetGroup, a.rules) ==
           std::tie(b.port, b.protocol, b.defaultTargetGroup, b.rules);
}

bool operator==(const TargetGroup &a, const TargetGroup &b)
{
    return std::tie(a.id, a.name, a.vpc, a.port, a.protocol) ==
           std::tie(b.id, b.name, b.vpc, b.port, b.protocol);
}

bool operator==(const LoadBalancer &a, const LoadBalancer &b)
{
    return std::tie(a.id, a.name, a.vpc, a.scheme, a.subnets, a.securityGroups, a.listeners) ==
           std::tie(b.id, b.name, b.vpc, b.scheme, b.subnets, b.securityGroups, b.listeners);
}

bool operator==(const EcsCluster &a, const EcsCluster &b)
{
    return std::tie(a.id, a.name) == std::tie(b.id, b.name);
}

bool operator==(const EcsService &a, const EcsService &b)
{
    return std::tie(a.id, a.name, a.cluster, a.launchType, a.image, a.registry, a.containerPort,
                    a.desiredCount, a.subnets, a.securityGroups, a.assignPublicIp,
                    a.cloudMapService, a.targetGroups) ==
           std::tie(b.id, b.name, b.cluster, b.launchType, b.image, b.registry, b.containerPort,
                    b.desiredCount, b.subnets, b.securityGroups, b.assignPublicIp,
                    b.cloudMapService, b.targetGroups);
}

bool operator==(const EcrRepository &a, const EcrRepository &b)
{
    return std::tie(a.id, a.name) == std::tie(b.id, b.name);
}

bool operator==(const CloudMapNamespace &a, const CloudMapNamespace &b)
{
    return std::tie(a.id, a.name, a.vpc) == std::tie(b.id, b.name, b.vpc);
}

bool operator==(const CloudMapService &a, const CloudMapService &b)
{
    return std::tie(a.id, a.name, a.namespaceId) == std::tie(b.id, b.name, b.namespaceId);
}

bool operator==(const ExternalHost &a, const ExternalHost &b)
{
    return std::tie(a.id, a.name, a.kind, a.address) == std::tie(b.id, b.name, b.kind, b.address);
}

bool operator==(const Pipeline &a, const Pipeline &b)
{
    return std::tie(a.id, a.name, a.pushesTo, a.deploys) ==
           std::tie(b.id, b.name, b.pushesTo, b.deploys);
}

bool operator==(const Flow &a, const Flow &b)
{
    return std::tie(a.id, a.name, a.from, a.to, a.protocol, a.port, a.path, a.description) ==
           std::tie(b.id, b.name, b.from, b.to, b.protocol, b.port, b.path, b.description);
}

bool operator==(const Design &a, const Design &b)
{
    return std::tie(a.name, a.description, a.region, a.vpcs, a.zones, a.subnets, a.routeTables,
                    a.internetGateways, a.natGateways, a.securityGroups, a.networkAcls, a.endpoints,
                    a.peerings, a.targetGroups, a.loadBalancers, a.clusters, a.services,
                    a.repositories, a.namespaces, a.cloudMapServices, a.externalHosts, a.pipelines,
                    a.flows, a.layout) ==
           std::tie(b.name, b.description, b.region, b.vpcs, b.zones, b.subnets, b.routeTables,
                    b.internetGateways, b.natGateways, b.securityGroups, b.networkAcls, b.endpoints,
                    b.peerings, b.targetGroups, b.loadBalancers, b.clusters, b.services,
                    b.repositories, b.namespaces, b.cloudMapServices, b.externalHosts, b.pipelines,
                    b.flows, b.layout);
}

} // namespace vpcstudio
