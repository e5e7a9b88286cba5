#pragma once

#include "tracerendpoints.h"

namespace vpcstudio {

// The design and the traffic that every check of one trace looks at.
struct TraceContext
{
    explicit TraceContext(const Design &traced) : design(traced), facts(traced) {}

    const Design &design;
    NetworkFacts facts;
    Protocol protocol = Protocol::Tcp;
    int sourcePort = DefaultSourcePort;
    QString path;
};

enum class Direction { Inbound, Outbound };

// AWS Reachability Analyzer explanation codes, as listed on
// https://docs.aws.amazon.com/vpc/latest/reachability/explanation-codes.html
namespace AwsCode {
constexpr char NoRouteToDestination[] = "NO_ROUTE_TO_DESTINATION";
// A route whose target does not exist has the state blackhole in the EC2
// API, which matches this code's "route is not in a functional state".
constexpr char BadStateRoute[] = "BAD_STATE_ROUTE";
constexpr char SecurityGroupRulesMismatch[] = "ENI_SG_RULES_MISMATCH";
constexpr char SubnetAclRestriction[] = "SUBNET_ACL_RESTRICTION";
constexpr char PublicIpForEgress[] = "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS";
constexpr char PrivateIpForIngress[] = "IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS";
constexpr char ListenersMismatch[] = "ELBV2_LISTENERS_MISMATCH";
} // namespace AwsCode

// The route that a subnet's table picks for an address.
struct RouteLookup
{
    QString subnet;
    const RouteTable *table = nullptr;
    const Route *route = nullptr;
    bool local = false; // the VPC's local route, even where the table omits it
    QString localBlock; // the VPC block that made the route local
    ObjectKind targetKind = ObjectKind::None; // of a non-local target; None for a blackhole
    // The route that a gateway endpoint adds for its service's prefix list,
    // which the design does not write out.
    QString endpoint;
    QString prefixList;

    bool found() const { return local || route || !endpoint.isEmpty(); }
    bool blackhole() const { return !local && route && targetKind == ObjectKind::None; }
    QString target() const;
    QString destination() const;
};

// The route that a subnet's table picks for an address. `prefixLists` lists
// the prefix lists that contain the address, as for an AWS service.
RouteLookup lookupRoute(const TraceContext &context, const QString &subnetId, quint32 address,
                        const QStringList &prefixLists = {});

// "TCP 443", "UDP 53", "ICMP" or "all traffic".
QString trafficText(Protocol protocol, int port);

// The id and address of a side, such as "svc-api (10.0.10.4)".
QString sideText(const TraceSide &side);

// The CIDR block that a rule should name for an address: the block of the
// subnet that holds it, else 0.0.0.0/0.
QString blockFor(const Design &design, quint32 address);

TraceHop passHop(const QString &object, const QString &kind, const QString &reason,
                 const QString &detail);
TraceHop blockHop(const QString &object, const QString &kind, const char *code, const char *awsCode,
                  const QString &detail);

// Checks the security groups of `side` for traffic to (outbound) or from
// (inbound) `peer` on `port`: allowed when any rule of any group matches.
TraceHop securityGroupHop(const TraceContext &context, const TraceSide &side, Direction direction,
                          const TraceSide &peer, int port);

// The pass of a reply through the security group that allowed the request.
TraceHop statefulReplyHop(const TraceSide &side, const TraceHop &request);

// Checks the network ACL of a subnet for traffic to (outbound) or from
// (inbound) `peer` with destination port `port`. For a reply, `port` is the
// client's source port.
TraceHop networkAclHop(const TraceContext &context, const QString &subnetId, Direction direction,
                       quint32 peer, int port, bool reply);

// The hop of a route lookup: a pass naming the route, or route.no-route or
// route.blackhole. `fix` completes the sentence "add a route for ...".
TraceHop routeHop(const TraceContext &context, const RouteLookup &lookup, quint32 address,
                  const QString &fix);

// A route that matches but leads elsewhere than the traffic must go.
TraceHop misroutedHop(const RouteLookup &lookup, quint32 address, const QString &expected,
                      const QString &fix);

} // namespace vpcstudio
