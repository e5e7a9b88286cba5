// Checks renameObjects: every object id and every reference field of the
// model follows a rename, and ids outside the rename map stay.
#include "designbuild.h"

#include <QTest>

using namespace vpcstudio;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList list(std::initializer_list<const char *> texts)
{
    QStringList result;
    for (const char *text : texts)
        result.append(QString::fromUtf8(text));
    return result;
}

// One object of every kind, each reference naming an object by its old id.
Design designWithEveryReference()
{
    Design d;
    d.vpcs = {{s("vpc"), s("V"), {s("10.0.0.0/16")}, true, true},
              {s("vpc-peer"), s("P"), {s("10.1.0.0/16")}, true, true}};
    d.zones = {{s("zone-a"), s("A")}};
    d.subnets = {{s("subnet"), s("S"), s("vpc"), s("zone-a"), s("10.0.1.0/24"), s("rt"), s("acl"),
                  false}};
    d.routeTables = {{s("rt"),
                      s("R"),
                      s("vpc"),
                      false,
                      {{s("10.0.0.0/16"), s("local")},
                       {s("0.0.0.0/0"), s("igw")},
                       {s("10.9.0.0/16"), s("nat")},
                       {s("10.1.0.0/16"), s("pcx")},
                       {s("pl-1"), s("vpce")}}}};
    d.internetGateways = {{s("igw"), s("I"), s("vpc")}};
    d.natGateways = {{s("nat"), s("N"), s("subnet"), s("eip"), NatConnectivity::Public}};
    SecurityGroupRule byGroup{Protocol::Tcp, 443, 443, PeerKind::SecurityGroup, s("sg"), {}};
    SecurityGroupRule byCidr{Protocol::Tcp, 80, 80, PeerKind::Cidr, s("sg"), {}};
    d.securityGroups = {{s("sg"), s("G"), s("vpc"), s("d"), {byGroup, byCidr}, {byGroup}}};
    d.networkAcls = {{s("acl"), s("A"), s("vpc"), false, {}, {}}};
    VpcEndpoint endpoint;
    endpoint.id = s("vpce");
    endpoint.vpc = s("vpc");
    endpoint.routeTables = list({"rt"});
    endpoint.subnets = list({"subnet"});
    endpoint.securityGroups = list({"sg"});
    d.endpoints = {endpoint};
    d.peerings = {{s("pcx"), s("X"), s("vpc"), s("vpc-peer")}};
    d.targetGroups = {{s("tg"), s("T"), s("vpc"), 80, s("HTTP")}};
    LoadBalancer balancer;
    balancer.id = s("alb");
    balancer.vpc = s("vpc");
    balancer.subnets = list({"subnet"});
    balancer.securityGroups = list({"sg"});
    balancer.listeners = {{80, s("HTTP"), s("tg"), {{10, list({"/api"}), {}, s("tg")}}}};
    d.loadBalancers = {balancer};
    d.clusters = {{s("cluster"), s("C")}};
    EcsService service;
    service.id = s("svc");
    service.cluster = s("cluster");
    service.registry = s("ecr");
    service.subnets = list({"subnet"});
    service.securityGroups = list({"sg"});
    service.cloudMapService = s("cms");
    service.targetGroups = list({"tg"});
    d.services = {service};
    d.repositories = {{s("ecr"), s("E")}};
    d.namespaces = {{s("ns"), s("howru"), s("vpc")}};
    d.cloudMapServices = {{s("cms"), s("api"), s("ns")}};
    d.externalHosts = {{s("user"), s("U"), ExternalKind::User, {}}};
    d.pipelines = {{s("ci"), s("CI"), list({"ecr"}), list({"svc"})}};
    d.flows = {{s("flow"), s("F"), s("user"), s("alb"), Protocol::Tcp, 443, {}, {}},
               {s("flow-dns"), s("D"), s("svc"), s("api.howru"), Protocol::Tcp, 80, {}, {}}};
    d.layout.frames.insert(s("vpc"), QRectF(0, 0, 100, 100));
    d.sourceLines.insert(s("subnet"), 12);
    return d;
}

// Maps every object id of the design to ID-2.
QHash<QString, QString> renameAll(const Design &design)
{
    QHash<QString, QString> names;
    const QHash<QString, ObjectKind> kinds = objectKinds(design);
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        names.insert(it.key(), it.key() + s("-2"));
    return names;
}

} // namespace

class TestDesignBuildRename : public QObject
{
    Q_OBJECT

private slots:
    void renamesNetworkReferences();
    void renamesServiceReferences();
    void keepsWhatIsNotAnId();
    void swapsTwoIds();
    void leavesUnlistedIds();
};

