// Checks the verdicts that the corpus manifest states for real-world
// CloudFormation templates. The corpus stays outside the repository; the
// tests skip when it is not there.
#include "cfnimport.h"
#include "checker.h"
#include "clirun.h"
#include "testsupport.h"
#include "tracer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

using namespace vpcstudio;

namespace {

const char *const A3 = "aws-samples__container-patterns__pattern__low-cost-vpc-amazon-ecs-cluster__"
                       "files__vpc.yml";
const char *const A4 = "aws-cloudformation__aws-cloudformation-templates__RainModules__vpc.yml";
const char *const A8Vpc = "aws-samples__container-patterns__pattern__ecs-cluster-isolated-vpc-no-"
                          "nat-gateway__files__isolated-vpc.yml";
const char *const A8Service = "aws-samples__container-patterns__pattern__ecs-cluster-isolated-vpc-"
                              "no-nat-gateway__files__private-service.yml";
const char *const A10 = "aws-cloudformation__aws-cloudformation-templates__VPC__VPC_With_Managed_"
                        "NAT_And_Private_Subnet.yaml";
const char *const A13Vpc =
    "nathanpeck__aws-cloudformation-fargate__fargate-networking-stacks__public-vpc.yml";
const char *const A13Service = "nathanpeck__aws-cloudformation-fargate__service-stacks__public-"
                               "subnet-public-loadbalancer.yml";
const char *const A14Vpc =
    "nathanpeck__aws-cloudformation-fargate__fargate-networking-stacks__public-private-vpc.yml";
const char *const A14PublicLb = "nathanpeck__aws-cloudformation-fargate__service-stacks__private-"
                                "subnet-public-loadbalancer.yml";
const char *const A14PrivateLb = "nathanpeck__aws-cloudformation-fargate__service-stacks__private-"
                                 "subnet-private-loadbalancer.yml";
const char *const A18 = "aws-quickstart__quickstart-aws-vpc__templates__aws-vpc.template.yaml";

// An image in ECR, for services whose template leaves the image to a parameter.
const char *const EcrImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1";

QString corpusFolder()
{
    const QStringList candidates = {
        QStringLiteral(VPCSTUDIO_SOURCE_DIR "/../shared/corpus/cloudformation"),
        QStringLiteral("/work/shared/corpus/cloudformation")};
    for (const QString &candidate : candidates) {
        if (QDir(candidate).exists())
            return QDir(candidate).absolutePath();
    }
    return QString();
}

std::optional<LoadedInput> importCorpus(const QStringList &files, const QStringList &parameters,
                                        InputError *error)
{
    QStringList paths;
    for (const QString &file : files)
        paths.append(corpusFolder() + QLatin1Char('/') + file);
    QHash<QString, QString> values;
    for (const QString &pair : parameters)
        values.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    return readInputFiles(paths, values, error);
}

Design importOrFail(const QStringList &files, const QStringList &parameters = {})
{
    InputError error;
    const std::optional<LoadedInput> input = importCorpus(files, parameters, &error);
    if (!input)
        qFatal("%s", qUtf8Printable(error.toString()));
    return input->design;
}

QStringList rulesOf(const QVector<Finding> &findings, Severity severity)
{
    QStringList rules;
    for (const Finding &finding : findings) {
        if (finding.severity == severity)
            rules.append(finding.rule + QLatin1Char(' ') + finding.objects.join(u','));
    }
    return rules;
}

bool hasRule(const QVector<Finding> &findings, const char *rule, const QString &object = {})
{
    return std::any_of(findings.cbegin(), findings.cend(), [&](const Finding &finding) {
        return finding.rule == QLatin1String(rule) &&
               (object.isEmpty() || finding.objects.contains(object));
    });
}

TraceResult traceOrFail(const Design &design, const QString &from, const QString &to,
                        const QString &path = {})
{
    TraceRequest request;
    request.from = from;
    request.to = to;
    request.path = path;
    InputError error;
    const std::optional<TraceResult> result = traceFlow(design, request, &error);
    if (!result)
        qFatal("%s", qUtf8Printable(error.toString()));
    return *result;
}

QStringList blockReasons(const TraceResult &result)
{
    QStringList reasons;
    for (const TraceHop &hop : result.blocks())
        reasons.append(hop.reason);
    return reasons;
}

bool passesThrough(const TraceResult &result, const QString &object)
{
    return std::any_of(result.hops.cbegin(), result.hops.cend(), [&](const TraceHop &hop) {
        return hop.object == object && hop.verdict == HopVerdict::Pass && !hop.reply;
    });
}

// Returns the target of the 0.0.0.0/0 route that governs a subnet.
QString defaultTarget(const Design &design, const char *subnetId)
{
    const Subnet *subnet = design.subnet(QString::fromLatin1(subnetId));
    const RouteTable *table = subnet ? design.effectiveRouteTable(*subnet) : nullptr;
    if (!table)
        return QString();
    for (const Route &route : table->routes) {
        if (route.destination == QLatin1String("0.0.0.0/0"))
            return route.target;
    }
    return QString();
}

// A Fargate service that the manifest's verdicts place in a design.
EcsService addedService(const QStringList &subnets, const QStringList &groups, const QString &image,
                        const QString &registry = {})
{
    EcsService service;
    service.id = QStringLiteral("AddedService");
    service.launchType = LaunchType::Fargate;
    service.image = image;
    service.registry = registry;
    service.containerPort = 8080;
    service.subnets = subnets;
    service.securityGroups = groups;
    return service;
}

// A security group that allows all outbound traffic, as AWS creates one.
SecurityGroup openGroup(const QString &vpc)
{
    SecurityGroup group;
    group.id = QStringLiteral("AddedGroup");
    group.vpc = vpc;
    group.egress.append(
        {Protocol::All, 0, 65535, PeerKind::Cidr, QStringLiteral("0.0.0.0/0"), QString()});
    return group;
}

} // namespace

class TestCfnCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTemplateImports();
    void a3PublicSubnetsNeedPublicIp();
    void a4WholeBlockUsed();
    void a8IsolatedVpcPullsThroughEndpoints();
    void a10PrivateTaskReachesInternet();
    void a13PublicService();
    void a14PublicAndInternalBalancers();
    void a18Defaults();
    void a18WithoutNat();
    void a18ImportTime();
    void cliValidatesGroups();
};

void TestCfnCorpus::initTestCase()
{
    if (corpusFolder().isEmpty())
        QSKIP("the CloudFormation corpus (../shared/corpus/cloudformation) is not there");
}

void TestCfnCorpus::everyTemplateImports()
{
    const QStringList files = QDir(corpusFolder())
                                  .entryList({QStringLiteral("*.yml"), QStringLiteral("*.yaml")},
                                             QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 11);
    for (const QString &file : files) {
        InputError error;
        const std::optional<LoadedInput> input = importCorpus({file}, {}, &error);
        QVERIFY2(input.has_value(), qPrintable(error.toString()));
        QVERIFY2(!input->design.vpcs.isEmpty() || !input->design.services.isEmpty(),
                 qPrintable(file));
        const QVector<Finding> findings = checkDesign(input->design);
        if (file != QLatin1String(A8Service) && file != QLatin1String(A13Service) &&
            file != QLatin1String(A14PublicLb) && file != QLatin1String(A14PrivateLb))
            QVERIFY2(countFindings(findings, Severity::Error) == 0,
                     qPrintable(file + QLatin1Char(' ') +
                                rulesOf(findings, Severity::Error).join(u' ')));
    }
}

void TestCfnCorpus::a3PublicSubnetsNeedPublicIp()
{
    Design design = importOrFail({QString::fromLatin1(A3)});
    QCOMPARE(countFindings(checkDesign(design), Severity::Error), 0);
    QCOMPARE(design.subnets.size(), 2);
    QCOMPARE(design.subnets[0].cidr, QStringLiteral("10.0.0.0/18"));

    design.repositories.append({QStringLiteral("AddedRepository"), QStringLiteral("app")});
    design.securityGroups.append(openGroup(QStringLiteral("VPC")));
    design.services.append(
        addedService({QStringLiteral("PublicSubnetOne"), QStringLiteral("PublicSubnetTwo")},
                     {QStringLiteral("AddedGroup")}, QString::fromLatin1(EcrImage),
                     QStringLiteral("AddedRepository")));
    const QVector<Finding> findings = checkDesign(design);
    QVERIFY2(hasRule(findings, "ecs.image-pull-no-path", QStringLiteral("AddedService")),
             qPrintable(rulesOf(findings, Severity::Error).join(u' ')));

    const TraceResult trace =
        traceOrFail(design, QStringLiteral("AddedService"), QStringLiteral("AddedRepository:443"));
    QVERIFY(!trace.reachable());
    QVERIFY2(blockReasons(trace).contains(QStringLiteral("igw.no-public-ip")),
             qPrintable(blockReasons(trace).join(u' ')));

    design.services.last().assignPublicIp = true;
    QVERIFY(!hasRule(checkDesign(design), "ecs.image-pull-no-path"));
}

