#include "designwriter.h"

#include "designreader.h"
#include "yamlemit.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace vpcstudio {

namespace {

const char *protocolName(Protocol protocol)
{
    switch (protocol) {
    case Protocol::All:
        return "all";
    case Protocol::Tcp:
        return "tcp";
    case Protocol::Udp:
        return "udp";
    case Protocol::Icmp:
        return "icmp";
    }
    return "all";
}

QString portText(int from, int to)
{
    return from == to ? QString::number(from) : QStringLiteral("%1-%2").arg(from).arg(to);
}

void emitBool(YAML::Emitter &out, const char *key, bool value, bool fallback)
{
    if (value != fallback)
        out << YAML::Key << key << YAML::Value << value;
}

void emitInt(YAML::Emitter &out, const char *key, int value, int fallback)
{
    if (value != fallback)
        out << YAML::Key << key << YAML::Value << value;
}

void emitPorts(YAML::Emitter &out, Protocol protocol, int from, int to)
{
    if (protocol == Protocol::All && from == 0 && to == 65535)
        return;
    out << YAML::Key << "ports" << YAML::Value;
    if (from == to)
        out << from;
    else
        out << YAML::DoubleQuoted << portText(from, to).toStdString();
}

void beginObject(YAML::Emitter &out, const QString &id, const QString &name)
{
    out << YAML::BeginMap;
    emitKeyString(out, "id", id);
    emitKeyString(out, "name", name);
}

void writeSecurityGroupRules(YAML::Emitter &out, const char *key,
                             const QVector<SecurityGroupRule> &rules)
{
    if (rules.isEmpty())
        return;
    out << YAML::Key << key << YAML::Value << YAML::BeginSeq;
    for (const SecurityGroupRule &rule : rules) {
        out << YAML::Flow << YAML::BeginMap;
        out << YAML::Key << "protocol" << YAML::Value << protocolName(rule.protocol);
        emitPorts(out, rule.protocol, rule.fromPort, rule.toPort);
        const char *peerKey = rule.peerKind == PeerKind::Cidr         ? "cidr"
                              : rule.peerKind == PeerKind::PrefixList ? "prefixList"
                                                                      : "group";
        emitKeyString(out, peerKey, rule.peer);
        emitKeyString(out, "description", rule.description);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

void writeAclEntries(YAML::Emitter &out, const char *key, const QVector<NetworkAclEntry> &entries)
{
    if (entries.isEmpty())
        return;
    out << YAML::Key << key << YAML::Value << YAML::BeginSeq;
    for (const NetworkAclEntry &entry : entries) {
        out << YAML::Flow << YAML::BeginMap;
        out << YAML::Key << "rule" << YAML::Value << entry.number;
        out << YAML::Key << "protocol" << YAML::Value << protocolName(entry.protocol);
        emitPorts(out, entry.protocol, entry.fromPort, entry.toPort);
        emitKeyString(out, "cidr", entry.cidr);
        out << YAML::Key << "action" << YAML::Value << (entry.allow ? "allow" : "deny");
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

void writeListeners(YAML::Emitter &out, const QVector<Listener> &listeners)
{
    if (listeners.isEmpty())
        return;
    out << YAML::Key << "listeners" << YAML::Value << YAML::BeginSeq;
    for (const Listener &listener : listeners) {
        out << YAML::BeginMap;
        out << YAML::Key << "port" << YAML::Value << listener.port;
        emitKeyString(out, "protocol", listener.protocol);
        emitKeyString(out, "defaultTargetGroup", listener.defaultTargetGroup);
        if (!listener.rules.isEmpty()) {
            out << YAML::Key << "rules" << YAML::Value << YAML::BeginSeq;
            for (const ListenerRule &rule : listener.rules) {
                out << YAML::Flow << YAML::BeginMap;
                out << YAML::Key << "priority" << YAML::Value << rule.priority;
                emitKeyList(out, "paths", rule.pathPatterns);
                emitKeyList(out, "hosts", rule.hostHeaders);
                emitKeyString(out, "targetGroup", rule.targetGroup);
                out << YAML::EndMap;
            }
            out << YAML::EndSeq;
        }
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

template <typename T, typename Write>
void writeList(YAML::Emitter &out, const char *key, const QVector<T> &objects, Write write)
{
    if (objects.isEmpty())
        return;
    out << YAML::Key << key << YAML::Value << YAML::BeginSeq;
    for (const T &object : objects) {
        beginObject(out, object.id, object.name);
        write(object);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

class Writer
{
public:
    explicit Writer(YAML::Emitter &out) : m_out(out) {}

    void write(const Design &design);

private:
    void writeNetwork(const Design &design);
    void writeSecurity(const Design &design);
    void writeServices(const Design &design);
    void writeOutside(const Design &design);
    void writeLayout(const Layout &layout);

    YAML::Emitter &m_out;
};

void Writer::writeNetwork(const Design &design)
{
    YAML::Emitter &out = m_out;
    writeList(out, "vpcs", design.vpcs, [&out](const Vpc &vpc) {
        emitKeyList(out, "cidrBlocks", vpc.cidrBlocks);
        emitBool(out, "dnsSupport", vpc.dnsSupport, true);
        emitBool(out, "dnsHostnames", vpc.dnsHostnames, true);
    });
    writeList(out, "zones", design.zones, [](const AvailabilityZone &) {});
    writeList(out, "subnets", design.subnets, [&out](const Subnet &subnet) {
        emitKeyString(out, "vpc", subnet.vpc);
        emitKeyString(out, "zone", subnet.zone);
        emitKeyString(out, "cidr", subnet.cidr);
        emitKeyString(out, "routeTable", subnet.routeTable);
        emitKeyString(out, "networkAcl", subnet.networkAcl);
        emitBool(out, "mapPublicIpOnLaunch", subnet.mapPublicIpOnLaunch, false);
    });
    writeList(out, "routeTables", design.routeTables, [&out](const RouteTable &table) {
        emitKeyString(out, "vpc", table.vpc);
        emitBool(out, "main", table.main, false);
        if (table.routes.isEmpty())
            return;
        out << YAML::Key << "routes" << YAML::Value << YAML::BeginSeq;
        for (const Route &route : table.routes) {
            out << YAML::Flow << YAML::BeginMap;
            emitKeyString(out, "destination", route.destination);
            emitKeyString(out, "target", route.target);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    });
    writeList(out, "internetGateways", design.internetGateways,
              [&out](const InternetGateway &gateway) { emitKeyString(out, "vpc", gateway.vpc); });
    writeList(out, "natGateways", design.natGateways, [&out](const NatGateway &gateway) {
        emitKeyString(out, "subnet", gateway.subnet);
        emitKeyString(out, "elasticIp", gateway.elasticIp);
        if (gateway.connectivity == NatConnectivity::Private)
            out << YAML::Key << "connectivity" << YAML::Value << "private";
    });
    writeList(out, "endpoints", design.endpoints, [&out](const VpcEndpoint &endpoint) {
        emitKeyString(out, "vpc", endpoint.vpc);
        out << YAML::Key << "type" << YAML::Value
            << (endpoint.type == EndpointType::Gateway ? "gateway" : "interface");
        emitKeyString(out, "service", endpoint.service);
        emitKeyList(out, "routeTables", endpoint.routeTables);
        emitKeyList(out, "subnets", endpoint.subnets);
        emitKeyList(out, "securityGroups", endpoint.securityGroups);
        emitBool(out, "privateDns", endpoint.privateDns, true);
    });
    writeList(out, "peerings", design.peerings, [&out](const VpcPeering &peering) {
        emitKeyString(out, "requesterVpc", peering.requesterVpc);
        emitKeyString(out, "accepterVpc", peering.accepterVpc);
    });
}

void Writer::writeSecurity(const Design &design)
{
    YAML::Emitter &out = m_out;
    writeList(out, "securityGroups", design.securityGroups, [&out](const SecurityGroup &group) {
        emitKeyString(out, "description", group.description);
        emitKeyString(out, "vpc", group.vpc);
        writeSecurityGroupRules(out, "ingress", group.ingress);
        writeSecurityGroupRules(out, "egress", group.egress);
    });
    writeList(out, "networkAcls", design.networkAcls, [&out](const NetworkAcl &acl) {
        emitKeyString(out, "vpc", acl.vpc);
        emitBool(out, "default", acl.isDefault, false);
        writeAclEntries(out, "inbound", acl.inbound);
        writeAclEntries(out, "outbound", acl.outbound);
    });
}

void Writer::writeServices(const Design &design)
{
    YAML::Emitter &out = m_out;
    writeList(out, "targetGroups", design.targetGroups, [&out](const TargetGroup &group) {
        emitKeyString(out, "vpc", group.vpc);
        out << YAML::Key << "port" << YAML::Value << group.port;
        emitKeyString(out, "protocol", group.protocol);
    });
    writeList(out, "loadBalancers", design.loadBalancers, [&out](const LoadBalancer &balancer) {
        emitKeyString(out, "vpc", balancer.vpc);
        out << YAML::Key << "scheme" << YAML::Value
            << (balancer.scheme == LoadBalancerScheme::Internal ? "internal" : "internet-facing");
        emitKeyList(out, "subnets", balancer.subnets);
        emitKeyList(out, "securityGroups", balancer.securityGroups);
        writeListeners(out, balancer.listeners);
    });
    writeList(out, "clusters", design.clusters, [](const EcsCluster &) {});
    writeList(out, "services", design.services, [&out](const EcsService &service) {
        emitKeyString(out, "cluster", service.cluster);
        if (service.launchType == LaunchType::Ec2)
            out << YAML::Key << "launchType" << YAML::Value << "ec2";
        emitKeyString(out, "image", service.image);
        emitKeyString(out, "registry", service.registry);
        out << YAML::Key << "containerPort" << YAML::Value << service.containerPort;
        emitInt(out, "desiredCount", service.desiredCount, 1);
        emitKeyList(out, "subnets", service.subnets);
        emitKeyList(out, "securityGroups", service.securityGroups);
        emitBool(out, "assignPublicIp", service.assignPublicIp, false);
        emitKeyString(out, "cloudMapService", service.cloudMapService);
        emitKeyList(out, "targetGroups", service.targetGroups);
    });
    writeList(out, "repositories", design.repositories, [](const EcrRepository &) {});
    writeList(out, "namespaces", design.namespaces,
              [&out](const CloudMapNamespace &space) { emitKeyString(out, "vpc", space.vpc); });
    writeList(out, "cloudMapServices", design.cloudMapServices,
              [&out](const CloudMapService &service) {
                  emitKeyString(out, "namespace", service.namespaceId);
              });
}

void Writer::writeOutside(const Design &design)
{
    YAML::Emitter &out = m_out;
    static const char *const kinds[] = {"internet", "user", "api", "registry"};
    writeList(out, "external", design.externalHosts, [&out](const ExternalHost &host) {
        out << YAML::Key << "kind" << YAML::Value << kinds[int(host.kind)];
        emitKeyString(out, "address", host.address);
    });
    writeList(out, "pipelines", design.pipelines, [&out](const Pipeline &pipeline) {
        emitKeyList(out, "pushesTo", pipeline.pushesTo);
        emitKeyList(out, "deploys", pipeline.deploys);
    });
    writeList(out, "flows", design.flows, [&out](const Flow &flow) {
        emitKeyString(out, "from", flow.from);
        emitKeyString(out, "to", flow.to);
        if (flow.protocol != Protocol::Tcp)
            out << YAML::Key << "protocol" << YAML::Value << protocolName(flow.protocol);
        out << YAML::Key << "port" << YAML::Value << flow.port;
        emitKeyString(out, "path", flow.path);
        emitKeyString(out, "description", flow.description);
    });
}

void Writer::writeLayout(const Layout &layout)
{
    if (layout.frames.isEmpty())
        return;
    QStringList ids = layout.frames.keys();
    ids.sort();
    m_out << YAML::Key << "layout" << YAML::Value << YAML::BeginMap;
    for (const QString &id : ids) {
        const QRectF frame = layout.frames.value(id);
        m_out << YAML::Key;
        emitString(m_out, id);
        m_out << YAML::Value << YAML::Flow << YAML::BeginSeq << frame.x() << frame.y()
              << frame.width() << frame.height() << YAML::EndSeq;
    }
    m_out << YAML::EndMap;
}

void Writer::write(const Design &design)
{
    m_out << YAML::BeginMap;
    m_out << YAML::Key << "vpcstudio" << YAML::Value << DesignFormatVersion;
    emitKeyString(m_out, "name", design.name);
    emitKeyString(m_out, "description", design.description);
    emitKeyString(m_out, "region", design.region);
    writeNetwork(design);
    writeSecurity(design);
    writeServices(design);
    writeOutside(design);
    writeLayout(design.layout);
    m_out << YAML::EndMap;
}

} // namespace

QByteArray writeDesignText(const Design &design)
{
    YAML::Emitter out;
    out.SetIndent(2);
    Writer(out).write(design);
    QByteArray text(out.c_str(), int(out.size()));
    text.append('\n');
    return text;
}

QString checkSaveTarget(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        return QCoreApplication::translate("vpcstudio::DesignWriter",
                                           "it exists and is not a regular file");
    }
    return QString();
}

QString saveDesignFile(const Design &design, const QString &path)
{
    const QString target = checkSaveTarget(path);
    if (!target.isEmpty())
        return target;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    const QByteArray text = writeDesignText(design);
    if (file.write(text) != text.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return reason;
    }
    if (!file.commit())
        return file.errorString();
    return QString();
}

} // namespace vpcstudio
