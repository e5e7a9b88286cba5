#include "testsupport.h"
#include "tracer.h"
#include "tracergateways.h"

#include <QTest>

using namespace vpcstudio;
using test::byId;
using test::firstBlock;

namespace {

// tests/data/trace/base.yaml, where every named flow is reachable; each
// case changes one setting of it.
Design base()
{
    return test::readOrFail(test::dataPath(QStringLiteral("trace/base.yaml")));
}

Design example()
{
    return test::readOrFail(test::sourcePath(QStringLiteral("resources/examples/howru.yaml")));
}

struct TracedFlow
{
    const char *from;
    const char *to;
    int port = -1;
    const char *path = "";
    Protocol protocol = Protocol::Tcp;
    int sourcePort = -1;
};

TraceResult trace(const Design &design, const TracedFlow &flow)
{
    TraceRequest request;
    request.from = QString::fromUtf8(flow.from);
    request.to = QString::fromUtf8(flow.to);
    request.port = flow.port;
    request.path = QString::fromUtf8(flow.path);
    request.protocol = flow.protocol;
    request.sourcePort = flow.sourcePort;
    InputError error;
    const std::optional<TraceResult> result = traceFlow(design, request, &error);
    if (!result)
        qFatal("cannot trace %s -> %s: %s", flow.from, flow.to, qUtf8Printable(error.message));
    return *result;
}

// "OBJECT REASON" of the first block, or an empty string for a reachable
// trace.
QString blockedAt(const TraceResult &result)
{
    const QVector<TraceHop> blocks = result.blocks();
    return blocks.isEmpty() ? QString()
                            : blocks.first().object + QLatin1Char(' ') + blocks.first().reason;
}

QString firstAwsCode(const TraceResult &result)
{
    const QVector<TraceHop> blocks = result.blocks();
    return blocks.isEmpty() ? QString() : blocks.first().awsCode;
}

// One line per hop: direction, verdict, object, kind and reason.
QStringList hopLines(const TraceResult &result)
{
    QStringList lines;
    for (const TraceHop &hop : result.hops) {
        lines.append(QStringLiteral("%1 %2 %3 (%4) %5")
                         .arg(hop.reply ? QStringLiteral("reply") : QStringLiteral("forward"),
                              hop.verdict == HopVerdict::Pass ? QStringLiteral("pass")
                                                              : QStringLiteral("block"),
                              hop.object, hop.kind, hop.reason));
    }
    return lines;
}

bool hasHop(const TraceResult &result, const QString &object, const QString &reason)
{
    return std::any_of(result.hops.cbegin(), result.hops.cend(), [&](const TraceHop &hop) {
        return hop.object == object && hop.reason == reason;
    });
}

const TracedFlow AppToApi{"svc-app", "api", 443};
const TracedFlow AppToWorker{"svc-app", "worker.internal", 9000};
const TracedFlow BrowserToAlb{"browser", "alb-web", 443, "/api/orders"};

// Moves svc-app into the public subnet, whose table routes 0.0.0.0/0 to
// the internet gateway.
void movePublic(Design &design, bool publicIp)
{
    EcsService &app = byId(design.services, "svc-app");
    app.subnets = QStringList{QStringLiteral("public-a")};
    app.assignPublicIp = publicIp;
}

NetworkAclEntry aclEntry(int number, Protocol protocol, int from, int to, bool allow)
{
    NetworkAclEntry entry;
    entry.number = number;
    entry.protocol = protocol;
    entry.fromPort = from;
    entry.toPort = to;
    entry.cidr = QStringLiteral("0.0.0.0/0");
    entry.allow = allow;
    return entry;
}

} // namespace

class TestTracer : public QObject
{
    Q_OBJECT

private slots:
    void baseFlowsReachable();
    void routeNoRoute();
    void routeBlackhole();
    void igwMissingOnEgress();
    void igwMissingOnIngress();
    void igwNoPublicIpInPublicSubnet();
    void igwNoPublicIpOnIngress();
    void natRoutedToItself();
    void natWithoutElasticIp();
    void natDropsInboundConnections();
    void sgIngressDenied();
    void sgEgressDenied();
    void naclInboundDenied();
    void naclOutboundDenied();
    void naclReturnDenied();
    void albNoListener();
    void albNoMatchingRule();
    void albDefaultTargetGroup();
    void albInternalFromInternet();
    void dnsOutsideNamespaceVpc();
    void dnsFlagsOff();
    void endpointUnknown();
    void exampleInboundHops();
    void exampleOutboundHops();
    void exampleFlowsReachable();
    void blockedTraceGoesOn();
    void endpointPortSuffix();
    void ecrThroughInterfaceEndpoint();
    void longestPrefixWins();
    void localRouteWins();
    void naclLowestNumberFirst();
    void groupReferenceMatchesMembers();
    void icmpIgnoresPorts();
    void peeringBothWays();
    void pathPatterns_data();
    void pathPatterns();
};

