#pragma once

#include "design.h"

namespace vpcstudio {

// The addresses that one object takes in a subnet.
struct AddressDemand
{
    QString objectId;
    qint64 addresses = 0;
};

// AWS requires at least 8 free addresses in each subnet of a load balancer,
// so that it can scale.
constexpr qint64 LoadBalancerAddresses = 8;

// Lists what takes addresses in a subnet: one per NAT gateway and interface
// endpoint, eight per load balancer, and one per task, with a service's
// desired tasks spread evenly over its subnets (rounded up).
QVector<AddressDemand> addressDemands(const Design &design, const QString &subnetId);

qint64 totalDemand(const QVector<AddressDemand> &demands);

} // namespace vpcstudio
