#include "cfnimport.h"
#include "clirun.h"
#include "designreader.h"
#include "findingformat.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace vpcstudio;

namespace {

using test::dataPath;
using test::Run;
using test::run;

QString cfn(const char *name)
{
    return dataPath(QStringLiteral("cfn/") + QString::fromLatin1(name));
}

// Imports test templates. `parameters` contains NAME=VALUE pairs.
std::optional<LoadedInput> load(const QStringList &names, const QStringList &parameters,
                                InputError *error)
{
    QStringList paths;
    for (const QString &name : names)
        paths.append(dataPath(QStringLiteral("cfn/") + name));
    QHash<QString, QString> values;
    for (const QString &pair : parameters)
        values.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    return readInputFiles(paths, values, error);
}

Design importOrFail(const QStringList &names, const QStringList &parameters = {})
{
    InputError error;
    const std::optional<LoadedInput> input = load(names, parameters, &error);
    if (!input)
        qFatal("%s", qUtf8Printable(error.toString()));
    return input->design;
}

QVector<Finding> notesOf(const QStringList &names, const QStringList &parameters = {})
{
    InputError error;
    const std::optional<LoadedInput> input = load(names, parameters, &error);
    return input ? input->notes : QVector<Finding>{};
}

InputError errorOf(const QStringList &names, const QStringList &parameters = {})
{
    InputError error;
    if (load(names, parameters, &error))
        qFatal("the import of %s was expected to fail", qUtf8Printable(names.join(u' ')));
    return error;
}

bool hasNote(const QVector<Finding> &notes, const char *rule, const QString &text)
{
    return std::any_of(notes.cbegin(), notes.cend(), [&](const Finding &note) {
        return note.rule == QLatin1String(rule) && note.severity == Severity::Info &&
               note.message.contains(text);
    });
}

template <typename T> const T &byId(const QVector<T> &objects, const char *id)
{
    for (const T &object : objects) {
        if (object.id == QLatin1String(id))
            return object;
    }
    qFatal("no object %s", id);
}

template <typename T> bool exists(const QVector<T> &objects, const char *id)
{
    return std::any_of(objects.cbegin(), objects.cend(),
                       [id](const T &object) { return object.id == QLatin1String(id); });
}

QByteArray templateHead()
{
    return "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n";
}

} // namespace

class TestCfnImport : public QObject
{
    Q_OBJECT

private slots:
    void templateNoteTakesItsPlace();
    void refAndPseudoParameters();
    void parameterOverrides();
    void parameterNotAllowed();
    void getAttBothForms();
    void subBothForms();
    void joinSelectSplit();
    void getAzs();
    void cidr();
    void cidrOverflow();
    void findInMap();
    void findInMapMissingKey();
    void conditionsDefaults();
    void conditionsWithParameters();
    void importValueAcrossFiles();
    void importValueWithoutExporter();
    void sameLogicalIdInTwoFiles();
    void jsonTemplate();
    void jsonSyntaxErrorPosition();
    void rulesFail();
    void rulesHold();
    void templateChecks_data();
    void templateChecks();
    void missingParameter();
    void everyMappedType();
    void importedDesignRoundTrip();
    void hostileInputs_data();
    void hostileInputs();
    void cliValidateJson();
    void cliTraceTemplate();
    void cliParamErrors();

private:
    QTemporaryDir m_folder;
};

void TestCfnImport::refAndPseudoParameters()
{
    const Design design = importOrFail({QStringLiteral("ref.yaml")});
    QCOMPARE(design.region, QStringLiteral("us-east-1"));
    QCOMPARE(byId(design.vpcs, "Network").cidrBlocks, QStringList{QStringLiteral("10.20.0.0/16")});
    // AWS::StackName stands for the file's base name.
    QCOMPARE(byId(design.vpcs, "Network").name, QStringLiteral("ref"));
    QCOMPARE(byId(design.subnets, "Web").zone, QStringLiteral("us-east-1b"));
    QCOMPARE(byId(design.subnets, "Web").mapPublicIpOnLaunch, false);
    QCOMPARE(byId(design.repositories, "Registry").name, QStringLiteral("images-123456789012"));
    QVERIFY(hasNote(notesOf({QStringLiteral("ref.yaml")}), "cfn.placeholder",
                    QStringLiteral("AWS::AccountId")));
}

