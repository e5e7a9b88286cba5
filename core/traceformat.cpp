#include "traceformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace vpcstudio {

namespace {

// The translation context of this file's messages; lupdate files the
// strings under it because each call names it.
struct TraceFormat
{
    Q_DECLARE_TR_FUNCTIONS(vpcstudio::TraceFormat)
};

QString verdictName(HopVerdict verdict)
{
    return verdict == HopVerdict::Pass ? QStringLiteral("pass") : QStringLiteral("block");
}

QJsonObject hopToJson(const TraceHop &hop)
{
    return QJsonObject{
        {QStringLiteral("object"), hop.object},
        {QStringLiteral("kind"), hop.kind},
        {QStringLiteral("verdict"), verdictName(hop.verdict)},
        {QStringLiteral("reason"), hop.reason},
        {QStringLiteral("awsCode"), hop.awsCode},
        {QStringLiteral("detail"), hop.detail},
    };
}

QString flowText(const TraceResult &result)
{
    return TraceFormat::tr("%1 -> %2 (%3 %4)")
        .arg(result.from, result.to, protocolName(result.protocol))
        .arg(result.port);
}

QString verdictText(const TraceResult &result)
{
    const QVector<TraceHop> blocks = result.blocks();
    if (blocks.isEmpty())
        return TraceFormat::tr("reachable");
    return QCoreApplication::translate("vpcstudio::TraceFormat", "blocked at %1 (%2), %n block(s)",
                                       nullptr, int(blocks.size()))
        .arg(blocks.first().object, blocks.first().reason);
}

QString hopLine(const TraceHop &hop)
{
    QString line = QStringLiteral("%1 %2 (%3): %4")
                       .arg(verdictName(hop.verdict), hop.object, hop.kind, hop.reason);
    if (!hop.awsCode.isEmpty())
        line += QStringLiteral(" [%1]").arg(hop.awsCode);
    return line;
}

} // namespace

QString traceAsText(const TraceResult &result)
{
    QString text = TraceFormat::tr("trace %1, source port %2: %3\n")
                       .arg(flowText(result))
                       .arg(result.sourcePort)
                       .arg(verdictText(result));
    if (!result.reachable()) {
        text += TraceFormat::tr("  (after a block, the hops are checked as if it had passed, so "
                                "that every setting to change is listed)\n");
    }
    bool replies = false;
    for (int i = 0; i < result.hops.size(); ++i) {
        const TraceHop &hop = result.hops[i];
        if (hop.reply && !replies) {
            text += TraceFormat::tr("  return path:\n");
            replies = true;
        }
        text += QStringLiteral("  %1. %2\n      %3\n").arg(i + 1).arg(hopLine(hop), hop.detail);
    }
    return text;
}

QJsonObject traceToJson(const TraceResult &result)
{
    QJsonArray hops;
    QJsonArray blocks;
    for (const TraceHop &hop : result.hops) {
        hops.append(hopToJson(hop));
        if (hop.verdict == HopVerdict::Block)
            blocks.append(hopToJson(hop));
    }
    QJsonValue blockedAt = QJsonValue::Null;
    if (!blocks.isEmpty()) {
        const QJsonObject first = blocks.first().toObject();
        blockedAt = QJsonObject{{QStringLiteral("object"), first.value(QStringLiteral("object"))},
                                {QStringLiteral("reason"), first.value(QStringLiteral("reason"))}};
    }
    return QJsonObject{
        {QStringLiteral("from"), result.from},
        {QStringLiteral("to"), result.to},
        {QStringLiteral("protocol"), protocolName(result.protocol)},
        {QStringLiteral("port"), result.port},
        {QStringLiteral("verdict"),
         result.reachable() ? QStringLiteral("reachable") : QStringLiteral("blocked")},
        {QStringLiteral("hops"), hops},
        {QStringLiteral("blockedAt"), blockedAt},
        {QStringLiteral("blocks"), blocks},
    };
}

QByteArray traceAsJson(const TraceResult &result)
{
    return QJsonDocument(traceToJson(result)).toJson(QJsonDocument::Indented);
}

QString flowTracesAsText(const QString &file, const QVector<FlowTrace> &traces)
{
    QString text;
    int blocked = 0;
    for (const FlowTrace &trace : traces) {
        const QString name = trace.name.isEmpty()
                                 ? trace.id
                                 : trace.id + QStringLiteral(" (") + trace.name + QLatin1Char(')');
        text += TraceFormat::tr("%1: %2: %3\n")
                    .arg(name, flowText(trace.result), verdictText(trace.result));
        if (trace.result.reachable())
            continue;
        ++blocked;
        for (const TraceHop &hop : trace.result.blocks())
            text += QStringLiteral("  %1\n      %2\n").arg(hopLine(hop), hop.detail);
    }
    text += TraceFormat::tr("%1: %2 reachable, %3 blocked\n")
                .arg(file)
                .arg(traces.size() - blocked)
                .arg(blocked);
    return text;
}

QByteArray flowTracesAsJson(const QString &file, const QVector<FlowTrace> &traces)
{
    QJsonArray flows;
    int blocked = 0;
    for (const FlowTrace &trace : traces) {
        QJsonObject flow{{QStringLiteral("id"), trace.id}, {QStringLiteral("name"), trace.name}};
        const QJsonObject fields = traceToJson(trace.result);
        for (auto it = fields.begin(); it != fields.end(); ++it)
            flow.insert(it.key(), it.value());
        flows.append(flow);
        blocked += trace.result.reachable() ? 0 : 1;
    }
    const QJsonObject root{
        {QStringLiteral("file"), file},
        {QStringLiteral("flows"), flows},
        {QStringLiteral("summary"),
         QJsonObject{{QStringLiteral("reachable"), int(traces.size()) - blocked},
                     {QStringLiteral("blocked"), blocked}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace vpcstudio
