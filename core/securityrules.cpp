#include "securityrules.h"

#include <QCoreApplication>

namespace vpcstudio {

namespace {

// The translation context of this file's messages; lupdate files the
// strings under it because each call names it.
struct SecurityRules
{
    Q_DECLARE_TR_FUNCTIONS(vpcstudio::SecurityRules)
};

// AWS's default quota of inbound, and separately outbound, rules per group.
constexpr int RuleQuota = 60;

QString portText(const SecurityGroupRule &rule)
{
    return rule.fromPort == rule.toPort
               ? QString::number(rule.fromPort)
               : QStringLiteral("%1-%2").arg(rule.fromPort).arg(rule.toPort);
}

void checkRule(const NetworkFacts &facts, const SecurityGroup &group, const SecurityGroupRule &rule,
               bool ingress, QVector<Finding> &findings)
{
    const QString direction =
        ingress ? SecurityRules::tr("inbound") : SecurityRules::tr("outbound");
    if (rule.protocol == Protocol::All && (rule.fromPort != 0 || rule.toPort != 65535)) {
        addFinding(findings, "sg.ports-ignored", Severity::Warning, {group.id},
                   SecurityRules::tr(
                       "security group %1 has an %2 rule for all protocols with ports %3; AWS "
                       "ignores the ports, so every port is open")
                       .arg(group.id, direction, portText(rule)),
                   SecurityRules::tr("use protocol tcp or udp to open only those ports"));
    } else if (rule.protocol != Protocol::Icmp &&
               (rule.fromPort < 0 || rule.toPort > 65535 || rule.fromPort > rule.toPort)) {
        addFinding(findings, "sg.invalid-port-range", Severity::Error, {group.id},
                   SecurityRules::tr(
                       "security group %1 has an %2 rule with ports %3, which is not a range "
                       "within 0-65535")
                       .arg(group.id, direction, portText(rule)),
                   SecurityRules::tr("write the lower port first, both from 0 to 65535"));
    }

    const bool openToAll =
        rule.peerKind == PeerKind::Cidr && rule.peer == QLatin1String("0.0.0.0/0");
    for (int port : {22, 3389}) {
        const bool covers =
            rule.protocol == Protocol::All ||
            (rule.protocol == Protocol::Tcp && rule.fromPort <= port && port <= rule.toPort);
        if (ingress && openToAll && covers) {
            addFinding(
                findings, "sg.open-admin-port", Severity::Warning, {group.id},
                SecurityRules::tr("security group %1 opens port %2 (%3) to the whole internet")
                    .arg(group.id)
                    .arg(port)
                    .arg(port == 22 ? QStringLiteral("SSH") : QStringLiteral("RDP")),
                SecurityRules::tr("allow only your own address range, or use Session Manager"));
        }
    }

    if (rule.peerKind != PeerKind::SecurityGroup)
        return;
    const SecurityGroup *other = facts.design().securityGroup(rule.peer);
    if (other && other->vpc != group.vpc && !facts.peered(other->vpc, group.vpc)) {
        addFinding(findings, "sg.reference-other-vpc", Severity::Error, {group.id, other->id},
                   SecurityRules::tr(
                       "security group %1 names group %2 of VPC %3, which is not peered with %4")
                       .arg(group.id, other->id, other->vpc, group.vpc),
                   SecurityRules::tr("name a group of the same VPC, or peer the two VPCs"));
    }
}

void checkQuota(const SecurityGroup &group, QVector<Finding> &findings)
{
    const QVector<QPair<QString, int>> counts = {
        {SecurityRules::tr("inbound"), int(group.ingress.size())},
        {SecurityRules::tr("outbound"), int(group.egress.size())}};
    for (const auto &count : counts) {
        if (count.second <= RuleQuota)
            continue;
        addFinding(findings, "sg.rule-quota", Severity::Warning, {group.id},
                   SecurityRules::tr("security group %1 has %2 %3 rules; AWS allows %4 by default")
                       .arg(group.id)
                       .arg(count.second)
                       .arg(count.first)
                       .arg(RuleQuota),
                   SecurityRules::tr(
                       "merge rules into wider ranges or prefix lists, or request a higher quota"));
    }
}

} // namespace

void checkSecurityGroups(const NetworkFacts &facts, QVector<Finding> &findings)
{
    for (const SecurityGroup &group : facts.design().securityGroups) {
        for (const SecurityGroupRule &rule : group.ingress)
            checkRule(facts, group, rule, true, findings);
        for (const SecurityGroupRule &rule : group.egress)
            checkRule(facts, group, rule, false, findings);
        checkQuota(group, findings);
    }
}

} // namespace vpcstudio
