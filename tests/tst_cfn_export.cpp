#include "cfnlogicalids.h"
#include "cfnwriter.h"
#include "clirun.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace vpcstudio;

namespace {

// Where packaging/quickstart.sh installs the npm package cfn-lint 1.9.7;
// the environment variable VPCSTUDIO_CFN_LINT names another copy.
QString cfnLintPath()
{
    const QString configured = qEnvironmentVariable("VPCSTUDIO_CFN_LINT");
    return configured.isEmpty() ? QStringLiteral(VPCSTUDIO_CFN_LINT) : configured;
}

// A well-formed ARN for the HTTPS listeners' certificate parameter; cfn-lint
// rejects the placeholder it would otherwise invent for it.
const char *const CertificateParameter =
    "CertificateArn=arn:aws:acm:ap-northeast-2:123456789012:certificate/"
    "0f0e0d0c-0b0a-0908-0706-050403020100";

struct LintResult
{
    int exitCode = -1;
    QString output;
};

LintResult runCfnLint(const QString &templatePath)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(cfnLintPath(), {QStringLiteral("validate"), templatePath,
                                  QStringLiteral("--parameters"),
                                  QString::fromLatin1(CertificateParameter)});
    LintResult result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitCode();
    result.output = QString::fromUtf8(process.readAll());
    result.output.remove(QRegularExpression(QStringLiteral("\x1b\\[[0-9;]*m")));
    return result;
}

// The "Message:" lines of cfn-lint's report.
QStringList lintMessages(const QString &output)
{
    QStringList messages;
    const QStringList lines = output.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("Message: ")))
            messages.append(line.mid(9));
    }
    return messages;
}

QString text(const Design &design)
{
    return QString::fromUtf8(writeCloudFormation(design).text);
}

YAML::Node parse(const Design &design)
{
    return YAML::Load(writeCloudFormation(design).text.toStdString());
}

QString scalar(const YAML::Node &node)
{
    return node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

QString tag(const YAML::Node &node)
{
    return QString::fromStdString(node.Tag());
}

} // namespace

class TestCfnExport : public QObject
{
    Q_OBJECT

private slots:
    void cfnLintExamples_data();
    void cfnLintExamples();
    void cfnLintAllKinds();
    void shortFormTags();
    void lookAlikeStringsQuoted();
    void noAnchorsOrAliases();
    void koreanNameSurvives();
    void logicalIds_data();
    void logicalIds();
    void logicalIdClashes();
    void metadataKeepsIds();
    void securityGroupReferences();
    void egressPlaceholder();
    void fargateTaskPieces();
    void httpsListenerParameter();
    void implicitMainTableAssociation();
    void blackholeRouteNote();
    void defaultAclNeedsNoResource();
    void commandLineExport();
    void commandLineUnwritable();

private:
    QTemporaryDir m_folder;
};

