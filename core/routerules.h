#pragma once

#include "finding.h"
#include "networkfacts.h"

namespace vpcstudio {

// Rules on route tables and NAT gateways: route.duplicate-destination,
// route.blackhole, route.igw-not-attached, route.shadowed-by-local,
// nat.in-private-subnet and nat.no-elastic-ip.
void checkRoutes(const NetworkFacts &facts, QVector<Finding> &findings);

} // namespace vpcstudio