void TestTracer::baseFlowsReachable()
{
    InputError error;
    const std::optional<QVector<FlowTrace>> traces = traceDesignFlows(base(), &error);
    QVERIFY2(traces, qPrintable(error.message));
    QCOMPARE(traces->size(), 3);
    for (const FlowTrace &flow : *traces)
        QVERIFY2(flow.result.reachable(),
                 qPrintable(flow.id + QLatin1Char(' ') + blockedAt(flow.result)));
}

void TestTracer::routeNoRoute()
{
    Design design = base();
    QVERIFY(trace(design, AppToApi).reachable());

    byId(design.routeTables, "rt-app").routes.removeLast();
    const TraceResult blocked = trace(design, AppToApi);
    QCOMPARE(blockedAt(blocked), QStringLiteral("rt-app route.no-route"));
    QCOMPARE(firstAwsCode(blocked), QStringLiteral("NO_ROUTE_TO_DESTINATION"));
    QVERIFY(blocked.blocks().first().detail.contains(QStringLiteral("Fix:")));
}

void TestTracer::routeBlackhole()
{
    Design design = base();
    QVERIFY(trace(design, AppToApi).reachable());

    byId(design.routeTables, "rt-app").routes.last().target = QStringLiteral("nat-deleted");
    const TraceResult blocked = trace(design, AppToApi);
    QCOMPARE(blockedAt(blocked), QStringLiteral("rt-app route.blackhole"));
    QCOMPARE(firstAwsCode(blocked), QStringLiteral("BAD_STATE_ROUTE"));
    QVERIFY(blocked.blocks().first().detail.contains(QStringLiteral("nat-deleted")));
}

void TestTracer::igwMissingOnEgress()
{
    Design design = base();
    movePublic(design, true);
    QVERIFY(trace(design, AppToApi).reachable());

    byId(design.internetGateways, "igw-main").vpc.clear();
    const TraceResult blocked = trace(design, AppToApi);
    QCOMPARE(blockedAt(blocked), QStringLiteral("igw-main igw.missing"));
    QCOMPARE(blocked.blocks().size(), 1);
}

void TestTracer::igwMissingOnIngress()
{
    Design design = base();
    QVERIFY(trace(design, BrowserToAlb).reachable());

    byId(design.internetGateways, "igw-main").vpc.clear();
    const TraceResult blocked = trace(design, BrowserToAlb);
    QCOMPARE(blockedAt(blocked), QStringLiteral("vpc-main igw.missing"));
    QCOMPARE(blocked.blocks().size(), 1);
}

void TestTracer::igwNoPublicIpInPublicSubnet()
{
    Design design = base();
    movePublic(design, false);
    const TraceResult blocked = trace(design, AppToApi);
    QCOMPARE(blockedAt(blocked), QStringLiteral("igw-main igw.no-public-ip"));
    QCOMPARE(firstAwsCode(blocked), QStringLiteral("IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS"));
    QCOMPARE(blocked.blocks().size(), 1);

    movePublic(design, true);
    const TraceResult passing = trace(design, AppToApi);
    QVERIFY(passing.reachable());
    QVERIFY(hasHop(passing, QStringLiteral("igw-main"),
                   QStringLiteral("igw-main public IP of svc-app")));
    QVERIFY(!hasHop(passing, QStringLiteral("nat-main"),
                    QStringLiteral("nat-main public, eipalloc-main")));
}

void TestTracer::igwNoPublicIpOnIngress()
{
    Design design = base();
    SecurityGroupRule open;
    open.fromPort = 8080;
    open.toPort = 8080;
    open.peer = QStringLiteral("0.0.0.0/0");
    byId(design.securityGroups, "sg-app").ingress.append(open);
    movePublic(design, false);
    const TracedFlow browserToApp{"browser", "svc-app", 8080};
    const TraceResult blocked = trace(design, browserToApp);
    QCOMPARE(blockedAt(blocked), QStringLiteral("igw-main igw.no-public-ip"));
    QCOMPARE(firstAwsCode(blocked), QStringLiteral("IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"));

    movePublic(design, true);
    QVERIFY(trace(design, browserToApp).reachable());
}