void TestCfnExport::cfnLintExamples_data()
{
    QTest::addColumn<QString>("design");
    const QDir examples(test::sourcePath(QStringLiteral("resources/examples")));
    const QStringList files = examples.entryList({QStringLiteral("*.yaml")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << examples.filePath(file);
}

void TestCfnExport::cfnLintExamples()
{
    QFETCH(QString, design);
    if (!QFileInfo(cfnLintPath()).isExecutable())
        QSKIP(qPrintable(QStringLiteral("cfn-lint is not installed at %1; run "
                                        "packaging/quickstart.sh test, or npm install "
                                        "cfn-lint@1.9.7 and set VPCSTUDIO_CFN_LINT")
                             .arg(cfnLintPath())));

    const QString output = m_folder.filePath(QFileInfo(design).baseName() + QStringLiteral(".cfn.yaml"));
    const test::Run exported = test::run({QStringLiteral("export"), design, QStringLiteral("--output"),
                                          output, QStringLiteral("--type"),
                                          QStringLiteral("cloudformation")});
    QCOMPARE(exported.exitCode, int(ExitOk));

    const LintResult lint = runCfnLint(output);
    QVERIFY2(lint.exitCode == 0, qPrintable(lint.output));
    QVERIFY2(lint.output.contains(QStringLiteral("0 crit")), qPrintable(lint.output));
}

void TestCfnExport::cfnLintAllKinds()
{
    if (!QFileInfo(cfnLintPath()).isExecutable())
        QSKIP("cfn-lint is not installed; see cfnLintExamples");
    const QString output = m_folder.filePath(QStringLiteral("all-kinds.cfn.yaml"));
    QVERIFY(saveCloudFormationFile(test::readOrFail(test::dataPath(QStringLiteral("all-kinds.yaml"))),
                                   output)
                .isEmpty());

    // cfn-lint 1.9.7 carries a 2019 resource specification, so it does not
    // know the private NAT gateway (2021) or a listener rule condition with
    // several path patterns (PathPatternConfig, 2019). AWS accepts both.
    const QStringList knownGaps = {
        QStringLiteral("Required property AllocationId missing for type AWS::EC2::NatGateway"),
        QStringLiteral("ConnectivityType is not a valid property of AWS::EC2::NatGateway"),
        QStringLiteral("PathPatternConfig is not a valid property of "
                       "AWS::ElasticLoadBalancingV2::ListenerRule.RuleCondition"),
    };
    const LintResult lint = runCfnLint(output);
    QVERIFY2(lint.exitCode >= 0, "cfn-lint did not finish");
    // Every error that cfn-lint counts must be one of the messages read.
    static const QRegularExpression critical(QStringLiteral("(\\d+) crit"));
    const QRegularExpressionMatch count = critical.match(lint.output);
    QVERIFY2(count.hasMatch(), qPrintable(lint.output));
    QCOMPARE(count.captured(1).toInt(), lintMessages(lint.output).size());
    for (const QString &message : lintMessages(lint.output))
        QVERIFY2(knownGaps.contains(message), qPrintable(message));
}

void TestCfnExport::shortFormTags()
{
    const QString cfn = text(test::readOrFail(test::example()));
    QVERIFY(!cfn.contains(QStringLiteral("!<")));
    QVERIFY(cfn.contains(QStringLiteral("VpcId: !Ref VpcHowru\n")));
    QVERIFY(cfn.contains(QStringLiteral("ExecutionRoleArn: !GetAtt TaskExecutionRole.Arn\n")));
    QVERIFY(cfn.contains(QStringLiteral("!Sub \"arn:${AWS::Partition}:iam::aws:policy/")));

    const QString allKinds = text(test::readOrFail(test::dataPath(QStringLiteral("all-kinds.yaml"))));
    QVERIFY(!allKinds.contains(QStringLiteral("!<")));
    QVERIFY(allKinds.contains(QStringLiteral("ServiceName: !Sub \"com.amazonaws.${AWS::Region}.s3\"")));
}

void TestCfnExport::lookAlikeStringsQuoted()
{
    const Design design = test::readOrFail(test::dataPath(QStringLiteral("all-kinds.yaml")));
    const QString cfn = text(design);
    // Names in all-kinds.yaml that YAML would read as a boolean, a number,
    // a date or null, and fixed values that CloudFormation wants as strings.
    QVERIFY(cfn.contains(QStringLiteral("\n    name: \"yes\"\n")));
    QVERIFY(cfn.contains(QStringLiteral("name: \"0123\"\n")));
    QVERIFY(cfn.contains(QStringLiteral("Value: \"0123\"\n")));
    QVERIFY(cfn.contains(QStringLiteral("name: \"true\"\n")));
    QVERIFY(cfn.contains(QStringLiteral("Value: \"2024-01-01\"\n")));
    QVERIFY(cfn.contains(QStringLiteral("Value: \"null\"\n")));
    QVERIFY(cfn.contains(QStringLiteral("AWSTemplateFormatVersion: \"2010-09-09\"\n")));
    QVERIFY(cfn.contains(QStringLiteral("Cpu: \"256\"\n")));

    const YAML::Node root = parse(design);
    const YAML::Node subnet = root["Resources"]["Sub1"];
    QCOMPARE(scalar(subnet["Metadata"]["VpcStudio"]["name"]), QStringLiteral("true"));
    QCOMPARE(tag(subnet["Metadata"]["VpcStudio"]["name"]), QStringLiteral("!"));
    QCOMPARE(scalar(root["Resources"]["VpcA"]["Properties"]["EnableDnsSupport"]),
             QStringLiteral("false"));
    QCOMPARE(tag(root["Resources"]["VpcA"]["Properties"]["EnableDnsSupport"]), QStringLiteral("?"));
}

void TestCfnExport::noAnchorsOrAliases()
{
    // Two objects with identical properties must not be written as an
    // anchor and an alias; CloudFormation rejects aliases.
    Design design = test::readOrFail(test::example());
    design.repositories.append({QStringLiteral("ecr-copy"), QStringLiteral("howru-api-copy")});
    for (const QString &cfn : {text(design), text(test::readOrFail(
                                                 test::dataPath(QStringLiteral("all-kinds.yaml"))))}) {
        static const QRegularExpression anchorOrAlias(QStringLiteral("(^|[\\s\\[{,])[&*][^\\s\"]"));
        const QRegularExpressionMatch match = anchorOrAlias.match(cfn);
        QVERIFY2(!match.hasMatch(), qPrintable(match.captured()));
    }
}

void TestCfnExport::koreanNameSurvives()
{
    const QString cfn = text(test::readOrFail(test::example()));
    QVERIFY(cfn.contains(QStringLiteral("name: 퍼블릭 A\n")));
    QVERIFY(cfn.contains(QStringLiteral("Value: 퍼블릭 A\n")));

    const YAML::Node root = parse(test::readOrFail(test::example()));
    QCOMPARE(scalar(root["Resources"]["IgwHowru"]["Metadata"]["VpcStudio"]["name"]),
             QStringLiteral("인터넷 게이트웨이"));
    // The parentheses are not allowed in every service's tags, so only the
    // Name tag loses them; the metadata keeps the whole name.
    QCOMPARE(scalar(root["Resources"]["VpcHowru"]["Metadata"]["VpcStudio"]["name"]),
             QStringLiteral("howru VPC (아파트)"));
    QCOMPARE(scalar(root["Resources"]["VpcHowru"]["Properties"]["Tags"][0]["Value"]),
             QStringLiteral("howru VPC 아파트"));
}

void TestCfnExport::logicalIds_data()
{
    QTest::addColumn<QString>("objectId");
    QTest::addColumn<QString>("logicalId");
    QTest::newRow("dashes") << "subnet-public-a" << "SubnetPublicA";
    QTest::newRow("underscore and dot") << "tg_api.v2" << "TgApiV2";
    QTest::newRow("capitals kept") << "myVPC" << "MyVPC";
    QTest::newRow("leading digit") << "9lives" << "Id9lives";
    QTest::newRow("only punctuation") << "--" << "Id";
    // 서 U+C11C, 브 U+BE0C, 넷 U+B137
    QTest::newRow("hangul") << "서브넷" << "UC11CUBE0CUB137";
}

void TestCfnExport::logicalIds()
{
    QFETCH(QString, objectId);
    QFETCH(QString, logicalId);
    QCOMPARE(logicalIdBase(objectId), logicalId);
}

void TestCfnExport::logicalIdClashes()
{
    CfnLogicalIds ids;
    QCOMPARE(ids.add(QStringLiteral("a-b")), QStringLiteral("AB"));
    QCOMPARE(ids.add(QStringLiteral("a_b")), QStringLiteral("AB2"));
    QCOMPARE(ids.add(QStringLiteral("a-b")), QStringLiteral("AB"));
    QCOMPARE(ids.reserve(QStringLiteral("AB")), QStringLiteral("AB3"));
    QCOMPARE(ids.of(QStringLiteral("a_b")), QStringLiteral("AB2"));
    QCOMPARE(ids.of(QStringLiteral("unknown")), QString());
}

void TestCfnExport::metadataKeepsIds()
{
    const Design design = test::readOrFail(test::example());
    const YAML::Node resources = parse(design)["Resources"];
    QStringList recorded;
    for (const auto &entry : resources) {
        const YAML::Node metadata = entry.second["Metadata"];
        if (metadata && metadata["VpcStudio"]["id"])
            recorded.append(scalar(metadata["VpcStudio"]["id"]));
    }
    // howru.yaml: 1 VPC, 4 subnets, 2 route tables, 1 internet gateway,
    // 1 NAT gateway, 5 security groups, 1 target group, 1 load balancer,
    // 1 cluster, 4 services, 1 repository, 1 namespace, 3 Cloud Map
    // services. Its default ACL allows everything and needs no resource.
    QCOMPARE(recorded.size(), 26);
    for (const char *id : {"vpc-howru", "subnet-private-c", "rt-public", "nat-howru", "sg-alb",
                           "tg-api", "alb-howru", "svc-translate", "ecr-howru-api", "cm-spacy"})
        QVERIFY2(recorded.contains(QString::fromLatin1(id)), id);

    const YAML::Node rest = parse(design)["Metadata"]["VpcStudio"];
    QCOMPARE(scalar(rest["name"]), QStringLiteral("howru"));
    QCOMPARE(rest["flows"].size(), std::size_t(10));
    QCOMPARE(scalar(rest["external"][3]["id"]), QStringLiteral("dockerhub"));
    QCOMPARE(scalar(resources["SvcSpacy"]["Metadata"]["VpcStudio"]["registry"]),
             QStringLiteral("dockerhub"));
}

void TestCfnExport::securityGroupReferences()
{
    const YAML::Node resources = parse(test::readOrFail(test::example()))["Resources"];
    const YAML::Node ingress = resources["SgApiIngress"];
    QCOMPARE(scalar(ingress["Type"]), QStringLiteral("AWS::EC2::SecurityGroupIngress"));
    QCOMPARE(tag(ingress["Properties"]["GroupId"]), QStringLiteral("!Ref"));
    QCOMPARE(scalar(ingress["Properties"]["GroupId"]), QStringLiteral("SgApi"));
    QCOMPARE(tag(ingress["Properties"]["SourceSecurityGroupId"]), QStringLiteral("!Ref"));
    QCOMPARE(scalar(ingress["Properties"]["SourceSecurityGroupId"]), QStringLiteral("SgAlb"));
    QCOMPARE(scalar(ingress["Properties"]["FromPort"]), QStringLiteral("8080"));
    QCOMPARE(scalar(ingress["Properties"]["ToPort"]), QStringLiteral("8080"));

    const YAML::Node inline443 = resources["SgAlb"]["Properties"]["SecurityGroupIngress"][1];
    QCOMPARE(scalar(inline443["IpProtocol"]), QStringLiteral("tcp"));
    QCOMPARE(scalar(inline443["FromPort"]), QStringLiteral("443"));
    QCOMPARE(scalar(inline443["CidrIp"]), QStringLiteral("0.0.0.0/0"));
    // Protocol all is -1 without ports, as AWS writes it.
    const YAML::Node allOut = resources["SgApi"]["Properties"]["SecurityGroupEgress"][0];
    QCOMPARE(scalar(allOut["IpProtocol"]), QStringLiteral("-1"));
    QVERIFY(!allOut["FromPort"]);
}

void TestCfnExport::egressPlaceholder()
{
    // sg-alb sends only to sg-api. Without an inline egress rule AWS would
    // add its allow-all default, so a rule that admits nothing replaces it.
    const YAML::Node resources = parse(test::readOrFail(test::example()))["Resources"];
    const YAML::Node egress = resources["SgAlb"]["Properties"]["SecurityGroupEgress"];
    QCOMPARE(egress.size(), std::size_t(1));
    QCOMPARE(scalar(egress[0]["CidrIp"]), QStringLiteral("127.0.0.1/32"));
    QCOMPARE(scalar(resources["SgAlb"]["Metadata"]["VpcStudio"]["egressPlaceholder"]),
             QStringLiteral("true"));
    const YAML::Node toApi = resources["SgAlbEgress"]["Properties"];
    QCOMPARE(scalar(toApi["DestinationSecurityGroupId"]), QStringLiteral("SgApi"));
    QCOMPARE(scalar(toApi["FromPort"]), QStringLiteral("8080"));
    QVERIFY(!resources["SgApi"]["Metadata"]["VpcStudio"]["egressPlaceholder"]);
}

void TestCfnExport::fargateTaskPieces()
{
    const YAML::Node resources = parse(test::readOrFail(test::example()))["Resources"];
    QCOMPARE(scalar(resources["TgApi"]["Properties"]["TargetType"]), QStringLiteral("ip"));

    const YAML::Node role = resources["TaskExecutionRole"]["Properties"];
    QCOMPARE(scalar(role["AssumeRolePolicyDocument"]["Statement"][0]["Principal"]["Service"]),
             QStringLiteral("ecs-tasks.amazonaws.com"));
    QVERIFY(scalar(role["ManagedPolicyArns"][0]).endsWith(
        QStringLiteral(":iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy")));

    const YAML::Node task = resources["SvcSpringbootTaskDefinition"]["Properties"];
    QCOMPARE(scalar(task["NetworkMode"]), QStringLiteral("awsvpc"));
    QCOMPARE(scalar(task["RequiresCompatibilities"][0]), QStringLiteral("FARGATE"));
    QCOMPARE(scalar(task["ContainerDefinitions"][0]["Image"]),
             QStringLiteral("123456789012.dkr.ecr.ap-northeast-2.amazonaws.com/howru-api:latest"));
    QCOMPARE(scalar(task["ContainerDefinitions"][0]["PortMappings"][0]["ContainerPort"]),
             QStringLiteral("8080"));

    const YAML::Node service = resources["SvcSpringboot"];
    const YAML::Node awsvpc = service["Properties"]["NetworkConfiguration"]["AwsvpcConfiguration"];
    QCOMPARE(scalar(awsvpc["AssignPublicIp"]), QStringLiteral("DISABLED"));
    QCOMPARE(scalar(awsvpc["Subnets"][1]), QStringLiteral("SubnetPrivateC"));
    QCOMPARE(scalar(service["Properties"]["DesiredCount"]), QStringLiteral("2"));
    QCOMPARE(scalar(service["Properties"]["LoadBalancers"][0]["ContainerPort"]),
             QStringLiteral("8080"));
    // ECS needs the target group attached to the load balancer first.
    QCOMPARE(service["DependsOn"].size(), std::size_t(2));
    QCOMPARE(scalar(service["DependsOn"][0]), QStringLiteral("AlbHowruListener80Rule10"));

    const YAML::Node spacy = resources["SvcSpacy"]["Properties"];
    QCOMPARE(tag(spacy["ServiceRegistries"][0]["RegistryArn"]), QStringLiteral("!GetAtt"));
    QCOMPARE(scalar(spacy["ServiceRegistries"][0]["RegistryArn"]), QStringLiteral("CmSpacy.Arn"));
}

void TestCfnExport::httpsListenerParameter()
{
    const YAML::Node root = parse(test::readOrFail(test::example()));
    QCOMPARE(scalar(root["Parameters"]["CertificateArn"]["Type"]), QStringLiteral("String"));
    const YAML::Node https = root["Resources"]["AlbHowruListener443"]["Properties"];
    QCOMPARE(scalar(https["Protocol"]), QStringLiteral("HTTPS"));
    QCOMPARE(scalar(https["Certificates"][0]["CertificateArn"]), QStringLiteral("CertificateArn"));
    QVERIFY(!root["Resources"]["AlbHowruListener80"]["Properties"]["Certificates"]);
}

void TestCfnExport::implicitMainTableAssociation()
{
    const Design design = test::readTextOrFail(R"(
vpcstudio: 1
vpcs:
  - {id: vpc-1, cidrBlocks: [10.0.0.0/16, 10.1.0.0/16]}
zones:
  - {id: ap-northeast-2a}
subnets:
  - {id: sub-own, vpc: vpc-1, zone: ap-northeast-2a, cidr: 10.0.1.0/24, routeTable: rt-other}
  - {id: sub-main, vpc: vpc-1, zone: ap-northeast-2a, cidr: 10.1.2.0/24}
routeTables:
  - {id: rt-main, vpc: vpc-1, main: true}
  - {id: rt-other, vpc: vpc-1}
)");
    const YAML::Node resources = parse(design)["Resources"];
    const YAML::Node own = resources["SubOwnRouteTableAssociation"];
    QCOMPARE(scalar(own["Properties"]["RouteTableId"]), QStringLiteral("RtOther"));
    QVERIFY(!own["Metadata"]);
    const YAML::Node main = resources["SubMainRouteTableAssociation"];
    QCOMPARE(scalar(main["Properties"]["RouteTableId"]), QStringLiteral("RtMain"));
    QCOMPARE(scalar(main["Metadata"]["VpcStudio"]["implicit"]), QStringLiteral("true"));
    QCOMPARE(scalar(resources["RtMain"]["Metadata"]["VpcStudio"]["main"]), QStringLiteral("true"));

    // The secondary block is its own resource, and subnets wait for it.
    QCOMPARE(scalar(resources["Vpc1Cidr2"]["Properties"]["CidrBlock"]),
             QStringLiteral("10.1.0.0/16"));
    QCOMPARE(scalar(resources["SubMain"]["DependsOn"][0]), QStringLiteral("Vpc1Cidr2"));
}

void TestCfnExport::blackholeRouteNote()
{
    const Design design = test::readTextOrFail(R"(
vpcstudio: 1
vpcs:
  - {id: vpc-1, cidrBlocks: [10.0.0.0/16]}
routeTables:
  - id: rt-1
    vpc: vpc-1
    routes:
      - {destination: 10.0.0.0/16, target: local}
      - {destination: 0.0.0.0/0, target: igw-gone}
      - {destination: 192.168.0.0/16}
)");
    const WrittenTemplate cfn = writeCloudFormation(design);
    QCOMPARE(cfn.notes.size(), 2);
    QVERIFY2(cfn.notes.at(0).contains(QStringLiteral("igw-gone")), qPrintable(cfn.notes.at(0)));
    QVERIFY2(cfn.notes.at(1).contains(QStringLiteral("192.168.0.0/16")),
             qPrintable(cfn.notes.at(1)));
    QVERIFY(!cfn.text.contains("AWS::EC2::Route\""));
}

void TestCfnExport::defaultAclNeedsNoResource()
{
    const Design design = test::readTextOrFail(R"(
vpcstudio: 1
vpcs:
  - {id: vpc-1, cidrBlocks: [10.0.0.0/16]}
zones:
  - {id: ap-northeast-2a}
subnets:
  - {id: sub-1, vpc: vpc-1, zone: ap-northeast-2a, cidr: 10.0.1.0/24}
networkAcls:
  - id: acl-strict
    vpc: vpc-1
    default: true
    inbound:
      - {rule: 100, protocol: tcp, ports: 443, cidr: 0.0.0.0/0, action: allow}
      - {rule: 200, protocol: icmp, cidr: 10.0.0.0/8, action: deny}
    outbound:
      - {rule: 100, protocol: all, cidr: 0.0.0.0/0, action: allow}
)");
    // A default ACL that differs from AWS's allow-all one becomes a custom
    // ACL that the subnets relying on the default are associated with.
    const YAML::Node resources = parse(design)["Resources"];
    QCOMPARE(scalar(resources["AclStrict"]["Type"]), QStringLiteral("AWS::EC2::NetworkAcl"));
    const YAML::Node https = resources["AclStrictInbound100"]["Properties"];
    QCOMPARE(scalar(https["Protocol"]), QStringLiteral("6"));
    QCOMPARE(scalar(https["PortRange"]["From"]), QStringLiteral("443"));
    QCOMPARE(scalar(https["Egress"]), QStringLiteral("false"));
    const YAML::Node icmp = resources["AclStrictInbound200"]["Properties"];
    QCOMPARE(scalar(icmp["Protocol"]), QStringLiteral("1"));
    QCOMPARE(scalar(icmp["RuleAction"]), QStringLiteral("deny"));
    QCOMPARE(scalar(icmp["Icmp"]["Type"]), QStringLiteral("-1"));
    QCOMPARE(scalar(resources["AclStrictOutbound100"]["Properties"]["Egress"]),
             QStringLiteral("true"));
    QCOMPARE(scalar(resources["Sub1NetworkAclAssociation"]["Properties"]["NetworkAclId"]),
             QStringLiteral("AclStrict"));

    // The example's default ACL allows everything, like AWS's, so it is kept
    // only in the template's metadata.
    const YAML::Node howru = parse(test::readOrFail(test::example()));
    QVERIFY(!howru["Resources"]["AclDefault"]);
    QCOMPARE(scalar(howru["Metadata"]["VpcStudio"]["networkAcls"][0]["id"]),
             QStringLiteral("acl-default"));
}

void TestCfnExport::commandLineExport()
{
    const QString path = m_folder.filePath(QStringLiteral("cli.cfn.yaml"));
    const test::Run result =
        test::run({QStringLiteral("export"), test::example(), QStringLiteral("--output"), path,
                   QStringLiteral("--type"), QStringLiteral("cloudformation")});
    QCOMPARE(result.exitCode, int(ExitOk));
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("AWSTemplateFormatVersion: \"2010-09-09\"\n"));

    const QString allKinds = m_folder.filePath(QStringLiteral("all-kinds.cfn.yaml"));
    const test::Run noted = test::run({QStringLiteral("export"),
                                       test::dataPath(QStringLiteral("all-kinds.yaml")),
                                       QStringLiteral("--output"), allKinds,
                                       QStringLiteral("--type"), QStringLiteral("cloudformation")});
    QCOMPARE(noted.exitCode, int(ExitOk));
    QVERIFY2(noted.err.contains(allKinds + QStringLiteral(": warning: ")), qPrintable(noted.err));
}

void TestCfnExport::commandLineUnwritable()
{
    const QString path = m_folder.filePath(QStringLiteral("missing-folder/out.yaml"));
    const test::Run result =
        test::run({QStringLiteral("export"), test::example(), QStringLiteral("--output"), path,
                   QStringLiteral("--type"), QStringLiteral("cloudformation")});
    QCOMPARE(result.exitCode, int(ExitBadInput));
    QVERIFY2(result.err.startsWith(path + QStringLiteral(": error: ")), qPrintable(result.err));
    QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_MAIN(TestCfnExport)
#include "tst_cfn_export.moc"
