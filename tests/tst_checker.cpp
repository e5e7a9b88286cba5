#include "checker.h"
#include "testsupport.h"

#include <QTest>

using namespace vpcstudio;

namespace {

// Builds a design with one VPC and the given subnets, alternating between
// two zones, so each case states only its addresses.
Design designWith(const QStringList &vpcBlocks, const QStringList &subnetBlocks)
{
    Design design;
    design.vpcs.append({QStringLiteral("vpc"), QString(), vpcBlocks, true, true});
    design.zones.append({QStringLiteral("zone-a"), QString()});
    design.zones.append({QStringLiteral("zone-b"), QString()});
    for (int i = 0; i < subnetBlocks.size(); ++i) {
        Subnet subnet;
        subnet.id = QStringLiteral("subnet-%1").arg(i + 1);
        subnet.vpc = QStringLiteral("vpc");
        subnet.zone = i % 2 ? QStringLiteral("zone-b") : QStringLiteral("zone-a");
        subnet.cidr = subnetBlocks[i];
        design.subnets.append(subnet);
    }
    return design;
}

QStringList ruleIds(const QVector<Finding> &findings)
{
    QStringList ids;
    for (const Finding &finding : findings)
        ids.append(finding.rule);
    return ids;
}

} // namespace

class TestChecker : public QObject
{
    Q_OBJECT

private slots:
    void overlapNamesBoth();
    void subnetsOutsideVpc();
    void hostBitsOfferNextFree();
    void subnetSizeLimits();
    void vpcTooLarge();
    void vpcBlocksOverlap();
    void unparsableBlock();
    void exampleIsClean();
};

void TestChecker::overlapNamesBoth()
{
    const QVector<Finding> findings =
        checkDesign(designWith({QStringLiteral("10.0.0.0/16")},
                               {QStringLiteral("10.0.1.0/24"), QStringLiteral("10.0.1.128/25")}));

    QCOMPARE(ruleIds(findings), QStringList{QStringLiteral("subnet.overlap")});
    QCOMPARE(findings[0].severity, Severity::Error);
    QCOMPARE(findings[0].objects,
             (QStringList{QStringLiteral("subnet-1"), QStringLiteral("subnet-2")}));
    QVERIFY(findings[0].message.contains(QStringLiteral("10.0.1.0/24")));
    QVERIFY(findings[0].message.contains(QStringLiteral("10.0.1.128/25")));
}

void TestChecker::subnetsOutsideVpc()
{
    const QVector<Finding> findings =
        checkDesign(designWith({QStringLiteral("192.168.0.0/16")},
                               {QStringLiteral("10.10.0.0/24"), QStringLiteral("10.10.1.0/24")}));

    QCOMPARE(ruleIds(findings), (QStringList{QStringLiteral("subnet.outside-vpc"),
                                             QStringLiteral("subnet.outside-vpc")}));
    QCOMPARE(findings[0].objects.first(), QStringLiteral("subnet-1"));
    QCOMPARE(findings[1].objects.first(), QStringLiteral("subnet-2"));
}

void TestChecker::hostBitsOfferNextFree()
{
    const QVector<Finding> findings = checkDesign(
        designWith({QStringLiteral("192.168.0.0/16")},
                   {QStringLiteral("192.168.0.0/22"), QStringLiteral("192.168.1.0/22")}));

    QCOMPARE(ruleIds(findings), QStringList{QStringLiteral("cidr.invalid")});
    QCOMPARE(findings[0].objects, QStringList{QStringLiteral("subnet-2")});
    QVERIFY2(findings[0].message.contains(QStringLiteral("192.168.0.0/22")),
             qPrintable(findings[0].message));
    QVERIFY2(findings[0].fix.contains(QStringLiteral("192.168.4.0/22")),
             qPrintable(findings[0].fix));
}

void TestChecker::subnetSizeLimits()
{
    const QVector<Finding> findings =
        checkDesign(designWith({QStringLiteral("172.20.0.0/24")},
                               {QStringLiteral("172.20.0.0/29"), QStringLiteral("172.20.0.8/30"),
                                QStringLiteral("172.20.0.16/28")}));

    QCOMPARE(ruleIds(findings),
             (QStringList{QStringLiteral("subnet.cidr-size"), QStringLiteral("subnet.cidr-size")}));
    QCOMPARE(findings[0].objects.first(), QStringLiteral("subnet-1"));
    QCOMPARE(findings[1].objects.first(), QStringLiteral("subnet-2"));
}

void TestChecker::vpcTooLarge()
{
    const QVector<Finding> findings = checkDesign(designWith({QStringLiteral("10.0.0.0/8")}, {}));

    QCOMPARE(ruleIds(findings), QStringList{QStringLiteral("vpc.cidr-size")});
    QCOMPARE(findings[0].objects, QStringList{QStringLiteral("vpc")});
}

void TestChecker::vpcBlocksOverlap()
{
    const QVector<Finding> findings = checkDesign(
        designWith({QStringLiteral("10.0.0.0/16"), QStringLiteral("10.0.128.0/17")}, {}));

    QCOMPARE(ruleIds(findings), QStringList{QStringLiteral("vpc.cidr-overlap")});
}

void TestChecker::unparsableBlock()
{
    const QVector<Finding> findings =
        checkDesign(designWith({QStringLiteral("10.0.0.0/16")}, {QStringLiteral("10.0.300.0/24")}));

    QCOMPARE(ruleIds(findings), QStringList{QStringLiteral("cidr.invalid")});
    QVERIFY(findings[0].message.contains(QStringLiteral("10.0.300.0/24")));
}

void TestChecker::exampleIsClean()
{
    const Design design =
        test::readOrFail(test::sourcePath(QStringLiteral("resources/examples/howru.yaml")));
    const QVector<Finding> findings = checkDesign(design);
    QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).message));
}

QTEST_APPLESS_MAIN(TestChecker)

#include "tst_checker.moc"
