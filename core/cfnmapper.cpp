#include "cfnmapper.h"

#include <QCoreApplication>
#include <QSet>

namespace vpcstudio {

namespace {

// The translation context of this file's messages; lupdate files the
// strings under it because each call names it.
struct CfnMapperText
{
    Q_DECLARE_TR_FUNCTIONS(vpcstudio::CfnMapper)
};

// Types that only link or change objects of other resources; the second
// pass maps them after every object exists.
const QSet<QString> &linkTypes()
{
    static const QSet<QString> types = {
        QStringLiteral("AWS::EC2::VPCCidrBlock"),
        QStringLiteral("AWS::EC2::Route"),
        QStringLiteral("AWS::EC2::SubnetRouteTableAssociation"),
        QStringLiteral("AWS::EC2::VPCGatewayAttachment"),
        QStringLiteral("AWS::EC2::SecurityGroupIngress"),
        QStringLiteral("AWS::EC2::SecurityGroupEgress"),
        QStringLiteral("AWS::EC2::NetworkAclEntry"),
        QStringLiteral("AWS::EC2::SubnetNetworkAclAssociation"),
        QStringLiteral("AWS::ElasticLoadBalancingV2::Listener"),
        QStringLiteral("AWS::ElasticLoadBalancingV2::ListenerRule"),
        QStringLiteral("AWS::ECS::Service"),
    };
    return types;
}

// The kind of object that a resource becomes, known before any object is
// built so that references do not depend on the order of the resources.
ObjectKind kindOfResource(const CfnResource &resource)
{
    static const QHash<QString, ObjectKind> kinds = {
        {QStringLiteral("AWS::EC2::VPC"), ObjectKind::Vpc},
        {QStringLiteral("AWS::EC2::Subnet"), ObjectKind::Subnet},
        {QStringLiteral("AWS::EC2::RouteTable"), ObjectKind::RouteTable},
        {QStringLiteral("AWS::EC2::InternetGateway"), ObjectKind::InternetGateway},
        {QStringLiteral("AWS::EC2::NatGateway"), ObjectKind::NatGateway},
        {QStringLiteral("AWS::EC2::SecurityGroup"), ObjectKind::SecurityGroup},
        {QStringLiteral("AWS::EC2::NetworkAcl"), ObjectKind::NetworkAcl},
        {QStringLiteral("AWS::EC2::VPCEndpoint"), ObjectKind::VpcEndpoint},
        {QStringLiteral("AWS::EC2::VPCPeeringConnection"), ObjectKind::VpcPeering},
        {QStringLiteral("AWS::ElasticLoadBalancingV2::TargetGroup"), ObjectKind::TargetGroup},
        {QStringLiteral("AWS::ECS::Cluster"), ObjectKind::EcsCluster},
        {QStringLiteral("AWS::ECS::Service"), ObjectKind::EcsService},
        {QStringLiteral("AWS::ECR::Repository"), ObjectKind::EcrRepository},
        {QStringLiteral("AWS::ServiceDiscovery::PrivateDnsNamespace"),
         ObjectKind::CloudMapNamespace},
        {QStringLiteral("AWS::ServiceDiscovery::Service"), ObjectKind::CloudMapService},
    };
    if (resource.type == QLatin1String("AWS::ElasticLoadBalancingV2::LoadBalancer")) {
        const CfnValue &type = resource.properties.field("Type");
        return type.isMissing() || type.text == QLatin1String("application")
                   ? ObjectKind::LoadBalancer
                   : ObjectKind::None;
    }
    return kinds.value(resource.type, ObjectKind::None);
}

QString describe(const CfnValue &value)
{
    switch (value.kind) {
    case CfnValue::Kind::List:
        return CfnMapperText::tr("a list");
    case CfnValue::Kind::Map:
        return CfnMapperText::tr("a mapping");
    default:
        return CfnMapperText::tr("nothing");
    }
}

} // namespace

void CfnMapper::map(const QVector<CfnResource> &resources)
{
    for (const CfnResource &resource : resources) {
        const ObjectKind kind = kindOfResource(resource);
        if (kind != ObjectKind::None)
            m_kinds.insert(resource.objectId, kind);
    }
    for (const CfnResource &resource : resources) {
        if (linkTypes().contains(resource.type) || mapNetworkObject(resource) ||
            mapServiceObject(resource))
            continue;
        m_unmapped.append(resource);
        note(resource,
             CfnMapperText::tr("%1 (%2) has no object in the model; it is listed, not drawn")
                 .arg(resource.logicalId, resource.type),
             "cfn.unsupported-resource");
    }

    for (const CfnResource &resource : resources) {
        if (resource.type != QLatin1String("AWS::ElasticLoadBalancingV2::ListenerRule") &&
            !mapNetworkLink(resource))
            mapServiceLink(resource);
    }
    for (const CfnResource &resource : resources) {
        if (resource.type == QLatin1String("AWS::ElasticLoadBalancingV2::ListenerRule"))
            addListenerRule(resource);
    }
    finishNetwork();
    finishServices();
}

void CfnMapper::note(const CfnResource &resource, const QString &message, const char *rule)
{
    addFinding(m_notes, rule, Severity::Info, {resource.objectId}, message);
}

void CfnMapper::noteUnresolved(const CfnResource &resource, const char *key, const CfnValue &value)
{
    const CfnValue *unresolved = value.firstUnresolved();
    const QString reason = unresolved ? unresolved->text : describe(value);
    note(resource, CfnMapperText::tr("%1 of %2 is not resolved (%3); it is left empty")
                       .arg(QString::fromLatin1(key), resource.logicalId, reason));
}

QString CfnMapper::text(const CfnResource &resource, const char *key, const QString &fallback)
{
    const CfnValue &value = resource.properties.field(key);
    if (value.isMissing())
        return fallback;
    if (value.isString())
        return value.text;
    noteUnresolved(resource, key, value);
    return fallback;
}

QStringList CfnMapper::texts(const CfnResource &resource, const CfnValue &value, const char *key)
{
    if (value.isMissing())
        return {};
    if (value.isString())
        return value.text.split(QLatin1Char(','), Qt::SkipEmptyParts);

    QStringList result;
    if (value.isList()) {
        for (const CfnValue &item : value.items) {
            if (item.isString())
                result.append(item.text);
            else
                noteUnresolved(resource, key, item);
        }
        return result;
    }
    noteUnresolved(resource, key, value);
    return result;
}

bool CfnMapper::boolean(const CfnResource &resource, const char *key, bool fallback)
{
    const QString value = text(resource, key).toLower();
    if (value == QLatin1String("true"))
        return true;
    if (value == QLatin1String("false"))
        return false;
    return fallback;
}

int CfnMapper::integer(const CfnResource &resource, const CfnValue &value, const char *key,
                       int fallback)
{
    if (value.isMissing())
        return fallback;
    bool ok = false;
    const int number = value.text.toInt(&ok);
    if (value.isString() && ok)
        return number;
    noteUnresolved(resource, key, value);
    return fallback;
}

QString CfnMapper::referenceText(const CfnResource &resource, const QString &id, const char *key,
                                 ObjectKind kind)
{
    const ObjectKind found = m_kinds.value(id, ObjectKind::None);
    if (found == kind)
        return id;
    note(resource,
         CfnMapperText::tr("%1 of %2 names \"%3\", which is not a %4 of the templates "
                           "read; it is left empty")
             .arg(QString::fromLatin1(key), resource.logicalId, id, objectKindName(kind)));
    return QString();
}

QString CfnMapper::reference(const CfnResource &resource, const char *key, ObjectKind kind,
                             bool required)
{
    const QString id = text(resource, key);
    if (id.isEmpty()) {
        if (required && resource.properties.field(key).isMissing())
            note(resource, CfnMapperText::tr("%1 has no %2")
                               .arg(resource.logicalId, QString::fromLatin1(key)));
        return QString();
    }
    return referenceText(resource, id, key, kind);
}

QStringList CfnMapper::references(const CfnResource &resource, const CfnValue &value,
                                  const char *key, ObjectKind kind)
{
    QStringList ids;
    for (const QString &id : texts(resource, value, key)) {
        const QString found = referenceText(resource, id.trimmed(), key, kind);
        if (!found.isEmpty() && !ids.contains(found))
            ids.append(found);
    }
    return ids;
}

QString CfnMapper::nameTag(const CfnResource &resource)
{
    const CfnValue &tags = resource.properties.field("Tags");
    for (const CfnValue &tag : tags.items) {
        if (tag.field("Key").text == QLatin1String("Name") && tag.field("Value").isString())
            return tag.field("Value").text;
    }
    return QString();
}

} // namespace vpcstudio
