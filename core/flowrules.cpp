#include "flowrules.h"

#include "tracer.h"

#include <QCoreApplication>

namespace vpcstudio {

namespace {

// The translation context of this file's messages; lupdate files the
// strings under it because each call names it.
struct FlowRulesText
{
    Q_DECLARE_TR_FUNCTIONS(vpcstudio::FlowRules)
};

} // namespace

void checkFlows(const Design &design, QVector<Finding> &findings)
{
    for (const Flow &flow : design.flows) {
        TraceRequest request;
        request.from = flow.from;
        request.to = flow.to;
        request.protocol = flow.protocol;
        request.port = flow.port;
        request.path = flow.path;
        // A flow whose ends name nothing is the reader's to report.
        InputError error;
        const std::optional<TraceResult> result = traceFlow(design, request, &error);
        if (!result || result->reachable())
            continue;

        const QVector<TraceHop> blocks = result->blocks();
        const TraceHop &first = blocks.first();
        QStringList where;
        for (const TraceHop &hop : blocks)
            where.append(QStringLiteral("%1 (%2)").arg(hop.object, hop.reason));
        const QString name = flow.name.isEmpty() ? flow.id : flow.name;
        findings.append(
            {QStringLiteral("flow.blocked"), Severity::Error, {flow.id, first.object},
             FlowRulesText::tr("flow %1 (%2 → %3, %4 %5) is blocked at %6")
                 .arg(name, flow.from, flow.to, protocolName(result->protocol).toUpper())
                 .arg(result->port)
                 .arg(where.join(QStringLiteral(", "))),
             first.detail});
    }
}

} // namespace vpcstudio
