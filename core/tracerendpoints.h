#pragma once

#include "networkfacts.h"
#include "tracer.h"

namespace vpcstudio {

// One end of a leg of a traced path, as the packets see it: an address, the
// subnet it sits in and the security groups that filter it.
struct TraceSide
{
    enum class Role { Internet, Task, LoadBalancer, NatGateway, InterfaceEndpoint, Address };

    Role role = Role::Internet;
    QString id;     // the object that hops name; the address text for a bare address
    QString kind;   // hop kind: objectKindName(), "internet" or "address"
    QString subnet; // empty: outside every VPC
    QString vpc;
    quint32 address = RepresentativeInternetAddress;
    QStringList groups;
    bool filtered = false; // true when security groups filter the traffic of this side
    bool publicIp = false; // true when it has a public IPv4 address on the VPC side
    int ownPort = -1;      // the port it serves when a trace names none, or -1
    QString note;          // which of several subnets the trace follows, or empty
    // For an AWS service such as s3: its name and the prefix list ids that
    // hold its addresses, which routes and security group rules may name.
    QString awsService;
    QStringList prefixLists;

    bool insideVpc() const { return !subnet.isEmpty(); }
};

// A resolved endpoint. A Cloud Map name keeps its namespace, so that the
// tracer can check that the source may resolve it. An ECR repository or an
// AWS service that is reached through an interface endpoint keeps its name.
struct ResolvedEndpoint
{
    TraceSide side;
    QString dnsName;
    const CloudMapNamespace *space = nullptr;
    QString repository;
    QString awsService;
};

// Returns the prefix list ids of an AWS service's addresses: pl-NAME,
// and every prefix list that a route of the design sends to a gateway
// endpoint of that service.
QStringList servicePrefixLists(const Design &design, const QString &service);

// Turns endpoint text into trace sides. Objects in several subnets are
// placed in their first subnet, and the side's note states which.
class EndpointResolver
{
public:
    explicit EndpointResolver(const Design &design);

    // Resolves `text` (without ":PORT"). `source` is the already resolved
    // source when resolving a destination, else nullptr. Returns nullopt
    // and sets `error` when the text names nothing traffic can reach.
    std::optional<ResolvedEndpoint> resolve(const QString &text, const TraceSide *source,
                                            InputError *error) const;

    // True when `text` names an endpoint as it is, so that a ":PORT" suffix
    // is not split off it.
    bool recognizes(const QString &text) const;

    TraceSide serviceSide(const EcsService &service) const;
    // Returns the same side placed in another of its object's subnets.
    TraceSide movedTo(const TraceSide &side, const QString &subnet) const;
    TraceSide loadBalancerSide(const LoadBalancer &balancer) const;
    TraceSide natSide(const NatGateway &gateway) const;

private:
    std::optional<ResolvedEndpoint> resolveObject(const QString &id, const TraceSide *source,
                                                  InputError *error) const;
    std::optional<ResolvedEndpoint> resolvePlaced(const QString &id, const TraceSide *source,
                                                  InputError *error) const;
    std::optional<ResolvedEndpoint> resolveCloudMap(const CloudMapService &entry,
                                                    InputError *error) const;
    std::optional<ResolvedEndpoint> resolveRepository(const QString &id,
                                                      const TraceSide *source) const;
    ResolvedEndpoint resolveAwsService(const QString &service, const TraceSide *source) const;
    std::optional<ResolvedEndpoint> resolveAddress(const QString &text, quint32 address,
                                                   InputError *error) const;
    QString cloudMapName(const CloudMapService &entry) const;
    TraceSide addressSide(const QString &text, quint32 address) const;
    TraceSide interfaceEndpointSide(const VpcEndpoint &endpoint, const TraceSide *near) const;
    TraceSide internetSide(const QString &id, const QString &kind, quint32 address) const;
    QString vpcHolding(quint32 address) const;
    QString placeNote(const QString &id, const QStringList &subnets) const;
    quint32 hostAddress(const QString &subnetId, const QString &objectId) const;

    const Design &m_design;
};

} // namespace vpcstudio
