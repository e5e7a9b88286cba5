#pragma once

#include "cidr.h"
#include "design.h"

#include <optional>

namespace vpcstudio {

// An address on the public internet that stands for "anywhere outside",
// from the documentation range of RFC 5737, so it never matches a VPC.
constexpr quint32 RepresentativeInternetAddress = (198u << 24) | (51u << 16) | (100u << 8) | 10u;

// Questions about a design that several rules and the canvas ask: which
// route a subnet uses for an address, which subnets are public, which VPC
// a service runs in. Built once per check; the design must outlive it.
class NetworkFacts
{
public:
    explicit NetworkFacts(const Design &design);

    const Design &design() const { return m_design; }

    // The route that a subnet's table uses for `address` by longest prefix
    // match, or nullptr when no route matches.
    const Route *routeFor(const Subnet &subnet, quint32 address) const;

    // The kind of object a route sends traffic to; None for a target that
    // does not exist.
    ObjectKind targetKind(const Route &route) const;

    // True when the subnet's route to the internet goes to an internet
    // gateway attached to the subnet's VPC.
    bool routesToInternetGateway(const Subnet &subnet) const;

    // True when the NAT gateway can carry traffic to the internet: public
    // connectivity, an Elastic IP, and a subnet routed to an internet gateway.
    bool natWorks(const NatGateway &gateway) const;

    // The NAT gateway that the subnet's internet route uses, if any.
    const NatGateway *natFor(const Subnet &subnet) const;

    QString vpcOfService(const EcsService &service) const;

    // True when the security groups allow TCP to `port` at `address`.
    bool egressAllows(const QStringList &groups, quint32 address, int port) const;

    bool peered(const QString &vpcA, const QString &vpcB) const;

    std::optional<Cidr> block(const QString &subnetId) const;

    // The places of a flow endpoint: each subnet (empty outside every VPC)
    // with an address that stands for the endpoint there. An object in several subnets,
    // such as a service, sits in each of them. Returns an empty list for a
    // name that is not in the design.
    struct Place
    {
        QString subnet;
        quint32 address = 0;
    };
    QVector<Place> placesOf(const QString &endpoint) const;

private:
    const Design &m_design;
    QHash<QString, ObjectKind> m_kinds;
};

bool protocolCovers(Protocol rule, Protocol wanted);

} // namespace vpcstudio