void TestCfnImport::parameterOverrides()
{
    const Design design = importOrFail(
        {QStringLiteral("ref.yaml")},
        {QStringLiteral("ZoneLetter=c"), QStringLiteral("AWS::Region=eu-west-1"),
         QStringLiteral("AWS::StackName=prod"), QStringLiteral("AWS::AccountId=111122223333")});
    QCOMPARE(design.region, QStringLiteral("eu-west-1"));
    QCOMPARE(byId(design.subnets, "Web").zone, QStringLiteral("eu-west-1c"));
    QCOMPARE(byId(design.vpcs, "Network").name, QStringLiteral("prod"));
    QCOMPARE(byId(design.repositories, "Registry").name, QStringLiteral("images-111122223333"));
}

void TestCfnImport::parameterNotAllowed()
{
    const InputError error =
        errorOf({QStringLiteral("ref.yaml")}, {QStringLiteral("ZoneLetter=z")});
    QCOMPARE(error.file, cfn("ref.yaml"));
    QVERIFY2(error.message.contains(QStringLiteral("AllowedValues")), qPrintable(error.message));
    QCOMPARE(error.line, 8);
}

void TestCfnImport::getAttBothForms()
{
    const Design design = importOrFail({QStringLiteral("getatt.yaml")});
    QCOMPARE(byId(design.vpcs, "Copy").cidrBlocks, QStringList{QStringLiteral("10.1.0.0/16")});
    QCOMPARE(byId(design.securityGroups, "LongForm").vpc, QStringLiteral("Network"));
    QCOMPARE(byId(design.natGateways, "Nat").elasticIp, QStringLiteral("Address"));
    // A DNS name exists only after deployment, so the field stays empty
    // and a note reports it.
    QCOMPARE(byId(design.securityGroups, "Named").description, QString());
    QVERIFY(hasNote(notesOf({QStringLiteral("getatt.yaml")}), "cfn.unresolved",
                    QStringLiteral("Balancer.DNSName")));
}

void TestCfnImport::subBothForms()
{
    const Design design = importOrFail({QStringLiteral("sub.yaml")});
    QCOMPARE(byId(design.vpcs, "Network").cidrBlocks, QStringList{QStringLiteral("10.7.0.0/16")});
    QCOMPARE(byId(design.endpoints, "Endpoint").service, QStringLiteral("dynamodb"));
    QCOMPARE(byId(design.securityGroups, "Group").description,
             QStringLiteral("literal ${Third} and Network and 10.7.0.0/16"));
}

void TestCfnImport::joinSelectSplit()
{
    const Design design = importOrFail({QStringLiteral("join-select-split.yaml")});
    QCOMPARE(byId(design.vpcs, "Network").cidrBlocks, QStringList{QStringLiteral("10.5.0.0/16")});
    QCOMPARE(byId(design.subnets, "Joined").cidr, QStringLiteral("10.5.2.0/24"));
    QCOMPARE(byId(design.subnets, "Joined").zone, QStringLiteral("us-east-1a"));
    QCOMPARE(byId(design.subnets, "Split").cidr, QStringLiteral("10.5.1.0/24"));
    QCOMPARE(byId(design.subnets, "Split").zone, QStringLiteral("us-east-1b"));
}

