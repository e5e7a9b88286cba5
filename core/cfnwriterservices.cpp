// The application part of the CloudFormation writer: load balancers, ECS,
// ECR, Cloud Map, and the IAM role that Fargate tasks need.

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

// Task size of every exported Fargate task: the smallest that Fargate
// offers, 0.25 vCPU and 512 MiB. The design does not record a size.
const char *const TaskCpu = "256";
const char *const TaskMemory = "512";

// A container name may hold letters, digits, hyphens and underscores.
QString containerName(const QString &serviceId)
{
    static const QRegularExpression rejected(QStringLiteral("[^A-Za-z0-9_-]"));
    QString name = serviceId;
    name.replace(rejected, QStringLiteral("-"));
    return name.isEmpty() ? QStringLiteral("app") : name.left(255);
}

bool isValidRepositoryName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$"));
    return name.size() >= 2 && name.size() <= 256 && pattern.match(name).hasMatch();
}

CfnNode forwardAction(const CfnNode &targetGroup)
{
    CfnNode action = CfnNode::map();
    action.insert(key("Type"), CfnNode::string(key("forward")));
    action.insert(key("TargetGroupArn"), targetGroup);
    return action;
}

// The action of a listener or rule that forwards to no target group.
CfnNode notFoundAction()
{
    CfnNode response = CfnNode::map();
    response.insert(key("StatusCode"), CfnNode::string(key("404")));
    response.insert(key("ContentType"), CfnNode::string(key("text/plain")));
    response.insert(key("MessageBody"), CfnNode::string(key("Not found")));
    CfnNode action = CfnNode::map();
    action.insert(key("Type"), CfnNode::string(key("fixed-response")));
    action.insert(key("FixedResponseConfig"), response);
    return action;
}

// A path or host condition. One value goes in the condition's own Values,
// which cfn-lint 1.9.7 accepts. Several values need the newer config block
// (PathPatternConfig, HostHeaderConfig), which that version rejects.
CfnNode ruleCondition(const char *field, const char *config, const QStringList &values)
{
    CfnNode condition = CfnNode::map();
    condition.insert(key("Field"), CfnNode::string(key(field)));
    if (values.size() == 1) {
        condition.insert(key("Values"), CfnNode::stringList(values));
        return condition;
    }
    CfnNode valueMap = CfnNode::map();
    valueMap.insert(key("Values"), CfnNode::stringList(values));
    condition.insert(key(config), valueMap);
    return condition;
}

} // namespace

void CfnBuilder::addTargetGroups()
{
    for (const TargetGroup &group : m_design.targetGroups) {
        TemplateResource resource{logicalId(group.id), key("AWS::ElasticLoadBalancingV2::TargetGroup")};
        resource.objectId = group.id;
        resource.name = group.name;
        CfnNode &properties = resource.properties;
        properties.insert(key("VpcId"), refTo(group.vpc));
        properties.insert(key("Port"), CfnNode::number(group.port));
        properties.insert(key("Protocol"), CfnNode::string(group.protocol));
        // Tasks in awsvpc mode, which every exported ECS service uses, are
        // registered by IP address.
        properties.insert(key("TargetType"), CfnNode::string(key("ip")));
        insertNameTag(properties, group.name);
        addResource(resource);
    }
}

void CfnBuilder::addLoadBalancers()
{
    for (const LoadBalancer &balancer : m_design.loadBalancers) {
        TemplateResource resource{logicalId(balancer.id),
                             key("AWS::ElasticLoadBalancingV2::LoadBalancer")};
        resource.objectId = balancer.id;
        resource.name = balancer.name;
        // An internet-facing load balancer fails to create before its VPC
        // has an internet gateway attached.
        const QString attachment = m_attachmentOfVpc.value(balancer.vpc);
        if (balancer.scheme == LoadBalancerScheme::InternetFacing && !attachment.isEmpty())
            resource.dependsOn.append(attachment);
        CfnNode &properties = resource.properties;
        properties.insert(key("Type"), CfnNode::string(key("application")));
        properties.insert(key("Scheme"),
                          CfnNode::string(balancer.scheme == LoadBalancerScheme::Internal
                                              ? key("internal")
                                              : key("internet-facing")));
        properties.insert(key("Subnets"), refsTo(balancer.subnets));
        if (!balancer.securityGroups.isEmpty())
            properties.insert(key("SecurityGroups"), refsTo(balancer.securityGroups));
        insertNameTag(properties, balancer.name);
        addResource(resource);

        for (const Listener &listener : balancer.listeners)
            addListener(balancer, listener);
    }
}

