#include "servicerules.h"

#include <QCoreApplication>

namespace vpcstudio {

namespace {

// The translation context of this file's messages; lupdate files the
// strings under it because each call names it.
struct ServiceRules
{
    Q_DECLARE_TR_FUNCTIONS(vpcstudio::ServiceRules)
};

constexpr int HttpsPort = 443;

bool pullsFromEcr(const Design &design, const EcsService &service)
{
    if (!service.registry.isEmpty())
        return design.kindOf(service.registry) == ObjectKind::EcrRepository;
    return service.image.contains(QLatin1String(".dkr.ecr."));
}

// Decides whether tasks of one service in one subnet can pull their image.
class PullPathCheck
{
public:
    PullPathCheck(const NetworkFacts &facts, const EcsService &service)
        : m_facts(facts), m_service(service), m_fromEcr(pullsFromEcr(facts.design(), service))
    {}

    // Returns why tasks in `subnet` cannot pull, or an empty string when they can.
    QString blocker(const Subnet &subnet) const;

private:
    QString internetBlocker(const Subnet &subnet) const;
    bool hasEndpoints(const Subnet &subnet) const;

    const NetworkFacts &m_facts;
    const EcsService &m_service;
    bool m_fromEcr = false;
};

QString PullPathCheck::internetBlocker(const Subnet &subnet) const
{
    const Route *route = m_facts.routeFor(subnet, RepresentativeInternetAddress);
    if (!route)
        return ServiceRules::tr("subnet %1 has no route to the internet").arg(subnet.id);

    const ObjectKind kind = m_facts.targetKind(*route);
    if (kind == ObjectKind::None)
        return ServiceRules::tr("subnet %1 routes %2 to %3, which does not exist")
            .arg(subnet.id, route->destination,
                 route->target.isEmpty() ? ServiceRules::tr("nothing") : route->target);
    if (kind == ObjectKind::InternetGateway) {
        if (!m_facts.routesToInternetGateway(subnet))
            return ServiceRules::tr("the internet gateway %1 is not attached to the VPC")
                .arg(route->target);
        if (!m_service.assignPublicIp)
            return ServiceRules::tr(
                       "subnet %1 routes to internet gateway %2, but the tasks get no public IP")
                .arg(subnet.id, route->target);
    } else if (kind == ObjectKind::NatGateway) {
        const NatGateway *nat = m_facts.natFor(subnet);
        if (!nat || !m_facts.natWorks(*nat))
            return ServiceRules::tr(
                       "subnet %1 routes to NAT gateway %2, which cannot reach the internet")
                .arg(subnet.id, route->target);
    } else {
        return ServiceRules::tr("subnet %1 routes the internet to %2, which does not lead to it")
            .arg(subnet.id, route->target);
    }

    // NOTE: ECS gives a service without groups the VPC's default group,
    // which the design format does not model.
    if (m_service.securityGroups.isEmpty())
        return ServiceRules::tr("%1 lists no security groups, so ECS would use the VPC's default "
                                "group, which this design does not describe; list a group that "
                                "allows outbound HTTPS")
            .arg(m_service.id);
    if (!m_facts.egressAllows(m_service.securityGroups, RepresentativeInternetAddress, HttpsPort))
        return ServiceRules::tr("the security groups of %1 allow no outbound HTTPS")
            .arg(m_service.id);
    return QString();
}

// ECR without the internet needs interface endpoints for ecr.api and
// ecr.dkr in the VPC and an S3 gateway endpoint on the subnet's route
// table, because ECR keeps image layers in S3.
bool PullPathCheck::hasEndpoints(const Subnet &subnet) const
{
    const RouteTable *table = m_facts.design().effectiveRouteTable(subnet);
    bool api = false;
    bool dkr = false;
    bool s3 = false;
    for (const VpcEndpoint &endpoint : m_facts.design().endpoints) {
        if (endpoint.vpc != subnet.vpc)
            continue;
        if (endpoint.type == EndpointType::Interface && endpoint.privateDns) {
            api = api || endpoint.service == QLatin1String("ecr.api");
            dkr = dkr || endpoint.service == QLatin1String("ecr.dkr");
        } else if (endpoint.type == EndpointType::Gateway && table) {
            s3 = s3 || (endpoint.service == QLatin1String("s3") &&
                        endpoint.routeTables.contains(table->id));
        }
    }
    return api && dkr && s3 && !m_service.securityGroups.isEmpty() &&
           std::any_of(m_service.securityGroups.cbegin(), m_service.securityGroups.cend(),
                       [this](const QString &id) {
                           const SecurityGroup *group = m_facts.design().securityGroup(id);
                           return group && !group->egress.isEmpty();
                       });
}

QString PullPathCheck::blocker(const Subnet &subnet) const
{
    const QString internet = internetBlocker(subnet);
    if (internet.isEmpty() || (m_fromEcr && hasEndpoints(subnet)))
        return QString();
    return internet;
}

void checkImagePull(const NetworkFacts &facts, const EcsService &service,
                    QVector<Finding> &findings)
{
    const PullPathCheck check(facts, service);
    QStringList blocked;
    QString reason;
    for (const QString &id : service.subnets) {
        const Subnet *subnet = facts.design().subnet(id);
        const QString why = subnet ? check.blocker(*subnet) : QString();
        if (why.isEmpty())
            continue;
        blocked.append(id);
        if (reason.isEmpty())
            reason = why;
    }
    if (blocked.isEmpty())
        return;

    const bool fromEcr = pullsFromEcr(facts.design(), service);
    QString registry = service.registry.isEmpty() ? service.image : service.registry;
    if (registry.isEmpty())
        registry = ServiceRules::tr("its registry");
    addFinding(
        findings, "ecs.image-pull-no-path", Severity::Error, QStringList{service.id} + blocked,
        ServiceRules::tr("tasks of %1 in %2 cannot pull their image from %3: %4")
            .arg(service.id, blocked.join(QStringLiteral(", ")), registry, reason),
        fromEcr
            ? ServiceRules::tr(
                  "route 0.0.0.0/0 to a NAT gateway in a public subnet, turn on "
                  "assign-public-ip in a public subnet, or add ecr.api, ecr.dkr and S3 "
                  "endpoints; the security group must allow outbound HTTPS")
            : ServiceRules::tr("route 0.0.0.0/0 to a NAT gateway in a public subnet, or turn on "
                               "assign-public-ip in a public subnet; the security group must allow "
                               "outbound HTTPS"));
}

void checkPublicIp(const NetworkFacts &facts, const EcsService &service, QVector<Finding> &findings)
{
    if (!service.assignPublicIp)
        return;
    for (const QString &id : service.subnets) {
        const Subnet *subnet = facts.design().subnet(id);
        if (!subnet || facts.routesToInternetGateway(*subnet))
            continue;
        addFinding(
            findings, "ecs.public-ip-without-igw", Severity::Warning, {service.id, id},
            ServiceRules::tr("%1 gives its tasks public IPs in subnet %2, which has no route to an "
                             "internet gateway, so the addresses are never used")
                .arg(service.id, id),
            ServiceRules::tr("turn off assign-public-ip, or use a public subnet"));
    }
}

void checkCloudMap(const NetworkFacts &facts, const EcsService &service, QVector<Finding> &findings)
{
    const CloudMapService *entry = facts.design().cloudMapService(service.cloudMapService);
    const CloudMapNamespace *space =
        entry ? facts.design().cloudMapNamespace(entry->namespaceId) : nullptr;
    const QString vpc = facts.vpcOfService(service);
    if (!space || vpc.isEmpty() || space->vpc == vpc)
        return;
    addFinding(
        findings, "cloudmap.namespace-not-in-vpc", Severity::Error, {service.id, space->id},
        ServiceRules::tr(
            "%1 runs in VPC %2 but registers in namespace %3, which is associated with %4, "
            "so %2 cannot resolve the name")
            .arg(service.id, vpc, space->name,
                 space->vpc.isEmpty() ? ServiceRules::tr("no VPC") : space->vpc),
        ServiceRules::tr("associate the namespace with %1 or register in a namespace of that VPC")
            .arg(vpc));
}

void checkNamespaceDns(const NetworkFacts &facts, const CloudMapNamespace &space,
                       QVector<Finding> &findings)
{
    const Vpc *vpc = facts.design().vpc(space.vpc);
    if (!vpc || (vpc->dnsSupport && vpc->dnsHostnames))
        return;
    QStringList off;
    if (!vpc->dnsSupport)
        off.append(QStringLiteral("enableDnsSupport"));
    if (!vpc->dnsHostnames)
        off.append(QStringLiteral("enableDnsHostnames"));
    addFinding(findings, "cloudmap.vpc-dns-disabled", Severity::Error, {space.id, vpc->id},
               ServiceRules::tr(
                   "private namespace %1 is in VPC %2, which has %3 turned off, so its names do "
                   "not resolve")
                   .arg(space.name, vpc->id, off.join(ServiceRules::tr(" and "))),
               ServiceRules::tr("turn on DNS support and DNS hostnames for %1").arg(vpc->id));
}

} // namespace

void checkServices(const NetworkFacts &facts, QVector<Finding> &findings)
{
    for (const EcsService &service : facts.design().services) {
        checkImagePull(facts, service, findings);
        checkPublicIp(facts, service, findings);
        checkCloudMap(facts, service, findings);
    }
    for (const CloudMapNamespace &space : facts.design().namespaces)
        checkNamespaceDns(facts, space, findings);
}

} // namespace vpcstudio
