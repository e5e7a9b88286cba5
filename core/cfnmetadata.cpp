#include "cfnmetadata.h"

#include "cidr.h"
#include "designbuild.h"
#include "designreader.h"
#include "designwriter.h"

#include <QCoreApplication>
#include <QSet>

namespace vpcstudio {

namespace {

// The translation context of this file's messages; lupdate files the
// strings under it because each call names it.
struct CfnMetadataText
{
    Q_DECLARE_TR_FUNCTIONS(vpcstudio::CfnMetadata)
};

const char *const MetadataRule = "cfn.metadata";

// Returns map[key], or a null node when `map` is not a mapping or lacks the
// key. A missing key of a const mapping gives an invalid node, which
// yaml-cpp rejects with an exception on any use.
YAML::Node child(const YAML::Node &map, const char *key)
{
    if (!map.IsMap())
        return YAML::Node();
    const YAML::Node value = map[key];
    return value ? value : YAML::Node();
}

QString scalarField(const YAML::Node &map, const char *key)
{
    const YAML::Node value = child(map, key);
    return value.IsScalar() ? QString::fromStdString(value.Scalar()) : QString();
}

template <typename T>
void setNameIn(QVector<T> &objects, const QString &id, const QString &name)
{
    for (T &object : objects) {
        if (object.id == id)
            object.name = name;
    }
}

// Sets the name of an object made from a resource. Cloud Map namespaces
// and services are left alone: their name is the DNS name in the template.
void setObjectName(Design &design, const QString &id, const QString &name)
{
    setNameIn(design.vpcs, id, name);
    setNameIn(design.subnets, id, name);
    setNameIn(design.routeTables, id, name);
    setNameIn(design.internetGateways, id, name);
    setNameIn(design.natGateways, id, name);
    setNameIn(design.securityGroups, id, name);
    setNameIn(design.networkAcls, id, name);
    setNameIn(design.endpoints, id, name);
    setNameIn(design.peerings, id, name);
    setNameIn(design.targetGroups, id, name);
    setNameIn(design.loadBalancers, id, name);
    setNameIn(design.clusters, id, name);
    setNameIn(design.services, id, name);
    setNameIn(design.repositories, id, name);
}

// Returns the renames that the metadata requests, leaving out any whose
// new id another object keeps.
QHash<QString, QString> metadataIds(const Design &design, const QVector<CfnResource> &resources,
                                    QVector<Finding> &notes)
{
    const QHash<QString, ObjectKind> kinds = objectKinds(design);
    QHash<QString, QString> requested;
    for (const CfnResource &resource : resources) {
        const QString id = resource.metadata.value(QStringLiteral("id"));
        if (!id.isEmpty() && id != resource.objectId && kinds.contains(resource.objectId))
            requested.insert(resource.objectId, id);
    }

    QSet<QString> usedIds;
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it) {
        if (!requested.contains(it.key()))
            usedIds.insert(it.key());
    }
    QHash<QString, QString> accepted;
    for (const CfnResource &resource : resources) {
        const QString id = requested.value(resource.objectId);
        if (id.isEmpty() || accepted.contains(resource.objectId))
            continue;
        if (usedIds.contains(id)) {
            addFinding(notes, MetadataRule, Severity::Info, {resource.objectId},
                       CfnMetadataText::tr("the metadata of %1 gives the id \"%2\", which another "
                                           "object has; %1 keeps its logical id")
                           .arg(resource.objectId, id));
            usedIds.insert(resource.objectId);
            continue;
        }
        usedIds.insert(id);
        accepted.insert(resource.objectId, id);
    }
    return accepted;
}

void renameFindingObjects(QVector<Finding> &notes, const QHash<QString, QString> &names)
{
    for (Finding &note : notes) {
        for (QString &id : note.objects)
            id = names.value(id, id);
    }
}

} // namespace