void CfnBuilder::addListener(const LoadBalancer &balancer, const Listener &listener)
{
    const QString listenerId = m_ids.reserve(logicalId(balancer.id) +
                                             QStringLiteral("Listener%1").arg(listener.port));
    TemplateResource resource{listenerId, key("AWS::ElasticLoadBalancingV2::Listener")};
    CfnNode &properties = resource.properties;
    properties.insert(key("LoadBalancerArn"), CfnNode::ref(logicalId(balancer.id)));
    properties.insert(key("Port"), CfnNode::number(listener.port));
    properties.insert(key("Protocol"), CfnNode::string(listener.protocol));
    CfnNode actions = CfnNode::sequence();
    if (listener.defaultTargetGroup.isEmpty()) {
        actions.append(notFoundAction());
    } else {
        actions.append(forwardAction(refTo(listener.defaultTargetGroup)));
        m_listenersOfGroup[listener.defaultTargetGroup].append(listenerId);
    }
    properties.insert(key("DefaultActions"), actions);
    if (listener.protocol == QLatin1String("HTTPS")) {
        // The design has no certificate, so the stack takes its ARN as a parameter.
        const QString certificate = parameter(
            key("CertificateArn"),
            QStringLiteral("ARN of the ACM certificate that the HTTPS listeners present"));
        CfnNode entry = CfnNode::map();
        entry.insert(key("CertificateArn"), CfnNode::ref(certificate));
        CfnNode certificates = CfnNode::sequence();
        certificates.append(entry);
        properties.insert(key("Certificates"), certificates);
    }
    addResource(resource);

    for (const ListenerRule &rule : listener.rules) {
        TemplateResource ruleResource{m_ids.reserve(listenerId + QStringLiteral("Rule%1").arg(rule.priority)),
                                 key("AWS::ElasticLoadBalancingV2::ListenerRule")};
        CfnNode &ruleProperties = ruleResource.properties;
        ruleProperties.insert(key("ListenerArn"), CfnNode::ref(listenerId));
        ruleProperties.insert(key("Priority"), CfnNode::number(rule.priority));
        CfnNode conditions = CfnNode::sequence();
        if (!rule.pathPatterns.isEmpty())
            conditions.append(ruleCondition("path-pattern", "PathPatternConfig", rule.pathPatterns));
        if (!rule.hostHeaders.isEmpty())
            conditions.append(ruleCondition("host-header", "HostHeaderConfig", rule.hostHeaders));
        if (conditions.isEmpty()) {
            // A listener rule needs a condition; "*" matches every path.
            conditions.append(ruleCondition("path-pattern", "PathPatternConfig", {key("*")}));
            ruleResource.metadata.insert(key("anyRequest"), CfnNode::boolean(true));
        }
        ruleProperties.insert(key("Conditions"), conditions);
        CfnNode ruleActions = CfnNode::sequence();
        if (rule.targetGroup.isEmpty()) {
            ruleActions.append(notFoundAction());
        } else {
            ruleActions.append(forwardAction(refTo(rule.targetGroup)));
            m_listenersOfGroup[rule.targetGroup].append(ruleResource.logicalId);
        }
        ruleProperties.insert(key("Actions"), ruleActions);
        addResource(ruleResource);
    }
}

void CfnBuilder::addClusters()
{
    for (const EcsCluster &cluster : m_design.clusters) {
        TemplateResource resource{logicalId(cluster.id), key("AWS::ECS::Cluster")};
        resource.objectId = cluster.id;
        resource.name = cluster.name;
        addResource(resource);
    }
}

void CfnBuilder::addRepositories()
{
    for (const EcrRepository &repository : m_design.repositories) {
        TemplateResource resource{logicalId(repository.id), key("AWS::ECR::Repository")};
        resource.objectId = repository.id;
        resource.name = repository.name;
        if (isValidRepositoryName(repository.name)) {
            resource.properties.insert(key("RepositoryName"), CfnNode::string(repository.name));
        } else if (!repository.name.isEmpty()) {
            note(CfnWriterText::tr("ECR repository %1 is named \"%2\", which ECR does not accept, "
                                   "so CloudFormation chooses its name; use lowercase letters, "
                                   "digits and . _ - /")
                     .arg(repository.id, repository.name));
        }
        addResource(resource);
    }
}

