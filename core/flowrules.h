#pragma once

#include "design.h"
#include "finding.h"

namespace vpcstudio {

// Traces every flow that the design names and reports each blocked one as
// flow.blocked, so that validate agrees with the flows command.
void checkFlows(const Design &design, QVector<Finding> &findings);

} // namespace vpcstudio
