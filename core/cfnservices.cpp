// Maps the application resources of a template: load balancers and their
// listeners, rules and target groups, ECS clusters and services, ECR
// repositories and Cloud Map namespaces and services.
#include "cfnmapper.h"

#include <QCoreApplication>

namespace vpcstudio {

namespace {

// The translation context of this file's messages; lupdate files the
// strings under it because each call names it.
struct CfnServicesText
{
    Q_DECLARE_TR_FUNCTIONS(vpcstudio::CfnMapper)
};

const char *const DockerHubId = "dockerhub";

QString elb(const char *name)
{
    return QStringLiteral("AWS::ElasticLoadBalancingV2::") + QString::fromLatin1(name);
}

// Returns the target group of the first forward action, or an empty text.
QString forwardTarget(const CfnValue &actions)
{
    for (const CfnValue &action : actions.items) {
        if (action.field("Type").text != QLatin1String("forward"))
            continue;
        if (action.field("TargetGroupArn").isString())
            return action.field("TargetGroupArn").text;
        const CfnValue &groups = action.field("ForwardConfig").field("TargetGroups");
        if (!groups.items.isEmpty())
            return groups.items.first().field("TargetGroupArn").text;
    }
    return QString();
}

QStringList conditionValues(const CfnValue &conditions, const QString &field, const char *configKey)
{
    QStringList values;
    for (const CfnValue &condition : conditions.items) {
        if (condition.field("Field").text != field)
            continue;
        const CfnValue &list = condition.field("Values").isMissing()
                                   ? condition.field(configKey).field("Values")
                                   : condition.field("Values");
        for (const CfnValue &value : list.items) {
            if (value.isString())
                values.append(value.text);
        }
    }
    return values;
}

// True for an image that Docker pulls from Docker Hub: its first path part
// names no registry host (no dot, no port, not localhost), or it is
// docker.io itself.
bool isDockerHubImage(const QString &image)
{
    const QString first = image.section(QLatin1Char('/'), 0, 0);
    if (!image.contains(QLatin1Char('/')))
        return true;
    if (first == QLatin1String("docker.io") || first == QLatin1String("registry-1.docker.io"))
        return true;
    return !first.contains(QLatin1Char('.')) && !first.contains(QLatin1Char(':')) &&
           first != QLatin1String("localhost");
}

} // namespace

bool CfnMapper::mapServiceObject(const CfnResource &resource)
{
    const QString &resourceType = resource.type;
    if (resourceType == elb("LoadBalancer")) {
        const QString kind = text(resource, "Type", QStringLiteral("application"));
        if (kind != QLatin1String("application"))
            return false;
        addLoadBalancer(resource);
    } else if (resourceType == elb("TargetGroup")) {
        m_design.targetGroups.append(
            {resource.objectId, text(resource, "Name"),
             reference(resource, "VpcId", ObjectKind::Vpc, false),
             integer(resource, resource.properties.field("Port"), "Port", 80),
             text(resource, "Protocol", QStringLiteral("HTTP"))});
    } else if (resourceType == QLatin1String("AWS::ECS::Cluster")) {
        m_design.clusters.append({resource.objectId, text(resource, "ClusterName")});
    } else if (resourceType == QLatin1String("AWS::ECS::TaskDefinition")) {
        // No object of its own: the services that run it take its image and port.
        m_tasks.insert(resource.objectId, resource);
    } else if (resourceType == QLatin1String("AWS::ECR::Repository")) {
        m_design.repositories.append({resource.objectId, text(resource, "RepositoryName")});
    } else if (resourceType == QLatin1String("AWS::ServiceDiscovery::PrivateDnsNamespace")) {
        m_design.namespaces.append({resource.objectId, text(resource, "Name"),
                                    reference(resource, "Vpc", ObjectKind::Vpc)});
    } else if (resourceType == QLatin1String("AWS::ServiceDiscovery::Service")) {
        QString space = text(resource, "NamespaceId");
        if (space.isEmpty())
            space = resource.properties.field("DnsConfig").field("NamespaceId").text;
        m_design.cloudMapServices.append(
            {resource.objectId, text(resource, "Name"),
             referenceText(resource, space, "NamespaceId", ObjectKind::CloudMapNamespace)});
    } else {
        return false;
    }
    return true;
}

void CfnMapper::addLoadBalancer(const CfnResource &resource)
{
    LoadBalancer balancer;
    balancer.id = resource.objectId;
    balancer.name = text(resource, "Name");
    balancer.scheme = text(resource, "Scheme") == QLatin1String("internal")
                          ? LoadBalancerScheme::Internal
                          : LoadBalancerScheme::InternetFacing;
    balancer.subnets =
        references(resource, resource.properties.field("Subnets"), "Subnets", ObjectKind::Subnet);
    for (const CfnValue &mapping : resource.properties.field("SubnetMappings").items) {
        balancer.subnets +=
            references(resource, mapping.field("SubnetId"), "SubnetMappings", ObjectKind::Subnet);
    }
    balancer.securityGroups = references(resource, resource.properties.field("SecurityGroups"),
                                         "SecurityGroups", ObjectKind::SecurityGroup);
    m_design.loadBalancers.append(balancer);
}

bool CfnMapper::mapServiceLink(const CfnResource &resource)
{
    if (resource.type == elb("Listener"))
        addListener(resource);
    else if (resource.type == QLatin1String("AWS::ECS::Service"))
        addEcsService(resource);
    else
        return false;
    return true;
}

void CfnMapper::addListener(const CfnResource &resource)
{
    const QString balancerId = reference(resource, "LoadBalancerArn", ObjectKind::LoadBalancer);
    const auto balancer = std::find_if(
        m_design.loadBalancers.begin(), m_design.loadBalancers.end(),
        [&balancerId](const LoadBalancer &candidate) { return candidate.id == balancerId; });
    if (balancer == m_design.loadBalancers.end())
        return;

    Listener listener;
    listener.port = integer(resource, resource.properties.field("Port"), "Port", 80);
    listener.protocol = text(resource, "Protocol", QStringLiteral("HTTP"));
    const QString target = forwardTarget(resource.properties.field("DefaultActions"));
    if (!target.isEmpty())
        listener.defaultTargetGroup =
            referenceText(resource, target, "DefaultActions", ObjectKind::TargetGroup);
    balancer->listeners.append(listener);
    m_listeners.insert(resource.objectId, {balancerId, int(balancer->listeners.size()) - 1});
}

void CfnMapper::addListenerRule(const CfnResource &resource)
{
    const QString listenerId = text(resource, "ListenerArn");
    if (!m_listeners.contains(listenerId)) {
        if (!listenerId.isEmpty())
            note(resource, CfnServicesText::tr("rule %1 names the listener \"%2\", which is not "
                                               "in the templates read; it is left out")
                               .arg(resource.logicalId, listenerId));
        return;
    }
    const QPair<QString, int> place = m_listeners.value(listenerId);
    for (LoadBalancer &balancer : m_design.loadBalancers) {
        if (balancer.id != place.first)
            continue;
        ListenerRule rule;
        rule.priority = integer(resource, resource.properties.field("Priority"), "Priority", 1);
        const CfnValue &conditions = resource.properties.field("Conditions");
        rule.pathPatterns =
            conditionValues(conditions, QStringLiteral("path-pattern"), "PathPatternConfig");
        rule.hostHeaders =
            conditionValues(conditions, QStringLiteral("host-header"), "HostHeaderConfig");
        // The export writes the path pattern * for a rule with no condition.
        if (resource.isMarked("anyRequest"))
            rule.pathPatterns.clear();
        const QString target = forwardTarget(resource.properties.field("Actions"));
        rule.targetGroup =
            target.isEmpty() ? QString()
                             : referenceText(resource, target, "Actions", ObjectKind::TargetGroup);
        balancer.listeners[place.second].rules.append(rule);
    }
}

void CfnMapper::addEcsService(const CfnResource &resource)
{
    EcsService service;
    service.id = resource.objectId;
    service.name = text(resource, "ServiceName");
    service.cluster = reference(resource, "Cluster", ObjectKind::EcsCluster, false);
    const bool fargate = text(resource, "LaunchType") == QLatin1String("FARGATE") ||
                         !resource.properties.field("CapacityProviderStrategy").isMissing();
    service.launchType = fargate ? LaunchType::Fargate : LaunchType::Ec2;
    service.desiredCount =
        integer(resource, resource.properties.field("DesiredCount"), "DesiredCount", 1);

    const CfnValue &network =
        resource.properties.field("NetworkConfiguration").field("AwsvpcConfiguration");
    service.assignPublicIp = network.field("AssignPublicIp").text == QLatin1String("ENABLED");
    service.subnets = references(resource, network.field("Subnets"), "Subnets", ObjectKind::Subnet);
    service.securityGroups = references(resource, network.field("SecurityGroups"), "SecurityGroups",
                                        ObjectKind::SecurityGroup);

    QString containerName;
    int containerPort = -1;
    for (const CfnValue &balancer : resource.properties.field("LoadBalancers").items) {
        const QString group = balancer.field("TargetGroupArn").text;
        if (!group.isEmpty())
            service.targetGroups += references(resource, balancer.field("TargetGroupArn"),
                                               "LoadBalancers", ObjectKind::TargetGroup);
        containerName = balancer.field("ContainerName").text;
        containerPort = integer(resource, balancer.field("ContainerPort"), "ContainerPort", -1);
    }
    for (const CfnValue &registry : resource.properties.field("ServiceRegistries").items) {
        const QStringList found = references(resource, registry.field("RegistryArn"),
                                             "ServiceRegistries", ObjectKind::CloudMapService);
        if (!found.isEmpty())
            service.cloudMapService = found.first();
    }

    readTaskDefinition(resource, containerName, service, &containerPort);
    service.containerPort = containerPort < 0 ? 80 : containerPort;
    m_design.services.append(service);
}

// Takes the image, and the container port unless the service named one,
// from the container `containerName` of the service's task definition, or
// from its first container.
void CfnMapper::readTaskDefinition(const CfnResource &resource, const QString &containerName,
                                   EcsService &service, int *containerPort)
{
    const QString taskId = text(resource, "TaskDefinition");
    const auto task = m_tasks.constFind(taskId);
    if (task == m_tasks.cend()) {
        note(resource, CfnServicesText::tr("service %1 runs the task definition \"%2\", which is "
                                           "not in the templates read; its image is unknown")
                           .arg(resource.logicalId, taskId));
        return;
    }

    const CfnValue &containers = task->properties.field("ContainerDefinitions");
    const CfnValue *container = containers.items.isEmpty() ? nullptr : &containers.items[0];
    for (const CfnValue &candidate : containers.items) {
        if (!containerName.isEmpty() && candidate.field("Name").text == containerName)
            container = &candidate;
    }
    if (!container)
        return;

    if (container->field("Image").isString())
        service.image = container->field("Image").text;
    else
        noteUnresolved(*task, "Image", container->field("Image"));
    const CfnValue &mappings = container->field("PortMappings");
    if (*containerPort < 0 && !mappings.items.isEmpty())
        *containerPort =
            integer(*task, mappings.items[0].field("ContainerPort"), "ContainerPort", -1);
}

void CfnMapper::finishServices()
{
    for (LoadBalancer &balancer : m_design.loadBalancers) {
        const Subnet *subnet =
            balancer.subnets.isEmpty() ? nullptr : m_design.subnet(balancer.subnets[0]);
        if (subnet)
            balancer.vpc = subnet->vpc;
    }

    bool needsDockerHub = false;
    for (EcsService &service : m_design.services) {
        if (service.image.isEmpty())
            continue;
        if (service.image.contains(QLatin1String(".dkr.ecr."))) {
            const QString repository =
                service.image.section(QLatin1Char('/'), 1).section(QLatin1Char(':'), 0, 0);
            for (const EcrRepository &candidate : std::as_const(m_design.repositories)) {
                if (candidate.name == repository || candidate.id.toLower() == repository)
                    service.registry = candidate.id;
            }
        } else if (isDockerHubImage(service.image)) {
            service.registry = QString::fromLatin1(DockerHubId);
            needsDockerHub = true;
        }
    }
    if (needsDockerHub && m_design.kindOf(QString::fromLatin1(DockerHubId)) == ObjectKind::None) {
        m_design.externalHosts.append({QString::fromLatin1(DockerHubId),
                                       QStringLiteral("Docker Hub"), ExternalKind::Registry,
                                       QStringLiteral("registry-1.docker.io")});
    }
}

} // namespace vpcstudio
