#include "designreader.h"

#include "cidr.h"
#include "nodereader.h"
#include "yamlload.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <functional>

namespace vpcstudio {

namespace {

// The translation context of this file's messages; lupdate files the
// strings under it because each call names it.
struct DesignReader
{
    Q_DECLARE_TR_FUNCTIONS(vpcstudio::DesignReader)
};

const QStringList protocolNames = {QStringLiteral("all"), QStringLiteral("tcp"),
                                   QStringLiteral("udp"), QStringLiteral("icmp")};

struct PendingReference
{
    YAML::Node node;
    QString field;
    QString id;
    QVector<ObjectKind> kinds;
};

class Reader
{
public:
    Design read(const YAML::Node &root);

private:
    template <typename T>
    void readList(NodeReader &top, const char *key, QVector<T> &out,
                  T (Reader::*readOne)(NodeReader &));

    QString readId(NodeReader &reader);
    void refer(NodeReader &reader, const char *key, QVector<ObjectKind> kinds,
               bool required = false);
    void referList(NodeReader &reader, const char *key, QVector<ObjectKind> kinds);
    void checkReferences() const;

    Vpc readVpc(NodeReader &reader);
    AvailabilityZone readZone(NodeReader &reader);
    Subnet readSubnet(NodeReader &reader);
    RouteTable readRouteTable(NodeReader &reader);
    InternetGateway readInternetGateway(NodeReader &reader);
    NatGateway readNatGateway(NodeReader &reader);
    SecurityGroup readSecurityGroup(NodeReader &reader);
    SecurityGroupRule readSecurityGroupRule(const YAML::Node &node, const QString &what);
    NetworkAcl readNetworkAcl(NodeReader &reader);
    NetworkAclEntry readNetworkAclEntry(const YAML::Node &node, const QString &what);
    VpcEndpoint readEndpoint(NodeReader &reader);
    VpcPeering readPeering(NodeReader &reader);
    TargetGroup readTargetGroup(NodeReader &reader);
    LoadBalancer readLoadBalancer(NodeReader &reader);
    Listener readListener(const YAML::Node &node, const QString &what);
    EcsCluster readCluster(NodeReader &reader);
    EcsService readService(NodeReader &reader);
    EcrRepository readRepository(NodeReader &reader);
    CloudMapNamespace readNamespace(NodeReader &reader);
    CloudMapService readCloudMapService(NodeReader &reader);
    ExternalHost readExternalHost(NodeReader &reader);
    Pipeline readPipeline(NodeReader &reader);
    Flow readFlow(NodeReader &reader);
    void readLayout(const YAML::Node &node);
    void checkFlowEndpoint(const YAML::Node &node, const QString &endpoint) const;

