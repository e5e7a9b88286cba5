#pragma once

#include "finding.h"
#include "networkfacts.h"

namespace vpcstudio {

// Rules on security groups: sg.invalid-port-range, sg.open-admin-port,
// sg.reference-other-vpc, sg.rule-quota and sg.ports-ignored.
void checkSecurityGroups(const NetworkFacts &facts, QVector<Finding> &findings);

} // namespace vpcstudio