void TestTracer::natRoutedToItself()
{
    // The NAT gateway moves to app-b, whose main table sends 0.0.0.0/0 to
    // the NAT gateway itself.
    Design design = base();
    QVERIFY(trace(design, AppToApi).reachable());

    byId(design.natGateways, "nat-main").subnet = QStringLiteral("app-b");
    const TraceResult blocked = trace(design, AppToApi);
    QCOMPARE(blockedAt(blocked), QStringLiteral("nat-main nat.not-public"));
    QCOMPARE(blocked.blocks().size(), 1);
    QVERIFY(blocked.blocks().first().detail.contains(QStringLiteral("app-b")));
}

void TestTracer::natWithoutElasticIp()
{
    Design design = base();
    byId(design.natGateways, "nat-main").elasticIp.clear();
    const TraceResult blocked = trace(design, AppToApi);
    QCOMPARE(blockedAt(blocked), QStringLiteral("nat-main nat.not-public"));
    QVERIFY(blocked.blocks().first().detail.contains(QStringLiteral("Elastic IP")));
}

void TestTracer::natDropsInboundConnections()
{
    const Design design = base();
    const TraceResult blocked = trace(design, {"browser", "nat-main", 443});
    QCOMPARE(blockedAt(blocked), QStringLiteral("nat-main nat.not-public"));
    QVERIFY(trace(design, {"svc-app", "api", 443}).reachable());
}

void TestTracer::sgIngressDenied()
{
    Design design = base();
    QVERIFY(trace(design, AppToWorker).reachable());

    byId(design.securityGroups, "sg-worker").ingress.clear();
    const TraceResult blocked = trace(design, AppToWorker);
    QCOMPARE(blockedAt(blocked), QStringLiteral("sg-worker sg.ingress-denied"));
    QCOMPARE(firstAwsCode(blocked), QStringLiteral("ENI_SG_RULES_MISMATCH"));
    QVERIFY(blocked.blocks().first().detail.contains(QStringLiteral("security group sg-app")));
}

void TestTracer::sgEgressDenied()
{
    Design design = base();
    SecurityGroupRule web;
    web.fromPort = 80;
    web.toPort = 80;
    web.peer = QStringLiteral("0.0.0.0/0");
    byId(design.securityGroups, "sg-app").egress = {web};
    const TraceResult blocked = trace(design, AppToApi);
    QCOMPARE(blockedAt(blocked), QStringLiteral("sg-app sg.egress-denied"));
    QCOMPARE(firstAwsCode(blocked), QStringLiteral("ENI_SG_RULES_MISMATCH"));

    web.toPort = 443;
    byId(design.securityGroups, "sg-app").egress = {web};
    QVERIFY(trace(design, AppToApi).reachable());
}

void TestTracer::naclInboundDenied()
{
    Design design = base();
    QVERIFY(trace(design, BrowserToAlb).reachable());

    byId(design.networkAcls, "acl-public")
        .inbound.prepend(aclEntry(50, Protocol::Tcp, 443, 443, false));
    const TraceResult blocked = trace(design, BrowserToAlb);
    QCOMPARE(blockedAt(blocked), QStringLiteral("acl-public nacl.inbound-denied"));
    QCOMPARE(firstAwsCode(blocked), QStringLiteral("SUBNET_ACL_RESTRICTION"));
    QVERIFY(blocked.blocks().first().detail.contains(QStringLiteral("rule 50")));
}

void TestTracer::naclOutboundDenied()
{
    Design design = base();
    QVERIFY(trace(design, AppToApi).reachable());

    byId(design.networkAcls, "acl-app")
        .outbound.prepend(aclEntry(50, Protocol::Tcp, 443, 443, false));
    const TraceResult blocked = trace(design, AppToApi);
    QCOMPARE(blockedAt(blocked), QStringLiteral("acl-app nacl.outbound-denied"));
    QCOMPARE(firstAwsCode(blocked), QStringLiteral("SUBNET_ACL_RESTRICTION"));
}

void TestTracer::naclReturnDenied()
{
    // acl-app lets in only the well-known ports, so replies to the
    // client's ephemeral source port are dropped on the way back.
    Design design = base();
    NetworkAcl &acl = byId(design.networkAcls, "acl-app");
    acl.inbound = {aclEntry(100, Protocol::Tcp, 0, 1023, true)};
    const TraceResult blocked = trace(design, AppToApi);
    QCOMPARE(blockedAt(blocked), QStringLiteral("acl-app nacl.return-denied"));
    QVERIFY(blocked.blocks().first().reply);
    QVERIFY(blocked.blocks().first().detail.contains(QStringLiteral("49152")));

    TracedFlow wellKnownSource = AppToApi;
    wellKnownSource.sourcePort = 1000;
    QVERIFY(trace(design, wellKnownSource).reachable());

    acl.inbound.append(aclEntry(200, Protocol::Tcp, 1024, 65535, true));
    QVERIFY(trace(design, AppToApi).reachable());
}

