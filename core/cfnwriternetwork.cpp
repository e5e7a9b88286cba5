// The network part of the CloudFormation writer: VPCs, subnets, gateways,
// route tables, endpoints and peerings.

#include "cfnbuilder.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vpcstudio {

namespace {

struct CfnWriterText
{
    Q_DECLARE_TR_FUNCTIONS(vpcstudio::CfnWriter)
};

QString key(const char *text)
{
    return QString::fromLatin1(text);
}

// The route property that names a destination: a prefix list, an IPv6 or
// an IPv4 block.
QString destinationKey(const QString &destination)
{
    if (destination.startsWith(QLatin1String("pl-")))
        return key("DestinationPrefixListId");
    if (destination.contains(QLatin1Char(':')))
        return key("DestinationIpv6CidrBlock");
    return key("DestinationCidrBlock");
}

// An Elastic IP allocation id of an existing address, which the template
// can use as it is.
bool isAllocationId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^eipalloc-([0-9a-f]{8}|[0-9a-f]{17})$"));
    return pattern.match(text).hasMatch();
}

// Short service names such as "s3" or "ecr.api" are completed with the
// stack's region; a full name is kept.
CfnNode endpointServiceName(const QString &service)
{
    if (service.startsWith(QLatin1String("com.")) || service.contains(QLatin1String("amazonaws")))
        return CfnNode::string(service);
    return CfnNode::sub(QStringLiteral("com.amazonaws.${AWS::Region}.") + service);
}

} // namespace

void CfnBuilder::addVpcs()
{
    for (const Vpc &vpc : m_design.vpcs) {
        if (vpc.cidrBlocks.isEmpty()) {
            note(CfnWriterText::tr("VPC %1 has no CIDR block, so the template leaves it out; "
                                   "give it a block such as 10.0.0.0/16")
                     .arg(vpc.id));
            continue;
        }
        TemplateResource resource{logicalId(vpc.id), key("AWS::EC2::VPC")};
        resource.objectId = vpc.id;
        resource.name = vpc.name;
        CfnNode &properties = resource.properties;
        properties.insert(key("CidrBlock"), CfnNode::string(vpc.cidrBlocks.first()));
        properties.insert(key("EnableDnsSupport"), CfnNode::boolean(vpc.dnsSupport));
        properties.insert(key("EnableDnsHostnames"), CfnNode::boolean(vpc.dnsHostnames));
        insertNameTag(properties, vpc.name);
        addResource(resource);

        for (int i = 1; i < vpc.cidrBlocks.size(); ++i) {
            TemplateResource block{m_ids.reserve(resource.logicalId + QStringLiteral("Cidr%1").arg(i + 1)),
                              key("AWS::EC2::VPCCidrBlock")};
            block.properties.insert(key("VpcId"), CfnNode::ref(resource.logicalId));
            block.properties.insert(key("CidrBlock"), CfnNode::string(vpc.cidrBlocks.at(i)));
            m_extraCidrBlocks[vpc.id].append(block.logicalId);
            addResource(block);
        }
    }
}

void CfnBuilder::addInternetGateways()
{
    for (const InternetGateway &gateway : m_design.internetGateways) {
        TemplateResource resource{logicalId(gateway.id), key("AWS::EC2::InternetGateway")};
        resource.objectId = gateway.id;
        resource.name = gateway.name;
        insertNameTag(resource.properties, gateway.name);
        addResource(resource);
        if (gateway.vpc.isEmpty())
            continue;

        TemplateResource attachment{m_ids.reserve(resource.logicalId + QStringLiteral("Attachment")),
                               key("AWS::EC2::VPCGatewayAttachment")};
        attachment.properties.insert(key("VpcId"), refTo(gateway.vpc));
        attachment.properties.insert(key("InternetGatewayId"), CfnNode::ref(resource.logicalId));
        m_attachmentOfVpc.insert(gateway.vpc, attachment.logicalId);
        m_attachmentOfGateway.insert(gateway.id, attachment.logicalId);
        addResource(attachment);
    }
}

