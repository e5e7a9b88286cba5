#pragma once

#include "design.h"
#include "inputerror.h"

#include <optional>

namespace vpcstudio {

// The source port that a trace assumes when none is given: the first port of
// the dynamic range of RFC 6335, inside the 1024-65535 range that network
// ACLs must open for replies.
constexpr int DefaultSourcePort = 49152;

// A flow to trace. Endpoints are `internet`, an object id, a Cloud Map name
// such as spacy-api.howru, or an IPv4 address, each optionally followed by
// `:PORT`.
struct TraceRequest
{
    QString from;
    QString to;
    Protocol protocol = Protocol::Tcp;
    // Destination port; -1 takes the port of `to:PORT`, else the
    // destination's own port (a service's container port, a load balancer's
    // first listener), else 443.
    int port = -1;
    // Source port of the client; -1 takes the port of `from:PORT`, else
    // DefaultSourcePort. Replies come back to it.
    int sourcePort = -1;
    // HTTP request path for load balancer rules; empty assumes a request
    // that matches the listener's first rule.
    QString path;
};

enum class HopVerdict { Pass, Block };

// One check on the path: a security group, a network ACL, a route table, a
// gateway, a listener, or the arrival at an endpoint.
struct TraceHop
{
    QString object; // the id of the object that decides
    QString kind;   // objectKindName() of it, or "listener", "internet", "address"
    HopVerdict verdict = HopVerdict::Pass;
    // For a pass, the rule that allowed it, such as "sg-api egress rule 1";
    // for a block, a reason code such as sg.ingress-denied.
    QString reason;
    QString awsCode;    // the AWS Reachability Analyzer explanation code, or empty
    QString detail;     // a sentence with the values; for a block, also the fix
    bool reply = false; // true on the return path
};

struct TraceResult
{
    QString from; // the endpoints as requested, without ":PORT"
    QString to;
    Protocol protocol = Protocol::Tcp;
    int port = 443;
    int sourcePort = DefaultSourcePort;
    // The subnet of the source that the hops start in, or empty outside
    // every VPC. A service in several subnets is traced from each, and the
    // result shows the first subnet where the flow is blocked, else the first.
    QString sourceSubnet;
    // The forward hops, then the return hops. A block does not end the
    // trace: the hops after it are checked as if it had passed.
    QVector<TraceHop> hops;

    bool reachable() const;
    QVector<TraceHop> blocks() const;
};

// A named flow of a design and its trace.
struct FlowTrace
{
    QString id;
    QString name;
    TraceResult result;
};

QString protocolName(Protocol protocol);

// Traces a flow through the design the way AWS forwards it. Returns nullopt
// and sets `error` (message and hint, no file) when an endpoint names
// nothing that traffic can start or end at (reason endpoint.unknown).
std::optional<TraceResult> traceFlow(const Design &design, const TraceRequest &request,
                                     InputError *error);

// Traces every flow that the design names, in file order. Returns nullopt
// and sets `error` for the first flow that cannot be traced.
std::optional<QVector<FlowTrace>> traceDesignFlows(const Design &design, InputError *error);

} // namespace vpcstudio
