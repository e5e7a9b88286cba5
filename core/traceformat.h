#pragma once

#include "tracer.h"

#include <QByteArray>
#include <QJsonObject>

namespace vpcstudio {

// Formats a trace for reading: a summary line, then each hop with its
// verdict, object, reason and detail, the return path after its own heading.
QString traceAsText(const TraceResult &result);

// The JSON object that `vpcstudio trace --format json` prints: {"from",
// "to", "protocol", "port", "verdict", "hops": [{"object", "kind",
// "verdict", "reason", "awsCode", "detail"}], "blockedAt": {"object",
// "reason"} or null, "blocks": [hops that block]}.
QJsonObject traceToJson(const TraceResult &result);
QByteArray traceAsJson(const TraceResult &result);

// Formats the traces of a design's flows as text: one line per flow, the
// blocks of each blocked flow, and a summary line.
QString flowTracesAsText(const QString &file, const QVector<FlowTrace> &traces);

// The JSON object that `vpcstudio flows --format json` prints: {"file",
// "flows": [{"id", "name", ...the fields of traceToJson()}], "summary":
// {"reachable", "blocked"}}.
QByteArray flowTracesAsJson(const QString &file, const QVector<FlowTrace> &traces);

} // namespace vpcstudio