void TestTracer::albNoListener()
{
    // sg-web admits 8443 too, so that only the missing listener blocks.
    Design design = base();
    SecurityGroupRule alternate;
    alternate.fromPort = 8443;
    alternate.toPort = 8443;
    alternate.peer = QStringLiteral("0.0.0.0/0");
    byId(design.securityGroups, "sg-web").ingress.append(alternate);
    const TracedFlow alternatePort{"browser", "alb-web", 8443, "/api/orders"};
    const TraceResult blocked = trace(design, alternatePort);
    QCOMPARE(blockedAt(blocked), QStringLiteral("alb-web alb.no-listener"));
    QCOMPARE(firstAwsCode(blocked), QStringLiteral("ELBV2_LISTENERS_MISMATCH"));
    QCOMPARE(blocked.blocks().size(), 1);

    LoadBalancer &balancer = byId(design.loadBalancers, "alb-web");
    Listener listener = balancer.listeners.first();
    listener.port = 8443;
    balancer.listeners.append(listener);
    QVERIFY(trace(design, alternatePort).reachable());
}

void TestTracer::albNoMatchingRule()
{
    const Design design = base();
    const TraceResult blocked = trace(design, {"browser", "alb-web", 443, "/admin"});
    QCOMPARE(blockedAt(blocked), QStringLiteral("alb-web alb.no-matching-rule"));

    const TraceResult passing = trace(design, BrowserToAlb);
    QVERIFY(passing.reachable());
    QVERIFY(
        hasHop(passing, QStringLiteral("alb-web"), QStringLiteral("listener 443 rule 10 /api/*")));
}

void TestTracer::albDefaultTargetGroup()
{
    Design design = base();
    byId(design.loadBalancers, "alb-web").listeners[0].defaultTargetGroup =
        QStringLiteral("tg-app");
    const TraceResult passing = trace(design, {"browser", "alb-web", 443, "/admin"});
    QVERIFY(passing.reachable());
    QVERIFY(hasHop(passing, QStringLiteral("alb-web"),
                   QStringLiteral("listener 443 default -> tg-app")));
}

void TestTracer::albInternalFromInternet()
{
    Design design = base();
    byId(design.loadBalancers, "alb-web").scheme = LoadBalancerScheme::Internal;
    const TraceResult blocked = trace(design, BrowserToAlb);
    QCOMPARE(blockedAt(blocked), QStringLiteral("alb-web alb.internal-from-internet"));
    QCOMPARE(firstAwsCode(blocked), QStringLiteral("IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS"));

    // From inside the VPC the internal load balancer is reachable.
    QVERIFY(trace(design, {"svc-worker", "alb-web", 443, "/api/orders"}).reachable());
    QVERIFY(trace(base(), BrowserToAlb).reachable());
}

void TestTracer::dnsOutsideNamespaceVpc()
{
    const Design design = base();
    const TraceResult blocked = trace(design, {"browser", "worker.internal", 9000});
    QCOMPARE(blockedAt(blocked), QStringLiteral("ns-internal dns.not-resolvable"));

    const TraceResult passing = trace(design, AppToWorker);
    QVERIFY(passing.reachable());
    QCOMPARE(passing.hops.first().reason, QStringLiteral("worker.internal -> svc-worker"));
}

void TestTracer::dnsFlagsOff()
{
    Design design = base();
    byId(design.vpcs, "vpc-main").dnsHostnames = false;
    const TraceResult blocked = trace(design, AppToWorker);
    QCOMPARE(blockedAt(blocked), QStringLiteral("ns-internal dns.not-resolvable"));
    QCOMPARE(blocked.blocks().size(), 1);
}

void TestTracer::endpointUnknown()
{
    const Design design = base();
    // An id of nothing, a cluster, a Cloud Map name of nothing, and an
    // address in the VPC's block but in no subnet.
    for (const char *endpoint : {"nowhere", "ecs-main", "nobody.internal", "10.0.200.5"}) {
        TraceRequest request;
        request.from = QStringLiteral("svc-app");
        request.to = QString::fromUtf8(endpoint);
        InputError error;
        QVERIFY2(!traceFlow(design, request, &error), endpoint);
        QVERIFY2(error.message.contains(QStringLiteral("endpoint.unknown")), endpoint);
        QVERIFY2(error.message.contains(request.to), endpoint);
        QVERIFY2(!error.hint.isEmpty(), endpoint);
    }

    // A known endpoint with a port that is no number is reported for its port.
    TraceRequest badPort;
    badPort.from = QStringLiteral("svc-app");
    badPort.to = QStringLiteral("alb-web:https");
    InputError portError;
    QVERIFY(!traceFlow(design, badPort, &portError));
    QVERIFY2(portError.message.contains(QStringLiteral("the port in")),
             qPrintable(portError.message));

    TraceRequest known;
    known.from = QStringLiteral("svc-app");
    known.to = QStringLiteral("api");
    InputError error;
    QVERIFY(traceFlow(design, known, &error));
}

