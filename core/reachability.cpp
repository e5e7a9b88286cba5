#include "reachability.h"

namespace vpcstudio {

namespace {

// HTTPS, the port an outside party on the internet is reached on.
constexpr int InternetPort = 443;

} // namespace

TraceRequest ReachabilityMatrix::request(int from, int to) const
{
    return {parties[from], parties[to], Protocol::Tcp, ports[to], -1, QString()};
}

ReachabilityMatrix computeReachability(const Design &design)
{
    ReachabilityMatrix matrix;
    matrix.parties.append(QStringLiteral("internet"));
    matrix.ports.append(InternetPort);
    for (const LoadBalancer &balancer : design.loadBalancers) {
        matrix.parties.append(balancer.id);
        matrix.ports.append(balancer.listeners.isEmpty() ? 80 : balancer.listeners.first().port);
    }
    for (const EcsService &service : design.services) {
        matrix.parties.append(service.id);
        matrix.ports.append(service.containerPort);
    }

    const int count = int(matrix.parties.size());
    matrix.verdicts.fill(QVector<ReachabilityMatrix::Verdict>(count), count);
    for (int from = 0; from < count; ++from) {
        for (int to = 0; to < count; ++to) {
            if (from == to) {
                matrix.verdicts[from][to] = ReachabilityMatrix::NotApplicable;
                continue;
            }
            InputError error;
            const std::optional<TraceResult> result =
                traceFlow(design, matrix.request(from, to), &error);
            matrix.verdicts[from][to] = result && result->reachable()
                                            ? ReachabilityMatrix::Reachable
                                            : ReachabilityMatrix::Blocked;
        }
    }
    return matrix;
}

} // namespace vpcstudio
