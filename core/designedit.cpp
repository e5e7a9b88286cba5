#include "designedit.h"

namespace vpcstudio {

namespace {

// Finds an object by id in a const or non-const list.
template <typename Objects>
auto findIn(Objects &objects, const QString &id) -> decltype(&*objects.begin())
{
    for (auto &object : objects) {
        if (object.id == id)
            return &object;
    }
    return nullptr;
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

bool parseBool(const QString &text, bool *value)
{
    if (text != QLatin1String("true") && text != QLatin1String("false"))
        return false;
    *value = text == QLatin1String("true");
    return true;
}

bool parseInt(const QString &text, int minimum, int maximum, int *value)
{
    bool ok = false;
    const int number = text.toInt(&ok);
    if (!ok || number < minimum || number > maximum)
        return false;
    *value = number;
    return true;
}

// Finds the name field of any object kind that has one, in a const or
// non-const design.
template <typename D>
auto nameField(D &design, const QString &id) -> decltype(&design.vpcs.begin()->name)
{
    using NamePointer = decltype(&design.vpcs.begin()->name);
    auto find = [&id](auto &objects) -> NamePointer {
        auto *object = findIn(objects, id);
        return object ? &object->name : nullptr;
    };
    NamePointer name = nullptr;
    const auto tryKind = [&name, &find](auto &objects) {
        if (!name)
            name = find(objects);
    };
    tryKind(design.vpcs);
    tryKind(design.subnets);
    tryKind(design.routeTables);
    tryKind(design.internetGateways);
    tryKind(design.natGateways);
    tryKind(design.securityGroups);
    tryKind(design.networkAcls);
    tryKind(design.endpoints);
    tryKind(design.peerings);
    tryKind(design.targetGroups);
    tryKind(design.loadBalancers);
    tryKind(design.clusters);
    tryKind(design.services);
    tryKind(design.repositories);
    tryKind(design.namespaces);
    tryKind(design.cloudMapServices);
    tryKind(design.externalHosts);
    tryKind(design.pipelines);
    tryKind(design.flows);
    return name;
}

} // namespace

namespace {

QStringList splitIds(const QString &text)
{
    QStringList ids;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.append(part.trimmed());
    return ids;
}

template <typename Objects, typename Keep> QStringList idsWhere(const Objects &objects, Keep keep)
{
    QStringList ids;
    for (const auto &object : objects) {
        if (keep(object))
            ids.append(object.id);
    }
    return ids;
}

QString vpcOf(const Design &design, const QString &id)
{
    if (const Subnet *subnet = findIn(design.subnets, id))
        return subnet->vpc;
    if (const LoadBalancer *balancer = findIn(design.loadBalancers, id))
        return balancer->vpc;
    if (const EcsService *service = findIn(design.services, id)) {
        const Subnet *subnet =
            service->subnets.isEmpty() ? nullptr : findIn(design.subnets, service->subnets.first());
        return subnet ? subnet->vpc : QString();
    }
    return QString();
}

// True when every id of `value` names an object among `choices`.
bool allChosen(const QString &value, const QStringList &choices)
{
    const QStringList ids = splitIds(value);
    return std::all_of(ids.cbegin(), ids.cend(),
                       [&choices](const QString &id) { return choices.contains(id); });
}

} // namespace

QStringList propertyChoices(const Design &design, const QString &id, Property property)
{
    const QString vpc = vpcOf(design, id);
    const auto inVpc = [&vpc](const auto &object) { return vpc.isEmpty() || object.vpc == vpc; };
    switch (property) {
    case Property::RouteTable:
        return idsWhere(design.routeTables, inVpc);
    case Property::NetworkAcl:
        return idsWhere(design.networkAcls, inVpc);
    case Property::SecurityGroups:
        return idsWhere(design.securityGroups, inVpc);
    case Property::Registry:
        return idsWhere(design.repositories, [](const EcrRepository &) { return true; }) +
               idsWhere(design.externalHosts, [](const ExternalHost &host) {
                   return host.kind == ExternalKind::Registry;
               });
    case Property::CloudMapEntry:
        return idsWhere(design.cloudMapServices, [](const CloudMapService &) { return true; });
    case Property::AttachedVpc:
        return idsWhere(design.vpcs, [](const Vpc &) { return true; });
    case Property::Scheme:
        return {QStringLiteral("internet-facing"), QStringLiteral("internal")};
    default:
        return {};
    }
}

namespace {

QString referenceProperty(const Design &design, const QString &id, Property property)
{
    const Subnet *subnet = findIn(design.subnets, id);
    const EcsService *service = findIn(design.services, id);
    const LoadBalancer *balancer = findIn(design.loadBalancers, id);
    const NatGateway *nat = findIn(design.natGateways, id);
    const InternetGateway *gateway = findIn(design.internetGateways, id);
    const QString comma = QStringLiteral(", ");
    switch (property) {
    case Property::RouteTable:
        return subnet ? subnet->routeTable : QString();
    case Property::NetworkAcl:
        return subnet ? subnet->networkAcl : QString();
    case Property::SecurityGroups:
        return service    ? service->securityGroups.join(comma)
               : balancer ? balancer->securityGroups.join(comma)
                          : QString();
    case Property::Image:
        return service ? service->image : QString();
    case Property::Registry:
        return service ? service->registry : QString();
    case Property::CloudMapEntry:
        return service ? service->cloudMapService : QString();
    case Property::ElasticIp:
        return nat ? nat->elasticIp : QString();
    case Property::AttachedVpc:
        return gateway ? gateway->vpc : QString();
    case Property::Scheme:
        if (!balancer)
            return QString();
        return balancer->scheme == LoadBalancerScheme::Internal ? QStringLiteral("internal")
                                                                : QStringLiteral("internet-facing");
    default:
        return QString();
    }
}

bool setReferenceProperty(Design &design, const QString &id, Property property,
                          const QString &value)
{
    const QStringList choices = propertyChoices(design, id, property);
    const bool valid = property == Property::Image || property == Property::ElasticIp ||
                       value.isEmpty() || allChosen(value, choices);
    if (!valid)
        return false;
    Subnet *subnet = findIn(design.subnets, id);
    EcsService *service = findIn(design.services, id);
    LoadBalancer *balancer = findIn(design.loadBalancers, id);
    NatGateway *nat = findIn(design.natGateways, id);
    InternetGateway *gateway = findIn(design.internetGateways, id);
    switch (property) {
    case Property::RouteTable:
        if (subnet)
            subnet->routeTable = value;
        return subnet != nullptr;
    case Property::NetworkAcl:
        if (subnet)
            subnet->networkAcl = value;
        return subnet != nullptr;
    case Property::SecurityGroups:
        if (service)
            service->securityGroups = splitIds(value);
        else if (balancer)
            balancer->securityGroups = splitIds(value);
        return service || balancer;
    case Property::Image:
        if (service)
            service->image = value.trimmed();
        return service != nullptr;
    case Property::Registry:
        if (service)
            service->registry = value;
        return service != nullptr;
    case Property::CloudMapEntry:
        if (service)
            service->cloudMapService = value;
        return service != nullptr;
    case Property::ElasticIp:
        if (nat)
            nat->elasticIp = value.trimmed();
        return nat != nullptr;
    case Property::AttachedVpc:
        if (gateway)
            gateway->vpc = value;
        return gateway != nullptr;
    case Property::Scheme:
        if (!balancer || value.isEmpty())
            return false;
        balancer->scheme = value == QLatin1String("internal") ? LoadBalancerScheme::Internal
                                                              : LoadBalancerScheme::InternetFacing;
        return true;
    default:
        return false;
    }
}

} // namespace

QString objectProperty(const Design &design, const QString &id, Property property)
{
    const Subnet *subnet = findIn(design.subnets, id);
    const Vpc *vpc = findIn(design.vpcs, id);
    const EcsService *service = findIn(design.services, id);

    switch (property) {
    case Property::Name: {
        const QString *name = nameField(design, id);
        return name ? *name : QString();
    }
    case Property::Cidr:
        return subnet ? subnet->cidr : QString();
    case Property::CidrBlocks:
        return vpc ? vpc->cidrBlocks.join(QStringLiteral(", ")) : QString();
    case Property::MapPublicIp:
        return subnet ? boolText(subnet->mapPublicIpOnLaunch) : QString();
    case Property::DesiredCount:
        return service ? QString::number(service->desiredCount) : QString();
    case Property::ContainerPort:
        return service ? QString::number(service->containerPort) : QString();
    case Property::AssignPublicIp:
        return service ? boolText(service->assignPublicIp) : QString();
    default:
        return referenceProperty(design, id, property);
    }
}

bool setObjectProperty(Design &design, const QString &id, Property property, const QString &value)
{
    Subnet *subnet = findIn(design.subnets, id);
    Vpc *vpc = findIn(design.vpcs, id);
    EcsService *service = findIn(design.services, id);

    switch (property) {
    case Property::Name: {
        QString *name = nameField(design, id);
        if (name)
            *name = value;
        return name != nullptr;
    }
    case Property::Cidr:
        if (subnet)
            subnet->cidr = value.trimmed();
        return subnet != nullptr;
    case Property::CidrBlocks: {
        if (!vpc)
            return false;
        QStringList blocks;
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            blocks.append(part.trimmed());
        if (blocks.isEmpty())
            return false;
        vpc->cidrBlocks = blocks;
        return true;
    }
    case Property::MapPublicIp:
        return subnet && parseBool(value, &subnet->mapPublicIpOnLaunch);
    case Property::DesiredCount:
        return service && parseInt(value, 0, 5000, &service->desiredCount);
    case Property::ContainerPort:
        return service && parseInt(value, 1, 65535, &service->containerPort);
    case Property::AssignPublicIp:
        return service && parseBool(value, &service->assignPublicIp);
    default:
        return setReferenceProperty(design, id, property, value);
    }
}

} // namespace vpcstudio
