#pragma once

#include "design.h"

namespace vpcstudio {

// Field-by-field equality of the model's value types, for round-trip tests
// and for telling whether an edit changed anything.
bool operator==(const Vpc &a, const Vpc &b);
bool operator==(const AvailabilityZone &a, const AvailabilityZone &b);
bool operator==(const Subnet &a, const Subnet &b);
bool operator==(const Route &a, const Route &b);
bool operator==(const RouteTable &a, const RouteTable &b);
bool operator==(const InternetGateway &a, const InternetGateway &b);
bool operator==(const NatGateway &a, const NatGateway &b);
bool operator==(const SecurityGroupRule &a, const SecurityGroupRule &b);
bool operator==(const SecurityGroup &a, const SecurityGroup &b);
bool operator==(const NetworkAclEntry &a, const NetworkAclEntry &b);
bool operator==(const NetworkAcl &a, const NetworkAcl &b);
bool operator==(const VpcEndpoint &a, const VpcEndpoint &b);
bool operator==(const VpcPeering &a, const VpcPeering &b);
bool operator==(const ListenerRule &a, const ListenerRule &b);
bool operator==(const Listener &a, const Listener &b);
bool operator==(const TargetGroup &a, const TargetGroup &b);
bool operator==(const LoadBalancer &a, const LoadBalancer &b);
bool operator==(const EcsCluster &a, const EcsCluster &b);
bool operator==(const EcsService &a, const EcsService &b);
bool operator==(const EcrRepository &a, const EcrRepository &b);
bool operator==(const CloudMapNamespace &a, const CloudMapNamespace &b);
bool operator==(const CloudMapService &a, const CloudMapService &b);
bool operator==(const ExternalHost &a, const ExternalHost &b);
bool operator==(const Pipeline &a, const Pipeline &b);
bool operator==(const Flow &a, const Flow &b);
bool operator==(const Design &a, const Design &b);

} // namespace vpcstudio
