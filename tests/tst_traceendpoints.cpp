#include "checker.h"
#include "testsupport.h"
#include "tracer.h"

#include <QTest>

using namespace vpcstudio;
using test::byId;
using test::firstBlock;

namespace {

Design isolated()
{
    return test::readOrFail(test::dataPath(QStringLiteral("trace/isolated.yaml")));
}

TraceResult traceOrFail(const Design &design, const char *from, const char *to, int port = 443)
{
    InputError error;
    const std::optional<TraceResult> result = traceFlow(
        design,
        {QString::fromLatin1(from), QString::fromLatin1(to), Protocol::Tcp, port, -1, QString()},
        &error);
    if (!result)
        qFatal("%s", qUtf8Printable(error.message));
    return *result;
}

// "OBJECT REASON" per hop, forward hops only.
QStringList forwardHops(const TraceResult &result)
{
    QStringList hops;
    for (const TraceHop &hop : result.hops) {
        if (!hop.reply)
            hops.append(hop.object + QLatin1Char(' ') + hop.reason);
    }
    return hops;
}

void removeEndpoint(Design &design, const char *id)
{
    design.endpoints.removeIf(
        [id](const VpcEndpoint &endpoint) { return endpoint.id == QLatin1String(id); });
}

bool hasRule(const Design &design, const char *rule)
{
    const QVector<Finding> findings = checkDesign(design);
    return std::any_of(findings.cbegin(), findings.cend(), [rule](const Finding &finding) {
        return finding.rule == QLatin1String(rule);
    });
}

} // namespace

// Traces to AWS services through VPC endpoints, on a VPC that has neither an
// internet gateway nor a NAT gateway. The expected hops follow AWS's
// documentation of gateway endpoints (a prefix list route added to the
// associated route tables) and interface endpoints (network interfaces with
// security groups, found through private DNS).
class TestTraceEndpoints : public QObject
{
    Q_OBJECT

private slots:
    void s3ThroughGatewayEndpoint();
    void gatewayEndpointIdIsService();
    void s3WithoutEndpointHasNoRoute();
    void explicitPrefixListRoute();
    void groupRuleOtherPrefixList();
    void s3ThroughNatOnExample();
    void interfaceEndpointGroupsGuard();
    void privateDnsOffMeansPublicName();
    void tracesEachServiceSubnet();
    void checkerAgreesOnImagePulls();
};

void TestTraceEndpoints::s3ThroughGatewayEndpoint()
{
    const TraceResult result = traceOrFail(isolated(), "svc-worker", "s3");
    QCOMPARE(forwardHops(result),
             (QStringList{QStringLiteral("sg-worker sg-worker egress rule 2"),
                          QStringLiteral("private-a default network ACL"),
                          QStringLiteral("rt-private route pl-s3 -> vpce-s3"),
                          QStringLiteral("vpce-s3 gateway endpoint s3"),
                          QStringLiteral("s3 delivered")}));
    QVERIFY(result.reachable());
}

void TestTraceEndpoints::gatewayEndpointIdIsService()
{
    QCOMPARE(forwardHops(traceOrFail(isolated(), "svc-worker", "vpce-s3")),
             forwardHops(traceOrFail(isolated(), "svc-worker", "s3")));
}

void TestTraceEndpoints::s3WithoutEndpointHasNoRoute()
{
    Design design = isolated();
    removeEndpoint(design, "vpce-s3");
    QCOMPARE(firstBlock(traceOrFail(design, "svc-worker", "s3")),
             QStringLiteral("rt-private route.no-route"));
}

void TestTraceEndpoints::explicitPrefixListRoute()
{
    // The route written out, with the endpoint no longer associated.
    Design design = isolated();
    byId(design.endpoints, "vpce-s3").routeTables.clear();
    byId(design.routeTables, "rt-private")
        .routes.append({QStringLiteral("pl-6da54004"), QStringLiteral("vpce-s3")});
    byId(design.securityGroups, "sg-worker").egress[1].peer = QStringLiteral("pl-6da54004");
    const TraceResult result = traceOrFail(design, "svc-worker", "s3");
    QCOMPARE(firstBlock(result), QStringLiteral("reachable"));
    QVERIFY(forwardHops(result).contains(QStringLiteral("rt-private route pl-6da54004 -> vpce-s3")));
}

