#include "designcompare.h"
#include "reachability.h"
#include "testsupport.h"
#include "tracer.h"

#include <QTest>

#include <algorithm>

using namespace vpcstudio;
using test::byId;
using test::firstBlock;

namespace {

Design example()
{
    return test::readOrFail(test::sourcePath(QStringLiteral("resources/examples/howru.yaml")));
}

TraceResult traceOrFail(const Design &design, const QString &from, const QString &to, int port,
                        int sourcePort = -1)
{
    InputError error;
    const std::optional<TraceResult> result =
        traceFlow(design, {from, to, Protocol::Tcp, port, sourcePort, QString()}, &error);
    if (!result)
        qFatal("%s", qUtf8Printable(error.message));
    return *result;
}

NetworkAclEntry entry(int number, int from, int to, const char *cidr)
{
    return {number, Protocol::Tcp, from, to, QString::fromLatin1(cidr), true};
}

} // namespace

// Tracer cases on the bundled example, each with one setting changed. The
// expected verdicts were worked out by hand from AWS's rules.
class TestTraceCases : public QObject
{
    Q_OBJECT

private slots:
    void publicSubnetTaskNeedsPublicIp();
    void natRoutedToItself();
    void groupWithoutEgress();
    void privateAclDropsReplies();
    void publicAclReturnRange();
    void routeToMissingNat();
    void internalAlbFromInternet();
    void cloudMapNameOnlyInside();
    void reachabilityOfExample();
    void targetInOtherZone();
    void targetZoneNotEnabled();
};

void TestTraceCases::publicSubnetTaskNeedsPublicIp()
{
    Design design = example();
    EcsService &spacy = byId(design.services, "svc-spacy");
    spacy.subnets = {QStringLiteral("subnet-public-a")};
    QCOMPARE(firstBlock(
                 traceOrFail(design, QStringLiteral("svc-spacy"), QStringLiteral("internet"), 443)),
             QStringLiteral("igw-howru igw.no-public-ip"));

    spacy.assignPublicIp = true;
    QCOMPARE(firstBlock(
                 traceOrFail(design, QStringLiteral("svc-spacy"), QStringLiteral("internet"), 443)),
             QStringLiteral("reachable"));
}

void TestTraceCases::natRoutedToItself()
{
    // The NAT's own subnet now uses the private table, which sends
    // 0.0.0.0/0 back to the NAT.
    Design design = example();
    byId(design.subnets, "subnet-public-a").routeTable = QStringLiteral("rt-private");
    QCOMPARE(firstBlock(traceOrFail(design, QStringLiteral("svc-springboot"),
                                    QStringLiteral("gemini"), 443)),
             QStringLiteral("nat-howru nat.not-public"));
}

void TestTraceCases::groupWithoutEgress()
{
    Design design = example();
    byId(design.securityGroups, "sg-api").egress.clear();
    QCOMPARE(firstBlock(traceOrFail(design, QStringLiteral("svc-springboot"),
                                    QStringLiteral("gemini"), 443)),
             QStringLiteral("sg-api sg.egress-denied"));
}

void TestTraceCases::privateAclDropsReplies()
{
    // Out: TCP 443 only. In: TCP 8000 from the VPC only. The reply from the
    // internet to the task's port 49152 is dropped on the way back in.
    Design design = example();
    NetworkAcl acl;
    acl.id = QStringLiteral("acl-private");
    acl.vpc = QStringLiteral("vpc-howru");
    acl.outbound = {entry(100, 443, 443, "0.0.0.0/0")};
    acl.inbound = {entry(100, 8000, 8000, "10.0.0.0/16")};
    design.networkAcls.append(acl);
    byId(design.subnets, "subnet-private-a").networkAcl = acl.id;

    const TraceResult blocked =
        traceOrFail(design, QStringLiteral("svc-spacy"), QStringLiteral("internet"), 443);
    QCOMPARE(firstBlock(blocked), QStringLiteral("acl-private nacl.return-denied"));
    QVERIFY(blocked.blocks().first().reply);

    design.networkAcls.last().inbound.append(entry(200, 1024, 65535, "0.0.0.0/0"));
    QCOMPARE(firstBlock(
                 traceOrFail(design, QStringLiteral("svc-spacy"), QStringLiteral("internet"), 443)),
             QStringLiteral("reachable"));
}

void TestTraceCases::publicAclReturnRange()
{
    // The public subnets' ACL lets replies out only to ports 32768-65535.
    Design design = example();
    NetworkAcl acl;
    acl.id = QStringLiteral("acl-public");
    acl.vpc = QStringLiteral("vpc-howru");
    acl.inbound = {entry(100, 80, 80, "0.0.0.0/0"), entry(110, 443, 443, "0.0.0.0/0"),
                   entry(120, 1024, 65535, "10.0.0.0/16")};
    acl.outbound = {entry(100, 32768, 65535, "0.0.0.0/0"), entry(110, 8080, 8080, "10.0.0.0/16")};
    design.networkAcls.append(acl);
    byId(design.subnets, "subnet-public-a").networkAcl = acl.id;
    byId(design.subnets, "subnet-public-c").networkAcl = acl.id;

    QCOMPARE(firstBlock(traceOrFail(design, QStringLiteral("internet"), QStringLiteral("alb-howru"),
                                    80, 50000)),
             QStringLiteral("reachable"));
    const TraceResult blocked =
        traceOrFail(design, QStringLiteral("internet"), QStringLiteral("alb-howru"), 80, 1025);
    QCOMPARE(firstBlock(blocked), QStringLiteral("acl-public nacl.return-denied"));
}