void TestCfnCorpus::a4WholeBlockUsed()
{
    Design design = importOrFail({QString::fromLatin1(A4)});
    QCOMPARE(countFindings(checkDesign(design), Severity::Error), 0);
    QCOMPARE(design.subnets.size(), 4);
    QCOMPARE(design.natGateways.size(), 2);
    QCOMPARE(design.natGateways[0].elasticIp, QStringLiteral("PublicSubnet1EIP"));
    QCOMPARE(defaultTarget(design, "PrivateSubnet1Subnet"),
             QStringLiteral("PublicSubnet1NATGateway"));
    QCOMPARE(defaultTarget(design, "PrivateSubnet2Subnet"),
             QStringLiteral("PublicSubnet2NATGateway"));

    Subnet extra;
    extra.id = QStringLiteral("AddedSubnet");
    extra.vpc = QStringLiteral("VPC");
    extra.zone = design.subnets[0].zone;
    extra.cidr = QStringLiteral("10.0.250.0/24");
    design.subnets.append(extra);
    QVERIFY(hasRule(checkDesign(design), "subnet.overlap", QStringLiteral("AddedSubnet")));
}

void TestCfnCorpus::a8IsolatedVpcPullsThroughEndpoints()
{
    // The service template takes its network from parameters that match the
    // VPC template's outputs; its image is a parameter without a default.
    const QStringList files = {QString::fromLatin1(A8Vpc), QString::fromLatin1(A8Service)};
    Design design =
        importOrFail(files, {QStringLiteral("ImageUri=") + QString::fromLatin1(EcrImage)});
    const QVector<Finding> findings = checkDesign(design);
    QVERIFY2(countFindings(findings, Severity::Error) == 0,
             qPrintable(rulesOf(findings, Severity::Error).join(u' ')));
    QCOMPARE(design.services.size(), 1);
    QCOMPARE(design.services[0].subnets,
             (QStringList{QStringLiteral("PrivateSubnetOne"), QStringLiteral("PrivateSubnetTwo")}));
    // The three ECS endpoints are under a false condition.
    QCOMPARE(design.endpoints.size(), 7);

    const TraceResult trace =
        traceOrFail(design, QStringLiteral("Service"), QStringLiteral("8.8.8.8:443"));
    QVERIFY(!trace.reachable());
    QVERIFY2(blockReasons(trace).contains(QStringLiteral("route.no-route")),
             qPrintable(blockReasons(trace).join(u' ')));

    design.endpoints.removeIf(
        [](const VpcEndpoint &endpoint) { return endpoint.id == QLatin1String("S3Endpoint"); });
    QVERIFY(hasRule(checkDesign(design), "ecs.image-pull-no-path", QStringLiteral("Service")));
}

void TestCfnCorpus::a10PrivateTaskReachesInternet()
{
    Design design = importOrFail({QString::fromLatin1(A10)});
    QCOMPARE(countFindings(checkDesign(design), Severity::Error), 0);
    QCOMPARE(design.natGateways.size(), 2);

    const Subnet &first = *design.subnet(QStringLiteral("PrivateSubnet1"));
    const QString nat = defaultTarget(design, "PrivateSubnet1");
    QCOMPARE(design.kindOf(nat), ObjectKind::NatGateway);
    // The NAT gateway of the route sits in the public subnet of the same zone.
    for (const NatGateway &gateway : std::as_const(design.natGateways)) {
        if (gateway.id == nat)
            QCOMPARE(design.subnet(gateway.subnet)->zone, first.zone);
    }

    design.securityGroups.append(openGroup(QStringLiteral("VPC")));
    design.services.append(
        addedService({first.id}, {QStringLiteral("AddedGroup")}, QStringLiteral("nginx")));
    const TraceResult trace =
        traceOrFail(design, QStringLiteral("AddedService"), QStringLiteral("8.8.8.8:443"));
    QVERIFY2(trace.reachable(), qPrintable(blockReasons(trace).join(u' ')));
    QVERIFY(passesThrough(trace, nat));
    QVERIFY(passesThrough(trace, QStringLiteral("InternetGateway")));
}