void TestCfnImport::getAzs()
{
    const Design design = importOrFail({QStringLiteral("getazs.yaml")});
    QCOMPARE(byId(design.subnets, "First").zone, QStringLiteral("us-east-1a"));
    QCOMPARE(byId(design.subnets, "Second").zone, QStringLiteral("eu-central-1b"));
    QCOMPARE(byId(design.subnets, "Third").zone, QStringLiteral("us-east-1c"));
    QCOMPARE(design.zones.size(), 3);
    QVERIFY(hasNote(notesOf({QStringLiteral("getazs.yaml")}), "cfn.placeholder",
                    QStringLiteral("Fn::GetAZs")));
}

void TestCfnImport::cidr()
{
    const Design design = importOrFail({QStringLiteral("cidr.yaml")});
    // Four /24 blocks of 10.3.0.0/16: the last is 10.3.3.0/24.
    QCOMPARE(byId(design.subnets, "Last").cidr, QStringLiteral("10.3.3.0/24"));
    // Five host bits give /27 blocks of 32 addresses: the second starts at .32.
    QCOMPARE(byId(design.subnets, "Small").cidr, QStringLiteral("10.3.128.32/27"));
}

void TestCfnImport::cidrOverflow()
{
    // A /24 contains four /26 blocks, and the template requests five.
    const InputError error = errorOf({QStringLiteral("cidr-overflow.yaml")});
    QVERIFY2(error.message.contains(QStringLiteral("only 4 fit")), qPrintable(error.message));
    QCOMPARE(error.line, 10);
    QCOMPARE(error.column, 30);
}

void TestCfnImport::findInMap()
{
    const Design design = importOrFail({QStringLiteral("findinmap.yaml")});
    QCOMPARE(byId(design.vpcs, "Network").cidrBlocks, QStringList{QStringLiteral("10.6.0.0/16")});
    QCOMPARE(byId(design.subnets, "App").cidr, QStringLiteral("10.6.8.0/22"));
}

void TestCfnImport::findInMapMissingKey()
{
    const InputError error = errorOf({QStringLiteral("findinmap-missing.yaml")});
    QVERIFY2(error.message.contains(QStringLiteral("\"Mask\"")), qPrintable(error.message));
    QCOMPARE(error.line, 9);
    QCOMPARE(error.column, 46);
}

void TestCfnImport::conditionsDefaults()
{
    const Design design = importOrFail({QStringLiteral("conditions.yaml")});
    QCOMPARE(byId(design.vpcs, "Network").cidrBlocks, QStringList{QStringLiteral("10.7.0.0/16")});
    QCOMPARE(byId(design.vpcs, "Network").dnsHostnames, true);
    QVERIFY(!exists(design.internetGateways, "Gateway"));
    const SecurityGroup &group = byId(design.securityGroups, "Group");
    QCOMPARE(group.ingress.size(), 1);
    QCOMPARE(group.ingress[0].fromPort, 443);
}

void TestCfnImport::conditionsWithParameters()
{
    const Design withNat =
        importOrFail({QStringLiteral("conditions.yaml")}, {QStringLiteral("WithNat=true")});
    QVERIFY(exists(withNat.internetGateways, "Gateway"));
    QCOMPARE(byId(withNat.vpcs, "Network").dnsHostnames, false);
    QCOMPARE(byId(withNat.securityGroups, "Group").ingress.size(), 2);

    const Design dev =
        importOrFail({QStringLiteral("conditions.yaml")}, {QStringLiteral("Stage=dev")});
    QCOMPARE(byId(dev.vpcs, "Network").cidrBlocks, QStringList{QStringLiteral("10.8.0.0/16")});
}

