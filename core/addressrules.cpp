#include "addressrules.h"

#include "capacity.h"
#include "cidr.h"

#include <QCoreApplication>
#include <QHash>

namespace vpcstudio {

namespace {

// The translation context of this file's messages; lupdate files the
// strings under it because each call names it.
struct AddressRules
{
    Q_DECLARE_TR_FUNCTIONS(vpcstudio::AddressRules)
};

// AWS allows VPC and subnet blocks from /16 (65,536 addresses) to /28 (16).
constexpr int LargestPrefix = 16;
constexpr int SmallestPrefix = 28;

struct SubnetBlock
{
    const Subnet *subnet = nullptr;
    Cidr block;
};

class AddressChecker
{
public:
    AddressChecker(const Design &design, QVector<Finding> &findings)
        : m_design(design), m_findings(findings)
    {}

    void run();

private:
    void checkVpc(const Vpc &vpc);
    std::optional<Cidr> parseChecked(const QString &id, const QString &what, const QString &text);
    void checkSubnetBlock(const Subnet &subnet, const Cidr &block);
    void reportHostBits(const Subnet &subnet, const Cidr &block);
    void checkOverlaps(const QString &vpcId, const QVector<SubnetBlock> &blocks);
    void checkCapacity(const Subnet &subnet, const Cidr &block);
    void checkPeerings();
    QVector<Cidr> takenBlocks(const QString &vpcId, const QString &exceptSubnet) const;
    void add(const char *rule, Severity severity, const QStringList &objects,
             const QString &message, const QString &fix = QString());

