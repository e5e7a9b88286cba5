// Checks that designs survive a trip through a CloudFormation template:
// design -> template -> design gives the design back, and a template read
// as a design, exported and read again gives the same design both times.
#include "cfnimport.h"
#include "cfnwriter.h"
#include "designcompare.h"
#include "designwriter.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace vpcstudio;

namespace {

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

QStringList templateFiles(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml"),
                                   QStringLiteral("*.json")},
                                  QDir::Files, QDir::Name);
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qUtf8Printable(path));
    return file.readAll();
}

// An image for services whose template leaves it to a parameter.
const char *const EcrImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1";

std::optional<CfnImportResult> importFiles(const QVector<QPair<QString, QByteArray>> &files,
                                           InputError *error,
                                           const QHash<QString, QString> &parameters = {})
{
    CfnSettings settings;
    settings.parameters = parameters;
    return importTemplates(files, settings, error);
}

Design importOrFail(const QString &fileName, const QByteArray &text,
                    const QHash<QString, QString> &parameters = {})
{
    InputError error;
    const std::optional<CfnImportResult> result =
        importFiles({{fileName, text}}, &error, parameters);
    if (!result)
        qFatal("%s", qUtf8Printable(error.toString()));
    return result->design;
}

// The exported template read back as a design.
Design throughTemplate(const Design &design)
{
    return importOrFail(QStringLiteral("exported.yaml"), writeCloudFormation(design).text);
}

// Compares the design texts first, so that a failure shows the first line
// that differs, then the designs field by field.
void compareDesigns(const Design &actual, const Design &expected)
{
    const QString actualText = QString::fromUtf8(writeDesignText(actual));
    const QString expectedText = QString::fromUtf8(writeDesignText(expected));
    const QStringList actualLines = actualText.split(QLatin1Char('\n'));
    const QStringList expectedLines = expectedText.split(QLatin1Char('\n'));
    for (int i = 0; i < qMin(actualLines.size(), expectedLines.size()); ++i)
        QCOMPARE(actualLines[i], expectedLines[i]);
    QCOMPARE(actualLines.size(), expectedLines.size());
    QVERIFY(actual == expected);
}

// all-kinds.yaml as it comes back from a template. These fields cannot
// survive, because AWS or CloudFormation has no way to express them:
// - every VPC block has a local route in every table of the VPC;
// - a blackhole route cannot be created, and a gateway endpoint adds its
//   own routes, so neither is written;
// - a rule for all protocols covers all ports, so its port range is not
//   written;
// - only Fargate services take AssignPublicIp.
Design allKindsAfterTemplate(Design design)
{
    RouteTable &table = design.routeTables[0];
    if (table.id != QLatin1String("rt-1"))
        qFatal("all-kinds.yaml no longer starts with rt-1");
    table.routes = {{QStringLiteral("10.1.0.0/16"), QStringLiteral("local")},
                    {QStringLiteral("10.2.0.0/16"), QStringLiteral("local")},
                    {QStringLiteral("0.0.0.0/0"), QStringLiteral("igw-1")},
                    {QStringLiteral("10.9.0.0/16"), QStringLiteral("pcx-1")}};

    SecurityGroup &group = design.securityGroups[0];
    if (group.id != QLatin1String("sg-1"))
        qFatal("all-kinds.yaml no longer starts with sg-1");
    // The same as the first egress rule, which the file writes without ports.
    group.egress[1].fromPort = group.egress[0].fromPort;
    group.egress[1].toPort = group.egress[0].toPort;

    EcsService &service = design.services[0];
    if (service.id != QLatin1String("svc-1"))
        qFatal("all-kinds.yaml no longer starts with svc-1");
    service.assignPublicIp = false;
    return design;
}

QStringList metadataNotes(const QVector<Finding> &notes)
{
    QStringList texts;
    for (const Finding &note : notes) {
        if (note.rule == QLatin1String("cfn.metadata"))
            texts.append(note.message);
    }
    return texts;
}

} // namespace

class TestCfnRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void designThroughTemplate_data();
    void designThroughTemplate();
    void templateThroughDesign_data();
    void templateThroughDesign();
    void corpusThroughDesign_data();
    void corpusThroughDesign();
    void elasticIpKeepsLogicalId();
    void editedTemplateSkipsMissing();
    void invalidDesignMetadataIgnored();
    void metadataIdClashKeepsLogicalId();
};

