#pragma once

#include "tracerchecks.h"

namespace vpcstudio {

// The internet gateway attached to a VPC, or nullptr.
const InternetGateway *attachedInternetGateway(const Design &design, const QString &vpc);

// The hops where `side` sends traffic to the internet through the internet
// gateway that `lookup` routes to: the gateway must be attached to the
// side's VPC, and the side needs a public IP.
QVector<TraceHop> internetGatewayEgressHops(const TraceContext &context, const RouteLookup &lookup,
                                            const TraceSide &side);

// The hops where traffic from the internet enters the VPC of `server`: the
// VPC needs an attached internet gateway and the server a public address.
QVector<TraceHop> internetGatewayIngressHops(const TraceContext &context, const TraceSide &server);

// The pass of a reply through internet gateway `gateway`, towards the VPC
// (`inbound`) or towards the internet.
TraceHop internetGatewayReplyHop(const QString &gateway, const TraceSide &side, bool inbound);

// Checks that a NAT gateway can carry a connection to the internet. It
// needs public connectivity, an Elastic IP and a subnet routed to an
// attached internet gateway, else the hop blocks with nat.not-public.
TraceHop natGatewayHop(const TraceContext &context, const NatGateway &gateway);

// A connection that the internet opens to a NAT gateway, which it drops.
TraceHop natGatewayInboundHop(const NatGateway &gateway);

TraceHop natGatewayReplyHop(const NatGateway &gateway, const TraceSide &client);

// The listener stage of a load balancer: the listener on `port` and the
// rule that picks a target group for the context's request path.
struct ListenerDecision
{
    TraceHop hop;
    // The target group the request goes to. After a block, this is the one of
    // the listener's first rule or default action, so that the trace can go
    // on. Empty when there is none.
    QString targetGroup;
};

ListenerDecision decideListener(const TraceContext &context, const LoadBalancer &balancer,
                                int port);

// Matches an ALB path pattern, where * matches any run of characters,
// slashes included, and ? matches one character. Case-sensitive, as in AWS.
bool pathPatternMatches(const QString &pattern, const QString &path);

} // namespace vpcstudio