    const Design &m_design;
    QVector<Finding> &m_findings;
    QHash<QString, QVector<Cidr>> m_vpcBlocks;
    // Blocks written without host bits, including ones of a size AWS
    // rejects: a subnet inside one is not outside its VPC.
    QHash<QString, QVector<Cidr>> m_writtenBlocks;
    QHash<QString, QVector<SubnetBlock>> m_subnetBlocks;
};

void AddressChecker::add(const char *rule, Severity severity, const QStringList &objects,
                         const QString &message, const QString &fix)
{
    m_findings.append({QString::fromLatin1(rule), severity, objects, message, fix});
}

std::optional<Cidr> AddressChecker::parseChecked(const QString &id, const QString &what,
                                                 const QString &text)
{
    QString reason;
    const std::optional<Cidr> block = Cidr::parse(text, &reason);
    if (!block) {
        add("cidr.invalid", Severity::Error, {id},
            AddressRules::tr("%1 %2 has the CIDR block \"%3\", which is not valid: %4")
                .arg(what, id, text, reason),
            AddressRules::tr("write a block such as 10.0.0.0/16"));
    }
    return block;
}

void AddressChecker::checkVpc(const Vpc &vpc)
{
    QVector<Cidr> &blocks = m_vpcBlocks[vpc.id];
    for (const QString &text : vpc.cidrBlocks) {
        const std::optional<Cidr> block = parseChecked(vpc.id, AddressRules::tr("VPC"), text);
        if (!block)
            continue;
        if (block->hasHostBits()) {
            const QString network = block->network().toString();
            add("cidr.invalid", Severity::Error, {vpc.id},
                AddressRules::tr("VPC %1 has the block %2 with host bits set; its network is %3")
                    .arg(vpc.id, text, network),
                AddressRules::tr("write %1").arg(network));
            continue;
        }
        m_writtenBlocks[vpc.id].append(*block);
        if (block->prefixLength() < LargestPrefix || block->prefixLength() > SmallestPrefix) {
            add("vpc.cidr-size", Severity::Error, {vpc.id},
                AddressRules::tr("VPC %1 has the block %2 (%3 addresses); AWS allows /%4 to /%5")
                    .arg(vpc.id, text)
                    .arg(formatCount(qint64(block->size())))
                    .arg(LargestPrefix)
                    .arg(SmallestPrefix),
                AddressRules::tr("use a block from /%1 to /%2, such as %3/%1")
                    .arg(LargestPrefix)
                    .arg(SmallestPrefix)
                    .arg(Cidr::addressToString(block->first())));
            continue;
        }
        blocks.append(*block);
    }

    for (const auto &pair : overlappingPairs(blocks)) {
        add("vpc.cidr-overlap", Severity::Error, {vpc.id},
            AddressRules::tr("VPC %1 has the blocks %2 and %3, which overlap")
                .arg(vpc.id, blocks[pair.first].toString(), blocks[pair.second].toString()),
            AddressRules::tr("remove one of them or choose blocks that do not overlap"));
    }
}

QVector<Cidr> AddressChecker::takenBlocks(const QString &vpcId, const QString &exceptSubnet) const
{
    QVector<Cidr> taken;
    for (const SubnetBlock &entry : m_subnetBlocks.value(vpcId)) {
        if (entry.subnet->id != exceptSubnet)
            taken.append(entry.block);
    }
    return taken;
}

void AddressChecker::reportHostBits(const Subnet &subnet, const Cidr &block)
{
    const QString network = block.network().toString();
    QString fix = AddressRules::tr("write %1").arg(network);
    const std::optional<Cidr> free = nextFreeBlock(
        m_vpcBlocks.value(subnet.vpc), takenBlocks(subnet.vpc, subnet.id), block.prefixLength());
    const QVector<Cidr> taken = takenBlocks(subnet.vpc, subnet.id);
    const bool networkTaken =
        std::any_of(taken.cbegin(), taken.cend(),
                    [&block](const Cidr &other) { return other.overlaps(block.network()); });
    if (free && networkTaken) {
        fix = AddressRules::tr("use %1, the next free /%2 in %3")
                  .arg(free->toString())
                  .arg(block.prefixLength())
                  .arg(subnet.vpc);
    } else if (free) {
        fix = AddressRules::tr(
                  "use %1, the next free /%2 in %3, or write %4 if that is the block you mean")
                  .arg(free->toString())
                  .arg(block.prefixLength())
                  .arg(subnet.vpc, network);
    }
    add("cidr.invalid", Severity::Error, {subnet.id},
        AddressRules::tr("subnet %1 has the block %2 with host bits set; its network is %3")
            .arg(subnet.id, subnet.cidr, network),
        fix);
}

void AddressChecker::checkSubnetBlock(const Subnet &subnet, const Cidr &block)
{
    if (block.prefixLength() < LargestPrefix || block.prefixLength() > SmallestPrefix) {
        add("subnet.cidr-size", Severity::Error, {subnet.id},
            AddressRules::tr("subnet %1 has the block %2 (%3 addresses); AWS allows /%4 to /%5")
                .arg(subnet.id, subnet.cidr)
                .arg(formatCount(qint64(block.size())))
                .arg(LargestPrefix)
                .arg(SmallestPrefix),
            AddressRules::tr(
                "use a block from /%1 (65,536 addresses) to /%2 (16 addresses, 11 usable)")
                .arg(LargestPrefix)
                .arg(SmallestPrefix));
    }

    const QVector<Cidr> vpcBlocks = m_writtenBlocks.value(subnet.vpc);
    const bool inside = std::any_of(vpcBlocks.cbegin(), vpcBlocks.cend(),
                                    [&block](const Cidr &outer) { return outer.contains(block); });
    if (!inside && m_design.vpc(subnet.vpc)) {
        const QStringList written = m_design.vpc(subnet.vpc)->cidrBlocks;
        add("subnet.outside-vpc", Severity::Error, {subnet.id, subnet.vpc},
            AddressRules::tr("subnet %1 (%2) is not inside any block of VPC %3 (%4)")
                .arg(subnet.id, subnet.cidr, subnet.vpc, written.join(QStringLiteral(", "))),
            AddressRules::tr("choose a block inside %1")
                .arg(written.join(AddressRules::tr(" or "))));
    }
}

void AddressChecker::checkOverlaps(const QString &vpcId, const QVector<SubnetBlock> &entries)
{
    QVector<Cidr> blocks;
    for (const SubnetBlock &entry : entries)
        blocks.append(entry.block);

    for (const auto &pair : overlappingPairs(blocks)) {
        const Subnet &first = *entries[pair.first].subnet;
        const Subnet &second = *entries[pair.second].subnet;
        QString fix = AddressRules::tr("give one of them a block that overlaps no other subnet");
        const std::optional<Cidr> free = nextFreeBlock(m_vpcBlocks.value(vpcId), blocks,
                                                       entries[pair.second].block.prefixLength());
        if (free)
            fix = AddressRules::tr("move %1 to %2, the next free block of its size")
                      .arg(second.id, free->toString());
        add("subnet.overlap", Severity::Error, {first.id, second.id},
            AddressRules::tr("subnets %1 (%2) and %3 (%4) overlap")
                .arg(first.id, first.cidr, second.id, second.cidr),
            fix);
    }
}

void AddressChecker::checkCapacity(const Subnet &subnet, const Cidr &block)
{
    const QVector<AddressDemand> demands = addressDemands(m_design, subnet.id);
    const qint64 needed = totalDemand(demands);
    if (needed <= block.awsUsableAddresses())
        return;

    QStringList objects{subnet.id};
    for (const AddressDemand &demand : demands)
        objects.append(demand.objectId);
    add("subnet.capacity", Severity::Error, objects,
        AddressRules::tr(
            "subnet %1 (%2) needs %3 addresses but has %4 after the 5 that AWS reserves")
            .arg(subnet.id, subnet.cidr)
            .arg(formatCount(needed))
            .arg(formatCount(block.awsUsableAddresses())),
        AddressRules::tr("use a larger block or spread the tasks over more subnets"));
}

void AddressChecker::checkPeerings()
{
    for (const VpcPeering &peering : m_design.peerings) {
        const QVector<Cidr> requester = m_vpcBlocks.value(peering.requesterVpc);
        const QVector<Cidr> accepter = m_vpcBlocks.value(peering.accepterVpc);
        for (const Cidr &a : requester) {
            const auto clash = std::find_if(accepter.cbegin(), accepter.cend(),
                                            [&a](const Cidr &b) { return a.overlaps(b); });
            if (clash == accepter.cend())
                continue;
            add("vpc.cidr-overlap", Severity::Error,
                {peering.requesterVpc, peering.accepterVpc, peering.id},
                AddressRules::tr(
                    "peered VPCs %1 (%2) and %3 (%4) overlap; AWS does not peer overlapping VPCs")
                    .arg(peering.requesterVpc, a.toString(), peering.accepterVpc,
                         clash->toString()),
                AddressRules::tr("give one of the VPCs a block that does not overlap the other"));
            break;
        }
    }
}

void AddressChecker::run()
{
    for (const Vpc &vpc : m_design.vpcs)
        checkVpc(vpc);

    for (const Subnet &subnet : m_design.subnets) {
        const std::optional<Cidr> block =
            parseChecked(subnet.id, AddressRules::tr("subnet"), subnet.cidr);
        if (block && !block->hasHostBits())
            m_subnetBlocks[subnet.vpc].append({&subnet, *block});
    }

    // Host-bit fixes look for free space, so they run once every valid
    // block is known.
    for (const Subnet &subnet : m_design.subnets) {
        const std::optional<Cidr> block = Cidr::parse(subnet.cidr);
        if (!block)
            continue;
        if (block->hasHostBits()) {
            reportHostBits(subnet, *block);
        } else {
            checkSubnetBlock(subnet, *block);
            checkCapacity(subnet, *block);
        }
    }

    for (auto it = m_subnetBlocks.cbegin(); it != m_subnetBlocks.cend(); ++it)
        checkOverlaps(it.key(), it.value());
    checkPeerings();
}

} // namespace

void checkAddresses(const Design &design, QVector<Finding> &findings)
{
    AddressChecker(design, findings).run();
}

} // namespace vpcstudio