void CfnBuilder::addCloudMap()
{
    for (const CloudMapNamespace &space : m_design.namespaces) {
        TemplateResource resource{logicalId(space.id),
                             key("AWS::ServiceDiscovery::PrivateDnsNamespace")};
        resource.objectId = space.id;
        resource.name = space.name;
        resource.properties.insert(key("Name"), CfnNode::string(space.name));
        resource.properties.insert(key("Vpc"), refTo(space.vpc));
        addResource(resource);
    }
    for (const CloudMapService &service : m_design.cloudMapServices) {
        TemplateResource resource{logicalId(service.id), key("AWS::ServiceDiscovery::Service")};
        resource.objectId = service.id;
        resource.name = service.name;
        CfnNode record = CfnNode::map();
        record.insert(key("Type"), CfnNode::string(key("A")));
        record.insert(key("TTL"), CfnNode::number(60));
        CfnNode records = CfnNode::sequence();
        records.append(record);
        CfnNode dns = CfnNode::map();
        dns.insert(key("DnsRecords"), records);
        dns.insert(key("RoutingPolicy"), CfnNode::string(key("MULTIVALUE")));
        // ECS reports task health to Cloud Map itself.
        CfnNode health = CfnNode::map();
        health.insert(key("FailureThreshold"), CfnNode::number(1));

        CfnNode &properties = resource.properties;
        properties.insert(key("Name"), CfnNode::string(service.name));
        properties.insert(key("NamespaceId"), refTo(service.namespaceId));
        properties.insert(key("DnsConfig"), dns);
        properties.insert(key("HealthCheckCustomConfig"), health);
        addResource(resource);
    }
}

QString CfnBuilder::executionRole()
{
    if (!m_executionRole.isEmpty())
        return m_executionRole;
    m_executionRole = m_ids.reserve(key("TaskExecutionRole"));

    CfnNode principal = CfnNode::map();
    principal.insert(key("Service"), CfnNode::string(key("ecs-tasks.amazonaws.com")));
    CfnNode statement = CfnNode::map();
    statement.insert(key("Effect"), CfnNode::string(key("Allow")));
    statement.insert(key("Principal"), principal);
    statement.insert(key("Action"), CfnNode::string(key("sts:AssumeRole")));
    CfnNode statements = CfnNode::sequence();
    statements.append(statement);
    CfnNode policy = CfnNode::map();
    policy.insert(key("Version"), CfnNode::string(key("2012-10-17")));
    policy.insert(key("Statement"), statements);

    // The AWS managed policy lets the ECS agent pull from ECR and write logs.
    CfnNode managed = CfnNode::sequence();
    managed.append(CfnNode::sub(key("arn:${AWS::Partition}:iam::aws:policy/service-role/"
                                    "AmazonECSTaskExecutionRolePolicy")));
    TemplateResource resource{m_executionRole, key("AWS::IAM::Role")};
    resource.properties.insert(key("AssumeRolePolicyDocument"), policy);
    resource.properties.insert(key("ManagedPolicyArns"), managed);
    addResource(resource);
    return m_executionRole;
}

void CfnBuilder::addTaskDefinition(const EcsService &service, const QString &logicalId)
{
    const bool fargate = service.launchType == LaunchType::Fargate;
    CfnNode port = CfnNode::map();
    port.insert(key("ContainerPort"), CfnNode::number(service.containerPort));
    port.insert(key("Protocol"), CfnNode::string(key("tcp")));
    CfnNode ports = CfnNode::sequence();
    ports.append(port);
    CfnNode container = CfnNode::map();
    container.insert(key("Name"), CfnNode::string(containerName(service.id)));
    container.insert(key("Image"), CfnNode::string(service.image));
    container.insert(key("Essential"), CfnNode::boolean(true));
    container.insert(key("PortMappings"), ports);
    CfnNode containers = CfnNode::sequence();
    containers.append(container);

    TemplateResource resource{logicalId, key("AWS::ECS::TaskDefinition")};
    CfnNode &properties = resource.properties;
    properties.insert(key("RequiresCompatibilities"),
                      CfnNode::stringList({fargate ? key("FARGATE") : key("EC2")}));
    properties.insert(key("NetworkMode"), CfnNode::string(key("awsvpc")));
    properties.insert(key("Cpu"), CfnNode::string(key(TaskCpu)));
    properties.insert(key("Memory"), CfnNode::string(key(TaskMemory)));
    properties.insert(key("ExecutionRoleArn"), CfnNode::getAtt(executionRole(), key("Arn")));
    properties.insert(key("ContainerDefinitions"), containers);
    addResource(resource);
}