void CfnBuilder::addSubnets()
{
    for (const Subnet &subnet : m_design.subnets) {
        TemplateResource resource{logicalId(subnet.id), key("AWS::EC2::Subnet")};
        resource.objectId = subnet.id;
        resource.name = subnet.name;
        // A subnet in a secondary block can only be made once the block is.
        resource.dependsOn = m_extraCidrBlocks.value(subnet.vpc);
        CfnNode &properties = resource.properties;
        properties.insert(key("VpcId"), refTo(subnet.vpc));
        if (!subnet.zone.isEmpty())
            properties.insert(key("AvailabilityZone"), CfnNode::string(subnet.zone));
        properties.insert(key("CidrBlock"), CfnNode::string(subnet.cidr));
        if (subnet.mapPublicIpOnLaunch)
            properties.insert(key("MapPublicIpOnLaunch"), CfnNode::boolean(true));
        insertNameTag(properties, subnet.name);
        addResource(resource);
    }
}

void CfnBuilder::addNatGateways()
{
    for (const NatGateway &gateway : m_design.natGateways) {
        TemplateResource resource{logicalId(gateway.id), key("AWS::EC2::NatGateway")};
        resource.objectId = gateway.id;
        resource.name = gateway.name;
        CfnNode &properties = resource.properties;
        properties.insert(key("SubnetId"), refTo(gateway.subnet));

        if (gateway.connectivity == NatConnectivity::Private) {
            properties.insert(key("ConnectivityType"), CfnNode::string(QStringLiteral("private")));
        } else if (isAllocationId(gateway.elasticIp)) {
            properties.insert(key("AllocationId"), CfnNode::string(gateway.elasticIp));
        } else {
            properties.insert(key("AllocationId"),
                              CfnNode::getAtt(addElasticIp(gateway), key("AllocationId")));
        }
        insertNameTag(properties, gateway.name);
        addResource(resource);
    }
}

QString CfnBuilder::addElasticIp(const NatGateway &gateway)
{
    // A design imported from a template names the address by the EIP's
    // logical id, which the template keeps.
    static const QRegularExpression logicalIdPattern(QStringLiteral("^[A-Za-z0-9]+$"));
    const QString base = logicalIdPattern.match(gateway.elasticIp).hasMatch()
                             ? gateway.elasticIp
                             : logicalId(gateway.id) + QStringLiteral("Eip");
    TemplateResource address{m_ids.reserve(base), key("AWS::EC2::EIP")};
    address.properties.insert(key("Domain"), CfnNode::string(QStringLiteral("vpc")));
    if (gateway.elasticIp.isEmpty()) {
        note(CfnWriterText::tr("public NAT gateway %1 has no Elastic IP; the template allocates "
                               "one")
                 .arg(gateway.id));
    }
    // The design's value for the address, empty or not, so that an import
    // keeps it.
    address.metadata.insert(key("elasticIp"), CfnNode::string(gateway.elasticIp));
    const Subnet *subnet = m_design.subnet(gateway.subnet);
    const QString attachment = subnet ? m_attachmentOfVpc.value(subnet->vpc) : QString();
    if (!attachment.isEmpty())
        address.dependsOn.append(attachment);
    addResource(address);
    return address.logicalId;
}

void CfnBuilder::addRouteTables()
{
    for (const RouteTable &table : m_design.routeTables) {
        TemplateResource resource{logicalId(table.id), key("AWS::EC2::RouteTable")};
        resource.objectId = table.id;
        resource.name = table.name;
        // CloudFormation cannot make a table the main one; every subnet that
        // relies on it gets an explicit association instead.
        if (table.main)
            resource.metadata.insert(key("main"), CfnNode::boolean(true));
        resource.properties.insert(key("VpcId"), refTo(table.vpc));
        insertNameTag(resource.properties, table.name);
        addResource(resource);
        addRoutes(table);
    }
}

