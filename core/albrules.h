#pragma once

#include "finding.h"
#include "networkfacts.h"

namespace vpcstudio {

// Rules on Application Load Balancers: alb.single-az, alb.duplicate-az,
// alb.internet-facing-in-private-subnet, alb.subnet-too-small and
// alb.target-sg-blocks.
void checkLoadBalancers(const NetworkFacts &facts, QVector<Finding> &findings);

// True when one of `groups` admits TCP on `port` from a member of one of
// `sourceGroups` or from every address of `sourceBlocks`.
bool ingressAdmits(const Design &design, const QStringList &groups, const QStringList &sourceGroups,
                   const QVector<Cidr> &sourceBlocks, int port);

} // namespace vpcstudio