void TestTraceCases::routeToMissingNat()
{
    Design design = example();
    byId(design.routeTables, "rt-private").routes[1].target = QStringLiteral("nat-missing");
    QCOMPARE(firstBlock(traceOrFail(design, QStringLiteral("svc-springboot"),
                                    QStringLiteral("gemini"), 443)),
             QStringLiteral("rt-private route.blackhole"));
}

void TestTraceCases::internalAlbFromInternet()
{
    Design design = example();
    byId(design.loadBalancers, "alb-howru").scheme = LoadBalancerScheme::Internal;
    const TraceResult blocked =
        traceOrFail(design, QStringLiteral("internet"), QStringLiteral("alb-howru"), 443);
    const QVector<TraceHop> blocks = blocked.blocks();
    QVERIFY(std::any_of(blocks.cbegin(), blocks.cend(), [](const TraceHop &hop) {
        return hop.reason == QLatin1String("alb.internal-from-internet");
    }));
}

void TestTraceCases::cloudMapNameOnlyInside()
{
    const Design design = example();
    QCOMPARE(firstBlock(traceOrFail(design, QStringLiteral("svc-springboot"),
                                    QStringLiteral("spacy-api.howru"), 8000)),
             QStringLiteral("reachable"));
    const TraceResult outside =
        traceOrFail(design, QStringLiteral("internet"), QStringLiteral("spacy-api.howru"), 8000);
    QCOMPARE(outside.blocks().first().reason, QStringLiteral("dns.not-resolvable"));
}

void TestTraceCases::targetInOtherZone()
{
    // Spring Boot runs only in zone c; the node in zone a forwards across
    // zones, since both zones are enabled on the ALB.
    Design design = example();
    byId(design.services, "svc-springboot").subnets = {QStringLiteral("subnet-private-c")};
    const TraceResult result =
        traceOrFail(design, QStringLiteral("browser"), QStringLiteral("alb-howru"), 443);
    QCOMPARE(firstBlock(result), QStringLiteral("reachable"));
    const auto delivered =
        std::find_if(result.hops.cbegin(), result.hops.cend(), [](const TraceHop &hop) {
            return hop.reason == QLatin1String("delivered");
        });
    QVERIFY(delivered != result.hops.cend());
    QVERIFY2(delivered->detail.contains(QLatin1String("subnet-private-c")),
             qPrintable(delivered->detail));
}

void TestTraceCases::targetZoneNotEnabled()
{
    // The ALB keeps only its zone-a subnet, and the tasks run only in zone
    // c: the ALB never sends them traffic.
    Design design = example();
    byId(design.loadBalancers, "alb-howru").subnets = {QStringLiteral("subnet-public-a")};
    byId(design.services, "svc-springboot").subnets = {QStringLiteral("subnet-private-c")};
    QCOMPARE(firstBlock(
                 traceOrFail(design, QStringLiteral("browser"), QStringLiteral("alb-howru"), 443)),
             QStringLiteral("alb-howru alb.target-zone-disabled"));
}

void TestTraceCases::reachabilityOfExample()
{
    const ReachabilityMatrix matrix = computeReachability(example());
    QCOMPARE(matrix.parties,
             (QStringList{QStringLiteral("internet"), QStringLiteral("alb-howru"),
                          QStringLiteral("svc-springboot"), QStringLiteral("svc-spacy"),
                          QStringLiteral("svc-fastapi"), QStringLiteral("svc-translate")}));
    QCOMPARE(matrix.ports, (QVector<int>{443, 80, 8080, 8000, 8001, 5000}));
    const auto verdict = [&matrix](int from, int to) { return matrix.verdicts[from][to]; };

    // Worked out from the example's groups: the ALB is open to the
    // internet; only the ALB reaches Spring Boot; only Spring Boot reaches
    // the three helpers; every task reaches the internet through the NAT;
    // nothing on the internet reaches a task.
    QCOMPARE(verdict(0, 1), ReachabilityMatrix::Reachable);
    QCOMPARE(verdict(0, 2), ReachabilityMatrix::Blocked);
    QCOMPARE(verdict(1, 2), ReachabilityMatrix::Reachable);
    QCOMPARE(verdict(2, 3), ReachabilityMatrix::Reachable);
    QCOMPARE(verdict(2, 5), ReachabilityMatrix::Reachable);
    QCOMPARE(verdict(3, 2), ReachabilityMatrix::Blocked);
    QCOMPARE(verdict(3, 4), ReachabilityMatrix::Blocked);
    QCOMPARE(verdict(4, 0), ReachabilityMatrix::Reachable);
    QCOMPARE(verdict(1, 3), ReachabilityMatrix::Blocked);
    QCOMPARE(verdict(2, 2), ReachabilityMatrix::NotApplicable);
}

QTEST_APPLESS_MAIN(TestTraceCases)

#include "tst_tracecases.moc"