void TestCfnImport::importValueAcrossFiles()
{
    const QStringList files = {QStringLiteral("exporter.yaml"), QStringLiteral("importer.yaml")};
    const Design design = importOrFail(files);
    QCOMPARE(byId(design.securityGroups, "AppGroup").vpc, QStringLiteral("Shared"));
    const VpcEndpoint &endpoint = byId(design.endpoints, "Endpoint");
    QCOMPARE(endpoint.vpc, QStringLiteral("Shared"));
    QCOMPARE(endpoint.subnets, QStringList{QStringLiteral("SharedSubnet")});
    QCOMPARE(endpoint.securityGroups, QStringList{QStringLiteral("AppGroup")});
    QCOMPARE(endpoint.service, QStringLiteral("logs"));
    QCOMPARE(endpoint.privateDns, true);
    QCOMPARE(byId(design.securityGroups, "Missing").vpc, QString());

    const QVector<Finding> notes = notesOf(files);
    // The export name uses AWS::StackName, and the import requests "base-vpc".
    QVERIFY(hasNote(notes, "cfn.stack-link", QStringLiteral("\"base\"")));
    QVERIFY(hasNote(notes, "cfn.unresolved", QStringLiteral("not-exported")));
}

void TestCfnImport::importValueWithoutExporter()
{
    const Design design = importOrFail({QStringLiteral("importer.yaml")});
    QCOMPARE(byId(design.securityGroups, "AppGroup").vpc, QString());
    QVERIFY(hasNote(notesOf({QStringLiteral("importer.yaml")}), "cfn.unresolved",
                    QStringLiteral("base-vpc")));
}

void TestCfnImport::sameLogicalIdInTwoFiles()
{
    const Design design =
        importOrFail({QStringLiteral("exporter.yaml"), QStringLiteral("findinmap.yaml"),
                      QStringLiteral("cidr.yaml")});
    QVERIFY(exists(design.vpcs, "Network"));
    QVERIFY(exists(design.vpcs, "cidr.Network"));
    QCOMPARE(byId(design.subnets, "Last").vpc, QStringLiteral("cidr.Network"));

    const Design thrice = importOrFail({QStringLiteral("exporter.yaml"),
                                        QStringLiteral("exporter.yaml"),
                                        QStringLiteral("exporter.yaml")});
    QCOMPARE(thrice.vpcs.size(), 3);
    QVERIFY(exists(thrice.vpcs, "exporter.Shared"));
    QVERIFY(exists(thrice.vpcs, "exporter.Shared.2"));
    QCOMPARE(byId(thrice.subnets, "exporter.SharedSubnet.2").vpc,
             QStringLiteral("exporter.Shared.2"));
}

void TestCfnImport::jsonTemplate()
{
    const Design design = importOrFail({QStringLiteral("template.json")});
    QCOMPARE(byId(design.vpcs, "Network").cidrBlocks, QStringList{QStringLiteral("10.11.0.0/16")});
    QCOMPARE(byId(design.subnets, "Subnet").zone, QStringLiteral("us-east-1a"));

    // JSON on one line still has its Resources key recognised.
    const Design oneLine = importOrFail({QStringLiteral("one-line.json")});
    QCOMPARE(byId(oneLine.vpcs, "N").cidrBlocks, QStringList{QStringLiteral("10.0.0.0/16")});
}

void TestCfnImport::jsonSyntaxErrorPosition()
{
    // The "]" on line 8 closes an object that "{" opened.
    const InputError error = errorOf({QStringLiteral("broken.json")});
    QCOMPARE(error.line, 8);
    QCOMPARE(error.column, 3);
}

void TestCfnImport::rulesFail()
{
    const InputError error = errorOf({QStringLiteral("rules.yaml")});
    QVERIFY2(error.message.contains(QStringLiteral("SmallOnly")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("large is not allowed")),
             qPrintable(error.message));
    QCOMPARE(error.line, 16);

    const InputError zones =
        errorOf({QStringLiteral("rules.yaml")},
                {QStringLiteral("Size=small"), QStringLiteral("Zones=us-east-1a,us-west-2a")});
    QVERIFY2(zones.message.contains(QStringLiteral("zones must be in us-east-1")),
             qPrintable(zones.message));
    QCOMPARE(zones.line, 11);
}

