// The security part of the CloudFormation writer: security groups with
// their rules, and network ACLs with their entries and associations.

#include "cfnbuilder.h"
#include "tracer.h"


namespace vpcstudio {

namespace {

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

// CloudFormation writes "all protocols" as -1 and the others by name.
QString ipProtocol(Protocol protocol)
{
    return protocol == Protocol::All ? QStringLiteral("-1") : protocolName(protocol);
}

// The protocol number a network ACL entry takes.
int protocolNumber(Protocol protocol)
{
    switch (protocol) {
    case Protocol::All:
        return -1;
    case Protocol::Tcp:
        return 6;
    case Protocol::Udp:
        return 17;
    case Protocol::Icmp:
        return 1;
    }
    return -1;
}

bool isFullRange(int from, int to)
{
    return from == 0 && to == 65535;
}

// Writes the protocol and ports of a security group rule. For ICMP, AWS
// reads FromPort as the ICMP type and ToPort as the code, -1 for all.
void insertPorts(CfnNode &rule, const SecurityGroupRule &source)
{
    rule.insert(key("IpProtocol"), CfnNode::string(ipProtocol(source.protocol)));
    if (source.protocol == Protocol::All)
        return; // AWS ignores ports for all protocols
    const bool everyIcmp =
        source.protocol == Protocol::Icmp && isFullRange(source.fromPort, source.toPort);
    rule.insert(key("FromPort"), CfnNode::number(everyIcmp ? -1 : source.fromPort));
    rule.insert(key("ToPort"), CfnNode::number(everyIcmp ? -1 : source.toPort));
}

// Writes the rule's peer; `ingress` chooses between the Source and the
// Destination property names.
void insertPeer(CfnNode &rule, const SecurityGroupRule &source, bool ingress, const CfnNode &group)
{
    switch (source.peerKind) {
    case PeerKind::Cidr:
        rule.insert(source.peer.contains(QLatin1Char(':')) ? key("CidrIpv6") : key("CidrIp"),
                    CfnNode::string(source.peer));
        break;
    case PeerKind::PrefixList:
        rule.insert(ingress ? key("SourcePrefixListId") : key("DestinationPrefixListId"),
                    CfnNode::string(source.peer));
        break;
    case PeerKind::SecurityGroup:
        rule.insert(ingress ? key("SourceSecurityGroupId") : key("DestinationSecurityGroupId"),
                    group);
        break;
    }
}

CfnNode inlineRule(const SecurityGroupRule &source, bool ingress)
{
    CfnNode rule = CfnNode::map();
    insertPorts(rule, source);
    insertPeer(rule, source, ingress, CfnNode());
    const QString description = ec2DescriptionText(source.description);
    if (!description.isEmpty())
        rule.insert(key("Description"), CfnNode::string(description));
    return rule;
}

// A rule that admits nothing, because a security group that CloudFormation
// creates without egress rules gets AWS's default allow-all egress rule.
CfnNode noEgressPlaceholder()
{
    CfnNode rule = CfnNode::map();
    rule.insert(key("IpProtocol"), CfnNode::string(QStringLiteral("-1")));
    rule.insert(key("CidrIp"), CfnNode::string(QStringLiteral("127.0.0.1/32")));
    rule.insert(key("Description"),
                CfnNode::string(QStringLiteral("No other outbound traffic (VPC Studio)")));
    return rule;
}

bool isAwsDefaultEntryList(const QVector<NetworkAclEntry> &entries)
{
    if (entries.size() != 1)
        return false;
    const NetworkAclEntry &entry = entries.first();
    return entry.number == 100 && entry.protocol == Protocol::All && entry.allow &&
           entry.cidr == QLatin1String("0.0.0.0/0");
}

} // namespace

void CfnBuilder::addSecurityGroups()
{
    for (const SecurityGroup &group : m_design.securityGroups) {
        TemplateResource resource{logicalId(group.id), key("AWS::EC2::SecurityGroup")};
        resource.objectId = group.id;
        resource.name = group.name;
        QString description = ec2DescriptionText(group.description);
        if (description.isEmpty())
            description = ec2DescriptionText(group.name);
        if (description.isEmpty())
            description = QStringLiteral("Security group %1").arg(ec2DescriptionText(group.id));
        if (description != group.description)
            resource.metadata.insert(key("description"), CfnNode::string(group.description));

        // Rules that name another group become separate resources, because
        // two groups that name each other inline form a dependency cycle.
        CfnNode ingress = CfnNode::sequence();
        for (const SecurityGroupRule &rule : group.ingress) {
            if (rule.peerKind != PeerKind::SecurityGroup)
                ingress.append(inlineRule(rule, true));
        }
        CfnNode egress = CfnNode::sequence();
        for (const SecurityGroupRule &rule : group.egress) {
            if (rule.peerKind != PeerKind::SecurityGroup)
                egress.append(inlineRule(rule, false));
        }
        if (egress.isEmpty()) {
            egress.append(noEgressPlaceholder());
            resource.metadata.insert(key("egressPlaceholder"), CfnNode::boolean(true));
        }

        CfnNode &properties = resource.properties;
        properties.insert(key("GroupDescription"), CfnNode::string(description));
        properties.insert(key("VpcId"), refTo(group.vpc));
        if (!ingress.isEmpty())
            properties.insert(key("SecurityGroupIngress"), ingress);
        properties.insert(key("SecurityGroupEgress"), egress);
        insertNameTag(properties, group.name);
        addResource(resource);

        addSecurityGroupRules(group, true);
        addSecurityGroupRules(group, false);
    }
}

void CfnBuilder::addSecurityGroupRules(const SecurityGroup &group, bool ingress)
{
    const QString groupId = logicalId(group.id);
    const QString suffix = ingress ? key("Ingress") : key("Egress");
    for (const SecurityGroupRule &rule : ingress ? group.ingress : group.egress) {
        if (rule.peerKind != PeerKind::SecurityGroup)
            continue;
        TemplateResource resource{m_ids.reserve(groupId + suffix),
                             ingress ? key("AWS::EC2::SecurityGroupIngress")
                                     : key("AWS::EC2::SecurityGroupEgress")};
        CfnNode &properties = resource.properties;
        properties.insert(key("GroupId"), CfnNode::ref(groupId));
        insertPorts(properties, rule);
        insertPeer(properties, rule, ingress, refTo(rule.peer));
        const QString description = ec2DescriptionText(rule.description);
        if (!description.isEmpty())
            properties.insert(key("Description"), CfnNode::string(description));
        addResource(resource);
    }
}

void CfnBuilder::addNetworkAcls()
{
    for (const NetworkAcl &acl : m_design.networkAcls) {
        // Every VPC comes with a default ACL that allows everything, so a
        // design's default ACL with just those entries needs no resource.
        if (acl.isDefault && isAwsDefaultEntryList(acl.inbound) &&
            isAwsDefaultEntryList(acl.outbound)) {
            m_aclsWithoutResource.append(acl);
            continue;
        }
        const QString aclId = logicalId(acl.id);
        TemplateResource resource{aclId, key("AWS::EC2::NetworkAcl")};
        resource.objectId = acl.id;
        resource.name = acl.name;
        if (acl.isDefault)
            resource.metadata.insert(key("default"), CfnNode::boolean(true));
        resource.properties.insert(key("VpcId"), refTo(acl.vpc));
        insertNameTag(resource.properties, acl.name);
        addResource(resource);
        addNetworkAclEntries(acl, aclId);

        for (const Subnet &subnet : m_design.subnets) {
            // CloudFormation cannot change a VPC's default ACL, so the subnets
            // that use a design's custom default are associated with it.
            const bool implicit =
                acl.isDefault && subnet.networkAcl.isEmpty() && subnet.vpc == acl.vpc;
            if (subnet.networkAcl != acl.id && !implicit)
                continue;
            TemplateResource association{
                m_ids.reserve(logicalId(subnet.id) + QStringLiteral("NetworkAclAssociation")),
                key("AWS::EC2::SubnetNetworkAclAssociation")};
            if (implicit)
                association.metadata.insert(key("implicit"), CfnNode::boolean(true));
            association.properties.insert(key("SubnetId"), CfnNode::ref(logicalId(subnet.id)));
            association.properties.insert(key("NetworkAclId"), CfnNode::ref(aclId));
            addResource(association);
        }
    }
}

void CfnBuilder::addNetworkAclEntries(const NetworkAcl &acl, const QString &aclLogicalId)
{
    const auto addEntries = [&](const QVector<NetworkAclEntry> &entries, bool egress) {
        for (const NetworkAclEntry &entry : entries) {
            const QString base = aclLogicalId + (egress ? key("Outbound") : key("Inbound")) +
                                 QString::number(entry.number);
            TemplateResource resource{m_ids.reserve(base), key("AWS::EC2::NetworkAclEntry")};
            CfnNode &properties = resource.properties;
            properties.insert(key("NetworkAclId"), CfnNode::ref(aclLogicalId));
            properties.insert(key("RuleNumber"), CfnNode::number(entry.number));
            properties.insert(key("Protocol"), CfnNode::number(protocolNumber(entry.protocol)));
            properties.insert(key("RuleAction"),
                              CfnNode::string(entry.allow ? key("allow") : key("deny")));
            properties.insert(key("Egress"), CfnNode::boolean(egress));
            properties.insert(entry.cidr.contains(QLatin1Char(':')) ? key("Ipv6CidrBlock")
                                                                    : key("CidrBlock"),
                              CfnNode::string(entry.cidr));
            if (entry.protocol == Protocol::Tcp || entry.protocol == Protocol::Udp) {
                CfnNode range = CfnNode::map();
                range.insert(key("From"), CfnNode::number(entry.fromPort));
                range.insert(key("To"), CfnNode::number(entry.toPort));
                properties.insert(key("PortRange"), range);
            } else if (entry.protocol == Protocol::Icmp) {
                CfnNode icmp = CfnNode::map();
                icmp.insert(key("Code"), CfnNode::number(-1));
                icmp.insert(key("Type"), CfnNode::number(-1));
                properties.insert(key("Icmp"), icmp);
            }
            addResource(resource);
        }
    };
    addEntries(acl.inbound, false);
    addEntries(acl.outbound, true);
}

} // namespace vpcstudio
