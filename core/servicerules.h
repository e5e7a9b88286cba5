#pragma once

#include "finding.h"
#include "networkfacts.h"

namespace vpcstudio {

// Rules on ECS services and Cloud Map: ecs.image-pull-no-path,
// ecs.public-ip-without-igw, cloudmap.namespace-not-in-vpc and
// cloudmap.vpc-dns-disabled.
void checkServices(const NetworkFacts &facts, QVector<Finding> &findings);

} // namespace vpcstudio