void TestCfnImport::rulesHold()
{
    const Design design =
        importOrFail({QStringLiteral("rules.yaml")}, {QStringLiteral("Size=small")});
    QVERIFY(exists(design.vpcs, "Network"));
}

void TestCfnImport::templateChecks_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("duplicate logical id") << QStringLiteral("duplicate.yaml") << 6 << 3
                                          << QStringLiteral("duplicate key \"Network\"");
    QTest::newRow("alias") << QStringLiteral("alias.yaml") << 8 << 17 << QStringLiteral("aliases");
    QTest::newRow("placeholder") << QStringLiteral("placeholder.yaml") << 6 << 19
                                 << QStringLiteral("{{ vpc_cidr }}");
    QTest::newRow("parameter and resource")
        << QStringLiteral("clash.yaml") << 6 << 3 << QStringLiteral("parameter and a resource");
    QTest::newRow("unknown tag") << QStringLiteral("unknown-tag.yaml") << 5 << 18
                                 << QStringLiteral("!Sbu");
    QTest::newRow("circular attribute") << QStringLiteral("circular.yaml") << 5 << 18
                                        << QStringLiteral("Network.CidrBlock depends on itself");
}

void TestCfnImport::templateChecks()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const InputError error = errorOf({file});
    QCOMPARE(error.file, dataPath(QStringLiteral("cfn/") + file));
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
}

