// Measures how long the checker takes on a large generated design: 1,000
// subnets in 4 VPCs, 500 security groups, 200 ECS services and 8 load
// balancers. Not a test: run it by hand and record the figures in
// docs/benchmarks.md.

#include "checker.h"
#include "designreader.h"
#include "designwriter.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

using namespace vpcstudio;

namespace {

constexpr int VpcCount = 4;
constexpr int SubnetsPerVpc = 250;
constexpr int GroupCount = 500;
constexpr int ServiceCount = 200;

QString name(const char *prefix, int index)
{
    return QString::fromLatin1(prefix) + QString::number(index);
}

void addNetwork(Design &design, int v)
{
    const QString vpc = name("vpc-", v);
    design.vpcs.append({vpc, QString(), {QStringLiteral("10.%1.0.0/16").arg(v)}, true, true});
    design.internetGateways.append({name("igw-", v), QString(), vpc});
    design.routeTables.append({name("rt-public-", v),
                               QString(),
                               vpc,
                               false,
                               {{QStringLiteral("10.%1.0.0/16").arg(v), QStringLiteral("local")},
                                {QStringLiteral("0.0.0.0/0"), name("igw-", v)}}});
    design.routeTables.append({name("rt-private-", v),
                               QString(),
                               vpc,
                               true,
                               {{QStringLiteral("10.%1.0.0/16").arg(v), QStringLiteral("local")},
                                {QStringLiteral("0.0.0.0/0"), name("nat-", v)}}});
    for (int s = 0; s < SubnetsPerVpc; ++s) {
        Subnet subnet;
        subnet.id = QStringLiteral("subnet-%1-%2").arg(v).arg(s);
        subnet.vpc = vpc;
        subnet.zone = s % 2 ? QStringLiteral("zone-b") : QStringLiteral("zone-a");
        subnet.cidr = QStringLiteral("10.%1.%2.0/24").arg(v).arg(s);
        subnet.routeTable = s < 2 ? name("rt-public-", v) : name("rt-private-", v);
        design.subnets.append(subnet);
    }
    design.natGateways.append({name("nat-", v), QString(), QStringLiteral("subnet-%1-0").arg(v),
                               QStringLiteral("eip"), NatConnectivity::Public});
}

void addSecurity(Design &design)
{
    for (int g = 0; g < GroupCount; ++g) {
        SecurityGroup group;
        group.id = name("sg-", g);
        group.vpc = name("vpc-", g % VpcCount);
        group.ingress.append(
            {Protocol::Tcp, 443, 443, PeerKind::Cidr, QStringLiteral("0.0.0.0/0"), QString()});
        group.ingress.append({Protocol::Tcp, 8000, 8100, PeerKind::SecurityGroup,
                              name("sg-", (g + VpcCount) % GroupCount), QString()});
        group.egress.append(
            {Protocol::All, 0, 65535, PeerKind::Cidr, QStringLiteral("0.0.0.0/0"), QString()});
        design.securityGroups.append(group);
    }
}

void addServices(Design &design)
{
    for (int i = 0; i < ServiceCount; ++i) {
        const int v = i % VpcCount;
        EcsService service;
        service.id = name("svc-", i);
        service.image = QStringLiteral("library/app:latest");
        service.containerPort = 8000 + i % 100;
        service.desiredCount = 2;
        service.subnets = {QStringLiteral("subnet-%1-%2").arg(v).arg(2 + i % 200),
                           QStringLiteral("subnet-%1-%2").arg(v).arg(3 + i % 200)};
        service.securityGroups = {name("sg-", v + VpcCount * (i % 100))};
        design.services.append(service);
    }
    for (int b = 0; b < 2 * VpcCount; ++b) {
        LoadBalancer balancer;
        balancer.id = name("alb-", b);
        balancer.vpc = name("vpc-", b % VpcCount);
        balancer.subnets = {QStringLiteral("subnet-%1-0").arg(b % VpcCount),
                            QStringLiteral("subnet-%1-1").arg(b % VpcCount)};
        balancer.securityGroups = {name("sg-", b % VpcCount)};
        design.loadBalancers.append(balancer);
    }
}

} // namespace

int main()
{
    Design design;
    design.zones = {{QStringLiteral("zone-a"), QString()}, {QStringLiteral("zone-b"), QString()}};
    for (int v = 0; v < VpcCount; ++v)
        addNetwork(design, v);
    addSecurity(design);
    addServices(design);

    QTextStream out(stdout);
    QElapsedTimer timer;
    QVector<double> runs;
    int findings = 0;
    for (int i = 0; i < 7; ++i) {
        timer.start();
        findings = int(checkDesign(design).size());
        runs.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(runs.begin(), runs.end());

    timer.start();
    const QByteArray text = writeDesignText(design);
    const double writeMs = timer.nsecsElapsed() / 1e6;
    timer.start();
    InputError error;
    const bool read = readDesignText(text, QStringLiteral("bench.yaml"), &error).has_value();
    const double readMs = timer.nsecsElapsed() / 1e6;

    out << "subnets " << design.subnets.size() << ", security groups "
        << design.securityGroups.size() << ", services " << design.services.size() << ", findings "
        << findings << "\n";
    out << "check: median " << runs[runs.size() / 2] << " ms, min " << runs.first() << " ms, max "
        << runs.last() << " ms over " << runs.size() << " runs\n";
    out << "write " << writeMs << " ms (" << text.size() << " bytes), read " << readMs << " ms"
        << (read ? "" : " FAILED") << "\n";
    return read ? 0 : 1;
}