QHash<QString, QString> cfnResourceMetadata(const YAML::Node &resource)
{
    QHash<QString, QString> fields;
    const YAML::Node origin = child(child(resource, "Metadata"), "VpcStudio");
    if (!origin.IsMap())
        return fields;
    for (const auto &entry : origin) {
        if (entry.first.IsScalar() && entry.second.IsScalar()) {
            fields.insert(QString::fromStdString(entry.first.Scalar()),
                          QString::fromStdString(entry.second.Scalar()));
        }
    }
    return fields;
}

void applyResourceMetadata(Design &design, const QVector<CfnResource> &resources,
                           QVector<Finding> &notes)
{
    const QString elasticIpKey = QStringLiteral("elasticIp");
    for (const CfnResource &resource : resources) {
        const auto name = resource.metadata.constFind(QStringLiteral("name"));
        if (name != resource.metadata.cend())
            setObjectName(design, resource.objectId, name.value());
        // The import gives a NAT gateway its Elastic IP's logical id; the
        // export recorded the design's own value on the EIP.
        if (resource.type == QLatin1String("AWS::EC2::EIP") &&
            resource.metadata.contains(elasticIpKey)) {
            for (NatGateway &gateway : design.natGateways) {
                if (gateway.elasticIp == resource.objectId)
                    gateway.elasticIp = resource.metadata.value(elasticIpKey);
            }
        }
    }

    const QHash<QString, QString> names = metadataIds(design, resources, notes);
    renameObjects(design, names);
    renameFindingObjects(notes, names);

    // A registry is an object id or a host, so it is set after renaming.
    const QString registryKey = QStringLiteral("registry");
    for (const CfnResource &resource : resources) {
        if (!resource.metadata.contains(registryKey))
            continue;
        const QString id = names.value(resource.objectId, resource.objectId);
        for (EcsService &service : design.services) {
            if (service.id == id)
                service.registry = resource.metadata.value(registryKey);
        }
    }
}

namespace {

// Prepares the metadata's parts for the design reader. It leaves out
// entries that name objects the imported design lacks, and adds a stand-in
// for every imported object that the rest names. The reader's reference
// checks then pass without reading the imported design itself, which may
// lack required fields where the template left a value unresolved.
class MetadataPart
{
public:
    MetadataPart(const Design &design, const YAML::Node &metadata)
        : m_design(design), m_metadata(metadata)
    {
    }

    YAML::Node build();
    QStringList skipped() const { return m_skipped; }
    QSet<QString> standIns() const { return m_standIns; }

private:
    void collectKnownIds();
    bool isFlowEndpoint(const QString &endpoint) const;
    void referTo(const QString &id, const char *list);
    YAML::Node pipelines();
    YAML::Node flows();
    YAML::Node networkAcls();
    YAML::Node layout();
    void addStandIns(YAML::Node &part) const;
    void skip(const QString &text) { m_skipped.append(text); }

