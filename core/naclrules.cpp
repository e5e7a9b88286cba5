#include "naclrules.h"

#include <QCoreApplication>

#include <algorithm>

namespace vpcstudio {

namespace {

// The translation context of this file's messages; lupdate files the
// strings under it because each call names it.
struct NaclRules
{
    Q_DECLARE_TR_FUNCTIONS(vpcstudio::NaclRules)
};

// Replies go to the client's source port, which is an ephemeral port.
// AWS's guidance for network ACLs covers 1024-65535, the widest range that
// clients and NAT gateways use.
constexpr int EphemeralFirst = 1024;
constexpr int EphemeralLast = 65535;

const NetworkAcl *aclOf(const Design &design, const QString &subnetId)
{
    const Subnet *subnet = design.subnet(subnetId);
    if (!subnet)
        return nullptr;
    for (const NetworkAcl &acl : design.networkAcls) {
        if (subnet->networkAcl.isEmpty() ? (acl.isDefault && acl.vpc == subnet->vpc)
                                         : acl.id == subnet->networkAcl)
            return &acl;
    }
    return nullptr;
}

// The first ephemeral port that the entries deny, or -1 when they allow
// them all. Only the ports where an entry starts or ends can change the
// outcome, so those are the ones tried.
int firstDeniedEphemeralPort(const QVector<NetworkAclEntry> &entries, quint32 address)
{
    QVector<int> ports{EphemeralFirst, EphemeralLast};
    for (const NetworkAclEntry &entry : entries) {
        for (int port : {entry.fromPort - 1, entry.fromPort, entry.toPort, entry.toPort + 1}) {
            if (port >= EphemeralFirst && port <= EphemeralLast)
                ports.append(port);
        }
    }
    std::sort(ports.begin(), ports.end());
    for (int port : ports) {
        if (!aclAllows(entries, Protocol::Tcp, port, address))
            return port;
    }
    return -1;
}

void checkReturn(const Design &design, const Flow &flow, const QString &subnetId, bool inbound,
                 quint32 peer, QVector<Finding> &findings)
{
    const NetworkAcl *acl = aclOf(design, subnetId);
    if (!acl)
        return;
    const QStringList objects{acl->id, subnetId, flow.id};
    const bool reported = std::any_of(findings.cbegin(), findings.cend(), [&](const Finding &f) {
        return f.rule == QLatin1String("nacl.ephemeral-ports-blocked") && f.objects == objects;
    });
    if (reported)
        return;
    const int denied = firstDeniedEphemeralPort(inbound ? acl->inbound : acl->outbound, peer);
    if (denied < 0)
        return;
    addFinding(findings, "nacl.ephemeral-ports-blocked", Severity::Warning,
               {acl->id, subnetId, flow.id},
               NaclRules::tr(
                   "network ACL %1 of subnet %2 denies %3 replies of flow %4 on port %5 (replies "
                   "use ports %6-%7)")
                   .arg(acl->id, subnetId,
                        inbound ? NaclRules::tr("inbound") : NaclRules::tr("outbound"), flow.id)
                   .arg(denied)
                   .arg(EphemeralFirst)
                   .arg(EphemeralLast),
               (inbound ? NaclRules::tr("add an inbound rule that allows TCP %1-%2 from %3")
                        : NaclRules::tr("add an outbound rule that allows TCP %1-%2 to %3"))
                   .arg(EphemeralFirst)
                   .arg(EphemeralLast)
                   .arg(Cidr::addressToString(peer)));
}

} // namespace

bool aclAllows(const QVector<NetworkAclEntry> &entries, Protocol protocol, int port,
               quint32 address)
{
    QVector<const NetworkAclEntry *> ordered;
    for (const NetworkAclEntry &entry : entries)
        ordered.append(&entry);
    std::sort(
        ordered.begin(), ordered.end(),
        [](const NetworkAclEntry *a, const NetworkAclEntry *b) { return a->number < b->number; });

    for (const NetworkAclEntry *entry : ordered) {
        const std::optional<Cidr> block = Cidr::parse(entry->cidr);
        const bool matches = protocolCovers(entry->protocol, protocol) && block &&
                             block->contains(address) &&
                             (entry->protocol == Protocol::All ||
                              (entry->fromPort <= port && port <= entry->toPort));
        if (matches)
            return entry->allow;
    }
    return false;
}

void checkNetworkAcls(const NetworkFacts &facts, QVector<Finding> &findings)
{
    for (const Flow &flow : facts.design().flows) {
        if (flow.protocol != Protocol::Tcp)
            continue;
        // Every subnet the client runs in takes replies in, and every
        // subnet of the server lets them out.
        const QVector<NetworkFacts::Place> clients = facts.placesOf(flow.from);
        const QVector<NetworkFacts::Place> servers = facts.placesOf(flow.to);
        for (const NetworkFacts::Place &from : clients) {
            for (const NetworkFacts::Place &to : servers) {
                if (from.subnet == to.subnet)
                    continue;
                if (!from.subnet.isEmpty())
                    checkReturn(facts.design(), flow, from.subnet, true, to.address, findings);
                if (!to.subnet.isEmpty())
                    checkReturn(facts.design(), flow, to.subnet, false, from.address, findings);
            }
        }
    }
}

} // namespace vpcstudio