// The inbound flow of the example, worked out by hand. The request passes
// the internet gateway, the ALB's subnet and security group and listener
// rule 10 for /api/*. Then the ALB's node in subnet-public-a opens a
// connection to a Spring Boot task in subnet-private-a on port 8080.
void TestTracer::exampleInboundHops()
{
    const TraceResult result = trace(example(), {"browser", "alb-howru", 443, "/api/users"});
    QVERIFY(result.reachable());
    QCOMPARE(result.port, 443);
    QCOMPARE(result.sourcePort, DefaultSourcePort);
    const QStringList expected = {
        QStringLiteral("forward pass igw-howru (internetGateway) igw-howru -> alb-howru"),
        QStringLiteral("forward pass acl-default (networkAcl) nacl acl-default inbound rule 100"),
        QStringLiteral("forward pass sg-alb (securityGroup) sg-alb ingress rule 2"),
        QStringLiteral("forward pass alb-howru (listener) listener 443 rule 10 /api/*"),
        QStringLiteral("forward pass sg-alb (securityGroup) sg-alb egress rule 1"),
        QStringLiteral("forward pass acl-default (networkAcl) nacl acl-default outbound rule 100"),
        QStringLiteral("forward pass rt-public (routeTable) route 10.0.0.0/16 -> local"),
        QStringLiteral("forward pass acl-default (networkAcl) nacl acl-default inbound rule 100"),
        QStringLiteral("forward pass sg-api (securityGroup) sg-api ingress rule 1"),
        QStringLiteral("forward pass svc-springboot (service) delivered"),
        QStringLiteral("reply pass sg-api (securityGroup) sg-api stateful reply"),
        QStringLiteral("reply pass acl-default (networkAcl) nacl acl-default outbound rule 100"),
        QStringLiteral("reply pass rt-private (routeTable) route 10.0.0.0/16 -> local"),
        QStringLiteral("reply pass acl-default (networkAcl) nacl acl-default inbound rule 100"),
        QStringLiteral("reply pass sg-alb (securityGroup) sg-alb stateful reply"),
        QStringLiteral("reply pass acl-default (networkAcl) nacl acl-default outbound rule 100"),
        QStringLiteral("reply pass rt-public (routeTable) route 0.0.0.0/0 -> igw-howru"),
        QStringLiteral("reply pass igw-howru (internetGateway) igw-howru -> internet"),
        QStringLiteral("reply pass browser (external) reply delivered"),
    };
    QCOMPARE(hopLines(result), expected);

    // The ALB node is the second object placed in subnet-public-a, after
    // the NAT gateway; the task is the first in subnet-private-a.
    QVERIFY(result.hops[4].detail.contains(QStringLiteral("10.0.10.4")));
    QVERIFY(result.hops[8].detail.contains(QStringLiteral("10.0.0.5")));
    QVERIFY(result.hops[3].detail.contains(QStringLiteral("subnet-public-a")));
    QVERIFY(result.hops[11].detail.contains(QStringLiteral("TCP 49152")));
}