    const Design &m_design;
    const YAML::Node &m_metadata;
    QSet<QString> m_defined;  // ids that the metadata itself defines
    QSet<QString> m_imported; // ids of the imported objects
    QHash<QString, QString> m_standInList; // imported id -> design format list
    QSet<QString> m_standIns;
    QStringList m_skipped;
};

void MetadataPart::collectKnownIds()
{
    const QHash<QString, ObjectKind> kinds = objectKinds(m_design);
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
        m_imported.insert(it.key());
    for (const char *key : {"zones", "external", "pipelines", "flows", "networkAcls"}) {
        const YAML::Node list = child(m_metadata, key);
        for (std::size_t i = 0; list.IsSequence() && i < list.size(); ++i)
            m_defined.insert(scalarField(list[i], "id"));
    }
}

// The endpoints that the design reader accepts besides object ids.
bool MetadataPart::isFlowEndpoint(const QString &endpoint) const
{
    if (m_defined.contains(endpoint) || m_imported.contains(endpoint) ||
        isAwsServiceName(endpoint) || Cidr::parseAddress(endpoint))
        return true;
    for (const CloudMapService &service : m_design.cloudMapServices) {
        const CloudMapNamespace *space = m_design.cloudMapNamespace(service.namespaceId);
        if (space && endpoint == service.name + QLatin1Char('.') + space->name)
            return true;
    }
    return false;
}

// Notes that the part names an imported object, which then needs a
// stand-in of a kind the reference accepts.
void MetadataPart::referTo(const QString &id, const char *list)
{
    if (m_imported.contains(id) && !m_defined.contains(id) && !m_standInList.contains(id))
        m_standInList.insert(id, QString::fromLatin1(list));
}

YAML::Node MetadataPart::pipelines()
{
    YAML::Node result(YAML::NodeType::Sequence);
    const YAML::Node recorded = child(m_metadata, "pipelines");
    for (std::size_t i = 0; recorded.IsSequence() && i < recorded.size(); ++i) {
        YAML::Node pipeline = YAML::Clone(recorded[i]);
        for (const char *key : {"pushesTo", "deploys"}) {
            const YAML::Node targets = child(recorded[i], key);
            if (!targets.IsSequence())
                continue;
            YAML::Node kept(YAML::NodeType::Sequence);
            for (const YAML::Node &target : targets) {
                const QString id =
                    target.IsScalar() ? QString::fromStdString(target.Scalar()) : QString();
                if (m_imported.contains(id)) {
                    kept.push_back(YAML::Clone(target));
                    referTo(id, qstrcmp(key, "deploys") == 0 ? "services" : "repositories");
                } else {
                    skip(QStringLiteral("%1.%2: %3")
                             .arg(scalarField(recorded[i], "id"), QLatin1String(key), id));
                }
            }
            pipeline[key] = kept;
        }
        result.push_back(pipeline);
    }
    return result;
}

YAML::Node MetadataPart::flows()
{
    YAML::Node result(YAML::NodeType::Sequence);
    const YAML::Node recorded = child(m_metadata, "flows");
    for (std::size_t i = 0; recorded.IsSequence() && i < recorded.size(); ++i) {
        const QString from = scalarField(recorded[i], "from");
        const QString to = scalarField(recorded[i], "to");
        if (!isFlowEndpoint(from) || !isFlowEndpoint(to)) {
            skip(scalarField(recorded[i], "id"));
            continue;
        }
        result.push_back(YAML::Clone(recorded[i]));
        referTo(from, "external");
        referTo(to, "external");
    }
    return result;
}

// The default ACLs that the export wrote without a resource, when their
// VPC was imported.
YAML::Node MetadataPart::networkAcls()
{
    YAML::Node result(YAML::NodeType::Sequence);
    const YAML::Node recorded = child(m_metadata, "networkAcls");
    for (std::size_t i = 0; recorded.IsSequence() && i < recorded.size(); ++i) {
        const QString vpc = scalarField(recorded[i], "vpc");
        if (!m_design.vpc(vpc)) {
            skip(scalarField(recorded[i], "id"));
            continue;
        }
        result.push_back(YAML::Clone(recorded[i]));
        referTo(vpc, "vpcs");
    }
    return result;
}

YAML::Node MetadataPart::layout()
{
    YAML::Node result(YAML::NodeType::Map);
    const YAML::Node recorded = child(m_metadata, "layout");
    if (!recorded.IsMap())
        return result;
    for (const auto &entry : recorded) {
        const QString id =
            entry.first.IsScalar() ? QString::fromStdString(entry.first.Scalar()) : QString();
        if (m_imported.contains(id) || m_defined.contains(id))
            result[entry.first.Scalar()] = YAML::Clone(entry.second);
        else
            skip(QStringLiteral("layout.%1").arg(id));
    }
    return result;
}

void MetadataPart::addStandIns(YAML::Node &part) const
{
    for (auto it = m_standInList.cbegin(); it != m_standInList.cend(); ++it) {
        YAML::Node standIn(YAML::NodeType::Map);
        standIn["id"] = it.key().toStdString();
        if (it.value() == QLatin1String("vpcs"))
            standIn["cidrBlocks"].push_back("10.0.0.0/16");
        part[it.value().toStdString()].push_back(standIn);
    }
    // Flows may name a Cloud Map service by its DNS name, which the reader
    // resolves through these lists.
    for (const CloudMapNamespace &space : m_design.namespaces) {
        YAML::Node standIn(YAML::NodeType::Map);
        standIn["id"] = space.id.toStdString();
        standIn["name"] = space.name.toStdString();
        part["namespaces"].push_back(standIn);
    }
    for (const CloudMapService &service : m_design.cloudMapServices) {
        YAML::Node standIn(YAML::NodeType::Map);
        standIn["id"] = service.id.toStdString();
        standIn["name"] = service.name.toStdString();
        standIn["namespace"] = service.namespaceId.toStdString();
        part["cloudMapServices"].push_back(standIn);
    }
}

YAML::Node MetadataPart::build()
{
    collectKnownIds();
    YAML::Node part = YAML::Clone(m_metadata);
    part["pipelines"] = pipelines();
    part["flows"] = flows();
    part["networkAcls"] = networkAcls();
    part["layout"] = layout();
    for (const char *key : {"vpcs", "repositories", "services", "namespaces", "cloudMapServices"})
        part.remove(key);
    addStandIns(part);
    for (auto it = m_standInList.cbegin(); it != m_standInList.cend(); ++it)
        m_standIns.insert(it.key());
    return part;
}

// The metadata's entries first, then the imported ones it does not list.
template <typename T, typename Keep>
QVector<T> mergedById(const QVector<T> &recorded, const QVector<T> &imported, Keep keep)
{
    QVector<T> result = recorded;
    QSet<QString> listed;
    for (const T &object : recorded)
        listed.insert(object.id);
    for (const T &object : imported) {
        if (!listed.contains(object.id) && keep(object))
            result.append(object);
    }
    return result;
}

void takeParts(Design &design, const Design &part, const QSet<QString> &standIns, bool keepRegion)
{
    design.name = part.name;
    design.description = part.description;
    if (!keepRegion)
        design.region = part.region;
    design.zones = mergedById(part.zones, design.zones, [](const AvailabilityZone &) {
        return true;
    });

    QVector<ExternalHost> recorded = part.externalHosts;
    recorded.removeIf([&standIns](const ExternalHost &host) { return standIns.contains(host.id); });
    // The import adds Docker Hub for images without a registry host; it
    // stays only while a service pulls from it.
    const auto pulledFrom = [&design](const ExternalHost &host) {
        return std::any_of(design.services.cbegin(), design.services.cend(),
                           [&host](const EcsService &service) {
                               return service.registry == host.id;
                           });
    };
    design.externalHosts = mergedById(recorded, design.externalHosts, pulledFrom);

    design.pipelines = part.pipelines;
    design.flows = part.flows;
    design.networkAcls += part.networkAcls;
    design.layout = part.layout;
}

} // namespace

