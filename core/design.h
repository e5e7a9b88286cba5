#pragma once

#include <QHash>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>

namespace vpcstudio {

// Plain value types of the network model. Every object has a string id that
// is unique across the whole design; references between objects are ids.

enum class Protocol { All, Tcp, Udp, Icmp };

struct Vpc
{
    QString id;
    QString name;
    QStringList cidrBlocks; // the first is the primary block
    bool dnsSupport = true;
    bool dnsHostnames = true;
};

struct AvailabilityZone
{
    QString id; // the zone name, for example ap-northeast-2a
    QString name;
};

struct Subnet
{
    QString id;
    QString name;
    QString vpc;
    QString zone;
    QString cidr;
    QString routeTable; // empty: the VPC's main table
    QString networkAcl; // empty: the VPC's default ACL
    bool mapPublicIpOnLaunch = false;
};

struct Route
{
    QString destination; // a CIDR block or a prefix list id (pl-...)
    QString target;      // "local", or the id of a gateway, peering or endpoint
};

struct RouteTable
{
    QString id;
    QString name;
    QString vpc;
    bool main = false;
    QVector<Route> routes;
};

struct InternetGateway
{
    QString id;
    QString name;
    QString vpc; // empty: detached
};

enum class NatConnectivity { Public, Private };

struct NatGateway
{
    QString id;
    QString name;
    QString subnet;
    QString elasticIp; // the Elastic IP's address or allocation id
    NatConnectivity connectivity = NatConnectivity::Public;
};

enum class PeerKind { Cidr, PrefixList, SecurityGroup };

struct SecurityGroupRule
{
    Protocol protocol = Protocol::Tcp;
    int fromPort = 0;
    int toPort = 0;
    PeerKind peerKind = PeerKind::Cidr;
    QString peer; // CIDR block, prefix list id or security group id
    QString description;
};

struct SecurityGroup
{
    QString id;
    QString name;
    QString vpc;
    QString description;
    QVector<SecurityGroupRule> ingress;
    QVector<SecurityGroupRule> egress;
};

struct NetworkAclEntry
{
    int number = 100;
    Protocol protocol = Protocol::All;
    int fromPort = 0;
    int toPort = 65535;
    QString cidr;
    bool allow = true;
};

struct NetworkAcl
{
    QString id;
    QString name;
    QString vpc;
    bool isDefault = false;
    QVector<NetworkAclEntry> inbound;
    QVector<NetworkAclEntry> outbound;
};

enum class EndpointType { Gateway, Interface };

struct VpcEndpoint
{
    QString id;
    QString name;
    QString vpc;
    EndpointType type = EndpointType::Gateway;
    QString service;            // s3, dynamodb, ecr.api, ecr.dkr, logs, ...
    QStringList routeTables;    // gateway endpoints
    QStringList subnets;        // interface endpoints
    QStringList securityGroups; // interface endpoints
    bool privateDns = true;
};

struct VpcPeering
{
    QString id;
    QString name;
    QString requesterVpc;
    QString accepterVpc;
};

struct ListenerRule
{
    int priority = 1;
    QStringList pathPatterns;
    QStringList hostHeaders;
    QString targetGroup;
};

struct Listener
{
    int port = 80;
    QString protocol = QStringLiteral("HTTP");
    QString defaultTargetGroup; // empty: a fixed response
    QVector<ListenerRule> rules;
};

struct TargetGroup
{
    QString id;
    QString name;
    QString vpc;
    int port = 80;
    QString protocol = QStringLiteral("HTTP");
};

enum class LoadBalancerScheme { InternetFacing, Internal };

struct LoadBalancer
{
    QString id;
    QString name;
    QString vpc;
    LoadBalancerScheme scheme = LoadBalancerScheme::InternetFacing;
    QStringList subnets;
    QStringList securityGroups;
    QVector<Listener> listeners;
};

struct EcsCluster
{
    QString id;
    QString name;
};

enum class LaunchType { Fargate, Ec2 };

struct EcsService
{
    QString id;
    QString name;
    QString cluster;
    LaunchType launchType = LaunchType::Fargate;
    QString image;
    QString registry; // an ECR repository or an external registry host
    int containerPort = 80;
    int desiredCount = 1;
    QStringList subnets;
    QStringList securityGroups;
    bool assignPublicIp = false;
    QString cloudMapService;
    QStringList targetGroups;
};

struct EcrRepository
{
    QString id;
    QString name;
};

struct CloudMapNamespace
{
    QString id;
    QString name; // the DNS zone, for example howru
    QString vpc;
};

struct CloudMapService
{
    QString id;
    QString name; // the DNS label, for example spacy-api
    QString namespaceId;
};

enum class ExternalKind { Internet, User, Api, Registry };

// A party outside every VPC: the internet itself, a person with a browser,
// an API on the internet or a public container registry.
struct ExternalHost
{
    QString id;
    QString name;
    ExternalKind kind = ExternalKind::Api;
    QString address; // a host name or IPv4 address; informative
};

// A CI pipeline that pushes images to ECR repositories and then updates
// ECS services.
struct Pipeline
{
    QString id;
    QString name;
    QStringList pushesTo;
    QStringList deploys;
};

// A named traffic flow that the design expects to work.
struct Flow
{
    QString id;
    QString name;
    QString from;
    QString to; // an object id or a Cloud Map name such as spacy-api.howru
    Protocol protocol = Protocol::Tcp;
    int port = 443;
    QString path; // for flows through an ALB, the request path
    QString description;
};

// Canvas geometry, kept apart from the network model. Objects without an
// entry are placed by the automatic layout.
struct Layout
{
    QHash<QString, QRectF> frames;