// The outbound flow of the example, worked out by hand. The request goes
// from the task's private subnet to the NAT gateway in subnet-public-a and
// out through the internet gateway. The reply comes back the same way.
void TestTracer::exampleOutboundHops()
{
    const TraceResult result = trace(example(), {"svc-springboot", "gemini", 443});
    QVERIFY(result.reachable());
    const QStringList expected = {
        QStringLiteral("forward pass sg-api (securityGroup) sg-api egress rule 1"),
        QStringLiteral("forward pass acl-default (networkAcl) nacl acl-default outbound rule 100"),
        QStringLiteral("forward pass rt-private (routeTable) route 0.0.0.0/0 -> nat-howru"),
        QStringLiteral("forward pass acl-default (networkAcl) nacl acl-default inbound rule 100"),
        QStringLiteral("forward pass nat-howru (natGateway) nat-howru public, eipalloc-howru-nat"),
        QStringLiteral("forward pass acl-default (networkAcl) nacl acl-default outbound rule 100"),
        QStringLiteral("forward pass rt-public (routeTable) route 0.0.0.0/0 -> igw-howru"),
        QStringLiteral("forward pass igw-howru (internetGateway) igw-howru public IP of nat-howru"),
        QStringLiteral("forward pass gemini (external) delivered"),
        QStringLiteral("reply pass igw-howru (internetGateway) igw-howru -> nat-howru"),
        QStringLiteral("reply pass acl-default (networkAcl) nacl acl-default inbound rule 100"),
        QStringLiteral("reply pass nat-howru (natGateway) nat-howru tracked connection"),
        QStringLiteral("reply pass acl-default (networkAcl) nacl acl-default outbound rule 100"),
        QStringLiteral("reply pass rt-public (routeTable) route 10.0.0.0/16 -> local"),
        QStringLiteral("reply pass acl-default (networkAcl) nacl acl-default inbound rule 100"),
        QStringLiteral("reply pass sg-api (securityGroup) sg-api stateful reply"),
        QStringLiteral("reply pass svc-springboot (service) reply delivered"),
    };
    QCOMPARE(hopLines(result), expected);

    // The service runs in two subnets, and the trace names the one it follows.
    QVERIFY(result.hops.first().detail.contains(QStringLiteral("subnet-private-a")));
    QVERIFY(result.hops.first().detail.contains(QStringLiteral("subnet-private-c")));
}

void TestTracer::exampleFlowsReachable()
{
    const Design design = example();
    InputError error;
    const std::optional<QVector<FlowTrace>> traces = traceDesignFlows(design, &error);
    QVERIFY2(traces, qPrintable(error.message));
    QCOMPARE(traces->size(), design.flows.size());
    for (const FlowTrace &flow : *traces)
        QVERIFY2(flow.result.reachable(),
                 qPrintable(flow.id + QLatin1Char(' ') + blockedAt(flow.result)));
}

void TestTracer::blockedTraceGoesOn()
{
    Design design = base();
    byId(design.securityGroups, "sg-app").egress.clear();
    byId(design.networkAcls, "acl-public").outbound = {aclEntry(100, Protocol::Tcp, 0, 1023, true)};
    const TraceResult result = trace(design, AppToApi);

    const QVector<TraceHop> blocks = result.blocks();
    QCOMPARE(blocks.size(), 2);
    QCOMPARE(blockedAt(result), QStringLiteral("sg-app sg.egress-denied"));
    QCOMPARE(blocks[1].reason, QStringLiteral("nacl.return-denied"));
    QCOMPARE(blocks[1].object, QStringLiteral("acl-public"));
    QVERIFY(blocks[1].reply);
    // The hops after the first block are still checked.
    QVERIFY(hasHop(result, QStringLiteral("nat-main"),
                   QStringLiteral("nat-main public, eipalloc-main")));
    QVERIFY(hasHop(result, QStringLiteral("api"), QStringLiteral("delivered")));
}

void TestTracer::endpointPortSuffix()
{
    const Design design = base();
    const TraceResult suffixed = trace(design, {"browser:50000", "alb-web:443", -1, "/api/orders"});
    QCOMPARE(suffixed.from, QStringLiteral("browser"));
    QCOMPARE(suffixed.to, QStringLiteral("alb-web"));
    QCOMPARE(suffixed.port, 443);
    QCOMPARE(suffixed.sourcePort, 50000);
    QVERIFY(suffixed.reachable());

    QCOMPARE(trace(design, {"svc-app", "worker.internal"}).port, 9000);
    QCOMPARE(trace(design, {"browser", "alb-web"}).port, 443);
    QCOMPARE(trace(design, {"svc-app", "api"}).port, 443);
    QCOMPARE(trace(design, {"svc-app", "api:8443", 22}).port, 22);
}

