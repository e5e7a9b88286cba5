#pragma once

#include "design.h"
#include "finding.h"

namespace vpcstudio {

// Rules on CIDR blocks: cidr.invalid, vpc.cidr-size, subnet.cidr-size,
// subnet.outside-vpc and subnet.overlap.
void checkAddresses(const Design &design, QVector<Finding> &findings);

} // namespace vpcstudio