void TestCfnImport::missingParameter()
{
    InputError error;
    QHash<QString, QString> none;
    const std::optional<LoadedInput> input =
        readInputFiles({cfn("missing-param.yaml")}, none, &error);
    QVERIFY2(input.has_value(), qPrintable(error.toString()));
    QVERIFY(byId(input->design.vpcs, "Network").cidrBlocks.isEmpty());
    QVERIFY(hasNote(input->notes, "cfn.unresolved", QStringLiteral("--param Block=VALUE")));
    QVERIFY(
        hasNote(input->notes, "cfn.unsupported-resource", QStringLiteral("AWS::Logs::LogGroup")));

    CfnSettings settings;
    QFile file(cfn("missing-param.yaml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const std::optional<CfnImportResult> result =
        importTemplates({{file.fileName(), file.readAll()}}, settings, &error);
    QVERIFY(result.has_value());
    QCOMPARE(result->unmapped.size(), 1);
    QCOMPARE(result->unmapped[0].logicalId, QStringLiteral("Log"));
    QCOMPARE(result->unmapped[0].type, QStringLiteral("AWS::Logs::LogGroup"));

    const Design withParam =
        importOrFail({QStringLiteral("missing-param.yaml")}, {QStringLiteral("Block=10.0.0.0/16")});
    QCOMPARE(byId(withParam.vpcs, "Network").cidrBlocks, QStringList{QStringLiteral("10.0.0.0/16")});
}

void TestCfnImport::everyMappedType()
{
    const Design design = importOrFail({QStringLiteral("all-types.yaml")});

    const Vpc &main = byId(design.vpcs, "Main");
    QCOMPARE(main.cidrBlocks,
             (QStringList{QStringLiteral("10.30.0.0/16"), QStringLiteral("10.31.0.0/16")}));
    QCOMPARE(main.dnsHostnames, true);
    QCOMPARE(byId(design.vpcs, "Peer").dnsHostnames, false);

    QCOMPARE(byId(design.subnets, "PublicA").routeTable, QStringLiteral("PublicRoutes"));
    QCOMPARE(byId(design.subnets, "PublicA").mapPublicIpOnLaunch, true);
    QCOMPARE(byId(design.subnets, "AppA").networkAcl, QStringLiteral("AppAcl"));
    QCOMPARE(byId(design.internetGateways, "Gateway").vpc, QStringLiteral("Main"));

    // Each table starts with the local route of each block of its VPC.
    const RouteTable &app = byId(design.routeTables, "AppRoutes");
    QCOMPARE(app.routes.size(), 4);
    QCOMPARE(app.routes[0].destination, QStringLiteral("10.30.0.0/16"));
    QCOMPARE(app.routes[0].target, QStringLiteral("local"));
    QCOMPARE(app.routes[1].destination, QStringLiteral("10.31.0.0/16"));
    QCOMPARE(app.routes[2].target, QStringLiteral("Nat"));
    QCOMPARE(app.routes[3].target, QStringLiteral("Peering"));
    // The peer VPC's subnet has no table of its own, so AWS's main table appears.
    QVERIFY(byId(design.routeTables, "PeerMainRouteTable").main);

    QCOMPARE(byId(design.natGateways, "Nat").elasticIp, QStringLiteral("NatAddress"));
    QCOMPARE(byId(design.peerings, "Peering").accepterVpc, QStringLiteral("Peer"));

    const VpcEndpoint &storage = byId(design.endpoints, "Storage");
    QCOMPARE(storage.type, EndpointType::Gateway);
    QCOMPARE(storage.service, QStringLiteral("s3"));
    QCOMPARE(storage.routeTables, QStringList{QStringLiteral("AppRoutes")});
    const VpcEndpoint &api = byId(design.endpoints, "RegistryApi");
    QCOMPARE(api.type, EndpointType::Interface);
    QCOMPARE(api.service, QStringLiteral("ecr.api"));
    QCOMPARE(api.securityGroups, QStringList{QStringLiteral("AppGroup")});

    const SecurityGroup &balancerGroup = byId(design.securityGroups, "BalancerGroup");
    QCOMPARE(balancerGroup.egress.size(), 1); // AWS's default allow-all rule
    QCOMPARE(balancerGroup.egress[0].protocol, Protocol::All);
    const SecurityGroup &appGroup = byId(design.securityGroups, "AppGroup");
    QCOMPARE(appGroup.ingress.size(), 1);
    QCOMPARE(appGroup.ingress[0].peerKind, PeerKind::SecurityGroup);
    QCOMPARE(appGroup.ingress[0].peer, QStringLiteral("BalancerGroup"));
    QCOMPARE(appGroup.ingress[0].fromPort, 8080);
    QCOMPARE(appGroup.egress.size(), 2); // the listed 443 rule and the prefix list rule
    QCOMPARE(appGroup.egress[1].peerKind, PeerKind::PrefixList);
    QCOMPARE(appGroup.egress[1].toPort, 65535);

    const NetworkAcl &acl = byId(design.networkAcls, "AppAcl");
    QCOMPARE(acl.inbound.size(), 1);
    QCOMPARE(acl.inbound[0].protocol, Protocol::Tcp);
    QCOMPARE(acl.inbound[0].fromPort, 8080);
    QCOMPARE(acl.outbound.size(), 1);
    QCOMPARE(acl.outbound[0].allow, false);
    QCOMPARE(acl.outbound[0].number, 200);

    const LoadBalancer &balancer = byId(design.loadBalancers, "Balancer");
    QCOMPARE(balancer.vpc, QStringLiteral("Main"));
    QCOMPARE(balancer.subnets.size(), 2);
    QCOMPARE(balancer.listeners.size(), 1);
    QCOMPARE(balancer.listeners[0].defaultTargetGroup, QString());
    QCOMPARE(balancer.listeners[0].rules.size(), 1);
    const ListenerRule &rule = balancer.listeners[0].rules[0];
    QCOMPARE(rule.priority, 10);
    QCOMPARE(rule.pathPatterns, QStringList{QStringLiteral("/api/*")});
    QCOMPARE(rule.hostHeaders, QStringList{QStringLiteral("api.example.com")});
    QCOMPARE(rule.targetGroup, QStringLiteral("Targets"));
    QCOMPARE(byId(design.targetGroups, "Targets").port, 8080);

    const EcsService &service = byId(design.services, "Service");
    QCOMPARE(service.cluster, QStringLiteral("Cluster"));
    QCOMPARE(service.launchType, LaunchType::Fargate);
    QCOMPARE(service.image, QStringLiteral("123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1.0"));
    QCOMPARE(service.registry, QStringLiteral("Images"));
    QCOMPARE(service.containerPort, 8080);
    QCOMPARE(service.desiredCount, 3);
    QCOMPARE(service.assignPublicIp, false);
    QCOMPARE(service.subnets, QStringList{QStringLiteral("AppA")});
    QCOMPARE(service.targetGroups, QStringList{QStringLiteral("Targets")});
    QCOMPARE(service.cloudMapService, QStringLiteral("Discovery"));
    QCOMPARE(byId(design.cloudMapServices, "Discovery").namespaceId, QStringLiteral("Namespace"));
    QCOMPARE(byId(design.namespaces, "Namespace").vpc, QStringLiteral("Main"));
    QCOMPARE(byId(design.clusters, "Cluster").name, QStringLiteral("apps"));

    QVERIFY(hasNote(notesOf({QStringLiteral("all-types.yaml")}), "cfn.unsupported-resource",
                    QStringLiteral("AWS::S3::Bucket")));
    QCOMPARE(design.layout.frames.size(), 0); // placed by the automatic layout
    QCOMPARE(design.sourceLines.value(QStringLiteral("Main")), 4);
}

// The imported design must be one that the design reader accepts, which
// checks every reference between objects.
void TestCfnImport::importedDesignRoundTrip()
{
    const QString output = m_folder.filePath(QStringLiteral("all-types.design.yaml"));
    const Run result =
        run({QStringLiteral("export"), cfn("all-types.yaml"), QStringLiteral("--output"), output});
    QVERIFY2(result.exitCode == ExitOk, qPrintable(result.err));
    InputError error;
    const std::optional<Design> reread = readDesignFile(output, &error);
    QVERIFY2(reread.has_value(), qPrintable(error.toString()));
    QCOMPARE(reread->services.size(), 1);
    QCOMPARE(reread->subnets.size(), 4);
}

void TestCfnImport::hostileInputs_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");

    const QByteArray head = templateHead();
    QTest::newRow("nesting 600 deep")
        << head + "  A:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: " +
               QByteArray(600, '[') + QByteArray(600, ']') + "\n"
        << QStringLiteral("nesting");
    QTest::newRow("[:") << head + "  A: [:\n" << QStringLiteral("invalid YAML");
    QTest::newRow("{:") << head + "  A: {:\n" << QStringLiteral("invalid YAML");
    QTest::newRow("unclosed quote")
        << head + "  A:\n    Type: \"AWS::EC2::VPC\n    Properties: {}\n"
        << QStringLiteral("never closed");
    QTest::newRow("stray line after the last value")
        << head + "  A:\n    Type: AWS::EC2::VPC\n\"oops\n"
        << QStringLiteral("");
    QTest::newRow("self-referencing alias") << QByteArray("AWSTemplateFormatVersion: x\n"
                                                          "Resources: &loop\n  A: *loop\n")
                                            << QStringLiteral("aliases");
    QTest::newRow("duplicate keys")
        << head + "  A:\n    Type: AWS::EC2::VPC\n    Type: AWS::EC2::Subnet\n"
        << QStringLiteral("duplicate key");
    QTest::newRow("two megabytes") << head + QByteArray("#").repeated(2 * 1024 * 1024) + "\n"
                                   << QStringLiteral("over CloudFormation's limit");
    QTest::newRow("eleven megabytes") << head + QByteArray("#").repeated(11 * 1024 * 1024) + "\n"
                                      << QStringLiteral("over");
}

void TestCfnImport::hostileInputs()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);

    const QString path = m_folder.filePath(QStringLiteral("hostile.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    file.close();

    QElapsedTimer timer;
    timer.start();
    const Run result = run({QStringLiteral("validate"), path});
    QCOMPARE(result.exitCode, int(ExitBadInput));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(result.err.startsWith(path + QLatin1Char(':')), qPrintable(result.err));
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
}

void TestCfnImport::cliValidateJson()
{
    const Run result = run({QStringLiteral("validate"), cfn("exporter.yaml"), cfn("importer.yaml"),
                            QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(result.exitCode == ExitOk, qPrintable(result.err + result.out));
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QStringList rules;
    for (const QJsonValue &problem : root.value(QStringLiteral("problems")).toArray()) {
        QCOMPARE(problem.toObject().value(QStringLiteral("severity")).toString(),
                 QStringLiteral("info"));
        rules.append(problem.toObject().value(QStringLiteral("rule")).toString());
    }
    QVERIFY(rules.contains(QStringLiteral("cfn.stack-link")));
    QVERIFY(rules.contains(QStringLiteral("cfn.unresolved")));
}

void TestCfnImport::cliTraceTemplate()
{
    // The service in AppA has only outbound HTTPS and the prefix-list rule,
    // so the load balancer reaches it on 8080 through the AppFromBalancer rule.
    const Run reachable =
        run({QStringLiteral("trace"), cfn("all-types.yaml"), QStringLiteral("--from"),
             QStringLiteral("internet"), QStringLiteral("--to"), QStringLiteral("Balancer:80"),
             QStringLiteral("--path"), QStringLiteral("/api/x"), QStringLiteral("--format"),
             QStringLiteral("json")});
    QVERIFY2(reachable.err.isEmpty(), qPrintable(reachable.err));
    const QJsonObject root = QJsonDocument::fromJson(reachable.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("from")).toString(), QStringLiteral("internet"));

    const Run unknown =
        run({QStringLiteral("trace"), cfn("all-types.yaml"), QStringLiteral("--from"),
             QStringLiteral("NoSuchThing"), QStringLiteral("--to"), QStringLiteral("Balancer")});
    QCOMPARE(unknown.exitCode, int(ExitBadInput));
}

void TestCfnImport::cliParamErrors()
{
    const Run malformed = run({QStringLiteral("validate"), cfn("ref.yaml"),
                               QStringLiteral("--param"), QStringLiteral("NoEquals")});
    QCOMPARE(malformed.exitCode, int(ExitBadInput));
    QVERIFY(malformed.err.contains(QStringLiteral("NAME=VALUE")));

    const Run onDesign = run({QStringLiteral("validate"), test::example(),
                              QStringLiteral("--param"), QStringLiteral("A=b")});
    QCOMPARE(onDesign.exitCode, int(ExitBadInput));
    QVERIFY(onDesign.err.contains(QStringLiteral("--param")));

    const Run mixed = run({QStringLiteral("validate"), cfn("ref.yaml"), test::example()});
    QCOMPARE(mixed.exitCode, int(ExitBadInput));
    QVERIFY(mixed.err.contains(QStringLiteral("together")));

    const Run withParam = run({QStringLiteral("validate"), cfn("missing-param.yaml"),
                           QStringLiteral("--param"), QStringLiteral("Block=10.0.0.0/16"),
                           QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(withParam.exitCode, int(ExitOk));
    QVERIFY(!withParam.out.contains(QStringLiteral("Block has no value")));
}

QTEST_GUILESS_MAIN(TestCfnImport)
void TestCfnImport::templateNoteTakesItsPlace()
{
    // A note about no object gives its own place once, not after the file.
    const Finding note{QStringLiteral("cfn.unresolved"), Severity::Info, {},
                       QStringLiteral("stack.yaml:12:5: parameter Zone has no value"), QString()};
    const QString text = findingsAsText(QStringLiteral("stack.yaml"), {note}, {});
    QCOMPARE(text.section(QLatin1Char('\n'), 0, 0),
             QStringLiteral("stack.yaml:12:5: info: parameter Zone has no value [cfn.unresolved]"));
}

#include "tst_cfn_import.moc"
