#pragma once

// Internal to the CloudFormation import: reading back what the export
// records under Metadata.VpcStudio, so that a design survives a trip
// through a template.

#include "cfnmapper.h"
#include "design.h"
#include "finding.h"

#include <QHash>

#include <yaml-cpp/yaml.h>

namespace vpcstudio {

// Returns the scalar fields of a resource's Metadata.VpcStudio; other
// values are ignored.
QHash<QString, QString> cfnResourceMetadata(const YAML::Node &resource);

// Gives the imported objects the names and ids that their resources'
// metadata records. NAT gateways also get their Elastic IP back, and ECS
// services their registry. An id that another object already has is
// skipped with a cfn.metadata note. The objects of `notes` are renamed too.
void applyResourceMetadata(Design &design, const QVector<CfnResource> &resources,
                           QVector<Finding> &notes);

// Takes the parts without a resource from a template's Metadata.VpcStudio,
// which is in the design format: name, description, region (unless
// `keepRegion`), zone names, outside parties, pipelines, flows, layout and
// default network ACLs. Entries that name objects the design lacks are
// skipped with a cfn.metadata note. Metadata that the design reader rejects
// is ignored as a whole, also with a note.
void applyDesignMetadata(Design &design, const YAML::Node &metadata, const QString &file,
                         bool keepRegion, QVector<Finding> &notes);

} // namespace vpcstudio
