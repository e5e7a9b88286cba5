#pragma once

#include "tracer.h"

namespace vpcstudio {

// The reachability of every ordered pair of the internet, a design's load
// balancers and its services, each traced on the destination's own port.
struct ReachabilityMatrix
{
    enum Verdict { NotApplicable = -1, Blocked = 0, Reachable = 1 };

    QStringList parties; // "internet", then load balancers, then services
    QVector<int> ports;  // the port each party is reached on
    // verdicts[from][to]; the diagonal is NotApplicable.
    QVector<QVector<Verdict>> verdicts;

    TraceRequest request(int from, int to) const;
};

// Traces every ordered pair of parties. A pair that cannot be traced
// counts as blocked.
ReachabilityMatrix computeReachability(const Design &design);

} // namespace vpcstudio