void TestCfnCorpus::a13PublicService()
{
    const Design design =
        importOrFail({QString::fromLatin1(A13Vpc), QString::fromLatin1(A13Service)});
    const QVector<Finding> findings = checkDesign(design);
    QVERIFY2(countFindings(findings, Severity::Error) == 0,
             qPrintable(rulesOf(findings, Severity::Error).join(u' ')));
    QCOMPARE(design.services.size(), 1);
    QCOMPARE(design.services[0].assignPublicIp, true);
    QCOMPARE(design.services[0].registry, QStringLiteral("dockerhub"));

    // The load balancer forwards to the service's target group, and the
    // trace follows it to a task.
    const TraceResult inbound =
        traceOrFail(design, QStringLiteral("internet"), QStringLiteral("PublicLoadBalancer:80"));
    QVERIFY2(inbound.reachable(), qPrintable(blockReasons(inbound).join(u' ')));
    QVERIFY(passesThrough(inbound, QStringLiteral("Service")));

    const TraceResult pull =
        traceOrFail(design, QStringLiteral("Service"), QStringLiteral("dockerhub:443"));
    QVERIFY2(pull.reachable(), qPrintable(blockReasons(pull).join(u' ')));
    QVERIFY(passesThrough(pull, QStringLiteral("InternetGateway")));
}

void TestCfnCorpus::a14PublicAndInternalBalancers()
{
    const Design design =
        importOrFail({QString::fromLatin1(A14Vpc), QString::fromLatin1(A14PublicLb),
                      QString::fromLatin1(A14PrivateLb)});
    const QVector<Finding> findings = checkDesign(design);
    QVERIFY2(countFindings(findings, Severity::Error) == 0,
             qPrintable(rulesOf(findings, Severity::Error).join(u' ')));
    QCOMPARE(design.services.size(), 2);

    // Both service templates name their service "Service"; the second keeps
    // its file's base name in front.
    const QString privateService =
        QStringLiteral("nathanpeck__aws-cloudformation-fargate__service-stacks__private-subnet-"
                       "private-loadbalancer.Service");
    QVERIFY(design.kindOf(privateService) == ObjectKind::EcsService);
    QVERIFY(hasRule(findings, "ecs.public-ip-without-igw", privateService));

    const TraceResult inbound =
        traceOrFail(design, QStringLiteral("internet"), QStringLiteral("PublicLoadBalancer:80"));
    QVERIFY2(inbound.reachable(), qPrintable(blockReasons(inbound).join(u' ')));
    QVERIFY(passesThrough(inbound, QStringLiteral("Service")));
    QCOMPARE(design.subnet(QStringLiteral("PrivateSubnetOne"))->mapPublicIpOnLaunch, false);

    const TraceResult internal =
        traceOrFail(design, QStringLiteral("internet"), QStringLiteral("PrivateLoadBalancer:80"));
    QVERIFY(!internal.reachable());
    QVERIFY2(blockReasons(internal).contains(QStringLiteral("alb.internal-from-internet")),
             qPrintable(blockReasons(internal).join(u' ')));
}