void TestCfnRoundTrip::designThroughTemplate_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("howru") << test::example();
    QTest::newRow("all-kinds") << test::dataPath(QStringLiteral("all-kinds.yaml"));
}

void TestCfnRoundTrip::designThroughTemplate()
{
    QFETCH(QString, path);
    const Design original = test::readOrFail(path);
    const bool allKinds = path.endsWith(QLatin1String("all-kinds.yaml"));
    compareDesigns(throughTemplate(original),
                   allKinds ? allKindsAfterTemplate(original) : original);
}

void TestCfnRoundTrip::templateThroughDesign_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("parameters");
    // Templates that the import rejects on purpose are left out; the
    // importer needs the exporter's outputs.
    const QStringList rejected = {
        QStringLiteral("alias.yaml"),          QStringLiteral("broken.json"),
        QStringLiteral("cidr-overflow.yaml"),  QStringLiteral("duplicate.yaml"),
        QStringLiteral("findinmap-missing.yaml"), QStringLiteral("unknown-tag.yaml"),
        QStringLiteral("circular.yaml"),       QStringLiteral("rules.yaml"),
        QStringLiteral("clash.yaml"),          QStringLiteral("placeholder.yaml"),
        QStringLiteral("importer.yaml")};
    const QString folder = test::dataPath(QStringLiteral("cfn"));
    for (const QString &file : templateFiles(folder)) {
        // The export leaves out a VPC without a block, so this template
        // gets the value of its parameter.
        const QStringList parameters = file == QLatin1String("missing-param.yaml")
                                           ? QStringList{QStringLiteral("Block=10.0.0.0/16")}
                                           : QStringList();
        if (!rejected.contains(file))
            QTest::newRow(qPrintable(file))
                << QStringList{folder + QLatin1Char('/') + file} << parameters;
    }
    QTest::newRow("exporter+importer") << QStringList{folder + QStringLiteral("/exporter.yaml"),
                                                      folder + QStringLiteral("/importer.yaml")}
                                       << QStringList();
}

void TestCfnRoundTrip::templateThroughDesign()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, parameters);
    QVector<QPair<QString, QByteArray>> inputs;
    for (const QString &path : files)
        inputs.append({path, readBytes(path)});
    QHash<QString, QString> values;
    for (const QString &pair : parameters)
        values.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    InputError error;
    const std::optional<CfnImportResult> first = importFiles(inputs, &error, values);
    QVERIFY2(first, qPrintable(error.toString()));

    const Design once = first->design;
    const Design twice = throughTemplate(once);
    compareDesigns(twice, once);
    compareDesigns(throughTemplate(twice), once);
}

void TestCfnRoundTrip::corpusThroughDesign_data()
{
    QTest::addColumn<QString>("path");
    const QString folder = corpusFolder();
    if (folder.isEmpty())
        return;
    for (const QString &file : templateFiles(folder))
        QTest::newRow(qPrintable(file)) << folder + QLatin1Char('/') + file;
}

void TestCfnRoundTrip::corpusThroughDesign()
{
    if (corpusFolder().isEmpty())
        QSKIP("the corpus folder ../shared/corpus/cloudformation is not there");
    QFETCH(QString, path);
    // The export leaves out a service without an image, so a template that
    // takes the image as a parameter gets one.
    const QByteArray text = readBytes(path);
    QHash<QString, QString> parameters;
    if (text.contains("\n  ImageUri:"))
        parameters.insert(QStringLiteral("ImageUri"), QString::fromLatin1(EcrImage));
    const Design once = importOrFail(path, text, parameters);
    const Design twice = throughTemplate(once);
    compareDesigns(twice, once);
}

void TestCfnRoundTrip::elasticIpKeepsLogicalId()
{
    const QByteArray text = "Resources:\n"
                            "  Vpc:\n"
                            "    Type: AWS::EC2::VPC\n"
                            "    Properties: {CidrBlock: 10.0.0.0/16}\n"
                            "  Public:\n"
                            "    Type: AWS::EC2::Subnet\n"
                            "    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24,\n"
                            "                 AvailabilityZone: us-east-1a}\n"
                            "  NatAddress:\n"
                            "    Type: AWS::EC2::EIP\n"
                            "    Properties: {Domain: vpc}\n"
                            "  Nat:\n"
                            "    Type: AWS::EC2::NatGateway\n"
                            "    Properties:\n"
                            "      SubnetId: !Ref Public\n"
                            "      AllocationId: !GetAtt NatAddress.AllocationId\n";
    const Design once = importOrFail(QStringLiteral("nat.yaml"), text);
    QCOMPARE(once.natGateways.size(), 1);
    QCOMPARE(once.natGateways[0].elasticIp, QStringLiteral("NatAddress"));

    const QByteArray exported = writeCloudFormation(once).text;
    QVERIFY2(exported.contains("\n  NatAddress:\n    Type: \"AWS::EC2::EIP\"\n"),
             exported.constData());
    QVERIFY(!exported.contains("NatEip"));
}

