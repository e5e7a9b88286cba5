#include "capacity.h"

namespace vpcstudio {

QVector<AddressDemand> addressDemands(const Design &design, const QString &subnetId)
{
    QVector<AddressDemand> demands;
    for (const NatGateway &gateway : design.natGateways) {
        if (gateway.subnet == subnetId)
            demands.append({gateway.id, 1});
    }
    for (const LoadBalancer &balancer : design.loadBalancers) {
        if (balancer.subnets.contains(subnetId))
            demands.append({balancer.id, LoadBalancerAddresses});
    }
    for (const VpcEndpoint &endpoint : design.endpoints) {
        if (endpoint.type == EndpointType::Interface && endpoint.subnets.contains(subnetId))
            demands.append({endpoint.id, 1});
    }
    for (const EcsService &service : design.services) {
        if (!service.subnets.contains(subnetId))
            continue;
        const qint64 spread = service.subnets.size();
        demands.append({service.id, (service.desiredCount + spread - 1) / spread});
    }
    return demands;
}

qint64 totalDemand(const QVector<AddressDemand> &demands)
{
    qint64 total = 0;
    for (const AddressDemand &demand : demands)
        total += demand.addresses;
    return total;
}

} // namespace vpcstudio