void TestCfnCorpus::a18Defaults()
{
    InputError error;
    const std::optional<LoadedInput> input = importCorpus({QString::fromLatin1(A18)}, {}, &error);
    QVERIFY2(input.has_value(), qPrintable(error.toString()));
    const Design &design = input->design;
    const QVector<Finding> findings = checkDesign(design);
    QVERIFY2(countFindings(findings, Severity::Error) == 0,
             qPrintable(rulesOf(findings, Severity::Error).join(u' ')));

    // AvailabilityZones has no default, so placeholders stand in and a
    // note reports them.
    const bool noted =
        std::any_of(input->notes.cbegin(), input->notes.cend(), [](const Finding &note) {
            return note.rule == QLatin1String("cfn.placeholder") &&
                   note.message.contains(QStringLiteral("AvailabilityZones"));
        });
    QVERIFY(noted);

    // Two zones by default: four subnets, a NAT gateway in each public one.
    QCOMPARE(design.subnets.size(), 4);
    QCOMPARE(design.natGateways.size(), 2);
    for (const NatGateway &nat : design.natGateways) {
        const Subnet *subnet = design.subnet(nat.subnet);
        QVERIFY(subnet);
        QVERIFY2(subnet->id.startsWith(QLatin1String("PublicSubnet")), qPrintable(subnet->id));
    }
    QCOMPARE(defaultTarget(design, "PrivateSubnet1A"), QStringLiteral("NATGateway1"));
    QCOMPARE(defaultTarget(design, "PrivateSubnet2A"), QStringLiteral("NATGateway2"));

    const VpcEndpoint *s3 = nullptr;
    for (const VpcEndpoint &endpoint : design.endpoints) {
        if (endpoint.id == QLatin1String("S3VPCEndpoint"))
            s3 = &endpoint;
    }
    QVERIFY(s3);
    QCOMPARE(s3->service, QStringLiteral("s3"));
    QCOMPARE(s3->routeTables, (QStringList{QStringLiteral("PrivateSubnet1ARouteTable"),
                                           QStringLiteral("PrivateSubnet2ARouteTable")}));
}

void TestCfnCorpus::a18WithoutNat()
{
    Design design =
        importOrFail({QString::fromLatin1(A18)}, {QStringLiteral("CreateNATGateways=false")});
    QCOMPARE(design.natGateways.size(), 0);
    QCOMPARE(countFindings(checkDesign(design), Severity::Error), 0);

    design.securityGroups.append(openGroup(QStringLiteral("VPC")));
    design.services.append(
        addedService({QStringLiteral("PrivateSubnet1A"), QStringLiteral("PrivateSubnet2A")},
                     {QStringLiteral("AddedGroup")}, QString::fromLatin1(EcrImage)));
    QVERIFY(hasRule(checkDesign(design), "ecs.image-pull-no-path", QStringLiteral("AddedService")));
}

// The largest template of the corpus, 65 KB, must import and check well
// under a second. The time is printed for the benchmark page.
void TestCfnCorpus::a18ImportTime()
{
    QElapsedTimer timer;
    timer.start();
    const Design design = importOrFail({QString::fromLatin1(A18)});
    const qint64 imported = timer.elapsed();
    const QVector<Finding> findings = checkDesign(design);
    const qint64 total = timer.elapsed();
    qInfo("A18 (65 KB): import %lld ms, import and check %lld ms", imported, total);
    QCOMPARE(design.subnets.size(), 4);
    QCOMPARE(countFindings(findings, Severity::Error), 0);
    QVERIFY2(total < 1000, qPrintable(QString::number(total)));
}

// `vpcstudio validate` reads each group of files together and finds no
// errors in it.
void TestCfnCorpus::cliValidatesGroups()
{
    const QVector<QStringList> groups = {
        {QString::fromLatin1(A3)},
        {QString::fromLatin1(A4)},
        {QString::fromLatin1(A8Vpc), QString::fromLatin1(A8Service), QStringLiteral("--param"),
         QStringLiteral("ImageUri=") + QString::fromLatin1(EcrImage)},
        {QString::fromLatin1(A10)},
        {QString::fromLatin1(A13Vpc), QString::fromLatin1(A13Service)},
        {QString::fromLatin1(A14Vpc), QString::fromLatin1(A14PublicLb),
         QString::fromLatin1(A14PrivateLb)},
        {QString::fromLatin1(A18)},
    };
    for (const QStringList &group : groups) {
        QStringList arguments = {QStringLiteral("validate")};
        for (const QString &argument : group) {
            const bool isFile = argument.endsWith(QLatin1String(".yml")) ||
                                argument.endsWith(QLatin1String(".yaml"));
            arguments.append(isFile ? corpusFolder() + QLatin1Char('/') + argument : argument);
        }
        const test::Run result = test::run(arguments);
        QVERIFY2(result.exitCode == ExitOk, qPrintable(group.first() + result.err + result.out));
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    }
}

QTEST_GUILESS_MAIN(TestCfnCorpus)
#include "tst_cfn_corpus.moc"