void applyDesignMetadata(Design &design, const YAML::Node &metadata, const QString &file,
                         bool keepRegion, QVector<Finding> &notes)
{
    if (!metadata.IsMap()) {
        addFinding(notes, MetadataRule, Severity::Info, {},
                   CfnMetadataText::tr("%1: Metadata.VpcStudio is not a mapping; it is ignored")
                       .arg(file));
        return;
    }
    MetadataPart part(design, metadata);
    YAML::Emitter out;
    out << part.build();
    for (const QString &entry : part.skipped()) {
        addFinding(notes, MetadataRule, Severity::Info, {},
                   CfnMetadataText::tr("%1: Metadata.VpcStudio entry %2 names an object that "
                                       "the template no longer has; it is skipped")
                       .arg(file, entry));
    }

    InputError error;
    const std::optional<Design> read =
        readDesignText(QByteArray(out.c_str(), int(out.size())), file, &error);
    if (!read) {
        addFinding(notes, MetadataRule, Severity::Info, {},
                   CfnMetadataText::tr("%1: Metadata.VpcStudio is not used, because the design "
                                       "reader rejects it (%2)")
                       .arg(file, error.message));
        return;
    }
    takeParts(design, *read, part.standIns(), keepRegion);
}

} // namespace vpcstudio
