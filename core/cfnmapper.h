#pragma once

#include "cfnvalue.h"
#include "design.h"
#include "finding.h"

#include <QHash>

namespace vpcstudio {

// One resource of a template after its intrinsic functions were evaluated.
struct CfnResource
{
    QString objectId; // the logical id, or FILE.ID when two templates use the same one
    QString logicalId;
    QString type;
    QString file;
    int line = 0;
    CfnValue properties;
    // The scalar fields of the resource's Metadata.VpcStudio, which the
    // export writes: the object's id and name and markers such as main.
    QHash<QString, QString> metadata;

    bool isMarked(const char *key) const
    {
        return metadata.value(QLatin1String(key)) == QLatin1String("true");
    }
};

// Builds the design's objects from evaluated resources. Resources of a type
// that the model has no object for are returned by unmapped(). A property
// that a mapped object needs but that stayed unresolved is left empty and
// reported as an information finding.
class CfnMapper
{
public:
    CfnMapper(Design &design, QVector<Finding> &notes) : m_design(design), m_notes(notes) {}

    void map(const QVector<CfnResource> &resources);
    const QVector<CfnResource> &unmapped() const { return m_unmapped; }

private:
    // Network objects, in cfnnetwork.cpp.
    bool mapNetworkObject(const CfnResource &resource);
    bool mapNetworkLink(const CfnResource &resource);
    void addVpc(const CfnResource &resource);
    void addSubnet(const CfnResource &resource);
    void addSecurityGroup(const CfnResource &resource);
    void addEndpoint(const CfnResource &resource);
    void addVpcBlock(const CfnResource &resource);
    void addRoute(const CfnResource &resource);
    void addSecurityGroupRule(const CfnResource &resource, bool ingress);
    void addNetworkAclEntry(const CfnResource &resource);
    SecurityGroupRule securityGroupRule(const CfnResource &resource, const CfnValue &rule,
                                        bool ingress);
    void finishNetwork();

    // Load balancers, ECS, ECR and Cloud Map, in cfnservices.cpp.
    bool mapServiceObject(const CfnResource &resource);
    bool mapServiceLink(const CfnResource &resource);
    void addLoadBalancer(const CfnResource &resource);
    void addListener(const CfnResource &resource);
    void addListenerRule(const CfnResource &resource);
    void addEcsService(const CfnResource &resource);
    void readTaskDefinition(const CfnResource &resource, const QString &containerName,
                            EcsService &service, int *containerPort);
    void finishServices();

    // Reading properties; each reports what it cannot use.
    QString text(const CfnResource &resource, const char *key, const QString &fallback = {});
    QStringList texts(const CfnResource &resource, const CfnValue &value, const char *key);
    bool boolean(const CfnResource &resource, const char *key, bool fallback);
    int integer(const CfnResource &resource, const CfnValue &value, const char *key, int fallback);
    QString reference(const CfnResource &resource, const char *key, ObjectKind kind,
                      bool required = true);
    QString referenceText(const CfnResource &resource, const QString &id, const char *key,
                          ObjectKind kind);
    QStringList references(const CfnResource &resource, const CfnValue &value, const char *key,
                           ObjectKind kind);
    QString nameTag(const CfnResource &resource);
    void note(const CfnResource &resource, const QString &message,
              const char *rule = "cfn.unresolved");
    void noteUnresolved(const CfnResource &resource, const char *key, const CfnValue &value);

    Design &m_design;
    QVector<Finding> &m_notes;
    QVector<CfnResource> m_unmapped;
    QHash<QString, ObjectKind> m_kinds;
    QHash<QString, CfnResource> m_tasks;             // task definitions by id
    QHash<QString, QPair<QString, int>> m_listeners; // listener id -> load balancer, index
};

} // namespace vpcstudio