void CfnBuilder::addRoutes(const RouteTable &table)
{
    const QString tableId = logicalId(table.id);
    for (const Route &route : table.routes) {
        if (route.target == QLatin1String("local"))
            continue;
        TemplateResource resource{QString(), key("AWS::EC2::Route")};
        resource.properties.insert(key("RouteTableId"), CfnNode::ref(tableId));
        resource.properties.insert(destinationKey(route.destination),
                                   CfnNode::string(route.destination));

        const ObjectKind kind = m_design.kindOf(route.target);
        if (kind == ObjectKind::InternetGateway) {
            resource.properties.insert(key("GatewayId"), refTo(route.target));
            if (m_attachmentOfGateway.contains(route.target))
                resource.dependsOn.append(m_attachmentOfGateway.value(route.target));
        } else if (kind == ObjectKind::NatGateway) {
            resource.properties.insert(key("NatGatewayId"), refTo(route.target));
        } else if (kind == ObjectKind::VpcPeering) {
            resource.properties.insert(key("VpcPeeringConnectionId"), refTo(route.target));
        } else if (kind == ObjectKind::VpcEndpoint) {
            // A gateway endpoint adds its own routes through its
            // RouteTableIds; an interface endpoint is never a route target.
            continue;
        } else if (route.target.isEmpty()) {
            note(CfnWriterText::tr("route table %1 has a route to %2 without a target (a "
                                   "blackhole), which CloudFormation cannot create; the "
                                   "template leaves it out")
                     .arg(table.id, route.destination));
            continue;
        } else {
            note(CfnWriterText::tr("route table %1 sends %2 to \"%3\", which is no gateway, NAT "
                                   "gateway or peering of the design; the template leaves this "
                                   "route out")
                     .arg(table.id, route.destination, route.target));
            continue;
        }
        resource.logicalId = m_ids.reserve(tableId + QStringLiteral("Route"));
        addResource(resource);
    }
}

void CfnBuilder::addSubnetAssociations()
{
    for (const Subnet &subnet : m_design.subnets) {
        const RouteTable *table = m_design.effectiveRouteTable(subnet);
        if (!table)
            continue;
        TemplateResource resource{m_ids.reserve(logicalId(subnet.id) + QStringLiteral("RouteTableAssociation")),
                             key("AWS::EC2::SubnetRouteTableAssociation")};
        // An association for a subnet that the design leaves on the main
        // table; an import drops it to keep the subnet's table empty.
        if (subnet.routeTable.isEmpty())
            resource.metadata.insert(key("implicit"), CfnNode::boolean(true));
        resource.properties.insert(key("SubnetId"), CfnNode::ref(logicalId(subnet.id)));
        resource.properties.insert(key("RouteTableId"), CfnNode::ref(logicalId(table->id)));
        addResource(resource);
    }
}

QStringList CfnBuilder::endpointRouteTables(const VpcEndpoint &endpoint) const
{
    QStringList tables = endpoint.routeTables;
    for (const RouteTable &table : m_design.routeTables) {
        for (const Route &route : table.routes) {
            if (route.target == endpoint.id && !tables.contains(table.id))
                tables.append(table.id);
        }
    }
    return tables;
}

void CfnBuilder::addEndpoints()
{
    for (const VpcEndpoint &endpoint : m_design.endpoints) {
        TemplateResource resource{logicalId(endpoint.id), key("AWS::EC2::VPCEndpoint")};
        resource.objectId = endpoint.id;
        resource.name = endpoint.name;
        resource.metadata.insert(key("service"), CfnNode::string(endpoint.service));
        CfnNode &properties = resource.properties;
        properties.insert(key("VpcId"), refTo(endpoint.vpc));
        properties.insert(key("ServiceName"), endpointServiceName(endpoint.service));
        if (endpoint.type == EndpointType::Gateway) {
            properties.insert(key("VpcEndpointType"), CfnNode::string(key("Gateway")));
            const QStringList tables = endpointRouteTables(endpoint);
            if (!tables.isEmpty())
                properties.insert(key("RouteTableIds"), refsTo(tables));
        } else {
            properties.insert(key("VpcEndpointType"), CfnNode::string(key("Interface")));
            if (!endpoint.subnets.isEmpty())
                properties.insert(key("SubnetIds"), refsTo(endpoint.subnets));
            if (!endpoint.securityGroups.isEmpty())
                properties.insert(key("SecurityGroupIds"), refsTo(endpoint.securityGroups));
            properties.insert(key("PrivateDnsEnabled"), CfnNode::boolean(endpoint.privateDns));
        }
        addResource(resource);
    }
}

void CfnBuilder::addPeerings()
{
    for (const VpcPeering &peering : m_design.peerings) {
        TemplateResource resource{logicalId(peering.id), key("AWS::EC2::VPCPeeringConnection")};
        resource.objectId = peering.id;
        resource.name = peering.name;
        resource.properties.insert(key("VpcId"), refTo(peering.requesterVpc));
        resource.properties.insert(key("PeerVpcId"), refTo(peering.accepterVpc));
        insertNameTag(resource.properties, peering.name);
        addResource(resource);
    }
}

} // namespace vpcstudio
