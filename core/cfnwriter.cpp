#include "cfnwriter.h"

#include "cfnbuilder.h"
#include "designwriter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSaveFile>

#include <yaml-cpp/yaml.h>

namespace vpcstudio {

namespace {

struct CfnWriterText
{
    Q_DECLARE_TR_FUNCTIONS(vpcstudio::CfnWriter)
};

// Limits of CloudFormation: a template body of at most 1 MB (uploaded
// through S3; 51,200 bytes when passed inline) and 500 resources.
constexpr int MaxTemplateBytes = 1024 * 1024;
constexpr int MaxInlineTemplateBytes = 51200;
constexpr int MaxResources = 500;
constexpr int MaxDescriptionBytes = 1024;

} // namespace

QString tagText(const QString &text)
{
    static const QRegularExpression rejected(QStringLiteral("[^\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]"));
    QString cleaned = text;
    cleaned.replace(rejected, QStringLiteral(" "));
    return cleaned.simplified().left(256);
}

void insertNameTag(CfnNode &properties, const QString &name)
{
    const QString value = tagText(name);
    if (value.isEmpty())
        return;
    CfnNode tag = CfnNode::map();
    tag.insert(QStringLiteral("Key"), CfnNode::string(QStringLiteral("Name")));
    tag.insert(QStringLiteral("Value"), CfnNode::string(value));
    CfnNode tags = CfnNode::sequence();
    tags.append(tag);
    properties.insert(QStringLiteral("Tags"), tags);
}

QString ec2DescriptionText(const QString &text)
{
    static const QRegularExpression rejected(
        QStringLiteral("[^a-zA-Z0-9. _\\-:/()#,@\\[\\]+=&;{}!$*]"));
    QString cleaned = text;
    cleaned.replace(rejected, QStringLiteral(" "));
    return cleaned.simplified().left(255);
}

CfnBuilder::CfnBuilder(const Design &design) : m_design(design) {}

void CfnBuilder::assignLogicalIds()
{
    // Objects first, in design order, so that they keep the plain form of
    // their ids and derived resources (attachments, routes) give way.
    const auto addAll = [this](const auto &objects) {
        for (const auto &object : objects)
            m_ids.add(object.id);
    };
    addAll(m_design.vpcs);
    addAll(m_design.subnets);
    addAll(m_design.routeTables);
    addAll(m_design.internetGateways);
    addAll(m_design.natGateways);
    addAll(m_design.securityGroups);
    addAll(m_design.networkAcls);
    addAll(m_design.endpoints);
    addAll(m_design.peerings);
    addAll(m_design.targetGroups);
    addAll(m_design.loadBalancers);
    addAll(m_design.clusters);
    addAll(m_design.services);
    addAll(m_design.repositories);
    addAll(m_design.namespaces);
    addAll(m_design.cloudMapServices);
}

void CfnBuilder::addResource(const TemplateResource &resource)
{
    CfnNode node = CfnNode::map();
    node.insert(QStringLiteral("Type"), CfnNode::string(resource.type));
    if (!resource.dependsOn.isEmpty())
        node.insert(QStringLiteral("DependsOn"), CfnNode::stringList(resource.dependsOn));

    CfnNode origin = CfnNode::map();
    if (!resource.objectId.isEmpty())
        origin.insert(QStringLiteral("id"), CfnNode::string(resource.objectId));
    if (!resource.name.isEmpty())
        origin.insert(QStringLiteral("name"), CfnNode::string(resource.name));
    for (const auto &entry : resource.metadata.entries())
        origin.insert(entry.first, entry.second);
    if (!origin.isEmpty()) {
        CfnNode metadata = CfnNode::map();
        metadata.insert(QStringLiteral("VpcStudio"), origin);
        node.insert(QStringLiteral("Metadata"), metadata);
    }

    node.insert(QStringLiteral("Properties"), resource.properties);
    m_resources.insert(resource.logicalId, node);
}

QString CfnBuilder::parameter(const QString &name, const QString &description)
{
    if (!m_parameters.find(name)) {
        CfnNode node = CfnNode::map();
        node.insert(QStringLiteral("Type"), CfnNode::string(QStringLiteral("String")));
        node.insert(QStringLiteral("Description"), CfnNode::string(description));
        m_parameters.insert(name, node);
    }
    return name;
}

CfnNode CfnBuilder::refTo(const QString &objectId) const
{
    const QString id = m_ids.of(objectId);
    return id.isEmpty() ? CfnNode::string(objectId) : CfnNode::ref(id);
}

CfnNode CfnBuilder::refsTo(const QStringList &objectIds) const
{
    CfnNode list = CfnNode::sequence();
    for (const QString &objectId : objectIds)
        list.append(refTo(objectId));
    return list;
}

CfnNode CfnBuilder::designMetadata() const
{
    // The parts without a resource are written in the design format, so an
    // import reads them with the design reader.
    Design rest;
    rest.name = m_design.name;
    rest.description = m_design.description;
    rest.region = m_design.region;
    rest.zones = m_design.zones;
    rest.networkAcls = m_aclsWithoutResource;
    rest.externalHosts = m_design.externalHosts;
    rest.pipelines = m_design.pipelines;
    rest.flows = m_design.flows;
    rest.layout = m_design.layout;
    CfnNode metadata = CfnNode::map();
    metadata.insert(QStringLiteral("VpcStudio"), cfnNodeFromYaml(writeDesignText(rest)));
    return metadata;
}

CfnNode CfnBuilder::outputs() const
{
    CfnNode outputs = CfnNode::map();
    const auto addOutput = [&outputs](const QString &name, const QString &description,
                                      const CfnNode &value) {
        CfnNode output = CfnNode::map();
        output.insert(QStringLiteral("Description"), CfnNode::string(description));
        output.insert(QStringLiteral("Value"), value);
        outputs.insert(name, output);
    };
    for (const Vpc &vpc : m_design.vpcs) {
        const QString id = logicalId(vpc.id);
        addOutput(id + QStringLiteral("Id"), QStringLiteral("The id of VPC %1").arg(vpc.id),
                  CfnNode::ref(id));
    }
    for (const LoadBalancer &balancer : m_design.loadBalancers) {
        const QString id = logicalId(balancer.id);
        addOutput(id + QStringLiteral("DnsName"),
                  QStringLiteral("The DNS name of load balancer %1").arg(balancer.id),
                  CfnNode::getAtt(id, QStringLiteral("DNSName")));
    }
    return outputs;
}

CfnNode CfnBuilder::build()
{
    assignLogicalIds();
    addVpcs();
    addInternetGateways();
    addSubnets();
    addRouteTables();
    addNatGateways();
    addSubnetAssociations();
    addPeerings();
    addSecurityGroups();
    addNetworkAcls();
    addEndpoints();
    addTargetGroups();
    addLoadBalancers();
    addClusters();
    addRepositories();
    addCloudMap();
    addServices();

    CfnNode root = CfnNode::map();
    root.insert(QStringLiteral("AWSTemplateFormatVersion"),
                CfnNode::string(QStringLiteral("2010-09-09")));
    QString description = m_design.description.isEmpty() ? m_design.name : m_design.description;
    while (description.toUtf8().size() > MaxDescriptionBytes)
        description.chop(1);
    if (!description.isEmpty())
        root.insert(QStringLiteral("Description"), CfnNode::string(description));
    root.insert(QStringLiteral("Metadata"), designMetadata());
    if (!m_parameters.isEmpty())
        root.insert(QStringLiteral("Parameters"), m_parameters);
    root.insert(QStringLiteral("Resources"), m_resources);
    const CfnNode outputNode = outputs();
    if (!outputNode.isEmpty())
        root.insert(QStringLiteral("Outputs"), outputNode);

    if (m_resources.entries().size() > MaxResources) {
        note(CfnWriterText::tr("the template has %1 resources, more than the %2 CloudFormation "
                               "accepts in one stack; split the design into several stacks")
                 .arg(m_resources.entries().size())
                 .arg(MaxResources));
    }
    return root;
}

WrittenTemplate writeCloudFormation(const Design &design)
{
    CfnBuilder builder(design);
    const CfnNode root = builder.build();

    YAML::Emitter out;
    out.SetIndent(2);
    emitCfnNode(out, root);
    WrittenTemplate result;
    result.text = QByteArray(out.c_str(), int(out.size()));
    result.text.append('\n');
    result.notes = builder.notes();

    const qsizetype size = result.text.size();
    if (size > MaxTemplateBytes) {
        result.notes.append(
            CfnWriterText::tr("the template is %1 bytes, more than the %2 bytes CloudFormation "
                              "accepts; split the design into several stacks")
                .arg(size)
                .arg(MaxTemplateBytes));
    } else if (size > MaxInlineTemplateBytes) {
        result.notes.append(
            CfnWriterText::tr("the template is %1 bytes, more than the %2 bytes CloudFormation "
                              "accepts inline; upload it to S3 and deploy it from there")
                .arg(size)
                .arg(MaxInlineTemplateBytes));
    }
    return result;
}

QString saveCloudFormationFile(const Design &design, const QString &path, QStringList *notes)
{
    const QString target = checkSaveTarget(path);
    if (!target.isEmpty())
        return target;
    const WrittenTemplate cfn = writeCloudFormation(design);
    if (notes)
        *notes = cfn.notes;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (file.write(cfn.text) != cfn.text.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return reason;
    }
    if (!file.commit())
        return file.errorString();
    return QString();
}

} // namespace vpcstudio
