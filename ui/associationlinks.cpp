#include "associationlinks.h"

#include <QMap>
#include <QSet>

namespace vpcstudio {

namespace {

// Collects links once each, whichever selected object asked for them.
class LinkSet
{
public:
    explicit LinkSet(const DiagramLayout &layout) : m_layout(layout) {}

    void add(const QString &from, const QString &to, const QString &label = QString())
    {
        if (!m_layout.find(from) || !m_layout.find(to) || from == to)
            return;
        const QString key = from < to ? from + QLatin1Char('|') + to : to + QLatin1Char('|') + from;
        if (m_seen.contains(key))
            return;
        m_seen.insert(key);
        m_links.append({from, to, label});
    }

    // Links `from` to every placement of `objectId` (a node drawn once per
    // subnet has one placement in each).
    void addToEach(const QString &from, const QString &objectId, const QString &label = QString())
    {
        for (const Placement *placement : m_layout.placementsOf(objectId))
            add(from, placement->key, label);
    }

    QVector<AssociationLink> links() const { return m_links; }

private:
    const DiagramLayout &m_layout;
    QSet<QString> m_seen;
    QVector<AssociationLink> m_links;
};

QStringList subnetsOf(const Design &design, const QString &id)
{
    for (const EcsService &service : design.services) {
        if (service.id == id)
            return service.subnets;
    }
    for (const LoadBalancer &balancer : design.loadBalancers) {
        if (balancer.id == id)
            return balancer.subnets;
    }
    for (const VpcEndpoint &endpoint : design.endpoints) {
        if (endpoint.id == id)
            return endpoint.subnets;
    }
    return {};
}

void linkRouteTable(const Design &design, const RouteTable &table, LinkSet &links)
{
    for (const Subnet &subnet : design.subnets) {
        const RouteTable *used = design.effectiveRouteTable(subnet);
        if (used && used->id == table.id)
            links.add(table.id, subnet.id);
    }
    for (const Route &route : table.routes) {
        if (route.target != QLatin1String("local"))
            links.addToEach(table.id, route.target, route.destination);
    }
    for (const VpcEndpoint &endpoint : design.endpoints) {
        if (endpoint.routeTables.contains(table.id))
            links.addToEach(table.id, endpoint.id);
    }
}

// Members of a group that share a subnet share one line to its room.
void linkSecurityGroup(const Design &design, const SecurityGroup &group, LinkSet &links)
{
    QMap<QString, QStringList> membersBySubnet;
    const auto addMember = [&](const QString &id, const QString &name, const QStringList &groups) {
        if (!groups.contains(group.id))
            return;
        for (const QString &subnet : subnetsOf(design, id))
            membersBySubnet[subnet].append(name.isEmpty() ? id : name);
    };
    for (const EcsService &service : design.services)
        addMember(service.id, service.name, service.securityGroups);
    for (const LoadBalancer &balancer : design.loadBalancers)
        addMember(balancer.id, balancer.name, balancer.securityGroups);
    for (const VpcEndpoint &endpoint : design.endpoints)
        addMember(endpoint.id, endpoint.name, endpoint.securityGroups);
    for (auto it = membersBySubnet.cbegin(); it != membersBySubnet.cend(); ++it)
        links.add(group.id, it.key(), it.value().join(QStringLiteral(", ")));
}

void linkMember(const QString &id, const QStringList &groups, LinkSet &links)
{
    for (const QString &group : groups)
        links.addToEach(group, id);
}

void linkService(const Design &design, const EcsService &service, LinkSet &links)
{
    linkMember(service.id, service.securityGroups, links);
    if (const CloudMapService *entry = design.cloudMapService(service.cloudMapService)) {
        const CloudMapNamespace *space = design.cloudMapNamespace(entry->namespaceId);
        if (space)
            links.addToEach(space->id, service.id, entry->name + QLatin1Char('.') + space->name);
    }
}

void linkNamespace(const Design &design, const CloudMapNamespace &space, LinkSet &links)
{
    for (const EcsService &service : design.services) {
        const CloudMapService *entry = design.cloudMapService(service.cloudMapService);
        if (entry && entry->namespaceId == space.id)
            links.addToEach(space.id, service.id, entry->name + QLatin1Char('.') + space.name);
    }
}

void linkSubnet(const Design &design, const Subnet &subnet, LinkSet &links)
{
    if (const RouteTable *table = design.effectiveRouteTable(subnet))
        links.add(table->id, subnet.id);
    for (const NetworkAcl &acl : design.networkAcls) {
        const bool used = subnet.networkAcl.isEmpty() ? acl.isDefault && acl.vpc == subnet.vpc
                                                      : acl.id == subnet.networkAcl;
        if (used)
            links.add(acl.id, subnet.id);
    }
}

// Gateways, NAT gateways, peerings and endpoints link to the tables that
// route to them.
void linkRouteTarget(const Design &design, const QString &id, LinkSet &links)
{
    for (const RouteTable &table : design.routeTables) {
        for (const Route &route : table.routes) {
            if (route.target == id)
                links.addToEach(table.id, id, route.destination);
        }
    }
}

} // namespace

QVector<AssociationLink> associationLinks(const Design &design, const DiagramLayout &layout,
                                          const QStringList &objectIds)
{
    LinkSet links(layout);
    for (const QString &id : objectIds) {
        for (const RouteTable &table : design.routeTables) {
            if (table.id == id)
                linkRouteTable(design, table, links);
        }
        for (const SecurityGroup &group : design.securityGroups) {
            if (group.id == id)
                linkSecurityGroup(design, group, links);
        }
        for (const EcsService &service : design.services) {
            if (service.id == id)
                linkService(design, service, links);
        }
        for (const LoadBalancer &balancer : design.loadBalancers) {
            if (balancer.id == id)
                linkMember(balancer.id, balancer.securityGroups, links);
        }
        for (const CloudMapNamespace &space : design.namespaces) {
            if (space.id == id)
                linkNamespace(design, space, links);
        }
        if (const Subnet *subnet = design.subnet(id))
            linkSubnet(design, *subnet, links);
        linkRouteTarget(design, id, links);
    }
    return links.links();
}

QStringList associatedObjects(const Design &design)
{
    QStringList ids;
    for (const RouteTable &table : design.routeTables)
        ids.append(table.id);
    for (const SecurityGroup &group : design.securityGroups)
        ids.append(group.id);
    for (const CloudMapNamespace &space : design.namespaces)
        ids.append(space.id);
    return ids;
}

} // namespace vpcstudio