void CfnBuilder::addServices()
{
    for (const EcsService &service : m_design.services) {
        if (service.image.isEmpty()) {
            note(CfnWriterText::tr("ECS service %1 has no image, so the template leaves it out; "
                                   "give it an image such as nginx:latest")
                     .arg(service.id));
            continue;
        }
        const bool fargate = service.launchType == LaunchType::Fargate;
        if (!fargate) {
            note(CfnWriterText::tr("ECS service %1 uses the EC2 launch type; the template makes "
                                   "no container instances, so add them to its cluster")
                     .arg(service.id));
        }
        const QString serviceId = logicalId(service.id);
        const QString taskId = m_ids.reserve(serviceId + QStringLiteral("TaskDefinition"));
        addTaskDefinition(service, taskId);

        TemplateResource resource{serviceId, key("AWS::ECS::Service")};
        resource.objectId = service.id;
        resource.name = service.name;
        // Written when empty too, because the import would otherwise take
        // Docker Hub or a repository from the image.
        resource.metadata.insert(key("registry"), CfnNode::string(service.registry));
        addServiceProperties(service, taskId, resource);
        addResource(resource);
    }
}

void CfnBuilder::addServiceProperties(const EcsService &service, const QString &taskId,
                                      TemplateResource &resource)
{
    const bool fargate = service.launchType == LaunchType::Fargate;
    CfnNode &properties = resource.properties;
    if (!service.cluster.isEmpty())
        properties.insert(key("Cluster"), refTo(service.cluster));
    properties.insert(key("LaunchType"), CfnNode::string(fargate ? key("FARGATE") : key("EC2")));
    properties.insert(key("DesiredCount"), CfnNode::number(service.desiredCount));
    properties.insert(key("TaskDefinition"), CfnNode::ref(taskId));

    CfnNode awsvpc = CfnNode::map();
    if (fargate) {
        awsvpc.insert(key("AssignPublicIp"),
                      CfnNode::string(service.assignPublicIp ? key("ENABLED") : key("DISABLED")));
    }
    awsvpc.insert(key("Subnets"), refsTo(service.subnets));
    if (!service.securityGroups.isEmpty())
        awsvpc.insert(key("SecurityGroups"), refsTo(service.securityGroups));
    CfnNode network = CfnNode::map();
    network.insert(key("AwsvpcConfiguration"), awsvpc);
    properties.insert(key("NetworkConfiguration"), network);

    CfnNode balancers = CfnNode::sequence();
    for (const QString &group : service.targetGroups) {
        CfnNode entry = CfnNode::map();
        entry.insert(key("ContainerName"), CfnNode::string(containerName(service.id)));
        entry.insert(key("ContainerPort"), CfnNode::number(service.containerPort));
        entry.insert(key("TargetGroupArn"), refTo(group));
        balancers.append(entry);
        // ECS rejects a target group that no listener uses yet.
        resource.dependsOn.append(m_listenersOfGroup.value(group));
        if (!m_listenersOfGroup.contains(group)) {
            note(CfnWriterText::tr("target group %1 of ECS service %2 has no listener, and ECS "
                                   "rejects it; forward a listener or rule to it")
                     .arg(group, service.id));
        }
    }
    if (!balancers.isEmpty())
        properties.insert(key("LoadBalancers"), balancers);

    if (!service.cloudMapService.isEmpty()) {
        CfnNode registry = CfnNode::map();
        const QString registryId = logicalId(service.cloudMapService);
        registry.insert(key("RegistryArn"), registryId.isEmpty()
                                                ? CfnNode::string(service.cloudMapService)
                                                : CfnNode::getAtt(registryId, key("Arn")));
        CfnNode registries = CfnNode::sequence();
        registries.append(registry);
        properties.insert(key("ServiceRegistries"), registries);
    }
}

} // namespace vpcstudio