void TestTracer::ecrThroughInterfaceEndpoint()
{
    Design design = base();
    const TracedFlow pull{"svc-app", "ecr-app", 443};
    const TraceResult overInternet = trace(design, pull);
    QVERIFY(overInternet.reachable());
    QVERIFY(hasHop(overInternet, QStringLiteral("nat-main"),
                   QStringLiteral("nat-main public, eipalloc-main")));

    SecurityGroup endpointGroup;
    endpointGroup.id = QStringLiteral("sg-endpoint");
    endpointGroup.vpc = QStringLiteral("vpc-main");
    SecurityGroupRule https;
    https.fromPort = 443;
    https.toPort = 443;
    https.peer = QStringLiteral("10.0.0.0/16");
    endpointGroup.ingress = {https};
    design.securityGroups.append(endpointGroup);
    VpcEndpoint registry;
    registry.id = QStringLiteral("vpce-ecr-dkr");
    registry.vpc = QStringLiteral("vpc-main");
    registry.type = EndpointType::Interface;
    registry.service = QStringLiteral("ecr.dkr");
    registry.subnets = {QStringLiteral("app-b"), QStringLiteral("app-a")};
    registry.securityGroups = {QStringLiteral("sg-endpoint")};
    design.endpoints.append(registry);

    // The endpoint's interface in the task's own subnet, app-a, serves it.
    const TraceResult throughEndpoint = trace(design, pull);
    QVERIFY(throughEndpoint.reachable());
    QVERIFY(hasHop(throughEndpoint, QStringLiteral("sg-endpoint"),
                   QStringLiteral("sg-endpoint ingress rule 1")));
    QVERIFY(!hasHop(throughEndpoint, QStringLiteral("nat-main"),
                    QStringLiteral("nat-main public, eipalloc-main")));
    const auto arrival =
        std::find_if(throughEndpoint.hops.cbegin(), throughEndpoint.hops.cend(),
                     [](const TraceHop &hop) { return hop.reason == QLatin1String("delivered"); });
    QVERIFY(arrival != throughEndpoint.hops.cend());
    QCOMPARE(arrival->object, QStringLiteral("ecr-app"));
    QVERIFY(arrival->detail.contains(QStringLiteral("vpce-ecr-dkr")));
    QVERIFY(arrival->detail.contains(QStringLiteral("subnet app-a")));
}

void TestTracer::longestPrefixWins()
{
    Design design = base();
    QVector<Route> &routes = byId(design.routeTables, "rt-app").routes;
    routes.append(Route{QStringLiteral("198.51.100.0/24"), QStringLiteral("nat-deleted")});
    QCOMPARE(blockedAt(trace(design, AppToApi)), QStringLiteral("rt-app route.blackhole"));

    routes.last() = Route{QStringLiteral("198.51.0.0/16"), QStringLiteral("nat-main")};
    routes[1].target = QStringLiteral("nat-deleted");
    const TraceResult passing = trace(design, AppToApi);
    QVERIFY(passing.reachable());
    QVERIFY(hasHop(passing, QStringLiteral("rt-app"),
                   QStringLiteral("route 198.51.0.0/16 -> nat-main")));
}

void TestTracer::localRouteWins()
{
    Design design = base();
    byId(design.routeTables, "rt-app")
        .routes.append(Route{QStringLiteral("10.0.11.0/24"), QStringLiteral("nat-main")});
    const TraceResult result = trace(design, AppToWorker);
    QVERIFY(result.reachable());
    QVERIFY(hasHop(result, QStringLiteral("rt-app"), QStringLiteral("route 10.0.0.0/16 -> local")));
}

void TestTracer::naclLowestNumberFirst()
{
    Design design = base();
    NetworkAcl &acl = byId(design.networkAcls, "acl-public");
    acl.inbound = {aclEntry(100, Protocol::All, 0, 65535, false),
                   aclEntry(50, Protocol::Tcp, 443, 443, true)};
    const TraceResult allowedFirst = trace(design, BrowserToAlb);
    QCOMPARE(allowedFirst.hops[1].reason, QStringLiteral("nacl acl-public inbound rule 50"));
    QCOMPARE(allowedFirst.hops[1].verdict, HopVerdict::Pass);

    acl.inbound = {aclEntry(100, Protocol::Tcp, 443, 443, true),
                   aclEntry(50, Protocol::All, 0, 65535, false)};
    const TraceResult deniedFirst = trace(design, BrowserToAlb);
    QCOMPARE(deniedFirst.hops[1].reason, QStringLiteral("nacl.inbound-denied"));
}

void TestTracer::groupReferenceMatchesMembers()
{
    Design design = base();
    const TraceResult passing = trace(design, AppToWorker);
    QVERIFY(
        hasHop(passing, QStringLiteral("sg-worker"), QStringLiteral("sg-worker ingress rule 1")));

    // sg-web has no member on this path, so a rule naming it admits nothing.
    byId(design.securityGroups, "sg-worker").ingress[0].peer = QStringLiteral("sg-web");
    QCOMPARE(blockedAt(trace(design, AppToWorker)), QStringLiteral("sg-worker sg.ingress-denied"));
}

