#pragma once

#include "design.h"

#include <QByteArray>
#include <QStringList>

namespace vpcstudio {

// A design written as an AWS CloudFormation template.
struct WrittenTemplate
{
    QByteArray text; // YAML, UTF-8 encoded
    // Parts of the design that the template cannot carry or that need the
    // user's attention before deploying, one sentence each.
    QStringList notes;
};

// Writes every design object that has a CloudFormation resource as that
// resource. Each resource's Metadata.VpcStudio records the object's id and
// name, and the template's Metadata.VpcStudio holds, in the design format,
// the parts that have no resource (zones, outside parties, pipelines, flows,
// layout). docs/cloudformation-export.md lists the mapping.
WrittenTemplate writeCloudFormation(const Design &design);

// Saves the template through QSaveFile, so a failed save leaves any existing
// file as it was. Returns an empty string on success, else the reason it
// failed. `notes`, when given, receives the template's notes.
QString saveCloudFormationFile(const Design &design, const QString &path,
                               QStringList *notes = nullptr);

} // namespace vpcstudio
