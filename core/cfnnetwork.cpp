// Maps the VPC resources of a template: VPCs and their blocks, subnets,
// route tables and routes, gateways, security groups, network ACLs,
// endpoints and peerings.
#include "cfnmapper.h"

#include <QCoreApplication>

namespace vpcstudio {

namespace {

// The translation context of this file's messages; lupdate files the
// strings under it because each call names it.
struct CfnNetworkText
{
    Q_DECLARE_TR_FUNCTIONS(vpcstudio::CfnMapper)
};

QString ec2Type(const char *name)
{
    return QStringLiteral("AWS::EC2::") + QString::fromLatin1(name);
}

template <typename T> T *findById(QVector<T> &objects, const QString &id)
{
    for (T &object : objects) {
        if (object.id == id)
            return &object;
    }
    return nullptr;
}

std::optional<Protocol> protocolOf(const QString &text)
{
    const QString name = text.toLower();
    if (name == QLatin1String("-1") || name == QLatin1String("all"))
        return Protocol::All;
    if (name == QLatin1String("tcp") || name == QLatin1String("6"))
        return Protocol::Tcp;
    if (name == QLatin1String("udp") || name == QLatin1String("17"))
        return Protocol::Udp;
    if (name == QLatin1String("icmp") || name == QLatin1String("1"))
        return Protocol::Icmp;
    return std::nullopt;
}

// "com.amazonaws.us-east-1.ecr.api" becomes "ecr.api", the short service
// name that the model uses.
QString endpointService(const QString &serviceName)
{
    const QStringList parts = serviceName.split(QLatin1Char('.'));
    if (parts.size() > 3 && parts[0] == QLatin1String("com") &&
        parts[1] == QLatin1String("amazonaws"))
        return parts.mid(3).join(QLatin1Char('.'));
    return serviceName;
}

} // namespace

bool CfnMapper::mapNetworkObject(const CfnResource &resource)
{
    const QString &resourceType = resource.type;
    const QString name = nameTag(resource);
    if (resourceType == ec2Type("VPC")) {
        addVpc(resource);
    } else if (resourceType == ec2Type("Subnet")) {
        addSubnet(resource);
    } else if (resourceType == ec2Type("RouteTable")) {
        m_design.routeTables.append(
            {resource.objectId, name, reference(resource, "VpcId", ObjectKind::Vpc),
             resource.isMarked("main"), {}});
    } else if (resourceType == ec2Type("InternetGateway")) {
        m_design.internetGateways.append({resource.objectId, name, QString()});
    } else if (resourceType == ec2Type("NatGateway")) {
        const bool isPrivate = text(resource, "ConnectivityType") == QLatin1String("private");
        m_design.natGateways.append(
            {resource.objectId, name, reference(resource, "SubnetId", ObjectKind::Subnet),
             text(resource, "AllocationId"),
             isPrivate ? NatConnectivity::Private : NatConnectivity::Public});
    } else if (resourceType == ec2Type("EIP")) {
        // An Elastic IP has no object of its own: the NAT gateway that uses
        // it keeps its id as the allocation.
    } else if (resourceType == ec2Type("SecurityGroup")) {
        addSecurityGroup(resource);
    } else if (resourceType == ec2Type("NetworkAcl")) {
        m_design.networkAcls.append({resource.objectId,
                                     name,
                                     reference(resource, "VpcId", ObjectKind::Vpc),
                                     resource.isMarked("default"),
                                     {},
                                     {}});
    } else if (resourceType == ec2Type("VPCEndpoint")) {
        addEndpoint(resource);
    } else if (resourceType == ec2Type("VPCPeeringConnection")) {
        m_design.peerings.append({resource.objectId, name,
                                  reference(resource, "VpcId", ObjectKind::Vpc),
                                  reference(resource, "PeerVpcId", ObjectKind::Vpc)});
    } else {
        return false;
    }
    return true;
}

void CfnMapper::addVpc(const CfnResource &resource)
{
    Vpc vpc;
    vpc.id = resource.objectId;
    vpc.name = nameTag(resource);
    const QString block = text(resource, "CidrBlock");
    if (!block.isEmpty())
        vpc.cidrBlocks.append(block);
    else if (resource.properties.field("CidrBlock").isMissing())
        note(resource, CfnNetworkText::tr("VPC %1 has no CidrBlock (an IPAM pool gives it at "
                                          "deployment)")
                           .arg(resource.logicalId));
    // AWS's defaults for a VPC that is not the account's default VPC.
    vpc.dnsSupport = boolean(resource, "EnableDnsSupport", true);
    vpc.dnsHostnames = boolean(resource, "EnableDnsHostnames", false);
    m_design.vpcs.append(vpc);
}

void CfnMapper::addSubnet(const CfnResource &resource)
{
    Subnet subnet;
    subnet.id = resource.objectId;
    subnet.name = nameTag(resource);
    subnet.vpc = reference(resource, "VpcId", ObjectKind::Vpc);
    subnet.cidr = text(resource, "CidrBlock");
    subnet.mapPublicIpOnLaunch = boolean(resource, "MapPublicIpOnLaunch", false);
    subnet.zone = text(resource, "AvailabilityZone", text(resource, "AvailabilityZoneId"));
    if (subnet.zone.isEmpty()) {
        subnet.zone = m_design.region + QLatin1Char('a');
        note(resource,
             CfnNetworkText::tr("subnet %1 names no zone; it is drawn in %2, but AWS "
                                "chooses one at deployment")
                 .arg(resource.logicalId, subnet.zone),
             "cfn.placeholder");
    }
    if (!findById(m_design.zones, subnet.zone))
        m_design.zones.append({subnet.zone, subnet.zone});
    m_design.subnets.append(subnet);
}

void CfnMapper::addSecurityGroup(const CfnResource &resource)
{
    SecurityGroup group;
    group.id = resource.objectId;
    group.name = text(resource, "GroupName", nameTag(resource));
    group.vpc = reference(resource, "VpcId", ObjectKind::Vpc, false);
    // The export keeps in the metadata a description that EC2 would reject.
    group.description =
        resource.metadata.value(QStringLiteral("description"), text(resource, "GroupDescription"));
    for (const CfnValue &rule : resource.properties.field("SecurityGroupIngress").items)
        group.ingress.append(securityGroupRule(resource, rule, true));

    const CfnValue &egress = resource.properties.field("SecurityGroupEgress");
    if (egress.isMissing()) {
        // AWS gives a new group one rule that allows all outbound traffic
        // unless the template lists egress rules itself.
        group.egress.append(
            {Protocol::All, 0, 65535, PeerKind::Cidr, QStringLiteral("0.0.0.0/0"), QString()});
    }
    for (const CfnValue &rule : egress.items)
        group.egress.append(securityGroupRule(resource, rule, false));
    group.ingress.removeIf([](const SecurityGroupRule &rule) { return rule.peer.isEmpty(); });
    group.egress.removeIf([](const SecurityGroupRule &rule) { return rule.peer.isEmpty(); });
    if (resource.isMarked("egressPlaceholder")) {
        // The export's stand-in for "no egress rule": all traffic to 127.0.0.1/32.
        group.egress.removeIf([](const SecurityGroupRule &rule) {
            return rule.protocol == Protocol::All && rule.peer == QLatin1String("127.0.0.1/32");
        });
    }
    m_design.securityGroups.append(group);
}

// Reads one rule in the form of the SecurityGroupIngress/Egress property
// or resource. A rule whose peer cannot be resolved comes back without a
// peer, and the caller drops it.
SecurityGroupRule CfnMapper::securityGroupRule(const CfnResource &resource, const CfnValue &rule,
                                               bool ingress)
{
    SecurityGroupRule result;
    const CfnValue &protocol = rule.field("IpProtocol");
    const std::optional<Protocol> parsed = protocolOf(protocol.text);
    if (!protocol.isString() || !parsed) {
        note(resource, CfnNetworkText::tr("a rule of %1 has the protocol \"%2\", which the model "
                                          "does not know; the rule is left out")
                           .arg(resource.logicalId, protocol.text));
        return result;
    }
    result.protocol = *parsed;
    result.fromPort = integer(resource, rule.field("FromPort"), "FromPort", 0);
    result.toPort = integer(resource, rule.field("ToPort"), "ToPort", 65535);
    if (result.protocol == Protocol::All ||
        (result.protocol != Protocol::Icmp && result.fromPort == -1 && result.toPort == -1)) {
        result.fromPort = 0;
        result.toPort = 65535;
    }
    result.description = rule.field("Description").text;

    const char *groupKey = ingress ? "SourceSecurityGroupId" : "DestinationSecurityGroupId";
    const char *listKey = ingress ? "SourcePrefixListId" : "DestinationPrefixListId";
    if (!rule.field(groupKey).isMissing()) {
        result.peerKind = PeerKind::SecurityGroup;
        const CfnValue &group = rule.field(groupKey);
        result.peer = group.isString()
                          ? referenceText(resource, group.text, groupKey, ObjectKind::SecurityGroup)
                          : QString();
        if (!group.isString())
            noteUnresolved(resource, groupKey, group);
    } else if (!rule.field(listKey).isMissing()) {
        result.peerKind = PeerKind::PrefixList;
        result.peer = rule.field(listKey).text;
    } else if (rule.field("CidrIp").isString()) {
        result.peer = rule.field("CidrIp").text;
    } else {
        note(resource, CfnNetworkText::tr("a rule of %1 has no IPv4 peer (IPv6 rules are not "
                                          "modelled); it is left out")
                           .arg(resource.logicalId));
    }
    return result;
}

void CfnMapper::addEndpoint(const CfnResource &resource)
{
    VpcEndpoint endpoint;
    endpoint.id = resource.objectId;
    endpoint.name = nameTag(resource);
    endpoint.vpc = reference(resource, "VpcId", ObjectKind::Vpc);
    endpoint.service =
        resource.metadata.value(QStringLiteral("service"), endpointService(text(resource, "ServiceName")));
    const QString kind = text(resource, "VpcEndpointType", QStringLiteral("Gateway"));
    endpoint.type =
        kind == QLatin1String("Gateway") ? EndpointType::Gateway : EndpointType::Interface;
    endpoint.routeTables = references(resource, resource.properties.field("RouteTableIds"),
                                      "RouteTableIds", ObjectKind::RouteTable);
    endpoint.subnets = references(resource, resource.properties.field("SubnetIds"), "SubnetIds",
                                  ObjectKind::Subnet);
    endpoint.securityGroups = references(resource, resource.properties.field("SecurityGroupIds"),
                                         "SecurityGroupIds", ObjectKind::SecurityGroup);
    // NOTE: false is taken as CloudFormation's default for PrivateDnsEnabled
    // (the console turns it on); no AWS page confirming it was at hand.
    // Private DNS applies to interface endpoints only; a gateway endpoint
    // keeps the model's default.
    endpoint.privateDns = endpoint.type == EndpointType::Gateway ||
                          boolean(resource, "PrivateDnsEnabled", false);
    m_design.endpoints.append(endpoint);
}

bool CfnMapper::mapNetworkLink(const CfnResource &resource)
{
    const QString &resourceType = resource.type;
    if (resourceType == ec2Type("VPCCidrBlock")) {
        addVpcBlock(resource);
    } else if (resourceType == ec2Type("Route")) {
        addRoute(resource);
    } else if (resourceType == ec2Type("SubnetRouteTableAssociation")) {
        // An implicit association stands for the VPC's main table.
        const QString table = reference(resource, "RouteTableId", ObjectKind::RouteTable);
        Subnet *subnet =
            findById(m_design.subnets, reference(resource, "SubnetId", ObjectKind::Subnet));
        if (subnet && !resource.isMarked("implicit"))
            subnet->routeTable = table;
    } else if (resourceType == ec2Type("SubnetNetworkAclAssociation")) {
        // An implicit association stands for the VPC's default ACL.
        const QString acl = reference(resource, "NetworkAclId", ObjectKind::NetworkAcl);
        Subnet *subnet =
            findById(m_design.subnets, reference(resource, "SubnetId", ObjectKind::Subnet));
        if (subnet && !resource.isMarked("implicit"))
            subnet->networkAcl = acl;
    } else if (resourceType == ec2Type("VPCGatewayAttachment")) {
        const QString vpc = reference(resource, "VpcId", ObjectKind::Vpc);
        if (!resource.properties.field("VpnGatewayId").isMissing())
            note(resource, CfnNetworkText::tr("virtual private gateways are not modelled"),
                 "cfn.unsupported-resource");
        if (InternetGateway *gateway =
                findById(m_design.internetGateways, reference(resource, "InternetGatewayId",
                                                              ObjectKind::InternetGateway, false)))
            gateway->vpc = vpc;
    } else if (resourceType == ec2Type("SecurityGroupIngress") ||
               resourceType == ec2Type("SecurityGroupEgress")) {
        addSecurityGroupRule(resource, resourceType == ec2Type("SecurityGroupIngress"));
    } else if (resourceType == ec2Type("NetworkAclEntry")) {
        addNetworkAclEntry(resource);
    } else {
        return false;
    }
    return true;
}

void CfnMapper::addVpcBlock(const CfnResource &resource)
{
    Vpc *vpc = findById(m_design.vpcs, reference(resource, "VpcId", ObjectKind::Vpc));
    const QString block = text(resource, "CidrBlock");
    if (!vpc)
        return;
    if (block.isEmpty()) {
        note(resource, CfnNetworkText::tr("%1 adds no IPv4 block (IPv6 is not modelled)")
                           .arg(resource.logicalId));
        return;
    }
    vpc->cidrBlocks.append(block);
}

void CfnMapper::addRoute(const CfnResource &resource)
{
    RouteTable *table =
        findById(m_design.routeTables, reference(resource, "RouteTableId", ObjectKind::RouteTable));
    if (!table)
        return;
    Route route;
    route.destination =
        text(resource, "DestinationCidrBlock", text(resource, "DestinationPrefixListId"));
    if (route.destination.isEmpty()) {
        note(resource, CfnNetworkText::tr("route %1 has no IPv4 destination (IPv6 is not "
                                          "modelled); it is left out")
                           .arg(resource.logicalId));
        return;
    }

    const char *targetKeys[] = {"GatewayId", "NatGatewayId", "VpcPeeringConnectionId",
                                "VpcEndpointId"};
    for (const char *key : targetKeys) {
        const QString id = text(resource, key);
        const ObjectKind kind = m_kinds.value(id, ObjectKind::None);
        if (id.isEmpty())
            continue;
        if (kind == ObjectKind::InternetGateway || kind == ObjectKind::NatGateway ||
            kind == ObjectKind::VpcPeering || kind == ObjectKind::VpcEndpoint) {
            route.target = id;
            table->routes.append(route);
            return;
        }
    }
    note(resource, CfnNetworkText::tr("route %1 leads to a target that is not in the model (a "
                                      "transit gateway, instance, interface or unresolved id); "
                                      "it is left out")
                       .arg(resource.logicalId));
}

void CfnMapper::addSecurityGroupRule(const CfnResource &resource, bool ingress)
{
    SecurityGroup *group = findById(m_design.securityGroups,
                                    reference(resource, "GroupId", ObjectKind::SecurityGroup));
    if (!group)
        return;
    const SecurityGroupRule rule = securityGroupRule(resource, resource.properties, ingress);
    if (rule.peer.isEmpty())
        return;
    (ingress ? group->ingress : group->egress).append(rule);
}

void CfnMapper::addNetworkAclEntry(const CfnResource &resource)
{
    NetworkAcl *acl =
        findById(m_design.networkAcls, reference(resource, "NetworkAclId", ObjectKind::NetworkAcl));
    if (!acl)
        return;
    NetworkAclEntry entry;
    entry.number = integer(resource, resource.properties.field("RuleNumber"), "RuleNumber", 100);
    const std::optional<Protocol> protocol = protocolOf(text(resource, "Protocol"));
    entry.cidr = text(resource, "CidrBlock");
    if (!protocol || entry.cidr.isEmpty()) {
        note(resource, CfnNetworkText::tr("entry %1 has a protocol or block that the model does "
                                          "not know (IPv6 is not modelled); it is left out")
                           .arg(resource.logicalId));
        return;
    }
    entry.protocol = *protocol;
    const CfnValue &ports = resource.properties.field("PortRange");
    entry.fromPort = integer(resource, ports.field("From"), "PortRange.From", 0);
    entry.toPort = integer(resource, ports.field("To"), "PortRange.To", 65535);
    entry.allow = text(resource, "RuleAction").toLower() == QLatin1String("allow");
    (boolean(resource, "Egress", false) ? acl->outbound : acl->inbound).append(entry);
}

// Adds what AWS creates without a resource: the local route of every VPC
// block in each table, and a main route table for a VPC whose subnets are
// not all associated with one of the template's tables.
void CfnMapper::finishNetwork()
{
    for (RouteTable &table : m_design.routeTables) {
        const Vpc *vpc = m_design.vpc(table.vpc);
        if (!vpc)
            continue;
        QVector<Route> local;
        for (const QString &block : vpc->cidrBlocks)
            local.append({block, QStringLiteral("local")});
        table.routes = local + table.routes;
    }

    for (const Vpc &vpc : std::as_const(m_design.vpcs)) {
        const bool needsMain = std::any_of(
            m_design.subnets.cbegin(), m_design.subnets.cend(), [&vpc](const Subnet &subnet) {
                return subnet.vpc == vpc.id && subnet.routeTable.isEmpty();
            });
        const bool hasMain = std::any_of(
            m_design.routeTables.cbegin(), m_design.routeTables.cend(),
            [&vpc](const RouteTable &table) { return table.vpc == vpc.id && table.main; });
        if (!needsMain || hasMain)
            continue;
        RouteTable main;
        main.id = vpc.id + QStringLiteral("MainRouteTable");
        while (m_design.kindOf(main.id) != ObjectKind::None)
            main.id += QLatin1Char('_');
        main.name = CfnNetworkText::tr("main route table of %1").arg(vpc.id);
        main.vpc = vpc.id;
        main.main = true;
        for (const QString &block : vpc.cidrBlocks)
            main.routes.append({block, QStringLiteral("local")});
        m_design.routeTables.append(main);
        addFinding(m_notes, "cfn.implicit-object", Severity::Info, {main.id},
                   CfnNetworkText::tr("%1 is the main route table that AWS creates for VPC %2; it "
                                      "contains only the local route")
                       .arg(main.id, vpc.id));
    }
}

} // namespace vpcstudio