// A template exported and then edited by hand, so that its flows and
// pipelines name a service that is gone.
void TestCfnRoundTrip::editedTemplateSkipsMissing()
{
    const Design original = test::readOrFail(test::example());
    QVERIFY(!original.services.isEmpty());
    QVERIFY(!original.pipelines.isEmpty());
    const EcsService removed = original.services.first();

    QString text = QString::fromUtf8(writeCloudFormation(original).text);
    // Changing the service's metadata id has the effect of deleting it,
    // because the design metadata still names the old id.
    text.replace(QStringLiteral("id: %1\n").arg(removed.id),
                 QStringLiteral("id: %1-gone\n").arg(removed.id));
    InputError error;
    const std::optional<CfnImportResult> result =
        importFiles({{QStringLiteral("edited.yaml"), text.toUtf8()}}, &error);
    QVERIFY2(result, qPrintable(error.toString()));

    const Design &design = result->design;
    QCOMPARE(design.name, original.name);
    QCOMPARE(design.kindOf(removed.id), ObjectKind::None);
    QCOMPARE(design.kindOf(removed.id + QStringLiteral("-gone")), ObjectKind::EcsService);
    for (const Pipeline &pipeline : design.pipelines)
        QVERIFY(!pipeline.deploys.contains(removed.id));
    for (const Flow &flow : design.flows) {
        QVERIFY(flow.from != removed.id);
        QVERIFY(flow.to != removed.id);
    }
    QVERIFY(!design.layout.frames.contains(removed.id));
    const QStringList notes = metadataNotes(result->notes);
    QVERIFY(!notes.isEmpty());
    QVERIFY2(notes.join(u'\n').contains(removed.id), qPrintable(notes.join(u'\n')));
}

void TestCfnRoundTrip::invalidDesignMetadataIgnored()
{
    const QByteArray text = "Metadata:\n"
                            "  VpcStudio:\n"
                            "    vpcstudio: 1\n"
                            "    name: kept out\n"
                            "    flows:\n"
                            "      - {id: f, from: Vpc, to: Vpc, colour: red}\n"
                            "Resources:\n"
                            "  Vpc:\n"
                            "    Type: AWS::EC2::VPC\n"
                            "    Properties: {CidrBlock: 10.0.0.0/16}\n";
    InputError error;
    const std::optional<CfnImportResult> result =
        importFiles({{QStringLiteral("bad-metadata.yaml"), text}}, &error);
    QVERIFY2(result, qPrintable(error.toString()));
    QCOMPARE(result->design.name, QStringLiteral("bad-metadata"));
    QCOMPARE(result->design.vpcs.size(), 1);
    QVERIFY(result->design.flows.isEmpty());
    QCOMPARE(metadataNotes(result->notes).size(), 1);
}

void TestCfnRoundTrip::metadataIdClashKeepsLogicalId()
{
    const QByteArray text = "Resources:\n"
                            "  VpcA:\n"
                            "    Type: AWS::EC2::VPC\n"
                            "    Metadata: {VpcStudio: {id: VpcB, name: first}}\n"
                            "    Properties: {CidrBlock: 10.0.0.0/16}\n"
                            "  VpcB:\n"
                            "    Type: AWS::EC2::VPC\n"
                            "    Properties: {CidrBlock: 10.1.0.0/16}\n";
    const Design design = importOrFail(QStringLiteral("clash.yaml"), text);
    QCOMPARE(design.vpcs.size(), 2);
    QCOMPARE(design.vpcs[0].id, QStringLiteral("VpcA"));
    QCOMPARE(design.vpcs[0].name, QStringLiteral("first"));
    QCOMPARE(design.vpcs[1].id, QStringLiteral("VpcB"));
}

QTEST_GUILESS_MAIN(TestCfnRoundTrip)
#include "tst_cfn_roundtrip.moc"