void TestDesignBuildRename::renamesNetworkReferences()
{
    Design d = designWithEveryReference();
    renameObjects(d, renameAll(d));

    QCOMPARE(d.vpcs[0].id, s("vpc-2"));
    QCOMPARE(d.zones[0].id, s("zone-a-2"));
    const Subnet &subnet = d.subnets[0];
    QCOMPARE(subnet.id, s("subnet-2"));
    QCOMPARE(subnet.vpc, s("vpc-2"));
    QCOMPARE(subnet.zone, s("zone-a-2"));
    QCOMPARE(subnet.routeTable, s("rt-2"));
    QCOMPARE(subnet.networkAcl, s("acl-2"));

    const RouteTable &table = d.routeTables[0];
    QCOMPARE(table.id, s("rt-2"));
    QCOMPARE(table.vpc, s("vpc-2"));
    QCOMPARE(table.routes[0].target, s("local"));
    QCOMPARE(table.routes[1].target, s("igw-2"));
    QCOMPARE(table.routes[2].target, s("nat-2"));
    QCOMPARE(table.routes[3].target, s("pcx-2"));
    QCOMPARE(table.routes[4].target, s("vpce-2"));

    QCOMPARE(d.internetGateways[0].vpc, s("vpc-2"));
    QCOMPARE(d.natGateways[0].id, s("nat-2"));
    QCOMPARE(d.natGateways[0].subnet, s("subnet-2"));

    const SecurityGroup &group = d.securityGroups[0];
    QCOMPARE(group.id, s("sg-2"));
    QCOMPARE(group.vpc, s("vpc-2"));
    QCOMPARE(group.ingress[0].peer, s("sg-2"));
    QCOMPARE(group.egress[0].peer, s("sg-2"));

    QCOMPARE(d.networkAcls[0].vpc, s("vpc-2"));
    const VpcEndpoint &endpoint = d.endpoints[0];
    QCOMPARE(endpoint.vpc, s("vpc-2"));
    QCOMPARE(endpoint.routeTables, list({"rt-2"}));
    QCOMPARE(endpoint.subnets, list({"subnet-2"}));
    QCOMPARE(endpoint.securityGroups, list({"sg-2"}));
    QCOMPARE(d.peerings[0].requesterVpc, s("vpc-2"));
    QCOMPARE(d.peerings[0].accepterVpc, s("vpc-peer-2"));

    QCOMPARE(d.layout.frames.keys(), list({"vpc-2"}));
    QCOMPARE(d.sourceLines.value(s("subnet-2")), 12);
    QVERIFY(!d.sourceLines.contains(s("subnet")));
}

void TestDesignBuildRename::renamesServiceReferences()
{
    Design d = designWithEveryReference();
    renameObjects(d, renameAll(d));

    QCOMPARE(d.targetGroups[0].vpc, s("vpc-2"));
    const LoadBalancer &balancer = d.loadBalancers[0];
    QCOMPARE(balancer.id, s("alb-2"));
    QCOMPARE(balancer.vpc, s("vpc-2"));
    QCOMPARE(balancer.subnets, list({"subnet-2"}));
    QCOMPARE(balancer.securityGroups, list({"sg-2"}));
    QCOMPARE(balancer.listeners[0].defaultTargetGroup, s("tg-2"));
    QCOMPARE(balancer.listeners[0].rules[0].targetGroup, s("tg-2"));

    const EcsService &service = d.services[0];
    QCOMPARE(service.id, s("svc-2"));
    QCOMPARE(service.cluster, s("cluster-2"));
    QCOMPARE(service.registry, s("ecr-2"));
    QCOMPARE(service.subnets, list({"subnet-2"}));
    QCOMPARE(service.securityGroups, list({"sg-2"}));
    QCOMPARE(service.cloudMapService, s("cms-2"));
    QCOMPARE(service.targetGroups, list({"tg-2"}));

    QCOMPARE(d.namespaces[0].vpc, s("vpc-2"));
    QCOMPARE(d.cloudMapServices[0].namespaceId, s("ns-2"));
    QCOMPARE(d.externalHosts[0].id, s("user-2"));
    QCOMPARE(d.pipelines[0].id, s("ci-2"));
    QCOMPARE(d.pipelines[0].pushesTo, list({"ecr-2"}));
    QCOMPARE(d.pipelines[0].deploys, list({"svc-2"}));
    QCOMPARE(d.flows[0].id, s("flow-2"));
    QCOMPARE(d.flows[0].from, s("user-2"));
    QCOMPARE(d.flows[0].to, s("alb-2"));
}

void TestDesignBuildRename::keepsWhatIsNotAnId()
{
    Design d = designWithEveryReference();
    renameObjects(d, renameAll(d));

    // Names, CIDR peers, Elastic IPs and Cloud Map names are not object ids.
    QCOMPARE(d.vpcs[0].name, s("V"));
    QCOMPARE(d.securityGroups[0].ingress[1].peer, s("sg"));
    QCOMPARE(d.natGateways[0].elasticIp, s("eip"));
    QCOMPARE(d.namespaces[0].name, s("howru"));
    QCOMPARE(d.flows[1].to, s("api.howru"));
    QCOMPARE(d.routeTables[0].routes[4].destination, s("pl-1"));
}

void TestDesignBuildRename::swapsTwoIds()
{
    Design d = designWithEveryReference();
    renameObjects(d, {{s("vpc"), s("vpc-peer")}, {s("vpc-peer"), s("vpc")}});

    QCOMPARE(d.vpcs[0].id, s("vpc-peer"));
    QCOMPARE(d.vpcs[1].id, s("vpc"));
    QCOMPARE(d.subnets[0].vpc, s("vpc-peer"));
    QCOMPARE(d.peerings[0].requesterVpc, s("vpc-peer"));
    QCOMPARE(d.peerings[0].accepterVpc, s("vpc"));
}

void TestDesignBuildRename::leavesUnlistedIds()
{
    Design d = designWithEveryReference();
    renameObjects(d, {{s("sg"), s("sg-web")}});

    QCOMPARE(d.securityGroups[0].id, s("sg-web"));
    QCOMPARE(d.services[0].securityGroups, list({"sg-web"}));
    QCOMPARE(d.subnets[0].id, s("subnet"));
    QCOMPARE(d.subnets[0].vpc, s("vpc"));
    QCOMPARE(d.services[0].subnets, list({"subnet"}));
}

QTEST_GUILESS_MAIN(TestDesignBuildRename)
#include "tst_designbuild_rename.moc"