void TestTraceEndpoints::groupRuleOtherPrefixList()
{
    Design design = isolated();
    byId(design.securityGroups, "sg-worker").egress[1].peer = QStringLiteral("pl-dynamodb");
    const TraceResult result = traceOrFail(design, "svc-worker", "s3");
    QCOMPARE(firstBlock(result), QStringLiteral("sg-worker sg.egress-denied"));
    QVERIFY2(result.blocks().first().detail.contains(QLatin1String("prefix list pl-s3")),
             qPrintable(result.blocks().first().detail));
}

void TestTraceEndpoints::s3ThroughNatOnExample()
{
    // The example has no S3 endpoint, so S3 is a public name reached like
    // any host on the internet: through the NAT gateway.
    const Design design =
        test::readOrFail(test::sourcePath(QStringLiteral("resources/examples/howru.yaml")));
    const TraceResult result = traceOrFail(design, "svc-springboot", "s3");
    QCOMPARE(forwardHops(result),
             (QStringList{QStringLiteral("sg-api sg-api egress rule 1"),
                          QStringLiteral("acl-default nacl acl-default outbound rule 100"),
                          QStringLiteral("rt-private route 0.0.0.0/0 -> nat-howru"),
                          QStringLiteral("acl-default nacl acl-default inbound rule 100"),
                          QStringLiteral("nat-howru nat-howru public, eipalloc-howru-nat"),
                          QStringLiteral("acl-default nacl acl-default outbound rule 100"),
                          QStringLiteral("rt-public route 0.0.0.0/0 -> igw-howru"),
                          QStringLiteral("igw-howru igw-howru public IP of nat-howru"),
                          QStringLiteral("s3 delivered")}));
}

void TestTraceEndpoints::interfaceEndpointGroupsGuard()
{
    Design design = isolated();
    byId(design.securityGroups, "sg-endpoints").ingress.clear();
    for (const char *service : {"ecr.api", "logs", "ecr-worker"})
        QCOMPARE(firstBlock(traceOrFail(design, "svc-worker", service)),
                 QStringLiteral("sg-endpoints sg.ingress-denied"));
    QCOMPARE(forwardHops(traceOrFail(isolated(), "svc-worker", "logs")).last(),
             QStringLiteral("vpce-logs delivered"));
}

void TestTraceEndpoints::privateDnsOffMeansPublicName()
{
    // Without private DNS the name logs.REGION.amazonaws.com keeps its
    // public addresses, which no route of this VPC leads to.
    Design design = isolated();
    byId(design.endpoints, "vpce-logs").privateDns = false;
    design.securityGroups[0].egress.append(
        {Protocol::Tcp, 443, 443, PeerKind::Cidr, QStringLiteral("0.0.0.0/0"), QString()});
    QCOMPARE(firstBlock(traceOrFail(design, "svc-worker", "logs")),
             QStringLiteral("rt-private route.no-route"));
}

void TestTraceEndpoints::tracesEachServiceSubnet()
{
    // Only the second subnet's ACL stops the traffic to S3, so the trace
    // must show that subnet, not the first.
    Design design = isolated();
    NetworkAcl acl;
    acl.id = QStringLiteral("acl-b");
    acl.vpc = QStringLiteral("vpc-iso");
    acl.inbound = {{100, Protocol::All, 0, 65535, QStringLiteral("0.0.0.0/0"), true}};
    acl.outbound = {{100, Protocol::Tcp, 80, 80, QStringLiteral("0.0.0.0/0"), true}};
    design.networkAcls.append(acl);
    byId(design.subnets, "private-b").networkAcl = QStringLiteral("acl-b");

    const TraceResult result = traceOrFail(design, "svc-worker", "s3");
    QCOMPARE(firstBlock(result), QStringLiteral("acl-b nacl.outbound-denied"));
    QVERIFY(result.hops.first().detail.contains(QLatin1String("private-b")));
}

void TestTraceEndpoints::checkerAgreesOnImagePulls()
{
    Design design = isolated();
    QVERIFY(!hasRule(design, "ecs.image-pull-no-path"));
    removeEndpoint(design, "vpce-s3");
    QVERIFY(hasRule(design, "ecs.image-pull-no-path"));
}

QTEST_GUILESS_MAIN(TestTraceEndpoints)
#include "tst_traceendpoints.moc"