    Design m_design;
    QHash<QString, int> m_idLines;
    QVector<PendingReference> m_references;
    QString m_what;
};

// Reads "N" or "FROM-TO". Only the syntax is checked here: a reversed or
// out-of-range pair reads as written, so that the checker can report it
// as sg.invalid-port-range, and ICMP rules keep their type and code.
void portRange(const YAML::Node &node, const QString &what, int *from, int *to)
{
    const QString text = scalarText(node, what);
    const int dash = text.indexOf(QLatin1Char('-'), 1);
    bool fromOk = false;
    bool toOk = false;
    if (dash < 0) {
        *from = *to = text.trimmed().toInt(&fromOk);
        toOk = fromOk;
    } else {
        *from = text.left(dash).trimmed().toInt(&fromOk);
        *to = text.mid(dash + 1).trimmed().toInt(&toOk);
    }
    if (!fromOk || !toOk) {
        throw inputErrorAt(
            node,
            DesignReader::tr("%1 must be a port or a range such as 1024-65535, not \"%2\"")
                .arg(what, text),
            DesignReader::tr("write port numbers, not service names"));
    }
}

template <typename T>
void Reader::readList(NodeReader &top, const char *key, QVector<T> &out,
                      T (Reader::*readOne)(NodeReader &))
{
    const YAML::Node list = top.child(key);
    if (!isPresent(list))
        return;
    if (!list.IsSequence()) {
        throw inputErrorAt(list,
                           DesignReader::tr("\"%1\" must be a list").arg(QString::fromLatin1(key)),
                           DesignReader::tr("start each entry with \"- \""));
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
        m_what = QStringLiteral("%1[%2]").arg(QString::fromLatin1(key)).arg(i);
        NodeReader reader(list[i], m_what);
        out.append((this->*readOne)(reader));
        reader.finish();
    }
}

QString Reader::readId(NodeReader &reader)
{
    const QString id = reader.requiredString("id");
    const YAML::Node node = reader.node()["id"];
    const auto previous = m_idLines.constFind(id);
    if (previous != m_idLines.cend()) {
        throw inputErrorAt(node,
                           DesignReader::tr("the id \"%1\" is already used at line %2")
                               .arg(id)
                               .arg(previous.value()),
                           DesignReader::tr("give every object its own id"));
    }
    m_idLines.insert(id, node.Mark().line + 1);
    m_what = id;
    return id;
}

void Reader::refer(NodeReader &reader, const char *key, QVector<ObjectKind> kinds, bool required)
{
    const QString id = required ? reader.requiredString(key) : reader.string(key);
    if (!id.isEmpty()) {
        m_references.append(
            {reader.node()[key], m_what + QLatin1Char('.') + QLatin1String(key), id, kinds});
    }
}

void Reader::referList(NodeReader &reader, const char *key, QVector<ObjectKind> kinds)
{
    const QStringList ids = reader.stringList(key);
    const YAML::Node node = reader.node()[key];
    for (int i = 0; i < ids.size(); ++i) {
        const YAML::Node item = node.IsSequence() ? node[std::size_t(i)] : node;
        m_references.append({item, m_what + QLatin1Char('.') + QLatin1String(key), ids[i], kinds});
    }
}

void Reader::checkReferences() const
{
    const QHash<QString, ObjectKind> kinds = objectKinds(m_design);
    for (const PendingReference &reference : m_references) {
        const ObjectKind kind = kinds.value(reference.id, ObjectKind::None);
        if (reference.kinds.contains(kind))
            continue;

        QStringList expected;
        for (ObjectKind wanted : reference.kinds)
            expected.append(objectKindName(wanted));
        const QString message = kind == ObjectKind::None
                                    ? DesignReader::tr("%1 names \"%2\", which does not exist")
                                          .arg(reference.field, reference.id)
                                    : DesignReader::tr("%1 names \"%2\", which is a %3, not a %4")
                                          .arg(reference.field, reference.id, objectKindName(kind),
                                               expected.join(QStringLiteral(" or ")));
        throw inputErrorAt(reference.node, message,
                           DesignReader::tr("add a %1 with that id or correct the id")
                               .arg(expected.join(QStringLiteral(" or "))));
    }
}

Vpc Reader::readVpc(NodeReader &reader)
{
    Vpc vpc;
    vpc.id = readId(reader);
    vpc.name = reader.string("name");
    vpc.cidrBlocks = reader.stringList("cidrBlocks");
    vpc.dnsSupport = reader.boolean("dnsSupport", true);
    vpc.dnsHostnames = reader.boolean("dnsHostnames", true);
    if (vpc.cidrBlocks.isEmpty()) {
        throw inputErrorAt(reader.node(), DesignReader::tr("VPC %1 has no CIDR block").arg(vpc.id),
                           DesignReader::tr("add \"cidrBlocks: [10.0.0.0/16]\" or another block"));
    }
    return vpc;
}

AvailabilityZone Reader::readZone(NodeReader &reader)
{
    AvailabilityZone zone;
    zone.id = readId(reader);
    zone.name = reader.string("name");
    return zone;
}

Subnet Reader::readSubnet(NodeReader &reader)
{
    Subnet subnet;
    subnet.id = readId(reader);
    subnet.name = reader.string("name");
    subnet.vpc = reader.requiredString("vpc");
    refer(reader, "vpc", {ObjectKind::Vpc}, true);
    subnet.zone = reader.requiredString("zone");
    refer(reader, "zone", {ObjectKind::AvailabilityZone}, true);
    subnet.cidr = reader.requiredString("cidr");
    subnet.routeTable = reader.string("routeTable");
    refer(reader, "routeTable", {ObjectKind::RouteTable});
    subnet.networkAcl = reader.string("networkAcl");
    refer(reader, "networkAcl", {ObjectKind::NetworkAcl});
    subnet.mapPublicIpOnLaunch = reader.boolean("mapPublicIpOnLaunch", false);
    return subnet;
}

RouteTable Reader::readRouteTable(NodeReader &reader)
{
    RouteTable table;
    table.id = readId(reader);
    table.name = reader.string("name");
    table.vpc = reader.requiredString("vpc");
    refer(reader, "vpc", {ObjectKind::Vpc}, true);
    table.main = reader.boolean("main", false);

    const std::vector<YAML::Node> routes = reader.list("routes");
    const QString what = table.id + QStringLiteral(".routes");
    for (const YAML::Node &node : routes) {
        NodeReader routeReader(node, what);
        Route route;
        route.destination = routeReader.requiredString("destination");
        // A missing target is a blackhole route, which the checker reports.
        route.target = routeReader.string("target");
        routeReader.finish();
        table.routes.append(route);
    }
    return table;
}

InternetGateway Reader::readInternetGateway(NodeReader &reader)
{
    InternetGateway gateway;
    gateway.id = readId(reader);
    gateway.name = reader.string("name");
    gateway.vpc = reader.string("vpc");
    refer(reader, "vpc", {ObjectKind::Vpc});
    return gateway;
}

NatGateway Reader::readNatGateway(NodeReader &reader)
{
    NatGateway gateway;
    gateway.id = readId(reader);
    gateway.name = reader.string("name");
    gateway.subnet = reader.requiredString("subnet");
    refer(reader, "subnet", {ObjectKind::Subnet}, true);
    gateway.elasticIp = reader.string("elasticIp");
    gateway.connectivity = NatConnectivity(
        reader.choice("connectivity", {QStringLiteral("public"), QStringLiteral("private")}, 0));
    return gateway;
}

SecurityGroupRule Reader::readSecurityGroupRule(const YAML::Node &node, const QString &what)
{
    NodeReader reader(node, what);
    SecurityGroupRule rule;
    rule.protocol = Protocol(reader.choice("protocol", protocolNames, 1));
    rule.fromPort = 0;
    rule.toPort = 65535;
    if (const YAML::Node ports = reader.child("ports"); isPresent(ports))
        portRange(ports, what + QStringLiteral(".ports"), &rule.fromPort, &rule.toPort);
    else if (rule.protocol == Protocol::Tcp || rule.protocol == Protocol::Udp)
        throw inputErrorAt(
            node, DesignReader::tr("%1 has no \"ports\"").arg(what),
            DesignReader::tr("add \"ports: 443\" or a range such as \"ports: 1024-65535\""));

    const QVector<QPair<const char *, PeerKind>> peers = {{"cidr", PeerKind::Cidr},
                                                          {"prefixList", PeerKind::PrefixList},
                                                          {"group", PeerKind::SecurityGroup}};
    int count = 0;
    for (const auto &peer : peers) {
        const QString value = reader.string(peer.first);
        if (value.isEmpty())
            continue;
        ++count;
        rule.peerKind = peer.second;
        rule.peer = value;
        if (peer.second == PeerKind::SecurityGroup)
            m_references.append({node[peer.first], what, value, {ObjectKind::SecurityGroup}});
    }
    if (count != 1) {
        throw inputErrorAt(
            node, DesignReader::tr("%1 needs exactly one of cidr, prefixList or group").arg(what),
            DesignReader::tr("say where the traffic comes from or goes to"));
    }
    rule.description = reader.string("description");
    reader.finish();
    return rule;
}

SecurityGroup Reader::readSecurityGroup(NodeReader &reader)
{
    SecurityGroup group;
    group.id = readId(reader);
    group.name = reader.string("name");
    group.description = reader.string("description");
    group.vpc = reader.requiredString("vpc");
    refer(reader, "vpc", {ObjectKind::Vpc}, true);
    for (const YAML::Node &node : reader.list("ingress"))
        group.ingress.append(readSecurityGroupRule(node, group.id + QStringLiteral(".ingress")));
    for (const YAML::Node &node : reader.list("egress"))
        group.egress.append(readSecurityGroupRule(node, group.id + QStringLiteral(".egress")));
    return group;
}

NetworkAclEntry Reader::readNetworkAclEntry(const YAML::Node &node, const QString &what)
{
    NodeReader reader(node, what);
    NetworkAclEntry entry;
    entry.number = reader.integer("rule", 1, 32766, 100);
    entry.protocol = Protocol(reader.choice("protocol", protocolNames, 0));
    if (const YAML::Node ports = reader.child("ports"); isPresent(ports))
        portRange(ports, what + QStringLiteral(".ports"), &entry.fromPort, &entry.toPort);
    entry.cidr = reader.requiredString("cidr");
    entry.allow =
        reader.choice("action", {QStringLiteral("deny"), QStringLiteral("allow")}, 1) == 1;
    reader.finish();
    return entry;
}

NetworkAcl Reader::readNetworkAcl(NodeReader &reader)
{
    NetworkAcl acl;
    acl.id = readId(reader);
    acl.name = reader.string("name");
    acl.vpc = reader.requiredString("vpc");
    refer(reader, "vpc", {ObjectKind::Vpc}, true);
    acl.isDefault = reader.boolean("default", false);
    for (const YAML::Node &node : reader.list("inbound"))
        acl.inbound.append(readNetworkAclEntry(node, acl.id + QStringLiteral(".inbound")));
    for (const YAML::Node &node : reader.list("outbound"))
        acl.outbound.append(readNetworkAclEntry(node, acl.id + QStringLiteral(".outbound")));
    return acl;
}

VpcEndpoint Reader::readEndpoint(NodeReader &reader)
{
    VpcEndpoint endpoint;
    endpoint.id = readId(reader);
    endpoint.name = reader.string("name");
    endpoint.vpc = reader.requiredString("vpc");
    refer(reader, "vpc", {ObjectKind::Vpc}, true);
    endpoint.type = EndpointType(
        reader.choice("type", {QStringLiteral("gateway"), QStringLiteral("interface")}, 0));
    endpoint.service = reader.requiredString("service");
    endpoint.routeTables = reader.stringList("routeTables");
    referList(reader, "routeTables", {ObjectKind::RouteTable});
    endpoint.subnets = reader.stringList("subnets");
    referList(reader, "subnets", {ObjectKind::Subnet});
    endpoint.securityGroups = reader.stringList("securityGroups");
    referList(reader, "securityGroups", {ObjectKind::SecurityGroup});
    endpoint.privateDns = reader.boolean("privateDns", true);
    return endpoint;
}

VpcPeering Reader::readPeering(NodeReader &reader)
{
    VpcPeering peering;
    peering.id = readId(reader);
    peering.name = reader.string("name");
    peering.requesterVpc = reader.requiredString("requesterVpc");
    refer(reader, "requesterVpc", {ObjectKind::Vpc}, true);
    peering.accepterVpc = reader.requiredString("accepterVpc");
    refer(reader, "accepterVpc", {ObjectKind::Vpc}, true);
    return peering;
}

TargetGroup Reader::readTargetGroup(NodeReader &reader)
{
    TargetGroup group;
    group.id = readId(reader);
    group.name = reader.string("name");
    group.vpc = reader.requiredString("vpc");
    refer(reader, "vpc", {ObjectKind::Vpc}, true);
    group.port = reader.integer("port", 1, 65535, 80);
    group.protocol = reader.string("protocol", QStringLiteral("HTTP"));
    return group;
}

Listener Reader::readListener(const YAML::Node &node, const QString &what)
{
    NodeReader reader(node, what);
    Listener listener;
    listener.port = reader.integer("port", 1, 65535, 80);
    listener.protocol = reader.string("protocol", QStringLiteral("HTTP"));
    listener.defaultTargetGroup = reader.string("defaultTargetGroup");
    const QString saved = m_what;
    m_what = what;
    refer(reader, "defaultTargetGroup", {ObjectKind::TargetGroup});

    for (const YAML::Node &ruleNode : reader.list("rules")) {
        NodeReader ruleReader(ruleNode, what + QStringLiteral(".rules"));
        ListenerRule rule;
        rule.priority = ruleReader.integer("priority", 1, 50000, 1);
        rule.pathPatterns = ruleReader.stringList("paths");
        rule.hostHeaders = ruleReader.stringList("hosts");
        rule.targetGroup = ruleReader.requiredString("targetGroup");
        refer(ruleReader, "targetGroup", {ObjectKind::TargetGroup}, true);
        ruleReader.finish();
        listener.rules.append(rule);
    }
    m_what = saved;
    reader.finish();
    return listener;
}

LoadBalancer Reader::readLoadBalancer(NodeReader &reader)
{
    LoadBalancer balancer;
    balancer.id = readId(reader);
    balancer.name = reader.string("name");
    balancer.vpc = reader.requiredString("vpc");
    refer(reader, "vpc", {ObjectKind::Vpc}, true);
    balancer.scheme = LoadBalancerScheme(reader.choice(
        "scheme", {QStringLiteral("internet-facing"), QStringLiteral("internal")}, 0));
    balancer.subnets = reader.stringList("subnets");
    referList(reader, "subnets", {ObjectKind::Subnet});
    balancer.securityGroups = reader.stringList("securityGroups");
    referList(reader, "securityGroups", {ObjectKind::SecurityGroup});
    for (const YAML::Node &node : reader.list("listeners"))
        balancer.listeners.append(readListener(node, balancer.id + QStringLiteral(".listeners")));
    return balancer;
}

EcsCluster Reader::readCluster(NodeReader &reader)
{
    EcsCluster cluster;
    cluster.id = readId(reader);
    cluster.name = reader.string("name");
    return cluster;
}

EcsService Reader::readService(NodeReader &reader)
{
    EcsService service;
    service.id = readId(reader);
    service.name = reader.string("name");
    service.cluster = reader.string("cluster");
    refer(reader, "cluster", {ObjectKind::EcsCluster});
    service.launchType = LaunchType(
        reader.choice("launchType", {QStringLiteral("fargate"), QStringLiteral("ec2")}, 0));
    service.image = reader.string("image");
    service.registry = reader.string("registry");
    refer(reader, "registry", {ObjectKind::EcrRepository, ObjectKind::ExternalHost});
    if (const YAML::Node port = reader.child("containerPort"); isPresent(port))
        service.containerPort = portNumber(port, service.id + QStringLiteral(".containerPort"));
    service.desiredCount = reader.integer("desiredCount", 0, 5000, 1);
    service.subnets = reader.stringList("subnets");
    referList(reader, "subnets", {ObjectKind::Subnet});
    service.securityGroups = reader.stringList("securityGroups");
    referList(reader, "securityGroups", {ObjectKind::SecurityGroup});
    service.assignPublicIp = reader.boolean("assignPublicIp", false);
    service.cloudMapService = reader.string("cloudMapService");
    refer(reader, "cloudMapService", {ObjectKind::CloudMapService});
    service.targetGroups = reader.stringList("targetGroups");
    referList(reader, "targetGroups", {ObjectKind::TargetGroup});
    return service;
}

EcrRepository Reader::readRepository(NodeReader &reader)
{
    EcrRepository repository;
    repository.id = readId(reader);
    repository.name = reader.string("name");
    return repository;
}

CloudMapNamespace Reader::readNamespace(NodeReader &reader)
{
    CloudMapNamespace space;
    space.id = readId(reader);
    space.name = reader.requiredString("name");
    space.vpc = reader.string("vpc");
    refer(reader, "vpc", {ObjectKind::Vpc});
    return space;
}

CloudMapService Reader::readCloudMapService(NodeReader &reader)
{
    CloudMapService service;
    service.id = readId(reader);
    service.name = reader.requiredString("name");
    service.namespaceId = reader.requiredString("namespace");
    refer(reader, "namespace", {ObjectKind::CloudMapNamespace}, true);
    return service;
}

ExternalHost Reader::readExternalHost(NodeReader &reader)
{
    ExternalHost host;
    host.id = readId(reader);
    host.name = reader.string("name");
    host.kind = ExternalKind(reader.choice("kind",
                                           {QStringLiteral("internet"), QStringLiteral("user"),
                                            QStringLiteral("api"), QStringLiteral("registry")},
                                           2));
    host.address = reader.string("address");
    return host;
}

Pipeline Reader::readPipeline(NodeReader &reader)
{
    Pipeline pipeline;
    pipeline.id = readId(reader);
    pipeline.name = reader.string("name");
    pipeline.pushesTo = reader.stringList("pushesTo");
    referList(reader, "pushesTo", {ObjectKind::EcrRepository});
    pipeline.deploys = reader.stringList("deploys");
    referList(reader, "deploys", {ObjectKind::EcsService});
    return pipeline;
}

Flow Reader::readFlow(NodeReader &reader)
{
    Flow flow;
    flow.id = readId(reader);
    flow.name = reader.string("name");
    flow.from = reader.requiredString("from");
    flow.to = reader.requiredString("to");
    flow.protocol = Protocol(reader.choice("protocol", protocolNames, 1));
    if (const YAML::Node port = reader.child("port"); isPresent(port))
        flow.port = portNumber(port, flow.id + QStringLiteral(".port"));
    flow.path = reader.string("path");
    flow.description = reader.string("description");
    return flow;
}

// A flow endpoint is an object id, a Cloud Map name (service.namespace), an
// AWS service name or an IPv4 address.
void Reader::checkFlowEndpoint(const YAML::Node &node, const QString &endpoint) const
{
    const ObjectKind kind = m_design.kindOf(endpoint);
    const QVector<ObjectKind> placeless = {
        ObjectKind::AvailabilityZone,  ObjectKind::RouteTable,  ObjectKind::SecurityGroup,
        ObjectKind::NetworkAcl,        ObjectKind::TargetGroup, ObjectKind::Flow,
        ObjectKind::CloudMapNamespace, ObjectKind::Vpc,         ObjectKind::Subnet,
        ObjectKind::EcsCluster,        ObjectKind::VpcPeering,  ObjectKind::CloudMapService};
    if (placeless.contains(kind)) {
        throw inputErrorAt(
            node,
            DesignReader::tr("the flow endpoint \"%1\" is a %2, where traffic cannot start or end")
                .arg(endpoint, objectKindName(kind)),
            DesignReader::tr("use a service, load balancer, gateway, outside party or address"));
    }
    if (kind != ObjectKind::None)
        return;
    for (const CloudMapService &service : m_design.cloudMapServices) {
        const CloudMapNamespace *space = m_design.cloudMapNamespace(service.namespaceId);
        if (space && endpoint == service.name + QLatin1Char('.') + space->name)
            return;
    }
    if (isAwsServiceName(endpoint) || Cidr::parseAddress(endpoint))
        return;
    throw inputErrorAt(
        node,
        DesignReader::tr("the flow endpoint \"%1\" is not an object id, a Cloud Map name, "
                         "an AWS service name or an IPv4 address")
            .arg(endpoint),
        DesignReader::tr("use the id of an object in this design"));
}

void Reader::readLayout(const YAML::Node &node)
{
    if (!isPresent(node))
        return;
    if (!node.IsMap()) {
        throw inputErrorAt(
            node, DesignReader::tr("layout must map object ids to [x, y, width, height]"),
            DesignReader::tr("write entries such as \"vpc-main: [0, 0, 800, 600]\""));
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString id = QString::fromStdString(it->first.Scalar());
        const YAML::Node frame = it->second;
        QVector<double> numbers;
        for (const YAML::Node &item : frame) {
            bool ok = false;
            numbers.append(QString::fromStdString(item.IsScalar() ? item.Scalar() : std::string())
                               .toDouble(&ok));
            if (!ok)
                numbers.clear();
        }
        // Bounds keep pictures drawable: a canvas a million units across
        // is already far larger than any screen or export.
        const bool inBounds = numbers.size() == 4 && std::abs(numbers[0]) <= 1e6 &&
                              std::abs(numbers[1]) <= 1e6 && numbers[2] > 0 && numbers[2] <= 1e5 &&
                              numbers[3] > 0 && numbers[3] <= 1e5;
        if (!frame.IsSequence() || frame.size() != 4 || !inBounds) {
            throw inputErrorAt(
                frame,
                DesignReader::tr("the layout of %1 must be four numbers: x and y within "
                                 "±1,000,000, width and height from above 0 to 100,000")
                    .arg(id),
                DesignReader::tr("write [x, y, width, height]"));
        }
        m_design.layout.frames.insert(id, QRectF(numbers[0], numbers[1], numbers[2], numbers[3]));
    }
}

Design Reader::read(const YAML::Node &root)
{
    NodeReader top(root, DesignReader::tr("the design"));
    const YAML::Node version = top.child("vpcstudio");
    if (!isPresent(version) || !version.IsScalar() ||
        version.as<std::string>("") != std::to_string(DesignFormatVersion)) {
        throw inputErrorAt(isPresent(version) ? version : root,
                           DesignReader::tr("not a VPC Studio design of format version %1")
                               .arg(DesignFormatVersion),
                           DesignReader::tr("start the file with \"vpcstudio: 1\""));
    }
    m_design.name = top.string("name");
    m_design.description = top.string("description");
    m_design.region = top.string("region");

    readList(top, "vpcs", m_design.vpcs, &Reader::readVpc);
    readList(top, "zones", m_design.zones, &Reader::readZone);
    readList(top, "subnets", m_design.subnets, &Reader::readSubnet);
    readList(top, "routeTables", m_design.routeTables, &Reader::readRouteTable);
    readList(top, "internetGateways", m_design.internetGateways, &Reader::readInternetGateway);
    readList(top, "natGateways", m_design.natGateways, &Reader::readNatGateway);
    readList(top, "securityGroups", m_design.securityGroups, &Reader::readSecurityGroup);
    readList(top, "networkAcls", m_design.networkAcls, &Reader::readNetworkAcl);
    readList(top, "endpoints", m_design.endpoints, &Reader::readEndpoint);
    readList(top, "peerings", m_design.peerings, &Reader::readPeering);
    readList(top, "targetGroups", m_design.targetGroups, &Reader::readTargetGroup);
    readList(top, "loadBalancers", m_design.loadBalancers, &Reader::readLoadBalancer);
    readList(top, "clusters", m_design.clusters, &Reader::readCluster);
    readList(top, "services", m_design.services, &Reader::readService);
    readList(top, "repositories", m_design.repositories, &Reader::readRepository);
    readList(top, "namespaces", m_design.namespaces, &Reader::readNamespace);
    readList(top, "cloudMapServices", m_design.cloudMapServices, &Reader::readCloudMapService);
    readList(top, "external", m_design.externalHosts, &Reader::readExternalHost);
    readList(top, "pipelines", m_design.pipelines, &Reader::readPipeline);
    readList(top, "flows", m_design.flows, &Reader::readFlow);
    readLayout(top.child("layout"));
    top.finish();

    checkReferences();
    m_design.sourceLines = m_idLines;
    const YAML::Node flows = root["flows"];
    for (std::size_t i = 0; flows && i < flows.size(); ++i) {
        checkFlowEndpoint(flows[i]["from"], m_design.flows[int(i)].from);
        checkFlowEndpoint(flows[i]["to"], m_design.flows[int(i)].to);
    }
    return m_design;
}

} // namespace

std::optional<Design> readDesignText(const QByteArray &text, const QString &fileName,
                                     InputError *error)
{
    try {
        const YAML::Node root = loadYamlDocument(text);
        if (!isPresent(root)) {
            throw inputErrorAt(root, DesignReader::tr("the file is empty"),
                               DesignReader::tr("start a design with \"vpcstudio: 1\""));
        }
        return Reader().read(root);
    } catch (InputError &problem) {
        problem.file = fileName;
        if (error)
            *error = problem;
    } catch (const YAML::Exception &exception) {
        // A conversion inside yaml-cpp that the reader did not foresee.
        InputError problem;
        problem.file = fileName;
        problem.line = exception.mark.is_null() ? 0 : exception.mark.line + 1;
        problem.column = exception.mark.is_null() ? 0 : exception.mark.column + 1;
        problem.message = QString::fromStdString(exception.msg);
        problem.hint =
            QCoreApplication::translate("vpcstudio::DesignReader", "check the value at this place");
        if (error)
            *error = problem;
    }
    return std::nullopt;
}

std::optional<Design> readDesignFile(const QString &path, InputError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            error->file = path;
            error->message =
                QCoreApplication::translate("vpcstudio::DesignReader", "cannot open the file (%1)")
                    .arg(file.errorString());
            error->hint = QCoreApplication::translate("vpcstudio::DesignReader",
                                                      "check the path and the permissions");
        }
        return std::nullopt;
    }
    const qint64 limit = YamlLimits().maxBytes;
    if (file.size() > limit) {
        if (error) {
            error->file = path;
            error->message = QCoreApplication::translate("vpcstudio::DesignReader",
                                                         "the file is %1 bytes, over the limit "
                                                         "of %2 bytes")
                                 .arg(file.size())
                                 .arg(limit);
            error->hint = QCoreApplication::translate("vpcstudio::DesignReader",
                                                      "split the design or remove unused parts");
        }
        return std::nullopt;
    }
    return readDesignText(file.readAll(), path, error);
}

} // namespace vpcstudio