    bool operator==(const Layout &other) const { return frames == other.frames; }
};

enum class ObjectKind {
    None,
    Vpc,
    AvailabilityZone,
    Subnet,
    RouteTable,
    InternetGateway,
    NatGateway,
    SecurityGroup,
    NetworkAcl,
    VpcEndpoint,
    VpcPeering,
    TargetGroup,
    LoadBalancer,
    EcsCluster,
    EcsService,
    EcrRepository,
    CloudMapNamespace,
    CloudMapService,
    ExternalHost,
    Pipeline,
    Flow,
};

struct Design
{
    QString name;
    QString description;
    QString region;

    QVector<Vpc> vpcs;
    QVector<AvailabilityZone> zones;
    QVector<Subnet> subnets;
    QVector<RouteTable> routeTables;
    QVector<InternetGateway> internetGateways;
    QVector<NatGateway> natGateways;
    QVector<SecurityGroup> securityGroups;
    QVector<NetworkAcl> networkAcls;
    QVector<VpcEndpoint> endpoints;
    QVector<VpcPeering> peerings;
    QVector<TargetGroup> targetGroups;
    QVector<LoadBalancer> loadBalancers;
    QVector<EcsCluster> clusters;
    QVector<EcsService> services;
    QVector<EcrRepository> repositories;
    QVector<CloudMapNamespace> namespaces;
    QVector<CloudMapService> cloudMapServices;
    QVector<ExternalHost> externalHosts;
    QVector<Pipeline> pipelines;
    QVector<Flow> flows;

    Layout layout;

    // The line where the reader found each object's id, for messages that
    // point into the file. Not saved and not compared.
    QHash<QString, int> sourceLines;

    ObjectKind kindOf(const QString &id) const;
    QString nameOf(const QString &id) const;

    const Vpc *vpc(const QString &id) const;
    const Subnet *subnet(const QString &id) const;
    const RouteTable *routeTable(const QString &id) const;
    const SecurityGroup *securityGroup(const QString &id) const;
    const CloudMapNamespace *cloudMapNamespace(const QString &id) const;
    const CloudMapService *cloudMapService(const QString &id) const;

    // The route table that governs a subnet: its own, else the main table
    // of its VPC. Returns nullptr when neither exists.
    const RouteTable *effectiveRouteTable(const Subnet &subnet) const;
};

QString objectKindName(ObjectKind kind);

// True for the AWS services that a flow may name as an endpoint, such as
// s3, dynamodb, ecr.api, ecr.dkr and logs.
bool isAwsServiceName(const QString &text);

// Maps every object id of the design to its kind, for lookups in loops.
QHash<QString, ObjectKind> objectKinds(const Design &design);

} // namespace vpcstudio
