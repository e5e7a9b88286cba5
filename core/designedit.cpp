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
    }
    return QString();
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
    }
    return false;
}

} // namespace vpcstudio