void TestTracer::icmpIgnoresPorts()
{
    Design design = base();
    SecurityGroupRule ping;
    ping.protocol = Protocol::Icmp;
    ping.fromPort = 0;
    ping.toPort = 0;
    ping.peer = QStringLiteral("0.0.0.0/0");
    byId(design.securityGroups, "sg-app").egress = {ping};
    TracedFlow icmp = AppToApi;
    icmp.protocol = Protocol::Icmp;
    QVERIFY(trace(design, icmp).reachable());
    QCOMPARE(blockedAt(trace(design, AppToApi)), QStringLiteral("sg-app sg.egress-denied"));
}

// Two VPCs joined by a peering connection; each table routes the other
// VPC's block to it, as AWS requires on both sides.
const char *const PeeredDesign = R"(
vpcstudio: 1
vpcs:
  - {id: vpc-a, cidrBlocks: [10.1.0.0/16]}
  - {id: vpc-b, cidrBlocks: [10.2.0.0/16]}
zones:
  - {id: zone-a}
subnets:
  - {id: a-app, vpc: vpc-a, zone: zone-a, cidr: 10.1.0.0/24}
  - {id: b-db, vpc: vpc-b, zone: zone-a, cidr: 10.2.0.0/24}
routeTables:
  - id: rt-a
    vpc: vpc-a
    main: true
    routes:
      - {destination: 10.1.0.0/16, target: local}
      - {destination: 10.2.0.0/16, target: pcx-ab}
  - id: rt-b
    vpc: vpc-b
    main: true
    routes:
      - {destination: 10.2.0.0/16, target: local}
      - {destination: 10.1.0.0/16, target: pcx-ab}
peerings:
  - {id: pcx-ab, requesterVpc: vpc-a, accepterVpc: vpc-b}
securityGroups:
  - id: sg-a
    vpc: vpc-a
    egress:
      - {protocol: all, cidr: 0.0.0.0/0}
  - id: sg-db
    vpc: vpc-b
    ingress:
      - {protocol: tcp, ports: 5432, group: sg-a}
services:
  - {id: svc-a, containerPort: 8080, subnets: [a-app], securityGroups: [sg-a]}
  - {id: svc-db, containerPort: 5432, subnets: [b-db], securityGroups: [sg-db]}
)";

void TestTracer::peeringBothWays()
{
    Design design = test::readTextOrFail(PeeredDesign);
    const TracedFlow query{"svc-a", "svc-db"};
    const TraceResult passing = trace(design, query);
    QVERIFY(passing.reachable());
    QCOMPARE(passing.port, 5432);
    QVERIFY(hasHop(passing, QStringLiteral("rt-a"), QStringLiteral("route 10.2.0.0/16 -> pcx-ab")));
    QVERIFY(hasHop(passing, QStringLiteral("rt-b"), QStringLiteral("route 10.1.0.0/16 -> pcx-ab")));

    // Without the route back, the request arrives but its reply cannot
    // leave vpc-b.
    byId(design.routeTables, "rt-b").routes.removeLast();
    const TraceResult blocked = trace(design, query);
    QCOMPARE(blockedAt(blocked), QStringLiteral("rt-b route.no-route"));
    QVERIFY(blocked.blocks().first().reply);
}

void TestTracer::pathPatterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("matches");

    QTest::newRow("star spans slashes")
        << QStringLiteral("/api/*") << QStringLiteral("/api/users/42") << true;
    QTest::newRow("star needs the slash")
        << QStringLiteral("/api/*") << QStringLiteral("/api") << false;
    QTest::newRow("star matches nothing")
        << QStringLiteral("/api*") << QStringLiteral("/api") << true;
    QTest::newRow("question mark one")
        << QStringLiteral("/img/?.png") << QStringLiteral("/img/a.png") << true;
    QTest::newRow("question mark two")
        << QStringLiteral("/img/?.png") << QStringLiteral("/img/ab.png") << false;
    QTest::newRow("case-sensitive")
        << QStringLiteral("/API/*") << QStringLiteral("/api/x") << false;
    QTest::newRow("root star") << QStringLiteral("*") << QStringLiteral("/") << true;
    QTest::newRow("backtracking") << QStringLiteral("/a*b*c") << QStringLiteral("/axxbyyc") << true;
    QTest::newRow("backtracking fails")
        << QStringLiteral("/a*b*c") << QStringLiteral("/axxbyy") << false;
    QTest::newRow("exact") << QStringLiteral("/health") << QStringLiteral("/health") << true;
}

void TestTracer::pathPatterns()
{
    QFETCH(QString, pattern);
    QFETCH(QString, path);
    QFETCH(bool, matches);
    QCOMPARE(pathPatternMatches(pattern, path), matches);
}

QTEST_GUILESS_MAIN(TestTracer)
#include "tst_tracer.moc"
