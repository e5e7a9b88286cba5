#include "designcompare.h"
#include "designreader.h"
#include "designwriter.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace vpcstudio;

class TestDesignIo : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void readsEveryField();
    void quotesAmbiguousStrings();
    void saveKeepsOldFileOnFailure();
    void saveReportsUnwritablePath();
};

void TestDesignIo::roundTrip_data()
{
    QTest::addColumn<QString>("path");

    const QDir examples(test::sourcePath(QStringLiteral("resources/examples")));
    const QStringList files = examples.entryList({QStringLiteral("*.yaml")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << examples.filePath(file);
    QTest::newRow("all-kinds") << test::dataPath(QStringLiteral("all-kinds.yaml"));
}

void TestDesignIo::roundTrip()
{
    QFETCH(QString, path);

    const Design original = test::readOrFail(path);
    const QByteArray written = writeDesignText(original);
    InputError error;
    const std::optional<Design> reread =
        readDesignText(written, QStringLiteral("written.yaml"), &error);
    QVERIFY2(reread.has_value(),
             qPrintable(error.toString() + QLatin1Char('\n') + QString::fromUtf8(written)));
    QVERIFY2(*reread == original, written.constData());
    QCOMPARE(writeDesignText(*reread), written);
}

void TestDesignIo::readsEveryField()
{
    const Design design = test::readOrFail(test::dataPath(QStringLiteral("all-kinds.yaml")));

    QCOMPARE(design.name, QStringLiteral("yes"));
    QCOMPARE(design.vpcs.size(), 2);
    QCOMPARE(design.vpcs[0].name, QStringLiteral("아파트 A"));
    QCOMPARE(design.vpcs[0].cidrBlocks.size(), 2);
    QCOMPARE(design.vpcs[0].dnsSupport, false);
    QCOMPARE(design.vpcs[1].name, QStringLiteral("0123"));
    QCOMPARE(design.subnets[0].mapPublicIpOnLaunch, true);
    QCOMPARE(design.subnets[1].routeTable, QString());
    QCOMPARE(design.routeTables[0].routes.size(), 5);
    QCOMPARE(design.routeTables[0].routes[4].target, QString());
    QCOMPARE(design.natGateways[1].connectivity, NatConnectivity::Private);

    const SecurityGroup &group = design.securityGroups[0];
    QCOMPARE(group.ingress.size(), 3);
    QCOMPARE(group.ingress[1].protocol, Protocol::Udp);
    QCOMPARE(group.ingress[1].fromPort, 1024);
    QCOMPARE(group.ingress[1].toPort, 65535);
    QCOMPARE(group.ingress[1].peerKind, PeerKind::PrefixList);
    QCOMPARE(group.ingress[2].peerKind, PeerKind::SecurityGroup);
    QCOMPARE(group.egress[0].fromPort, 0);
    QCOMPARE(group.egress[0].toPort, 65535);
    QCOMPARE(group.egress[1].fromPort, 22);

    QCOMPARE(design.networkAcls[0].inbound[1].allow, false);
    QCOMPARE(design.endpoints[1].type, EndpointType::Interface);
    QCOMPARE(design.endpoints[1].privateDns, false);
    QCOMPARE(design.loadBalancers[0].scheme, LoadBalancerScheme::Internal);
    QCOMPARE(design.loadBalancers[0].listeners[0].rules[0].pathPatterns.size(), 2);
    QCOMPARE(design.services[0].launchType, LaunchType::Ec2);
    QCOMPARE(design.services[0].desiredCount, 3);
    QCOMPARE(design.externalHosts[1].kind, ExternalKind::User);
    QCOMPARE(design.flows[0].name, QStringLiteral("사용자 → API: 흐름"));
    QCOMPARE(design.flows[1].protocol, Protocol::Udp);
    QCOMPARE(design.layout.frames.value(QStringLiteral("net")), QRectF(10, -20.5, 150, 104));
}

void TestDesignIo::quotesAmbiguousStrings()
{
    const Design design = test::readOrFail(test::dataPath(QStringLiteral("all-kinds.yaml")));
    const QString written = QString::fromUtf8(writeDesignText(design));

    QVERIFY(written.contains(QStringLiteral("name: \"yes\"")));
    QVERIFY(written.contains(QStringLiteral("name: \"0123\"")));
    QVERIFY(written.contains(QStringLiteral("name: \"true\"")));
    QVERIFY(written.contains(QStringLiteral("name: \"2024-01-01\"")));
    QVERIFY(written.contains(QStringLiteral("name: \"~\"")));
    QVERIFY(written.contains(QStringLiteral("아파트 A")));
    QVERIFY(!written.contains(QLatin1Char('&')));
}

void TestDesignIo::saveKeepsOldFileOnFailure()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("design.yaml"));
    const Design design = test::readOrFail(test::dataPath(QStringLiteral("all-kinds.yaml")));
    QCOMPARE(saveDesignFile(design, path), QString());

    QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::ExeOwner);
    Design changed = design;
    changed.name = QStringLiteral("changed");
    const QString problem = saveDesignFile(changed, path);
    QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    // Root ignores folder permissions, so the failure can only be checked
    // when the test runs as another user.
    if (problem.isEmpty() && geteuid() == 0)
        QSKIP("running as root: a read-only folder does not stop writes");
    QVERIFY(!problem.isEmpty());
    QCOMPARE(test::readOrFail(path).name, QStringLiteral("yes"));
}

void TestDesignIo::saveReportsUnwritablePath()
{
    QTemporaryDir folder;
    const QString blocker = folder.filePath(QStringLiteral("plain-file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    // A path below a plain file cannot be created, even by root.
    const Design design = test::readOrFail(test::dataPath(QStringLiteral("all-kinds.yaml")));
    QVERIFY(!saveDesignFile(design, blocker + QStringLiteral("/design.yaml")).isEmpty());
}

QTEST_APPLESS_MAIN(TestDesignIo)

#include "tst_designio.moc"
