#pragma once

#include "finding.h"
#include "networkfacts.h"

namespace vpcstudio {

// The rule nacl.ephemeral-ports-blocked: for each named flow, the network
// ACLs must let the replies come back on ephemeral ports.
void checkNetworkAcls(const NetworkFacts &facts, QVector<Finding> &findings);

// Evaluates network ACL entries the way AWS does: the lowest rule number
// that matches decides, and no match denies.
bool aclAllows(const QVector<NetworkAclEntry> &entries, Protocol protocol, int port,
               quint32 address);

} // namespace vpcstudio
