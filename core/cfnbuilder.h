#pragma once

// Internal to the CloudFormation writer: the state shared by the files that
// turn each part of a design into resources.

#include "cfnlogicalids.h"
#include "cfnnode.h"
#include "design.h"

#include <QHash>
#include <QStringList>

namespace vpcstudio {

// One resource before it is added to the template.
struct TemplateResource
{
    TemplateResource(const QString &id, const QString &resourceType) : logicalId(id), type(resourceType)
    {
    }

    QString logicalId;
    QString type;
    CfnNode properties = CfnNode::map();
    QStringList dependsOn;
    // The design object the resource comes from, recorded in its Metadata
    // so that an import can give back the same id and name.
    QString objectId;
    QString name;
    CfnNode metadata = CfnNode::map(); // more VpcStudio metadata fields
};

class CfnBuilder
{
public:
    explicit CfnBuilder(const Design &design);

    CfnNode build();
    QStringList notes() const { return m_notes; }

private:
    void assignLogicalIds();
    void addResource(const TemplateResource &resource);
    void note(const QString &text) { m_notes.append(text); }
    QString parameter(const QString &name, const QString &description);

    // A reference to a design object: `!Ref` its logical id, or the id
    // itself as a literal when the design has no such object (an existing
    // AWS resource such as sg-0123456789abcdef0).
    CfnNode refTo(const QString &objectId) const;
    CfnNode refsTo(const QStringList &objectIds) const;
    QString logicalId(const QString &objectId) const { return m_ids.of(objectId); }

    CfnNode designMetadata() const;
    CfnNode outputs() const;

    // cfnwriternetwork.cpp
    void addVpcs();
    void addSubnets();
    void addInternetGateways();
    void addNatGateways();
    QString addElasticIp(const NatGateway &gateway);
    void addRouteTables();
    void addRoutes(const RouteTable &table);
    void addSubnetAssociations();
    void addEndpoints();
    QStringList endpointRouteTables(const VpcEndpoint &endpoint) const;
    void addPeerings();

    // cfnwritersecurity.cpp
    void addSecurityGroups();
    void addSecurityGroupRules(const SecurityGroup &group, bool ingress);
    void addNetworkAcls();
    void addNetworkAclEntries(const NetworkAcl &acl, const QString &aclLogicalId);

    // cfnwriterservices.cpp
    void addTargetGroups();
    void addLoadBalancers();
    void addListener(const LoadBalancer &balancer, const Listener &listener);
    void addClusters();
    void addRepositories();
    void addCloudMap();
    void addServices();
    void addTaskDefinition(const EcsService &service, const QString &logicalId);
    void addServiceProperties(const EcsService &service, const QString &taskId,
                              TemplateResource &resource);
    QString executionRole();

    const Design &m_design;
    CfnLogicalIds m_ids;
    CfnNode m_parameters = CfnNode::map();
    CfnNode m_resources = CfnNode::map();
    QStringList m_notes;

    QHash<QString, QStringList> m_extraCidrBlocks;    // VPC id -> VPCCidrBlock resources
    QHash<QString, QString> m_attachmentOfVpc;        // VPC id -> gateway attachment
    QHash<QString, QString> m_attachmentOfGateway;    // internet gateway id -> attachment
    QHash<QString, QStringList> m_listenersOfGroup;   // target group id -> listeners, rules
    QString m_executionRole;
    QVector<NetworkAcl> m_aclsWithoutResource; // default ACLs that AWS makes by itself
};

// Text for a Name tag: the characters every tagging service accepts.
QString tagText(const QString &text);
// Adds a Tags property with a Name tag, unless the name has no usable text.
void insertNameTag(CfnNode &properties, const QString &name);

// Text for an EC2 security group or rule description, which AWS limits to
// ASCII letters, digits, spaces and ._-:/()#,@[]+=&;{}!$*.
QString ec2DescriptionText(const QString &text);

} // namespace vpcstudio
